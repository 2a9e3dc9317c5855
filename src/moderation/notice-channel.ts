/**
 * Sending a DSA Article 16 notice through the platform's channel from the
 * registry: by e-mail, Vigie sends it itself as soon as the flag is
 * confirmed (SMTP); by web form, a person pastes the ready text in the
 * platform's form and records « envoyé » (who, when, the platform's
 * reference). Either way the request becomes « pris en compte par la plateforme »,
 * and every step is audited (ids and addresses, never the text).
 */
import { and, eq } from 'drizzle-orm'
import type { NoticeStep } from '../../contract/intake.js'
import type { PlatformDefinition } from '../../contract/platforms.js'
import { appendAudit } from '../audit/audit-log.js'
import { takedowns, type TakedownRow } from '../db/schema/index.js'
import type { Database } from '../db/client.js'
import type { StoredMailReceipt, MailOutbox } from '../mail/mail-outbox.js'
import type { MailMessage } from '../mail/mailer.js'
import type { Attempt, Outbox, OutboxFailure } from '../outbox/outbox.js'
import type { Actor, ModerationDeps } from './deps.js'
import { buildNotice, noticeText } from './dsa-notice.js'
import { ModerationError } from './errors.js'
import { noticeMailData, noticeMessage } from './notice-mail.js'
import { noticeInputOf } from './takedown-notice.js'
import { findTakedown, publishTakedowns, takedownView } from './takedown-service.js'
import { OPEN_TAKEDOWN_STATUSES } from './takedown-status.js'
import type { TakedownView } from './views.js'

/** What the notice channel needs. */
export interface NoticeChannelDeps {
  /** Notice e-mails go through the outbox. */
  mail: MailOutbox
  outbox: Pick<Outbox, 'drain'>
  /** The registry entry of a platform (undefined for Bluesky, Mastodon, RSS, other sites). */
  platform: (id: string) => Promise<PlatformDefinition | undefined>
  /** Where a platform takes notices by e-mail (configuration first, then the registry). */
  noticeEmail: (platform: string, url: string | null) => Promise<string | null>
}

/** The mail effect of automatic notice e-mails. */
export const NOTICE_MAIL = 'notice'

/** The notices of registry platforms: sent by e-mail, or through their form with an « envoyé » step. */
export class NoticeChannel {
  constructor(
    private readonly deps: ModerationDeps,
    private readonly channel: NoticeChannelDeps,
  ) {
    channel.mail.effect(NOTICE_MAIL, {
      compose: (data) => this.compose(data),
      sent: (data, receipt) => this.sent(data, receipt),
      failed: (data, failure, attempt, final) => this.failed(data, failure, attempt, final),
    })
  }

  /** How to send the notice of a request, with its text ready to paste. */
  async step(row: TakedownRow): Promise<NoticeStep> {
    if (row.channel !== 'dsa-notice') throw new ModerationError('conflict', 'cette demande est un signalement par API, pas une notification DSA')
    const input = await noticeInputOf(this.deps.db, row, this.deps.config().notifier)
    const platform = await this.channel.platform(row.platform)
    const email = await this.channel.noticeEmail(row.platform, input.snapshot.post.url)
    const formUrl = platform?.notice.formUrl ?? null
    return {
      takedownId: row.id,
      platform: row.platform,
      platformName: platform?.name ?? row.platform,
      channel: email ? 'email' : formUrl ? 'form' : 'none',
      email,
      formUrl,
      note: platform?.notice.note ?? null,
      platformCategory: platform?.categories[input.snapshot.category] ?? null,
      verified: platform?.verified ?? false,
      trustedFlagger: platform?.trustedFlagger ?? null,
      text: noticeText(buildNotice(input)),
      sentAt: row.sentAt?.toISOString() ?? null,
      sentBy: row.sentBy,
      sentVia: row.sentVia,
      reference: row.sentVia === 'form' ? row.externalRef : null,
    }
  }

  /** Queues the notice e-mail of a just-confirmed request inside the confirmation's transaction; sent when its platform takes notices by e-mail. */
  async enqueue(tx: Database, row: TakedownRow, actor: string): Promise<void> {
    if (row.channel !== 'dsa-notice') return
    await this.channel.mail.add(tx, { key: `mail:notice:takedown:${row.id}`, subject: `takedown:${row.id}`, type: NOTICE_MAIL, data: { takedownId: row.id, actor } })
  }

  /** Waits until queued sends have gone out or given up (tests). */
  drain(): Promise<void> {
    return this.channel.outbox.drain()
  }

  /** The message at send time: only for an open request of a registry platform that takes notices by e-mail. */
  private async compose(data: Record<string, unknown>): Promise<MailMessage | null> {
    const { takedownId } = noticeMailData(data)
    const row = await findTakedown(this.deps.db, takedownId)
    if (!row || row.status !== 'requested' || row.sentAt) return null
    if (!(await this.channel.platform(row.platform))) return null
    const input = await noticeInputOf(this.deps.db, row, this.deps.config().notifier)
    const to = await this.channel.noticeEmail(row.platform, input.snapshot.post.url)
    if (!to) return null // a web form: a person sends it and records « envoyé »
    return noticeMessage(this.deps, row, to)
  }

  private async sent(data: Record<string, unknown>, receipt: StoredMailReceipt): Promise<void> {
    const { takedownId, actor } = noticeMailData(data)
    const { db } = this.deps
    const to = receipt.to[0] ?? ''
    const now = new Date()
    const [updated] = await db
      .update(takedowns)
      .set({
        status: 'acknowledged',
        acknowledgedAt: now,
        answer: `notification DSA envoyée par e-mail à ${to}`,
        externalRef: receipt.messageId,
        lastError: null,
        sentAt: now,
        sentBy: actor,
        sentVia: 'email',
        sentTo: to,
        updatedAt: now,
      })
      .where(and(eq(takedowns.id, takedownId), eq(takedowns.status, 'requested')))
      .returning()
    if (!updated) return
    await appendAudit(db, { actor, action: 'takedown.send', subject: `takedown:${takedownId}`, details: { flagId: updated.flagId, channel: updated.channel, via: 'email', to, outcome: 'acknowledged', messageId: receipt.messageId } })
    await publishTakedowns(db, this.deps.hub, [updated])
  }

  private async failed(data: Record<string, unknown>, failure: OutboxFailure, _attempt: Attempt, final: boolean): Promise<void> {
    const { takedownId, actor } = noticeMailData(data)
    const { db } = this.deps
    const message = `envoi de la notification par e-mail impossible : ${failure.message}${final ? '' : ' (nouvel essai automatique)'}`
    const [updated] = await db.update(takedowns).set({ lastError: message, updatedAt: new Date() }).where(eq(takedowns.id, takedownId)).returning()
    if (!updated) return
    await appendAudit(db, { actor, action: 'takedown.send', subject: `takedown:${takedownId}`, details: { flagId: updated.flagId, channel: updated.channel, via: 'email', outcome: 'failed', retryable: failure.retryable, final } })
    await publishTakedowns(db, this.deps.hub, [updated])
  }

  /** A person sent the notice through the platform's web form: records who, when and the platform's reference. */
  async recordSent(actor: Actor, row: TakedownRow, reference: string | undefined): Promise<TakedownView> {
    if (row.channel !== 'dsa-notice') throw new ModerationError('conflict', 'seule une notification DSA s’envoie par le formulaire de la plateforme')
    if (!(OPEN_TAKEDOWN_STATUSES as readonly string[]).includes(row.status)) throw new ModerationError('conflict', 'cette demande est close (retirée ou refusée)')
    if (row.sentAt) throw new ModerationError('conflict', `notification déjà envoyée le ${row.sentAt.toISOString()} par ${row.sentBy ?? 'quelqu’un'}`)
    const platform = await this.channel.platform(row.platform)
    const now = new Date()
    const [updated] = await this.deps.db
      .update(takedowns)
      .set({
        status: 'acknowledged',
        acknowledgedAt: row.acknowledgedAt ?? now,
        externalRef: reference ?? row.externalRef,
        answer: row.answer ?? `notification DSA envoyée par le formulaire de ${platform?.name ?? row.platform}${reference ? ` (référence ${reference})` : ''}`,
        sentAt: now,
        sentBy: actor.name,
        sentVia: 'form',
        sentTo: platform?.notice.formUrl ?? null,
        updatedAt: now,
      })
      .where(and(eq(takedowns.id, row.id), eq(takedowns.status, row.status)))
      .returning()
    if (!updated) throw new ModerationError('conflict', 'la demande de retrait vient de changer : rechargez-la')
    await appendAudit(this.deps.db, {
      actor: actor.name,
      action: 'takedown.sent',
      subject: `takedown:${row.id}`,
      details: { flagId: row.flagId, channel: row.channel, via: 'form', reference: reference ?? null, from: row.status, to: 'acknowledged' },
    })
    await publishTakedowns(this.deps.db, this.deps.hub, [updated])
    return takedownView(this.deps.db, updated)
  }
}
