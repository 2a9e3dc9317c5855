/**
 * The ingest pipeline: a post enters once, is scored through one seam,
 * stored in batches and published on the hub.
 *
 * Latency: a batch is published as soon as it is inserted; the stages
 * (waves, watches) run behind, on their own queue, so a slow stage never
 * delays the next insert. Batches that arrive while a stage run is in
 * progress are run together next (fewer, larger runs under load). Both
 * queues are bounded by waiting in `ingest` (backpressure), never by
 * dropping posts.
 */
import { performance } from 'node:perf_hooks'
import type { Verdict } from '../../classifiers/verdict.js'
import type { Database } from '../db/client.js'
import { isDataError } from '../db/errors.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../metrics.js'
import { insertNewPosts, postKey } from '../posts/post-store.js'
import type { Post, ScoredPost, StoredPost } from '../types.js'

/** The scoring seam: the classifier fills it. */
export type Scorer = (post: Post) => Verdict

/**
 * Work done on each batch of newly stored posts, after they are published
 * (waves, watches). A failing stage is logged; the posts stay stored and the
 * stage's state can be rebuilt from them.
 */
export interface PostStage {
  name: string
  afterStore(posts: readonly StoredPost[]): Promise<void>
}

/** Counts since the pipeline started. */
export interface PipelineStats {
  /** Posts handed to `ingest`. */
  received: number
  stored: number
  duplicates: number
  /** Refused by the database (after validation had passed). */
  rejected: number
}

export interface PipelineOptions {
  db: Database
  hub: Hub
  score: Scorer
  metrics: Metrics
  log: Logger
  /** Posts per INSERT. */
  batchSize: number
  /** Longest wait before a partial batch is written, in ms. */
  flushMs: number
  /** Run in order on every batch of new posts. */
  stages?: readonly PostStage[]
  /** Consecutive failed writes of one batch before the pipeline gives up (default 6, ~15 s). */
  maxWriteAttempts?: number
  /** Called for each post the database refused. */
  onRejected?: (post: Post, reason: string) => void
  /** Called for each post published, with its ingest→publish latency in ms. */
  onPublished?: (post: StoredPost, latencyMs: number) => void
}

interface Pending {
  post: ScoredPost
  /** performance.now() when the post entered. */
  enteredAt: number
}

/** Stored posts waiting for the stages beyond which `ingest` waits (in batches). */
const STAGE_BACKLOG_BATCHES = 8
/** Largest stage run, in batches of posts. */
const STAGE_RUN_BATCHES = 4
/**
 * Shortest time between the starts of two stage runs of less than a batch,
 * in ms: the stages cost much per run and little per post, and a wave is
 * detected over minutes, so small runs are gathered (posts are published
 * before, whatever this is).
 */
const STAGE_GAP_MS = 200

/** Batches posts into the database and publishes what was new. */
export class Pipeline {
  readonly stats: PipelineStats = { received: 0, stored: 0, duplicates: 0, rejected: 0 }
  private buffer: Pending[] = []
  /** Keys in the buffer or being written, to drop in-flight duplicates. */
  private readonly inFlight = new Set<string>()
  private timer: NodeJS.Timeout | undefined
  private writing: Promise<void> | undefined
  private failure: unknown
  private closed = false
  /** Stored posts waiting for the stages, in store order. */
  private stageQueue: StoredPost[] = []
  /** The stage run in progress (never rejects); the next one starts when it ends. */
  private staging: Promise<void> | undefined
  private stageTimer: NodeJS.Timeout | undefined
  /** performance.now() when the last stage run started. */
  private lastStageRun = -Infinity
  /** Posts ever queued for the stages, and those whose stage run ended (flush waits for its own, not for later ones). */
  private stageQueued = 0
  private stageDone = 0

  constructor(private readonly opts: PipelineOptions) {}

  /**
   * Accepts one validated post. Resolves once it is queued; waits when the
   * queue is full (backpressure). Rejects if the database is unreachable.
   */
  async ingest(post: Post): Promise<void> {
    if (this.closed) throw new Error('pipeline is closed')
    if (this.failure) throw this.failure
    const enteredAt = performance.now()
    this.stats.received++
    const key = postKey(post)
    if (this.inFlight.has(key)) {
      this.countDuplicate()
      return
    }
    this.inFlight.add(key)
    this.buffer.push({ post: { ...post, verdict: this.scoreSafely(post) }, enteredAt })
    if (this.buffer.length >= this.opts.batchSize) this.startWriting()
    else this.timer ??= setTimeout(() => this.startWriting(), this.opts.flushMs)
    if (this.buffer.length >= this.opts.batchSize * 4) await this.writing
    while (this.stageQueue.length >= this.opts.batchSize * STAGE_BACKLOG_BATCHES && this.staging) await this.staging
  }

  /** Writes everything queued so far, and runs the stages on it (at once). */
  async flush(): Promise<void> {
    while (this.buffer.length > 0 || this.writing) {
      if (this.failure) throw this.failure
      this.startWriting()
      await this.writing
    }
    // The stages of the posts stored so far, not of those stored meanwhile (a busy stream would never let it end).
    const target = this.stageQueued
    while (this.stageDone < target) {
      this.runQueuedStages(true)
      await this.staging
    }
    if (this.failure) throw this.failure
  }

  /** Flushes and refuses further posts. */
  async close(): Promise<void> {
    await this.flush()
    this.closed = true
  }

  private scoreSafely(post: Post): Verdict {
    try {
      return this.opts.score(post)
    } catch (err) {
      this.opts.log.error({ err, platform: post.platform, id: post.id }, 'scoring failed; stored unscored')
      return { score: 0, harassment: false, lang: 'und', categories: [], evidence: [], modelVersion: 'error' }
    }
  }

  private countDuplicate(): void {
    this.stats.duplicates++
    this.opts.metrics.postsDuplicates.inc()
  }

  private startWriting(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.writing || this.buffer.length === 0) return
    this.writing = this.writeAll()
      .catch((err: unknown) => {
        this.failure = err
        this.opts.log.error({ err }, 'database write failed')
      })
      .finally(() => {
        this.writing = undefined
      })
  }

  private async writeAll(): Promise<void> {
    let failures = 0
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.opts.batchSize)
      try {
        await this.writeBatch(batch)
        failures = 0
      } catch (err) {
        this.buffer.unshift(...batch) // keep them: nothing valid is lost
        failures++
        if (failures >= (this.opts.maxWriteAttempts ?? 6)) throw err
        const waitMs = Math.min(30_000, 250 * 2 ** failures)
        this.opts.log.warn({ err, failures, waitMs }, 'database write failed; retrying')
        await new Promise((r) => setTimeout(r, waitMs))
        continue
      }
      for (const p of batch) this.inFlight.delete(postKey(p.post))
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let stored: StoredPost[]
    let rejected = 0
    try {
      stored = await insertNewPosts(this.opts.db, batch.map((p) => p.post))
    } catch (err) {
      if (!isDataError(err)) throw err
      ;({ stored, rejected } = await this.writeOneByOne(batch))
    }
    this.publish(batch, stored)
    if (this.opts.stages?.length) {
      this.stageQueue.push(...stored)
      this.stageQueued += stored.length
      this.runQueuedStages()
    }
    const duplicates = batch.length - stored.length - rejected
    for (let i = 0; i < duplicates; i++) this.countDuplicate()
  }

  /**
   * Starts the next stage run unless one is in progress: the posts queued so
   * far (a few batches at most), in order; less than a batch waits for the
   * end of STAGE_GAP_MS after the previous start, unless `now`.
   */
  private runQueuedStages(now = false): void {
    if (this.staging || this.stageQueue.length === 0) return
    const wait = this.lastStageRun + STAGE_GAP_MS - performance.now()
    if (!now && wait > 0 && this.stageQueue.length < this.opts.batchSize) {
      this.stageTimer ??= setTimeout(() => {
        this.stageTimer = undefined
        this.runQueuedStages()
      }, wait)
      return
    }
    clearTimeout(this.stageTimer)
    this.stageTimer = undefined
    this.lastStageRun = performance.now()
    const posts = this.stageQueue.splice(0, this.opts.batchSize * STAGE_RUN_BATCHES)
    this.staging = this.runStages(posts).finally(() => {
      this.stageDone += posts.length
      this.staging = undefined
      this.runQueuedStages()
    })
  }

  private async runStages(stored: readonly StoredPost[]): Promise<void> {
    if (stored.length === 0) return
    for (const stage of this.opts.stages ?? []) {
      try {
        await stage.afterStore(stored)
      } catch (err) {
        this.opts.log.error({ err, stage: stage.name, posts: stored.length }, 'post stage failed')
      }
    }
  }

  /** After a batch was refused: isolate the bad rows, keep the good ones. */
  private async writeOneByOne(batch: Pending[]): Promise<{ stored: StoredPost[]; rejected: number }> {
    const stored: StoredPost[] = []
    let rejected = 0
    for (const { post } of batch) {
      try {
        stored.push(...(await insertNewPosts(this.opts.db, [post])))
      } catch (err) {
        if (!isDataError(err)) throw err
        const reason = `refused by the database: ${(err as Error).message}`
        rejected++
        this.stats.rejected++
        this.opts.metrics.postsRejected.inc({ reason: 'database' })
        this.opts.log.warn({ platform: post.platform, id: post.id, reason }, 'post rejected')
        this.opts.onRejected?.(post, reason)
      }
    }
    return { stored, rejected }
  }

  private publish(batch: Pending[], stored: StoredPost[]): void {
    const enteredAt = new Map(batch.map((p) => [postKey(p.post), p.enteredAt]))
    for (const post of stored) {
      this.opts.hub.publish({ type: 'post.stored', post })
      const t0 = enteredAt.get(postKey(post))
      if (t0 === undefined) continue
      const ms = performance.now() - t0
      this.opts.metrics.ingestPublishLatency.observe(ms / 1000)
      this.opts.onPublished?.(post, ms)
    }
    this.stats.stored += stored.length
    this.opts.metrics.postsIngested.inc(stored.length)
    this.opts.log.debug({ posts: batch.length, stored: stored.length }, 'batch written')
  }
}
