/**
 * Sends platform reports in the background, after the HTTP answer: retried
 * with exponential backoff while the failure is retryable, every attempt
 * recorded on the takedown (lastError, attempts) and in the audit log. A
 * successful report moves the takedown to "acknowledged" with the
 * platform's report id and answer.
 */
import { and, eq, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import type { TakedownConfig } from '../config/config.js'
import { takedowns, type TakedownRow } from '../db/schema/index.js'
import { isDsaCategory } from './categories.js'
import type { ModerationDeps } from './deps.js'
import { reportComment } from './dsa-notice.js'
import { BlueskyReporter } from './reporters/bluesky-reporter.js'
import { MastodonReporter } from './reporters/mastodon-reporter.js'
import { ReportError, type PlatformReporter, type ReportReceipt, type ReportRequest } from './reporters/types.js'
import { noticeInputOf } from './takedown-notice.js'
import { findTakedown, isPlatformReport, missingCredentials, publishTakedowns } from './takedown-service.js'

/** Retry settings. */
export interface TakedownSenderOptions {
  /** Attempts per send (default 4). */
  attempts?: number
  /** First retry delay in ms, doubled each time (default 5,000). */
  retryBaseMs?: number
}

/** The outcome of one send, for callers that wait (tests, the CLI). */
export type SendOutcome = 'acknowledged' | 'failed' | 'not_configured' | 'skipped'

/** Background sender of platform reports; `drain()` waits for sends in flight. */
export class TakedownSender {
  private readonly inFlight = new Map<number, Promise<SendOutcome>>()
  private readonly reporters = new Map<string, PlatformReporter>()
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>()
  private stopped = false

  constructor(
    private readonly deps: ModerationDeps,
    private readonly opts: TakedownSenderOptions = {},
  ) {}

  /**
   * Starts sending takedown `id` in the background (once at a time per takedown); returns at once.
   * `resend`: file the report again although the platform already received one (escalation).
   */
  schedule(id: number, actor: string, opts: { resend?: boolean } = {}): Promise<SendOutcome> {
    const running = this.inFlight.get(id)
    if (running) return running
    if (this.stopped) return Promise.resolve('skipped')
    const p = this.deliver(id, actor, opts.resend === true)
      .catch((err: unknown) => {
        this.deps.log.error({ err, takedown: id }, 'takedown send crashed')
        return 'failed' as const
      })
      .finally(() => this.inFlight.delete(id))
    this.inFlight.set(id, p)
    return p
  }

  /** Waits until every send in flight has succeeded or given up. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()])
  }

  /** Stops retrying: waiting sends end now, sends on the wire end after their current attempt. */
  stop(): void {
    this.stopped = true
    for (const t of this.timers) {
      clearTimeout(t.timer)
      t.wake()
    }
    this.timers.clear()
  }

  private async deliver(id: number, actor: string, resend: boolean): Promise<SendOutcome> {
    const attempts = this.opts.attempts ?? 4
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const row = await findTakedown(this.deps.db, id)
      const sendable = row?.status === 'requested' || (resend && row?.status === 'acknowledged')
      if (!row || !sendable || !isPlatformReport(row.channel)) return 'skipped'
      const cfg = this.deps.config()
      const missing = missingCredentials(row.channel, cfg)
      if (missing) {
        await this.recordFailure(row, actor, missing, false, false)
        return 'not_configured'
      }
      const reporter = this.reporterFor(row.channel, cfg)
      let receipt: ReportReceipt
      try {
        receipt = await reporter.send(await this.requestOf(row, cfg))
      } catch (err) {
        const failure = err instanceof ReportError ? err : new ReportError(`échec inattendu : ${(err as Error).message}`, true, { cause: err })
        const last = attempt === attempts || this.stopped || !failure.retryable
        const message = last || !failure.retryable ? failure.message : `${failure.message} (essai ${attempt}/${attempts}, nouvel essai automatique)`
        await this.recordFailure(row, actor, message, true, failure.retryable)
        this.deps.log.warn({ takedown: id, attempt, retryable: failure.retryable, err: failure.message }, 'takedown report failed')
        if (last) return 'failed'
        await this.sleep((this.opts.retryBaseMs ?? 5_000) * 2 ** (attempt - 1))
        if (this.stopped) return 'failed'
        continue
      }
      await this.recordReceipt(row, actor, receipt)
      return 'acknowledged'
    }
    return 'failed'
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

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry)
          resolve()
        }, ms),
        wake: resolve,
      }
      entry.timer.unref()
      this.timers.add(entry)
    })
  }
}
