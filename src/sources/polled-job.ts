/**
 * The job of one polled source: a node-cron task (noOverlap, jitter) and
 * `runOnce()`, which fetches, ingests, flushes, and only then saves the
 * cursor, so that a crash repeats posts (dropped as duplicates) but never
 * skips any. Failures are classified: rate limits wait for the platform,
 * retryable errors back off, configuration errors stop until the source changes.
 */
import { schedule, type ScheduledTask } from 'node-cron'
import {
  backoffDelay,
  RateLimitedError,
  WatcherFetchError,
  type AnyPolledWatcher,
  type BackoffOptions,
  type HttpClient,
  type IdentityStore,
  type Json,
  type Trend,
} from '../../watchers/index.js'
import type { Database } from '../db/client.js'
import type { SourceRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import type { Pipeline } from '../pipeline/pipeline.js'
import { cronLogger } from './cron-logger.js'
import { classifyFailure, describeFailure, healthAfter } from './source-health.js'
import { getSource, recordFailure, recordSuccess } from './source-store.js'
import type { SourceRuntime } from './source-view.js'
import { insertTrends } from './trend-store.js'

/** What a run did. */
export interface RunResult {
  status: 'ok' | 'failed' | 'skipped'
  /** Why a run was skipped. */
  reason?: 'rate-limited' | 'backoff' | 'config' | 'disabled' | 'stopped'
  /** Posts the watcher returned (duplicates included; the pipeline drops them). */
  fetched: number
  /** Trend rows stored. */
  trends: number
  durationMs: number
  error?: string
  /** Runs are skipped until then. */
  waitUntil?: Date
}

/** What a job needs from the service. */
export interface JobDeps {
  db: Database
  /** The shared DID ↔ handle map (account_identities). */
  identities: IdentityStore
  pipeline: Pick<Pipeline, 'ingest' | 'flush'>
  http: HttpClient
  log: Logger
  now: () => Date
  /** Longest a run may take, fetch included, in ms. */
  runTimeoutMs: number
  /** Random delay before each scheduled run, up to this many ms. */
  jitterMs: number
  /** Spacing of retries after retryable failures. */
  backoff: BackoffOptions
  random: () => number
  /** Called after every change of the row (health, cursor). */
  onRow: (row: SourceRow) => void
  /** Called after a trends snapshot was stored. */
  onTrends: (sourceId: number, trends: Trend[]) => void
}

/** One polled source's schedule and runs. */
export class PolledJob {
  private task: ScheduledTask | null = null
  private current: Promise<RunResult> | null = null
  private abort: AbortController | null = null
  private jitterTimer: NodeJS.Timeout | null = null
  private config: unknown
  private configError: string | null = null
  private rateLimitedUntil: Date | null = null
  private backoffUntil: Date | null = null
  private stopped = false

  constructor(
    readonly row: SourceRow,
    private readonly watcher: AnyPolledWatcher,
    private readonly deps: JobDeps,
  ) {
    try {
      this.config = watcher.parseConfig(row.config)
    } catch (err) {
      this.configError = describeFailure(err, 'config')
    }
  }

  /** Schedules the cron task (not when the config is refused). */
  start(): void {
    this.stopped = false
    if (this.task || !this.row.schedule) return
    if (this.configError) {
      void this.markConfigError()
      return
    }
    this.task = schedule(this.row.schedule, () => this.tick(), {
      name: `source-${this.row.id}`,
      noOverlap: true,
      logger: cronLogger(this.deps.log),
    })
  }

  /** Stops the task, aborts a run in progress and waits for it. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.jitterTimer) clearTimeout(this.jitterTimer)
    this.jitterTimer = null
    const task = this.task
    this.task = null
    if (task) await task.destroy()
    this.abort?.abort(new Error('source stopped'))
    await this.current?.catch(() => undefined)
  }

  /** True while the cron task is scheduled. */
  get scheduled(): boolean {
    return this.task !== null
  }

  /** Next run, waits, activity: merged into the source's view. */
  runtime(): SourceRuntime {
    const waitUntil = this.waitUntil()
    let nextRunAt = this.task?.getNextRun() ?? null
    if (nextRunAt && waitUntil && nextRunAt < waitUntil) {
      nextRunAt = this.task?.getNextRuns(500).find((d) => d >= waitUntil) ?? waitUntil
    }
    return { nextRunAt, waitUntil, active: this.current !== null }
  }

  /**
   * Runs now (tests and "run now" call it; the cron task too). A run already
   * in progress is joined. `force` ignores the backoff wait, never a rate limit.
   */
  runOnce(opts: { force?: boolean } = {}): Promise<RunResult> {
    this.current ??= this.run(opts.force ?? false).finally(() => {
      this.current = null
      this.abort = null
    })
    return this.current
  }

  private waitUntil(): Date | null {
    const now = this.deps.now()
    const waits = [this.rateLimitedUntil, this.backoffUntil].filter((d): d is Date => d !== null && d > now)
    return waits.length === 0 ? null : new Date(Math.max(...waits.map((d) => d.getTime())))
  }

  /** A scheduled run: jitter first, then runOnce; never throws. */
  private async tick(): Promise<void> {
    if (this.deps.jitterMs > 0) {
      await new Promise<void>((resolve) => {
        this.jitterTimer = setTimeout(resolve, Math.floor(this.deps.random() * this.deps.jitterMs))
      })
      this.jitterTimer = null
    }
    if (this.stopped) return
    const result = await this.runOnce().catch((err: unknown) => {
      this.deps.log.error({ err, source: this.row.id }, 'source run crashed')
      return null
    })
    if (result?.status === 'skipped') this.deps.log.debug({ source: this.row.id, reason: result.reason }, 'source run skipped')
  }

  private skipped(reason: NonNullable<RunResult['reason']>, waitUntil?: Date | null): RunResult {
    const r: RunResult = { status: 'skipped', reason, fetched: 0, trends: 0, durationMs: 0 }
    if (waitUntil) r.waitUntil = waitUntil
    if (reason === 'config' && this.configError) r.error = this.configError
    return r
  }

  private async run(force: boolean): Promise<RunResult> {
    const { db, log, now } = this.deps
    if (this.configError) return this.skipped('config')
    if (this.rateLimitedUntil && this.rateLimitedUntil > now()) return this.skipped('rate-limited', this.rateLimitedUntil)
    if (!force && this.backoffUntil && this.backoffUntil > now()) return this.skipped('backoff', this.backoffUntil)
    const row = await getSource(db, this.row.id)
    if (!row || !row.enabled) return this.skipped('disabled')
    const started = now()
    const t0 = performance.now()
    const abort = new AbortController()
    this.abort = abort
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      abort.abort(new Error('run timeout'))
    }, this.deps.runTimeoutMs)
    let fetched = 0
    try {
      const result = await this.watcher.fetch(this.config, row.cursor as Json | null, {
        signal: abort.signal,
        http: this.deps.http,
        now,
        log: log.child({ source: row.id }),
        identities: this.deps.identities,
      })
      fetched = result.posts.length
      for (const post of result.posts) await this.deps.pipeline.ingest(post)
      await this.deps.pipeline.flush()
      let stored = 0
      if (result.trends && result.trends.length > 0) {
        stored = await insertTrends(db, row.id, result.trends)
        this.deps.onTrends(row.id, result.trends)
      }
      const updated = await recordSuccess(db, row.id, result.cursor, now())
      this.backoffUntil = null
      this.rateLimitedUntil = result.notBefore && result.notBefore > now() ? result.notBefore : null
      if (updated) this.deps.onRow(updated)
      const durationMs = Math.round(performance.now() - t0)
      log.info({ source: row.id, kind: row.kind, fetched, trends: stored, durationMs }, 'source run done')
      const out: RunResult = { status: 'ok', fetched, trends: stored, durationMs }
      if (this.rateLimitedUntil) out.waitUntil = this.rateLimitedUntil
      return out
    } catch (caught) {
      if (this.stopped && abort.signal.aborted && !timedOut) return this.skipped('stopped')
      const err = timedOut
        ? new WatcherFetchError('Timeout', `run exceeded ${this.deps.runTimeoutMs} ms`, { retryable: true, cause: caught })
        : caught
      return await this.fail(row, err, started, fetched, t0)
    } finally {
      clearTimeout(timer)
    }
  }

  private async fail(row: SourceRow, err: unknown, at: Date, fetched: number, t0: number): Promise<RunResult> {
    const kind = classifyFailure(err)
    const failures = row.consecutiveFailures + 1
    const health = healthAfter(failures, kind)
    const error = describeFailure(err, kind)
    const now = this.deps.now()
    if (kind === 'rate-limited' && err instanceof RateLimitedError) this.rateLimitedUntil = new Date(now.getTime() + err.retryAfterMs)
    else if (kind === 'retryable') {
      const delay = backoffDelay(failures - 1, { random: this.deps.random, ...this.deps.backoff })
      this.backoffUntil = new Date(now.getTime() + delay)
    } else if (kind === 'config') this.configError = error
    this.deps.log.warn({ err, source: row.id, kind: row.kind, failures, health }, 'source run failed')
    const updated = await recordFailure(this.deps.db, row.id, { health, error, failures, at })
    if (kind === 'config') {
      const task = this.task
      this.task = null
      await task?.destroy()
    }
    if (updated) this.deps.onRow(updated)
    const out: RunResult = { status: 'failed', fetched, trends: 0, durationMs: Math.round(performance.now() - t0), error }
    const waitUntil = this.waitUntil()
    if (waitUntil) out.waitUntil = waitUntil
    return out
  }

  private async markConfigError(): Promise<void> {
    const row = await recordFailure(this.deps.db, this.row.id, {
      health: 'failing',
      error: this.configError ?? 'configuration refusée',
      failures: this.row.consecutiveFailures,
      at: this.deps.now(),
    }).catch((err: unknown) => {
      this.deps.log.error({ err, source: this.row.id }, 'could not record config error')
      return undefined
    })
    if (row) this.deps.onRow(row)
  }
}
