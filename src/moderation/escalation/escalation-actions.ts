/**
 * The next steps offered on a request still online past the hour, each
 * recorded (takedown_escalations) and audited:
 * - resend: file the platform report again (Bluesky, Mastodon);
 * - email: send the DSA Article 16 notice to the platform's notice address (SMTP);
 * - file: an escalation file for the platform's trusted-flagger channel or the
 *   regulator (the notice, the evidence hash, the request's history).
 */
import { createHash, randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import type { PlatformDefinition } from '../../../contract/platforms.js'
import type { EscalateInput } from '../../../contract/removal.js'
import { appendAudit } from '../../audit/audit-log.js'
import type { RemovalConfig } from '../../config/config.js'
import { auditLog, takedownEscalations, type TakedownRow } from '../../db/schema/index.js'
import type { MailOutbox } from '../../mail/mail-outbox.js'
import { noticeMailData, noticeMessage } from '../notice-mail.js'
import type { Actor, ModerationDeps } from '../deps.js'
import { buildNotice } from '../dsa-notice.js'
import { ModerationError } from '../errors.js'
import { noticeInputOf } from '../takedown-notice.js'
import { findTakedown, isPlatformReport, publishTakedowns, takedownView } from '../takedown-service.js'
import { OPEN_TAKEDOWN_STATUSES } from '../takedown-status.js'
import type { TakedownView } from '../views.js'
import { noticeAddressFor } from './notice-addresses.js'

/** What the escalation steps need besides the moderation deps. */
export interface EscalationDeps {
  /** E-mails go through the outbox. */
  mail: MailOutbox
  removal: () => RemovalConfig
  /** Queues the platform report again (outbox). */
  resend: (takedownId: number, actor: string) => Promise<void>
  /** Where a platform takes notices by e-mail (VIGIE_PLATFORM_NOTICE_EMAILS, then the platform registry). */
  noticeEmail: (platform: string, url: string | null) => Promise<string | null>
  /** The registry entry of a platform (undefined for Bluesky, Mastodon, RSS, other sites). */
  platform: (id: string) => Promise<PlatformDefinition | undefined>
}

/** The trusted-flagger channel an escalation file names, from the platform registry. */
export interface TrustedFlaggerTarget {
  platform: string
  platformName: string
  /** The channel (DSA Art. 22), or null when the registry knows none for the platform. */
  channel: { formUrl: string | null; email: string | null; note: string | null } | null
  /** False until an administrator checked the registry entry. */
  verified: boolean
  /** What to do with the file, in French. */
  howTo: string
}

/** Where an escalation file for the trusted-flagger channel goes, read from the registry. */
export async function trustedFlaggerTarget(esc: Pick<EscalationDeps, 'platform'>, platformId: string): Promise<TrustedFlaggerTarget> {
  const platform = await esc.platform(platformId)
  const name = platform?.name ?? platformId
  const channel = platform?.trustedFlagger ?? null
  const where = channel ? [channel.formUrl ? `le formulaire ${channel.formUrl}` : null, channel.email ? `l’adresse ${channel.email}` : null].filter((x) => x !== null).join(' ou ') : ''
  return {
    platform: platformId,
    platformName: name,
    channel: channel ? { formUrl: channel.formUrl, email: channel.email, note: channel.note } : null,
    verified: platform?.verified ?? false,
    howTo: channel
      ? `Transmettre ce dossier par le canal signaleur de confiance de ${name} : ${where || 'voir la note'}.${channel.note ? ` ${channel.note}` : ''}`
      : `Aucun canal signaleur de confiance connu pour ${name} dans le registre des plateformes : un administrateur peut l’ajouter (Plateformes), ou adressez ce dossier au coordinateur pour les services numériques (Arcom).`,
  }
}

const RECIPIENT_FR = { 'trusted-flagger': 'canal signaleur de confiance de la plateforme', regulator: 'coordinateur pour les services numériques (Arcom)' } as const

function assertOpen(row: TakedownRow): void {
  if (!(OPEN_TAKEDOWN_STATUSES as readonly string[]).includes(row.status)) {
    throw new ModerationError('conflict', 'cette demande est close (retirée ou refusée) : rien à relancer')
  }
}

async function record(deps: ModerationDeps, actor: Pick<Actor, 'name'>, row: TakedownRow, action: EscalateInput['action'], details: Record<string, unknown>): Promise<void> {
  await deps.db.insert(takedownEscalations).values({ takedownId: row.id, action, actor: actor.name, details })
  await appendAudit(deps.db, { actor: actor.name, action: 'takedown.escalate', subject: `takedown:${row.id}`, details: { flagId: row.flagId, channel: row.channel, action, ...details } })
  await publishTakedowns(deps.db, deps.hub, [row])
}

/** Re-sends the platform report (in the background); answers with the request. */
export async function resendReport(deps: ModerationDeps, esc: EscalationDeps, actor: Actor, row: TakedownRow): Promise<TakedownView> {
  assertOpen(row)
  if (!isPlatformReport(row.channel)) {
    throw new ModerationError('conflict', 'une notification DSA ne se renvoie pas par l’API : envoyez-la par e-mail à la plateforme (action « email »)')
  }
  await record(deps, actor, row, 'resend', { previousRef: row.externalRef })
  await esc.resend(row.id, actor.name)
  return takedownView(deps.db, row)
}

/** The mail effect of escalation e-mails: the notice to the given address, recorded as an escalation step once accepted. */
export const ESCALATION_MAIL = 'escalation-notice'

/** Declares the escalation e-mail on the mail outbox. */
export function registerEscalationMail(deps: ModerationDeps, mail: MailOutbox): void {
  mail.effect(ESCALATION_MAIL, {
    compose: async (data) => {
      const { takedownId, to } = noticeMailData(data)
      const row = await findTakedown(deps.db, takedownId)
      return row && to ? noticeMessage(deps, row, to) : null
    },
    sent: async (data, receipt) => {
      const { takedownId, actor, to } = noticeMailData(data)
      const row = await findTakedown(deps.db, takedownId)
      if (row) await record(deps, { name: actor }, row, 'email', { to, messageId: receipt.messageId, accepted: receipt.accepted.length, rejected: receipt.rejected.length })
    },
  })
}

/** E-mails the DSA notice to the platform's notice address (the counsellor waits for the SMTP server's answer). */
export async function emailNotice(deps: ModerationDeps, esc: EscalationDeps, actor: Actor, row: TakedownRow): Promise<TakedownView> {
  assertOpen(row)
  const input = await noticeInputOf(deps.db, row, deps.config().notifier)
  const to = await esc.noticeEmail(row.platform, input.snapshot.post.url)
  if (!to) {
    throw new ModerationError(
      'conflict',
      `aucune adresse de notification DSA connue pour ${row.platform} : ajoutez-la au registre des plateformes ou à VIGIE_PLATFORM_NOTICE_EMAILS (par exemple {"${row.platform}": "dsa@…"})`,
    )
  }
  if (!esc.mail.configured) throw new ModerationError('conflict', 'aucun serveur d’envoi configuré : définissez VIGIE_SMTP_URL pour envoyer la notification par e-mail')
  const out = await esc.mail.sendNow({ key: `mail:escalation:takedown:${row.id}:${randomUUID()}`, subject: `takedown:${row.id}`, type: ESCALATION_MAIL, data: { takedownId: row.id, actor: actor.name, to } })
  if (out && !out.ok) {
    await appendAudit(deps.db, { actor: actor.name, action: 'takedown.escalate', subject: `takedown:${row.id}`, details: { action: 'email', to, outcome: 'failed', retryable: out.failure.retryable } })
    throw new ModerationError('upstream', out.failure.message)
  }
  return takedownView(deps.db, row)
}

/** The escalation file (JSON) for `recipient`: the notice, the evidence hash, the history. Recorded with its SHA-256. */
export async function escalationFile(
  deps: ModerationDeps,
  esc: Pick<EscalationDeps, 'platform'>,
  actor: Actor,
  row: TakedownRow,
  recipient: NonNullable<EscalateInput['recipient']>,
  now: Date,
): Promise<{ filename: string; body: string; sha256: string }> {
  const input = await noticeInputOf(deps.db, row, deps.config().notifier)
  const view = await takedownView(deps.db, row)
  const history = await deps.db
    .select({ at: auditLog.at, actor: auditLog.actor, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.subject, `takedown:${row.id}`))
    .orderBy(asc(auditLog.id))
  const target = recipient === 'trusted-flagger' ? await trustedFlaggerTarget(esc, row.platform) : null
  const file = {
    type: 'vigie-escalation-file',
    recipient,
    recipientLabel: target?.channel ? `${RECIPIENT_FR[recipient]} (${target.platformName})` : RECIPIENT_FR[recipient],
    ...(target ? { trustedFlagger: target } : {}),
    generatedAt: now.toISOString(),
    generatedBy: actor.name,
    summary: `Demande de retrait n° ${row.id} (${row.platform}, ${row.channel}) faite le ${row.requestedAt.toISOString()} : contenu toujours en ligne après l’échéance d’une heure (${view.dueAt}).`,
    request: {
      id: view.id,
      platform: view.platform,
      channel: view.channel,
      status: view.status,
      requestedAt: view.requestedAt,
      dueAt: view.dueAt,
      overdueAt: view.overdueAt,
      acknowledgedAt: view.acknowledgedAt,
      externalRef: view.externalRef,
      answer: view.answer,
      lastCheck: view.lastCheck,
      escalations: view.escalations,
    },
    evidence: { sha256: input.evidenceSha256, capturedAt: input.snapshot.capturedAt },
    notice: buildNotice(input),
    history: history.map((h) => ({ at: h.at.toISOString(), actor: h.actor, action: h.action, details: h.details })),
  }
  const body = JSON.stringify(file, null, 2)
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex')
  await record(deps, actor, row, 'file', { recipient, sha256, ...(target ? { channel: target.channel ? (target.channel.formUrl ?? target.channel.email) : null } : {}) })
  return { filename: `escalade-vigie-${row.id}-${recipient}.json`, body, sha256 }
}
