/**
 * The scheduled removal check (node-cron, `VIGIE_REMOVAL_CHECK_SCHEDULE`,
 * every 2 minutes by default): every post with an open takedown request is
 * checked once per run (one check per post, whatever its number of
 * requests), least recently checked first; hosts that asked us to wait
 * (429) are skipped until then; the fetchers space requests per host. Then
 * the late requests are escalated (`afterRun`).
 * start()/stop()/runOnce(): tests call runOnce() with a scenario clock.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { schedule, type ScheduledTask } from 'node-cron'
import type { Database } from '../db/client.js'
import { posts, takedowns } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import { OPEN_TAKEDOWN_STATUSES } from '../moderation/takedown-status.js'
import { cronLogger } from '../sources/cron-logger.js'
import type { CheckerRegistry } from './checkers.js'
import { recordVerdict } from './removal-record.js'
import type { RemovalTarget } from './types.js'

/** What the job needs. */
export interface RemovalCheckJobDeps {
  db: Database
  hub: Hub
  log: Logger
  checkers: CheckerRegistry
  /** Scenario clock (tests), else wall time. */
  now: () => Date
  /** 5- or 6-field cron expression; null: no schedule (runOnce only). */
  schedule: string | null
  /** Posts checked per run (default 500). */
  batch?: number
  /** Checks in flight at once, across hosts (default 4). */
  concurrency?: number
  /** Runs after each check pass (escalation of late requests). */
  afterRun?: (now: Date) => Promise<unknown>
}

/** What one run did. */
export interface RemovalRunSummary {
  checked: number
  removed: number
  deleted: number
  online: number
  unknown: number
  skipped: number
}

/** The periodic removal check. */
export class RemovalCheckJob {
  private task: ScheduledTask | null = null
  private running: Promise<RemovalRunSummary> | null = null
  private readonly pausedHosts = new Map<string, number>()

  constructor(private readonly deps: RemovalCheckJobDeps) {}

  /** Schedules the job (nothing when no schedule is set). */
  start(): void {
    if (!this.deps.schedule || this.task) return
    this.task = schedule(this.deps.schedule, () => this.tick(), { name: 'removal-check', noOverlap: true, logger: cronLogger(this.deps.log) })
  }

  /** Unschedules and waits for a run in progress. */
  async stop(): Promise<void> {
    await this.task?.stop()
    this.task = null
    await this.running?.catch(() => undefined)
  }

  /** One pass now (a pass already running is joined). */
  runOnce(): Promise<RemovalRunSummary> {
    this.running ??= this.pass().finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Checks one post now (« Vérifier maintenant »); false when the post is unknown. */
  async checkPost(postId: number): Promise<boolean> {
    const [row] = await this.deps.db.select().from(posts).where(eq(posts.id, postId))
    if (!row) return false
    const v = await this.deps.checkers.check({ platform: row.platform, externalId: row.externalId, url: row.url, author: row.author, authorId: row.authorId })
    await recordVerdict(this.deps.db, this.deps.hub, [postId], v, 'manual', this.deps.now())
    return true
  }

  private async tick(): Promise<void> {
    try {
      const s = await this.runOnce()
      if (s.checked > 0) this.deps.log.info(s, 'removal check done')
    } catch (err) {
      this.deps.log.error({ err }, 'removal check failed')
    }
  }

  private async pass(): Promise<RemovalRunSummary> {
    const summary: RemovalRunSummary = { checked: 0, removed: 0, deleted: 0, online: 0, unknown: 0, skipped: 0 }
    const queue = await this.due()
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const host = hostOf(next.target)
        const paused = host ? (this.pausedHosts.get(host) ?? 0) : 0
        if (paused > this.deps.now().getTime()) {
          summary.skipped++
          continue
        }
        try {
          const v = await this.deps.checkers.check(next.target)
          if (v.retryAfterMs && host) this.pausedHosts.set(host, this.deps.now().getTime() + v.retryAfterMs)
          await recordVerdict(this.deps.db, this.deps.hub, [next.postId], v, 'schedule', this.deps.now())
          summary.checked++
          summary[v.outcome === 'removed' ? 'removed' : v.outcome === 'deleted' ? 'deleted' : v.outcome]++
        } catch (err) {
          summary.unknown++
          this.deps.log.warn({ err, post: next.postId }, 'removal check of one post failed')
        }
      }
    }
    await Promise.all(Array.from({ length: this.deps.concurrency ?? 4 }, worker))
    if (this.deps.afterRun) await this.deps.afterRun(this.deps.now())
    return summary
  }

  /** Posts with open requests, least recently checked first. */
  private async due(): Promise<Array<{ postId: number; target: RemovalTarget }>> {
    const rows = await this.deps.db
      .select({
        postId: posts.id,
        platform: posts.platform,
        externalId: posts.externalId,
        url: posts.url,
        author: posts.author,
        authorId: posts.authorId,
        lastCheckAt: sql<Date | null>`min(${takedowns.lastCheckAt})`,
      })
      .from(takedowns)
      .innerJoin(posts, eq(posts.id, takedowns.postId))
      .where(and(inArray(takedowns.status, [...OPEN_TAKEDOWN_STATUSES])))
      .groupBy(posts.id)
      .orderBy(sql`min(${takedowns.lastCheckAt}) asc nulls first`, asc(posts.id))
      .limit(this.deps.batch ?? 500)
    return rows.map((r) => ({ postId: r.postId, target: { platform: r.platform, externalId: r.externalId, url: r.url, author: r.author, authorId: r.authorId } }))
  }
}

/** The host a check of `target` mostly talks to (for 429 pauses); null when unknown. */
function hostOf(target: RemovalTarget): string | null {
  if (target.platform === 'bluesky') return 'bluesky'
  for (const candidate of [target.url, target.externalId]) {
    try {
      if (candidate) return new URL(candidate).host || null
    } catch {
      // not a URL
    }
  }
  return null
}
