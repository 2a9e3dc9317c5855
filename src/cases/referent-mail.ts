/**
 * The e-mail that alerts an académie referent: a minimal summary, text only,
 * never an image or a file, and never the young person's name unless the
 * counsellor ticked it. Pure: it only composes the message.
 */
import type { MailMessage } from '../mail/mailer.js'

const AGE_LABEL: Record<string, string> = { 'under-11': 'moins de 11 ans', '11-14': '11 à 14 ans', '15-17': '15 à 17 ans', '18-25': '18 à 25 ans' }
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

/** What the summary says. */
export interface ReferentSummary {
  referent: { name: string; email: string; academie: string }
  /** Where it comes from: a case (its number) or an alert (its number). */
  origin: { kind: 'case'; caseId: number } | { kind: 'alert'; alertId: number }
  school: string | null
  ageBand: string | null
  /** Included only when the counsellor ticked it. */
  victimName: string | null
  alerts: number
  hostilePosts: number
  since: Date | null
  takedowns: { requested: number; removed: number }
  /** The counsellor's own words (optional). */
  message: string | null
  counsellor: string
  organisation: { name: string | null; email: string | null }
}

/** The message to send. */
export function referentMail(s: ReferentSummary): MailMessage {
  const org = s.organisation.name ?? 'La cellule d’écoute'
  const ref = s.origin.kind === 'case' ? `dossier n° ${s.origin.caseId}` : `alerte n° ${s.origin.alertId}`
  const lines = [
    `Bonjour ${s.referent.name},`,
    '',
    `${org} suit une situation de cyberharcèlement visant un·e jeune${s.school ? ` de l’établissement « ${s.school} »` : ''} (académie de ${s.referent.academie}).`,
    '',
  ]
  if (s.victimName) lines.push(`Personne concernée : ${s.victimName}`)
  if (s.ageBand) lines.push(`Tranche d’âge : ${AGE_LABEL[s.ageBand] ?? s.ageBand}`)
  lines.push(
    `Référence Vigie : ${ref}`,
    `Alertes : ${s.alerts} ; messages hostiles repérés : ${s.hostilePosts}${s.since ? ` depuis le ${date.format(s.since)}` : ''}`,
    `Demandes de retrait aux plateformes : ${s.takedowns.requested}, dont ${s.takedowns.removed} contenu(s) retiré(s)`,
  )
  if (s.message) lines.push('', `Message du conseiller (${s.counsellor}) :`, s.message)
  lines.push(
    '',
    'Ce message est un résumé : aucune image ni capture n’y est jointe. Pour en savoir plus ou coordonner l’accompagnement de l’élève,',
    `répondez à ce message${s.organisation.email ? ` (${s.organisation.email})` : ''} en citant la référence ci-dessus.`,
    '',
    org,
  )
  return {
    to: [s.referent.email],
    subject: `Cyberharcèlement : situation d’un·e élève${s.school ? ` (${s.school})` : ''} — ${ref}`,
    text: lines.join('\n'),
    ...(s.organisation.email ? { replyTo: s.organisation.email } : {}),
  }
}
