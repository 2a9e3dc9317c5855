/**
 * Sends platform reports from the outbox (durable: a restart or a crash
 * loses none; one instance sends each): retried with exponential backoff
 * while the failure is retryable, every attempt recorded on the takedown
 * (lastError, attempts) and in the audit log. A successful report moves the
 * takedown to "acknowledged" with the platform's report id and answer; the
 * id is recorded on the outbox row first, so an instance that dies after the
 * platform answered never files the report a second time.
 */
import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import type { TakedownConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import { outbox as outboxTable, takedowns, type OutboxRow, type TakedownRow } from '../db/schema/index.js'
import { OutboxFailure, type Attempt, type Outbox, type OutboxHandler } from '../outbox/outbox.js'
import { isDsaCategory } from './categories.js'
import type { ModerationDeps } from './deps.js'
import { reportComment } from './dsa-notice.js'
import { BlueskyReporter } from './reporters/bluesky-reporter.js'
import { MastodonReporter } from './reporters/mastodon-reporter.js'
import { ReportError, type PlatformReporter, type ReportReceipt, type ReportRequest } from './reporters/types.js'
import { noticeInputOf } from './takedown-notice.js'
import { findTakedown, isPlatformReport, missingCredentials, publishTakedowns } from './takedown-service.js'

/** The outbox kind of platform reports. */
export const REPORT_KIND = 'report'

/** Retry settings. */
export interface TakedownSenderOptions {
  /** Attempts per send (default 4). */
  attempts?: number
  /** First retry delay in ms, doubled each time (default 5,000). */
  retryBaseMs?: number
}

/** What a report row carries. */
interface ReportPayload {
  takedownId: number
  actor: string
  /** File the report again although the platform already received one (escalation). */
  resend: boolean
}

/** Credentials missing: recorded as « not configured », never retried by itself. */
class NotConfigured extends OutboxFailure {}

function payloadOf(row: OutboxRow): ReportPayload {
  const p = row.payload as Partial<ReportPayload>
  if (typeof p.takedownId !== 'number') throw new OutboxFailure('signalement illisible dans la file d’envoi', false)
  return { takedownId: p.takedownId, actor: typeof p.actor === 'string' ? p.actor : 'system', resend: p.resend === true }
}

function isReceipt(value: unknown): value is ReportReceipt {
  return typeof value === 'object' && value !== null && typeof (value as ReportReceipt).externalRef === 'string' && typeof (value as ReportReceipt).answer === 'string'
}

/** The platform report sender: queues reports in the outbox and files them. */
export class TakedownSender implements OutboxHandler {
  readonly maxAttempts: number
  readonly retryBaseMs: number
  private readonly reporters = new Map<string, PlatformReporter>()

  constructor(
    private readonly deps: ModerationDeps,
    private readonly outbox: Outbox,
    opts: TakedownSenderOptions = {},
  ) {
    this.maxAttempts = opts.attempts ?? 4
    this.retryBaseMs = opts.retryBaseMs ?? 5_000
    outbox.register(REPORT_KIND, this)
  }

  /** Queues the first report of a just-confirmed takedown, inside the confirmation's transaction (once per takedown). */
  async enqueueFirst(tx: Database, takedownId: number, actor: string): Promise<void> {
    await this.outbox.add(tx, { kind: REPORT_KIND, key: `report:takedown:${takedownId}`, subject: `takedown:${takedownId}`, payload: { takedownId, actor, resend: false } })
  }

  /**
   * Queues a report of takedown `id` unless one is already waiting; returns at once.
   * `resend`: file the report again although the platform already received one (escalation).
   */
  async schedule(id: number, actor: string, opts: { resend?: boolean } = {}): Promise<void> {
    const { db } = this.deps
    const resend = opts.resend === true
    const [waiting] = await db
      .select({ id: outboxTable.id, payload: outboxTable.payload })
      .from(outboxTable)
      .where(and(eq(outboxTable.kind, REPORT_KIND), eq(outboxTable.subject, `takedown:${id}`), eq(outboxTable.state, 'pending')))
    if (!waiting || (resend && !(waiting.payload as Partial<ReportPayload>).resend)) {
      await this.outbox.add(db, { kind: REPORT_KIND, key: `report:takedown:${id}:${resend ? 'resend' : 'retry'}:${randomUUID()}`, subject: `takedown:${id}`, payload: { takedownId: id, actor, resend } })
    }
    this.outbox.wake()
  }

  /** Records that credentials are missing (nothing goes on the wire); audited as « not_configured ». */
  async notConfigured(row: TakedownRow, actor: string, message: string): Promise<void> {
    await this.recordFailure(row, actor, message, false, false)
  }

  /** Waits until every queued send has succeeded or given up. */
  drain(): Promise<void> {
    return this.outbox.drain()
  }

  async deliver(orow: OutboxRow): Promise<ReportReceipt | { skipped: string }> {
    const { takedownId, resend } = payloadOf(orow)
    const row = await findTakedown(this.deps.db, takedownId)
    const sendable = row?.status === 'requested' || (resend && row?.status === 'acknowledged')
    if (!row || !sendable || !isPlatformReport(row.channel)) return { skipped: row ? `statut ${row.status}` : 'demande supprimée' }
    const cfg = this.deps.config()
    const missing = missingCredentials(row.channel, cfg)
    if (missing) throw new NotConfigured(missing, false)
    const reporter = this.reporterFor(row.channel, cfg)
    try {
      return await reporter.send(await this.requestOf(row, cfg))
    } catch (err) {
      const failure = err instanceof ReportError ? err : new ReportError(`échec inattendu : ${(err as Error).message}`, true, { cause: err })
      throw new OutboxFailure(failure.message, failure.retryable, { cause: failure })
    }
  }

  async sent(orow: OutboxRow, receipt: unknown): Promise<void> {
    if (!isReceipt(receipt)) return
    const { takedownId, actor } = payloadOf(orow)
    const row = await findTakedown(this.deps.db, takedownId)
    // Already recorded (the instance died between recording and marking the row sent).
    if (!row || row.externalRef === receipt.externalRef) return
    await this.recordReceipt(row, actor, receipt)
  }

  async failed(orow: OutboxRow, failure: OutboxFailure, attempt: Attempt, final: boolean): Promise<void> {
    const { takedownId, actor } = payloadOf(orow)
    const row = await findTakedown(this.deps.db, takedownId)
    if (!row) return
    if (failure instanceof NotConfigured) {
      await this.recordFailure(row, actor, failure.message, false, false)
      return
    }
    const message = final ? failure.message : `${failure.message} (essai ${attempt.number}/${orow.maxAttempts}, nouvel essai automatique)`
    await this.recordFailure(row, actor, message, true, failure.retryable)
    this.deps.log.warn({ takedown: takedownId, attempt: attempt.number, retryable: failure.retryable, err: failure.message }, 'takedown report failed')
  }

  private reporterFor(channel: 'bluesky-report' | 'mastodon-report', cfg: TakedownConfig): PlatformReporter {
    const settings = channel === 'bluesky-report' ? cfg.bluesky : cfg.mastodon
    // One reporter per account (the Bluesky session is kept); a changed account gets a new one.
    const key = `${channel}\u0000${JSON.stringify(settings)}`
    let reporter = this.reporters.get(key)
    if (!reporter) {
      if (channel === 'bluesky-report' && cfg.bluesky) reporter = new BlueskyReporter(cfg.bluesky)
      else if (channel === 'mastodon-report' && cfg.mastodon) reporter = new MastodonReporter(cfg.mastodon)
      else throw new Error(`no reporter for ${channel}`)
      this.reporters.set(key, reporter)
    }
    return reporter
  }

  private async requestOf(row: TakedownRow, cfg: TakedownConfig): Promise<ReportRequest> {
    const input = await noticeInputOf(this.deps.db, row, cfg.notifier)
    const s = input.snapshot
    if (!isDsaCategory(s.category)) throw new ReportError(`catégorie inconnue : ${s.category}`, false)
    return {
      post: { platform: s.post.platform, externalId: s.post.externalId, url: s.post.url, author: s.post.author, authorId: s.post.authorId },
      category: s.category,
      targetIsMinor: s.targetIsMinor,
      comment: reportComment(input),
    }
  }

  private async recordFailure(row: TakedownRow, actor: string, message: string, attempted: boolean, retryable: boolean): Promise<void> {
    const { db } = this.deps
    const [updated] = await db
      .update(takedowns)
      .set({ lastError: message, attempts: attempted ? sql`${takedowns.attempts} + 1` : takedowns.attempts, updatedAt: new Date() })
      .where(eq(takedowns.id, row.id))
      .returning()
    await appendAudit(db, {
      actor,
      action: 'takedown.send',
      subject: `takedown:${row.id}`,
      details: { flagId: row.flagId, channel: row.channel, outcome: attempted ? 'failed' : 'not_configured', retryable, attempt: updated?.attempts ?? null },
    })
    if (updated) await publishTakedowns(db, this.deps.hub, [updated])
  }

  private async recordReceipt(row: TakedownRow, actor: string, receipt: ReportReceipt): Promise<void> {
    const { db } = this.deps
    const now = new Date()
    const common = { externalRef: receipt.externalRef, lastError: null, attempts: sql`${takedowns.attempts} + 1`, updatedAt: now }
    let [updated] = await db
      .update(takedowns)
      .set({ ...common, status: 'acknowledged', acknowledgedAt: now, answer: receipt.answer })
      .where(and(eq(takedowns.id, row.id), eq(takedowns.status, 'requested')))
      .returning()
    // Someone recorded an outcome meanwhile: keep it, note the report id.
    updated ??= (await db.update(takedowns).set(common).where(eq(takedowns.id, row.id)).returning())[0]
    await appendAudit(db, {
      actor,
      action: 'takedown.send',
      subject: `takedown:${row.id}`,
      details: { flagId: row.flagId, channel: row.channel, outcome: 'acknowledged', externalRef: receipt.externalRef, attempt: updated?.attempts ?? null },
    })
    if (updated) await publishTakedowns(db, this.deps.hub, [updated])
  }
}
