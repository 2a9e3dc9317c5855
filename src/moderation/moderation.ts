/**
 * The moderation workflow as one object for the server: flag → review →
 * takedown, with the background report sender. Each method audits and
 * publishes hub events itself.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { EscalateInput } from '../../contract/removal.js'
import type { RemovalConfig, TakedownConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import { takedowns } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { MailOutbox } from '../mail/mail-outbox.js'
import type { Outbox } from '../outbox/outbox.js'
import type { WebhookSender } from '../watches/webhook.js'
import type { Actor, ModerationDeps } from './deps.js'
import { buildNotice, noticeText, type DsaNotice } from './dsa-notice.js'
import { ModerationError } from './errors.js'
import { emailNotice, escalationFile, registerEscalationMail, resendReport, type EscalationDeps } from './escalation/escalation-actions.js'
import { noticeAddressFor } from './escalation/notice-addresses.js'
import { escalateOverdue } from './escalation/overdue.js'
import { createFlags, getFlagWithSnapshot, listFlags, type FlagInput } from './flag-service.js'
import { NoticeChannel, type NoticeChannelDeps } from './notice-channel.js'
import { claimFlag, decideFlag, releaseFlag } from './review-service.js'
import { TakedownSender, type TakedownSenderOptions } from './takedown-sender.js'
import { noticeInputOf } from './takedown-notice.js'
import { findTakedown, isPlatformReport, listTakedowns, missingCredentials, setTakedownStatus, takedownView } from './takedown-service.js'
import type { FlagStatus, TakedownStatus, TakedownView } from './views.js'

/** The moderation services bound to one database and hub. */
export class Moderation {
  readonly deps: ModerationDeps
  readonly sender: TakedownSender
  /** DSA notices of registry platforms: e-mailed, or sent through their web form (« envoyé »). */
  readonly notices: NoticeChannel
  private readonly escalation: EscalationDeps
  private readonly webhooks: WebhookSender | undefined
  private readonly outbox: Outbox

  constructor(opts: {
    db: Database
    hub: Hub
    log: Logger
    config: () => TakedownConfig
    sender?: TakedownSenderOptions
    /** Durable sends: platform reports and e-mails go through it. */
    outbox: Outbox
    /** Notice e-mails (automatic and escalation), through the outbox. */
    mail: MailOutbox
    webhooks?: WebhookSender
    removal: () => RemovalConfig
    /** The platform registry (notice channels); without it, only VIGIE_PLATFORM_NOTICE_EMAILS is known. */
    platforms?: Pick<NoticeChannelDeps, 'platform' | 'noticeEmail'>
  }) {
    this.deps = { db: opts.db, hub: opts.hub, log: opts.log, config: opts.config }
    this.outbox = opts.outbox
    this.sender = new TakedownSender(this.deps, opts.outbox, opts.sender)
    this.webhooks = opts.webhooks
    const noticeEmail = opts.platforms?.noticeEmail ?? ((platform: string, url: string | null) => Promise.resolve(noticeAddressFor(opts.removal().noticeEmails, platform, url)))
    const platform = opts.platforms?.platform ?? (() => Promise.resolve(undefined))
    this.notices = new NoticeChannel(this.deps, { mail: opts.mail, outbox: opts.outbox, platform, noticeEmail })
    registerEscalationMail(this.deps, opts.mail)
    this.escalation = { mail: opts.mail, removal: opts.removal, resend: (id, by) => this.sender.schedule(id, by, { resend: true }), noticeEmail, platform }
  }

  /** Turns requests past the hour and still online « en retard » (alert, WebSocket, webhook). */
  escalateOverdue(now: Date): Promise<TakedownView[]> {
    return escalateOverdue(this.deps, now, this.escalation.removal, this.webhooks)
  }

  /** One escalation step on a request: re-send the report, or e-mail the DSA notice. */
  async escalate(actor: Actor, id: number, input: EscalateInput): Promise<TakedownView> {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    if (input.action === 'resend') return resendReport(this.deps, this.escalation, actor, row)
    if (input.action === 'email') return emailNotice(this.deps, this.escalation, actor, row)
    throw new ModerationError('bad_request', 'le dossier d’escalade se télécharge : GET /api/takedowns/:id/escalation.json?recipient=…')
  }

  /** The escalation file of a request for the trusted-flagger channel or the regulator (recorded, audited). */
  async escalationFile(actor: Actor, id: number, recipient: NonNullable<EscalateInput['recipient']>, now: Date = new Date()) {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    return escalationFile(this.deps, this.escalation, actor, row, recipient, now)
  }

  /** Flags posts (see createFlags). */
  flag(actor: Actor, input: FlagInput) {
    return createFlags(this.deps, actor, input)
  }

  /** The review queue or flags of one status. */
  listFlags(query: { status?: FlagStatus | undefined; limit: number; before?: number | undefined }) {
    return listFlags(this.deps.db, query)
  }

  /** A flag and its verified evidence snapshot. */
  getFlag(id: number) {
    return getFlagWithSnapshot(this.deps.db, id)
  }

  claim(actor: Actor, id: number) {
    return claimFlag(this.deps, actor, id)
  }

  release(actor: Actor, id: number) {
    return releaseFlag(this.deps, actor, id)
  }

  /** Confirms or rejects; platform reports and e-mailed notices then go out in the background. */
  async decide(actor: Actor, id: number, input: { decision: 'confirm' | 'reject'; note?: string | undefined }) {
    const decided = await decideFlag(this.deps, actor, id, input, async (tx, made, by) => {
      for (const t of made) {
        if (isPlatformReport(t.channel) && t.lastError === null) await this.sender.enqueueFirst(tx, t.id, by)
        else await this.notices.enqueue(tx, t, by)
      }
    })
    this.outbox.wake()
    return decided
  }

  /** How to send a request's DSA notice to its platform (channel, form link, text to paste). */
  async noticeStep(id: number) {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    return this.notices.step(row)
  }

  /** Records that a person sent the notice through the platform's web form (« envoyé »). */
  async recordSent(actor: Actor, id: number, reference: string | undefined): Promise<TakedownView> {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    return this.notices.recordSent(actor, row, reference)
  }

  listTakedowns(query: { status?: TakedownStatus | undefined; limit: number; before?: number | undefined }) {
    return listTakedowns(this.deps.db, query)
  }

  async getTakedown(id: number): Promise<TakedownView> {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    return takedownView(this.deps.db, row)
  }

  setTakedownStatus(actor: Actor, id: number, input: { status: Exclude<TakedownStatus, 'requested'>; answer?: string | undefined }) {
    return setTakedownStatus(this.deps, actor, id, input)
  }

  /** Retries a platform report in the background; answers with the takedown as it is now. */
  async send(actor: Actor, id: number): Promise<TakedownView> {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    if (!isPlatformReport(row.channel)) {
      throw new ModerationError('conflict', 'une notification DSA ne s’envoie pas par l’API : téléchargez-la (notice.txt ou notice.json) et adressez-la à la plateforme')
    }
    if (row.status !== 'requested') throw new ModerationError('conflict', 'la plateforme a déjà reçu ce signalement')
    // Without credentials nothing goes on the wire: the error is recorded at once so the answer shows it.
    const missing = missingCredentials(row.channel, this.deps.config())
    if (missing) await this.sender.notConfigured(row, actor.name, missing)
    else await this.sender.schedule(id, actor.name)
    return this.getTakedown(id)
  }

  /** The DSA Article 16 notice of a takedown, as JSON. */
  async notice(id: number): Promise<DsaNotice> {
    const row = await findTakedown(this.deps.db, id)
    if (!row) throw new ModerationError('not_found', 'demande de retrait introuvable')
    return buildNotice(await noticeInputOf(this.deps.db, row, this.deps.config().notifier))
  }

  /** The same notice as French plain text. */
  async noticeText(id: number): Promise<string> {
    return noticeText(await this.notice(id))
  }

  /**
   * Queues again every platform report still waiting with no send in the
   * outbox (credentials configured since, or given up before a restart):
   * called once at start by the instance running background work. Returns how many.
   */
  async resumePending(): Promise<number> {
    const cfg = this.deps.config()
    const channels = [...(cfg.bluesky ? ['bluesky-report'] : []), ...(cfg.mastodon ? ['mastodon-report'] : [])]
    if (channels.length === 0) return 0
    const rows = await this.deps.db
      .select({ id: takedowns.id })
      .from(takedowns)
      .where(and(eq(takedowns.status, 'requested'), inArray(takedowns.channel, channels)))
    for (const { id } of rows) await this.sender.schedule(id, 'system')
    return rows.length
  }

  /** Nothing of its own to stop: its sends are in the outbox, which the context stops. */
  async close(): Promise<void> {}
}
