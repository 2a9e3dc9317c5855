/**
 * One timeline per case, in time order: the case's own events, alerts,
 * matched posts, flags and their review, takedown requests and the
 * platforms' answers, removals, deposited files, referent alerts, URLs
 * reported into the case and their captures. A flag of a post marked without
 * evidence carries the hints frozen with it (« Indices (sans preuve directe) »); a flag whose
 * stored snapshot cannot be read says so (« Instantané illisible : … — intégrité : ÉCHEC »). Pure: built
 * from the material `loadCaseMaterial` read.
 */
import type { Timeline, TimelineEntry, TimelineKind } from '../../contract/cases.js'
import { ITEM_KIND_LABELS, type ItemKind } from '../../contract/platforms.js'
import { categoryLabel } from '../moderation/categories.js'
import { readSnapshot, UNREADABLE_SNAPSHOT } from '../moderation/evidence.js'
import { hintsLine } from './case-hints.js'
import type { CaseMaterial } from './case-material.js'
import { fileKindLabel, humanSize } from './file-format.js'
import { parisDateTime } from './paris-time.js'
import { nameOf } from './user-names.js'

const LINK_LABEL: Record<string, string> = { watch: 'veille', alert: 'alerte', flag: 'signalement', takedown: 'demande de retrait' }
const CHANNEL_LABEL: Record<string, string> = {
  'bluesky-report': 'signalement Bluesky',
  'mastodon-report': 'signalement Mastodon',
  'dsa-notice': 'notification DSA (art. 16)',
}

type Draft = Omit<TimelineEntry, 'at' | 'refs'> & { at: Date; refs?: TimelineEntry['refs'] }

/** The timeline of a case from its material. */
export function caseTimeline(m: CaseMaterial): Timeline {
  const out: Draft[] = []
  const name = (id: number | null) => nameOf(m.names, id)
  const watchLabel = new Map(m.watches.map((w) => [w.id, w.label]))

  for (const e of m.events) {
    const d = e.details
    const num = (k: string) => (typeof d[k] === 'number' ? (d[k] as number) : null)
    const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : '')
    let summary: string
    switch (e.kind) {
      case 'case.opened':
        summary = 'Dossier ouvert'
        break
      case 'case.closed':
        summary = 'Dossier clos'
        break
      case 'case.reopened':
        summary = 'Dossier rouvert'
        break
      case 'case.shared':
        summary = `Dossier partagé avec ${name(num('userId'))}`
        break
      case 'case.unshared':
        summary = `Partage retiré : ${name(num('userId'))}`
        break
      case 'case.linked':
      case 'case.unlinked':
        summary = `${e.kind === 'case.linked' ? 'Lien ajouté' : 'Lien retiré'} : ${LINK_LABEL[str('kind')] ?? str('kind')} n° ${num('id') ?? '?'}`
        break
      case 'case.hold':
        summary = d.on === true ? 'Conservation légale activée (ni purge ni effacement)' : 'Conservation légale levée'
        break
      case 'case.exported':
        summary = `Dossier de preuves exporté (${str('format').toUpperCase()})`
        break
      case 'referent.alerted':
        summary = `Référent alerté par e-mail : ${str('referentName')} (académie ${str('academie')}) — nom de la personne ${d.includedName === true ? 'inclus' : 'non inclus'}, sans image${str('origin') === 'alert' ? `, depuis l’alerte n° ${num('alertId') ?? '?'}` : ''}`
        break
      default:
        continue
    }
    out.push({ at: e.at, kind: e.kind as TimelineKind, actor: name(e.actorId), summary })
  }

  for (const f of m.files) {
    out.push({
      at: f.uploadedAt,
      kind: 'file.uploaded',
      actor: name(f.uploadedBy),
      summary: `Fichier déposé : « ${f.name} » (${fileKindLabel(f.mime)}, ${humanSize(f.size)})${f.capturedAt ? `, capture déclarée du ${f.capturedAt.toISOString().slice(0, 10)}` : ''}`,
      refs: { fileId: f.id },
      sha256: f.sha256,
    })
  }

  for (const i of m.intake) {
    out.push({
      at: i.submittedAt,
      kind: 'intake.filed',
      actor: name(i.submittedBy),
      summary: `Lien signalé n° ${i.id} (${i.platform}, ${ITEM_KIND_LABELS[i.kind as ItemKind] ?? i.kind}) : ${i.url}`,
      refs: { intakeId: i.id, postId: String(i.postId) },
    })
  }

  for (const c of m.captures) {
    out.push({
      at: c.capturedAt,
      kind: 'capture.created',
      actor: c.createdBy === 'system' ? 'système' : c.createdBy,
      summary: `${c.source === 'victim-screenshot' ? 'Capture d’écran de la victime jointe' : 'Capture de la page'} (lien n° ${c.intakeId}) : ${c.summary}`,
      refs: { intakeId: c.intakeId, captureId: c.id, postId: String(c.postId) },
      // The image's hash when there is one (what a police officer checks), else the record's.
      sha256: c.imageSha256 ?? c.recordSha256,
    })
  }

  for (const a of m.alerts) {
    const label = watchLabel.get(a.watchId)
    out.push({
      at: a.firstAt,
      kind: 'alert',
      actor: null,
      summary: `Alerte${label ? ` sur la veille « ${label} »` : ''} : ${a.posts} message(s) repéré(s), dont ${a.hostile} hostile(s)${a.waveId !== null ? `, acharnement (vague n° ${a.waveId})` : ''}${a.status === 'open' ? ' — en cours' : ''}`,
      refs: { alertId: a.id, watchId: a.watchId },
    })
  }

  for (const x of m.matches) {
    out.push({
      at: x.post.createdAt,
      kind: 'post.matched',
      actor: null,
      summary: `Message ${x.hostile ? 'hostile ' : ''}repéré par la veille (terme « ${x.term} »)${x.post.deletedAt ? ' — supprimé depuis par la plateforme' : ''}`,
      refs: { watchId: x.watchId, postId: String(x.post.id) },
      post: {
        platform: x.post.platform,
        url: x.post.url,
        author: x.post.author,
        text: x.post.text,
        createdAt: x.post.createdAt.toISOString(),
        hostile: x.hostile,
      },
    })
  }

  const snapshotOf = new Map(m.snapshots.map((s) => [s.flagId, s]))
  for (const f of m.flags) {
    const s = snapshotOf.get(f.id)
    const refs = { flagId: f.id, postId: String(f.postId) }
    const read = s ? readSnapshot(s) : null
    const hints = read?.ok ? (read.content.post.hints ?? []) : []
    const unreadable = read && !read.ok ? ` — ${UNREADABLE_SNAPSHOT} : ${read.reason} ; intégrité : ÉCHEC` : ''
    out.push({
      at: f.flaggedAt,
      kind: 'flag.created',
      actor: name(f.flaggedBy),
      summary: `Signalement n° ${f.id} (${categoryLabel(f.category)}) : preuve figée${s ? ` le ${parisDateTime(s.capturedAt)}` : ''}${unreadable}`,
      refs,
      ...(s ? { sha256: s.sha256 } : {}),
      ...(hints.length > 0 ? { hints: hintsLine(hints) } : {}),
    })
    if (f.claimedAt && f.claimedBy !== null && f.status === 'claimed') {
      out.push({ at: f.claimedAt, kind: 'flag.claimed', actor: name(f.claimedBy), summary: `Signalement n° ${f.id} pris en relecture`, refs })
    }
    if (f.decidedAt && (f.status === 'confirmed' || f.status === 'rejected')) {
      out.push({
        at: f.decidedAt,
        kind: f.status === 'confirmed' ? 'flag.confirmed' : 'flag.rejected',
        actor: name(f.decidedBy),
        summary: `Signalement n° ${f.id} ${f.status === 'confirmed' ? 'confirmé (seconde relecture)' : 'rejeté en relecture'}`,
        refs,
      })
    }
  }

  for (const t of m.takedowns) {
    const refs = { takedownId: t.id, flagId: t.flagId, postId: String(t.postId) }
    const what = `${CHANNEL_LABEL[t.channel] ?? t.channel} (${t.platform})`
    out.push({ at: t.requestedAt, kind: 'takedown.requested', actor: t.requestedBy, summary: `Demande de retrait n° ${t.id} : ${what}`, refs })
    if (t.acknowledgedAt) {
      out.push({
        at: t.acknowledgedAt,
        kind: 'takedown.acknowledged',
        actor: null,
        summary: `Demande de retrait n° ${t.id} prise en compte par la plateforme${t.externalRef ? ` (référence ${t.externalRef})` : ''}`,
        refs,
        answer: t.status === 'acknowledged' ? t.answer : null,
      })
    }
    // The removal checks say who made the content go (takedowns.removed_at / removed_by); a reviewer's « retiré » has only resolved_at.
    const removedAt = t.removedAt ?? (t.status === 'removed' ? t.resolvedAt : null)
    if (removedAt && t.removedBy === 'author') {
      out.push({
        at: removedAt,
        kind: 'post.deleted_by_author',
        actor: null,
        summary: `Message supprimé par son auteur (pas un retrait de la plateforme) — demande n° ${t.id} toujours ouverte`,
        refs,
      })
    } else if (removedAt) {
      out.push({ at: removedAt, kind: 'takedown.removed', actor: null, summary: `Demande de retrait n° ${t.id} : contenu retiré par la plateforme`, refs, answer: t.answer })
    }
    if (t.status === 'refused' && t.resolvedAt) {
      out.push({ at: t.resolvedAt, kind: 'takedown.refused', actor: null, summary: `Demande de retrait n° ${t.id} : contenu maintenu (refus de la plateforme)`, refs, answer: t.answer })
    }
    if (t.overdueAt) {
      out.push({ at: t.overdueAt, kind: 'takedown.overdue', actor: null, summary: `Demande de retrait n° ${t.id} en retard : contenu toujours en ligne une heure après`, refs })
    }
  }

  const ESCALATION: Record<string, string> = { resend: 'signalement renvoyé', email: 'notification DSA envoyée par e-mail', file: 'dossier d’escalade préparé' }
  const takedownOf = new Map(m.takedowns.map((t) => [t.id, t]))
  for (const e of m.escalations) {
    const t = takedownOf.get(e.takedownId)
    out.push({
      at: e.at,
      kind: 'takedown.escalated',
      actor: e.actor,
      summary: `Demande de retrait n° ${e.takedownId} relancée : ${ESCALATION[e.action] ?? e.action}`,
      refs: { takedownId: e.takedownId, ...(t ? { flagId: t.flagId, postId: String(t.postId) } : {}) },
    })
  }

  out.sort((a, b) => a.at.getTime() - b.at.getTime())
  return {
    entries: out.map((d) => ({ ...d, at: d.at.toISOString(), refs: d.refs ?? {} })),
    truncated: m.matchesTruncated,
  }
}
