/**
 * The « dossier de preuves » PDF for a complaint (pdfkit): the case, its
 * timeline, each flagged post's frozen evidence with its SHA-256 and capture
 * time (and, for a post marked without evidence, the hints frozen with it; a
 * snapshot that cannot be read is said to be so, and the rest of the case
 * still prints), each deposited file's name, type, size, SHA-256 and upload time, and
 * each URL reported into the case with its captures' hashes, and the
 * takedown history with the platforms' answers. Text is set in DejaVu
 * (embedded, subset, with a ToUnicode map) so accents print and every hash
 * can be copied or extracted as text; hashes are in the monospace face on
 * one line each.
 */
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import type { CaseView, Timeline } from '../../contract/cases.js'
import { ITEM_KIND_LABELS, type ItemKind } from '../../contract/platforms.js'
import type { CaseRow } from '../db/schema/index.js'
import { categoryLabel } from '../moderation/categories.js'
import { readSnapshot, snapshotHashMatches, UNREADABLE_SNAPSHOT, verifySnapshot } from '../moderation/evidence.js'
import { HINTS_HEADING, hintList, hintsNote } from './case-hints.js'
import type { CaseMaterial } from './case-material.js'
import { captureEntry } from './export-zip.js'
import { fileKindLabel } from './file-format.js'
import { parisDateTime } from './paris-time.js'
import { nameOf } from './user-names.js'

const require = createRequire(import.meta.url)
const FONTS = {
  sans: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
}

const AGE_LABEL: Record<string, string> = { 'under-11': 'moins de 11 ans', '11-14': '11 à 14 ans', '15-17': '15 à 17 ans', '18-25': '18 à 25 ans' }
const STATUS_LABEL: Record<string, string> = { requested: 'demandé', acknowledged: 'pris en compte', removed: 'retiré', refused: 'refusé' }
const CHANNEL_LABEL: Record<string, string> = {
  'bluesky-report': 'signalement Bluesky (com.atproto.moderation.createReport)',
  'mastodon-report': 'signalement Mastodon (POST /api/v1/reports)',
  'dsa-notice': 'notification DSA (art. 16)',
}

const ESCALATION_LABEL: Record<string, string> = {
  resend: 'signalement renvoyé',
  email: 'notification DSA envoyée par e-mail',
  file: 'dossier d’escalade préparé (signaleur de confiance ou régulateur)',
}

/** « 6 décembre 2026 à 21:45:03 (Paris) — 2026-12-06T20:45:03.000Z ». */
function when(d: Date | string | null | undefined): string {
  if (d === null || d === undefined) return '—'
  const date = typeof d === 'string' ? new Date(d) : d
  return `${parisDateTime(date)} (heure de Paris) — ${date.toISOString()}`
}

/** What the PDF is made of. */
export interface CasePdfInput {
  kase: CaseRow
  view: CaseView
  material: CaseMaterial
  timeline: Timeline
  exportedBy: string
  exportedAt: Date
  /** Who keeps the case (the helpline), for the header. */
  organisation: string | null
}

/** Builds the PDF in memory (a case's PDF is small: text only, no image). */
export async function casePdf(input: CasePdfInput): Promise<Buffer> {
  const { kase, view, material, timeline } = input
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: `Dossier de preuves n° ${kase.id}`, Author: input.organisation ?? 'Vigie', Subject: 'Dossier de preuves pour un dépôt de plainte', Producer: 'Vigie' },
    lang: 'fr-FR',
  })
  doc.registerFont('sans', FONTS.sans)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('mono', FONTS.mono)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const h1 = (t: string) => doc.moveDown(0.6).font('bold').fontSize(15).fillColor('#000').text(t).moveDown(0.3)
  const h2 = (t: string) => doc.moveDown(0.5).font('bold').fontSize(11).fillColor('#000').text(t).moveDown(0.15)
  const line = (label: string, value: string) =>
    doc.font('bold').fontSize(9.5).fillColor('#000').text(`${label} : `, { continued: true }).font('sans').text(value)
  const para = (t: string, size = 9.5, color = '#000') => doc.font('sans').fontSize(size).fillColor(color).text(t)
  const hash = (label: string, value: string) => {
    doc.font('sans').fontSize(8.5).fillColor('#333').text(`${label} :`)
    // 64 characters of an 8-point monospace face: one line, never wrapped.
    doc.font('mono').fontSize(8).fillColor('#000').text(value)
  }
  const quote = (t: string) => {
    const x = doc.x
    doc.font('sans').fontSize(9).fillColor('#222').text(t, x + 12, doc.y, { width: width - 12 })
    doc.x = x
  }

  doc.font('bold').fontSize(18).text('Dossier de preuves')
  para(`${input.organisation ?? 'Cellule d’écoute'} — établi par Vigie pour un dépôt de plainte`, 10, '#333')
  h2(`Dossier n° ${kase.id} — « ${kase.label} »`)
  line('Tranche d’âge', AGE_LABEL[kase.ageBand] ?? kase.ageBand)
  line('Académie', kase.academie ?? '—')
  line('Établissement', kase.school ?? '—')
  line('État', `${kase.status === 'open' ? 'ouvert' : 'clos'}${kase.legalHold ? ', sous conservation légale' : ''}`)
  line('Conseiller titulaire', view.owner.name)
  line('Ouvert le', when(kase.createdAt))
  line('Exporté le', `${when(input.exportedAt)}, par ${input.exportedBy}`)
  doc.moveDown(0.4)
  para(
    'Chaque empreinte est un SHA-256 en hexadécimal (64 caractères). Les fichiers et les preuves figées sont joints tels quels dans l’archive export.zip ' +
      'du même dossier ; « sha256sum -c SHA256SUMS » (Linux, macOS) ou « Get-FileHash » (Windows) permet de vérifier qu’aucun n’a changé. ' +
      'L’empreinte d’un message signalé est celle de son JSON canonique figé au moment du signalement (fichier preuves/signalement-N.json).',
    8.5,
    '#333',
  )
  if (kase.notes.trim() !== '') {
    h2('Notes du conseiller')
    para(kase.notes)
  }

  h1('1. Chronologie')
  if (timeline.entries.length === 0) para('Aucun évènement.')
  for (const e of timeline.entries) {
    doc.font('bold').fontSize(8.5).fillColor('#333').text(when(e.at))
    para(`${e.summary}${e.actor ? ` — ${e.actor}` : ''}`)
    if (e.post) {
      para(`${e.post.platform} · ${e.post.author} · ${e.post.url ?? 'sans adresse'}`, 8.5, '#333')
      quote(e.post.text)
    }
    if (e.hints) para(e.hints, 8.5, '#333')
    if (e.answer) para(`Réponse de la plateforme : ${e.answer}`, 8.5, '#333')
    if (e.sha256) hash('SHA-256', e.sha256)
    doc.moveDown(0.25)
  }
  if (timeline.truncated) para('(Seuls les messages repérés les plus récents figurent dans la chronologie.)', 8.5, '#333')

  h1('2. Preuves figées des messages signalés')
  const snapshotOf = new Map(material.snapshots.map((s) => [s.flagId, s]))
  if (material.flags.length === 0) para('Aucun message signalé n’est rattaché à ce dossier.')
  for (const f of material.flags) {
    const s = snapshotOf.get(f.id)
    h2(`Signalement n° ${f.id} — ${categoryLabel(f.category)}`)
    line('Signalé par', `${nameOf(material.names, f.flaggedBy)}, le ${when(f.flaggedAt)}`)
    line('Relecture', f.decidedAt ? `${f.status === 'confirmed' ? 'confirmé' : 'rejeté'} par ${nameOf(material.names, f.decidedBy)}, le ${when(f.decidedAt)}` : 'en attente')
    if (!s) {
      para('Preuve figée introuvable.')
      continue
    }
    const read = readSnapshot(s)
    if (!read.ok) {
      line('Capturé le', when(s.capturedAt))
      line(UNREADABLE_SNAPSHOT, read.reason)
      line(
        'Intégrité',
        snapshotHashMatches(s)
          ? `ÉCHEC : instantané illisible ; les octets conservés (preuves/signalement-${f.id}.json) redonnent l’empreinte enregistrée, mais ne forment pas un instantané lisible`
          : 'ÉCHEC : instantané illisible, et les octets conservés ne redonnent pas l’empreinte enregistrée',
      )
      hash(`SHA-256 enregistré de la preuve figée (preuves/signalement-${f.id}.json)`, s.sha256)
      continue
    }
    const content = read.content
    line('Plateforme', content.post.platform)
    line('Adresse', content.post.url ?? '—')
    line('Auteur', `${content.post.author}${content.post.authorId ? ` (${content.post.authorId})` : ''}`)
    line('Publié le', when(content.post.createdAt))
    line('Capturé le', when(s.capturedAt))
    if (content.post.deletedAt) line('Supprimé par la plateforme le', when(content.post.deletedAt))
    line('Intégrité', verifySnapshot(s) ? 'vérifiée (le JSON conservé redonne l’empreinte)' : 'ÉCHEC : le JSON conservé ne redonne pas l’empreinte')
    doc.moveDown(0.15)
    quote(content.post.text)
    const hints = content.post.hints ?? []
    if (hints.length > 0) {
      doc.moveDown(0.15)
      line(HINTS_HEADING, hintList(hints))
      para(hintsNote(hints), 8.5, '#333')
    }
    hash(`SHA-256 de la preuve figée (preuves/signalement-${f.id}.json)`, s.sha256)
  }

  h1('3. Fichiers déposés par la victime')
  if (material.files.length === 0) para('Aucun fichier déposé.')
  for (const file of material.files) {
    h2(`Fichier n° ${file.id} — « ${file.name} »`)
    line('Type (lu dans le contenu)', `${fileKindLabel(file.mime)} (${file.mime})${file.width ? `, ${file.width} × ${file.height} pixels` : ''}`)
    line('Taille', `${file.size.toLocaleString('fr-FR')} octets`)
    line('Déposé le', `${when(file.uploadedAt)}, par ${nameOf(material.names, file.uploadedBy)}`)
    line('Date de capture déclarée', file.capturedAt ? when(file.capturedAt) : 'non déclarée')
    hash('SHA-256 (calculé au dépôt)', file.sha256)
  }

  h1('4. Liens signalés et leurs captures')
  if (material.intake.length === 0) para('Aucun lien signalé dans ce dossier.')
  for (const item of material.intake) {
    h2(`Lien signalé n° ${item.id} — ${item.platform}, ${ITEM_KIND_LABELS[item.kind as ItemKind] ?? item.kind}`)
    line('Adresse', item.url)
    if (item.shortLink) line('Depuis le lien court', item.shortLink)
    line('Signalé le', `${when(item.submittedAt)}, par ${nameOf(material.names, item.submittedBy)}`)
    const shots = material.captures.filter((c) => c.intakeId === item.id)
    if (shots.length === 0) para('Aucune capture.')
    for (const c of shots) {
      doc.moveDown(0.2)
      line(c.source === 'victim-screenshot' ? `Capture n° ${c.id} (capture d’écran de la victime, jointe par ${c.createdBy})` : `Capture n° ${c.id} (page capturée par Vigie)`, c.summary)
      line('Capturée le', when(c.capturedAt))
      if (c.finalUrl) line('Adresse finale', c.finalUrl)
      if (c.httpStatus !== null) line('Statut HTTP', String(c.httpStatus))
      if (c.imageSha256) hash(`SHA-256 de l’image (${c.imageType ?? 'image/png'}, ${(c.imageSize ?? 0).toLocaleString('fr-FR')} octets${c.imageBlob ? `, ${captureEntry(c, 'image')}` : ', non conservée'})`, c.imageSha256)
      if (c.htmlSha256) hash(`SHA-256 du HTML (${(c.htmlSize ?? 0).toLocaleString('fr-FR')} octets${c.htmlBlob ? `, ${captureEntry(c, 'html')}` : ', non conservé'})`, c.htmlSha256)
      hash('SHA-256 de la fiche de capture (JSON canonique de tout ce qui précède)', c.recordSha256)
    }
  }

  h1('5. Demandes de retrait')
  if (material.takedowns.length === 0) para('Aucune demande de retrait.')
  for (const t of material.takedowns) {
    h2(`Demande n° ${t.id} — ${t.platform}`)
    line('Voie', CHANNEL_LABEL[t.channel] ?? t.channel)
    line('Signalement', `n° ${t.flagId}`)
    line('État', STATUS_LABEL[t.status] ?? t.status)
    line('Demandée le', `${when(t.requestedAt)}, par ${t.requestedBy}`)
    line('Reçue par la plateforme le', when(t.acknowledgedAt))
    line('Traitée le', when(t.resolvedAt))
    if (t.removedAt) line(t.removedBy === 'author' ? 'Supprimé par son auteur le' : 'Retiré par la plateforme le', when(t.removedAt))
    if (t.overdueAt) line('En retard (toujours en ligne après une heure) depuis le', when(t.overdueAt))
    if (t.externalRef) line('Référence de la plateforme', t.externalRef)
    line('Réponse de la plateforme', t.answer ?? '—')
    if (t.lastCheck) line('Dernière vérification', `${when(t.lastCheck.at)} : ${t.lastCheck.summary}`)
    for (const e of material.escalations.filter((x) => x.takedownId === t.id)) {
      line('Relance', `${when(e.at)}, par ${e.actor} : ${ESCALATION_LABEL[e.action] ?? e.action}`)
    }
    if (t.lastError) line('Dernière erreur d’envoi', t.lastError)
  }

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('sans')
      .fontSize(7.5)
      .fillColor('#555')
      .text(`Dossier n° ${kase.id} — dossier de preuves Vigie — page ${i + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - 36, {
        width,
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}
