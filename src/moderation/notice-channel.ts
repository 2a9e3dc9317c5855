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
import type { Mailer } from '../mail/mailer.js'
import type { Actor, ModerationDeps } from './deps.js'
import { buildNotice, noticeText } from './dsa-notice.js'
import { ModerationError } from './errors.js'
import { mailNotice } from './notice-mail.js'
import { noticeInputOf } from './takedown-notice.js'
import { publishTakedowns, takedownView } from './takedown-service.js'
import { OPEN_TAKEDOWN_STATUSES } from './takedown-status.js'
import type { TakedownView } from './views.js'

/** What the notice channel needs. */
export interface NoticeChannelDeps {
  mailer: Mailer
  /** The registry entry of a platform (undefined for Bluesky, Mastodon, RSS, other sites). */
  platform: (id: string) => Promise<PlatformDefinition | undefined>
  /** Where a platform takes notices by e-mail (configuration first, then the registry). */
  noticeEmail: (platform: string, url: string | null) => Promise<string | null>
}

/** The notices of registry platforms: sent by e-mail, or through their form with an « envoyé » step. */
export class NoticeChannel {
  private readonly inFlight = new Set<Promise<unknown>>()

  constructor(
    private readonly deps: ModerationDeps,
    private readonly channel: NoticeChannelDeps,
  ) {}

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

  /** After a confirmation: e-mails the notices of registry platforms that take them by e-mail, in the background. */
  afterConfirm(rows: readonly TakedownRow[], actor: string): void {
    for (const row of rows) {
      if (row.channel !== 'dsa-notice') continue
      const p = this.autoSend(row, actor)
        .catch((err: unknown) => this.deps.log.error({ err, takedown: row.id }, 'notice e-mail crashed'))
        .finally(() => this.inFlight.delete(p))
      this.inFlight.add(p)
    }
  }

  /** Waits for e-mails in flight (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  private async autoSend(row: TakedownRow, actor: string): Promise<void> {
    if (!(await this.channel.platform(row.platform))) return
    const input = await noticeInputOf(this.deps.db, row, this.deps.config().notifier)
    const to = await this.channel.noticeEmail(row.platform, input.snapshot.post.url)
    if (!to) return // a web form: a person sends it and records « envoyé »
    const { db } = this.deps
    try {
      const receipt = await mailNotice(this.deps, this.channel.mailer, row, to)
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
        .where(and(eq(takedowns.id, row.id), eq(takedowns.status, 'requested')))
        .returning()
      await appendAudit(db, { actor, action: 'takedown.send', subject: `takedown:${row.id}`, details: { flagId: row.flagId, channel: row.channel, via: 'email', to, outcome: 'acknowledged', messageId: receipt.messageId } })
      if (updated) await publishTakedowns(db, this.deps.hub, [updated])
    } catch (err) {
      if (!(err instanceof ModerationError)) throw err
      const [updated] = await db.update(takedowns).set({ lastError: `envoi de la notification par e-mail impossible : ${err.message}`, updatedAt: new Date() }).where(eq(takedowns.id, row.id)).returning()
      await appendAudit(db, { actor, action: 'takedown.send', subject: `takedown:${row.id}`, details: { flagId: row.flagId, channel: row.channel, via: 'email', to, outcome: 'failed' } })
      if (updated) await publishTakedowns(db, this.deps.hub, [updated])
    }
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
