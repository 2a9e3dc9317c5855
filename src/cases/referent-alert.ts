/**
 * « Alerter le référent »: from a case or from an alert, a minimal summary
 * e-mailed through SMTP to an académie referent, recorded on the case's
 * timeline (and, from an alert, on every case that links its watch or it).
 * The e-mail is an outbox row sent while the counsellor waits; if the
 * instance dies mid-send another one sends it and records it on the cases.
 */
import { randomUUID } from 'node:crypto'
import { and, count, eq, or, sql } from 'drizzle-orm'
import type { ReferentAlertInput } from '../../contract/cases.js'
import type { Database } from '../db/client.js'
import { alerts, caseLinks, takedowns, watchMatches, type ReferentRow } from '../db/schema/index.js'
import type { MailOutbox } from '../mail/mail-outbox.js'
import type { MailReceipt } from '../mail/mailer.js'
import { getWatch } from '../watches/watch-service.js'
import { CaseError, requireCase, type CaseViewer } from './case-access.js'
import { recordCaseEvent } from './case-events.js'
import { loadCaseMaterial } from './case-material.js'
import { touchCase } from './case-service.js'
import { referentMail, type ReferentSummary } from './referent-mail.js'
import { getReferent } from './referents.js'

/** What sending needs. */
export interface ReferentAlertDeps {
  db: Database
  /** E-mails through the outbox. */
  mail: MailOutbox
  organisation: { name: string | null; email: string | null }
}

/** A sent alert: to whom, the SMTP receipt, whether the name went out. */
export interface ReferentAlertResult {
  referent: ReferentRow
  receipt: MailReceipt
  includedName: boolean
  /** Cases the alert was recorded on. */
  caseIds: number[]
}

/** The mail effect of referent alerts: recorded on the cases once the server accepted the message. */
export const REFERENT_MAIL = 'referent'

/** What the row keeps to record a sent alert (never the young person's name). */
interface ReferentRecord {
  caseIds: number[]
  userId: number
  origin: { origin: 'case' } | { origin: 'alert'; alertId: number }
  referent: { id: number; name: string; academie: string }
  includedName: boolean
}

/** Declares the referent alert on the mail outbox. */
export function registerReferentMail(mail: MailOutbox, db: Database): void {
  mail.effect(REFERENT_MAIL, {
    sent: async (data, receipt) => {
      const r = data as unknown as ReferentRecord
      for (const caseId of r.caseIds) await recordOnCase(db, caseId, r.userId, r.origin, r.referent, r.includedName, receipt)
    },
  })
}

async function send(deps: ReferentAlertDeps, summary: ReferentSummary, record: ReferentRecord): Promise<MailReceipt> {
  if (!deps.mail.configured) throw new CaseError('mail_failed', 'envoi impossible : aucun serveur d’envoi configuré (VIGIE_SMTP_URL)')
  const subject = record.origin.origin === 'alert' ? `alert:${record.origin.alertId}` : `case:${record.caseIds[0] ?? 0}`
  const out = await deps.mail.sendNow({ key: `mail:referent:${randomUUID()}`, subject, type: REFERENT_MAIL, data: { ...record }, message: referentMail(summary) })
  if (!out) throw new CaseError('mail_failed', 'envoi impossible : message déjà en file')
  if (!out.ok) throw new CaseError('mail_failed', out.failure.message, { cause: out.failure })
  return out.receipt as MailReceipt
}

function nameToInclude(input: ReferentAlertInput, candidates: Array<string | null | undefined>): string | null {
  if (!input.includeName) return null
  const name = candidates.find((n): n is string => typeof n === 'string' && n.trim() !== '')
  if (!name) throw new CaseError('bad_request', 'aucun nom à inclure : renseignez le nom de la personne dans le dossier, ou décochez la case')
  return name
}

/** Puts a sent referent e-mail on a case's timeline (the referent's name and académie; never the young person's). */
async function recordOnCase(
  db: Database,
  caseId: number,
  userId: number,
  origin: { origin: 'case' } | { origin: 'alert'; alertId: number },
  referent: { id: number; name: string; academie: string },
  includedName: boolean,
  receipt: MailReceipt,
): Promise<void> {
  await recordCaseEvent(db, caseId, userId, 'referent.alerted', {
    ...origin,
    referentId: referent.id,
    referentName: referent.name,
    academie: referent.academie,
    includedName,
    messageId: receipt.messageId,
  })
  await touchCase(db, caseId)
}

/** Alerts a referent about a case the viewer may see. */
export async function alertReferentForCase(deps: ReferentAlertDeps, viewer: CaseViewer, caseId: number, input: ReferentAlertInput): Promise<ReferentAlertResult> {
  const kase = await requireCase(deps.db, viewer, caseId)
  const referent = await getReferent(deps.db, input.referentId)
  const m = await loadCaseMaterial(deps.db, caseId, { maxPosts: 0 })
  const victimName = nameToInclude(input, [kase.victimName, ...m.watches.map((w) => w.label)])
  const firsts = m.alerts.map((a) => a.firstAt.getTime())
  const receipt = await send(deps, {
    referent,
    origin: { kind: 'case', caseId },
    school: kase.school,
    ageBand: kase.ageBand,
    victimName,
    alerts: m.alerts.length,
    hostilePosts: m.alerts.reduce((n, a) => n + a.hostile, 0),
    since: firsts.length > 0 ? new Date(Math.min(...firsts)) : null,
    takedowns: { requested: m.takedowns.length, removed: m.takedowns.filter((t) => t.status === 'removed').length },
    message: input.message?.trim() || null,
    counsellor: viewer.name,
    organisation: deps.organisation,
  }, { caseIds: [caseId], userId: viewer.userId, origin: { origin: 'case' }, referent: { id: referent.id, name: referent.name, academie: referent.academie }, includedName: victimName !== null })
  return { referent, receipt, includedName: victimName !== null, caseIds: [caseId] }
}

/** Alerts a referent about an alert on a watch the viewer may see (its owner, or an admin). */
export async function alertReferentForAlert(deps: ReferentAlertDeps, viewer: CaseViewer, alertId: number, input: ReferentAlertInput): Promise<ReferentAlertResult> {
  const [alert] = await deps.db.select().from(alerts).where(eq(alerts.id, alertId))
  const watch = alert ? await getWatch(deps.db, { userId: viewer.userId, admin: viewer.admin }, alert.watchId) : undefined
  if (!alert || !watch) throw new CaseError('not_found', 'alerte introuvable')
  const referent = await getReferent(deps.db, input.referentId)
  const victimName = nameToInclude(input, [watch.label])
  const onWatchPosts = sql`${takedowns.postId} in (select ${watchMatches.postId} from ${watchMatches} where ${watchMatches.watchId} = ${watch.id})`
  const [requested] = await deps.db.select({ n: count() }).from(takedowns).where(onWatchPosts)
  const [removed] = await deps.db
    .select({ n: count() })
    .from(takedowns)
    .where(and(onWatchPosts, eq(takedowns.status, 'removed')))
  const linked = await deps.db
    .selectDistinct({ caseId: caseLinks.caseId })
    .from(caseLinks)
    .where(or(and(eq(caseLinks.kind, 'watch'), eq(caseLinks.targetId, watch.id)), and(eq(caseLinks.kind, 'alert'), eq(caseLinks.targetId, alertId))))
  const caseIds = linked.map((l) => l.caseId)
  const receipt = await send(deps, {
    referent,
    origin: { kind: 'alert', alertId },
    school: watch.school,
    ageBand: null,
    victimName,
    alerts: 1,
    hostilePosts: alert.hostile,
    since: alert.firstAt,
    takedowns: { requested: Number(requested?.n ?? 0), removed: Number(removed?.n ?? 0) },
    message: input.message?.trim() || null,
    counsellor: viewer.name,
    organisation: deps.organisation,
  }, { caseIds, userId: viewer.userId, origin: { origin: 'alert', alertId }, referent: { id: referent.id, name: referent.name, academie: referent.academie }, includedName: victimName !== null })
  return { referent, receipt, includedName: victimName !== null, caseIds }
}
