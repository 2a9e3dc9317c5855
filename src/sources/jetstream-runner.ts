/**
 * One Jetstream source at work: a JetstreamConsumer resuming from the stored
 * time_us cursor, posts fed to the pipeline, the cursor saved every few
 * seconds (or events) and on stop, always after the posts before it were
 * flushed, and the stream's health written to the source row.
 */
import {
  JetstreamConsumer,
  jetstreamOptionsFrom,
  type BlueskyIdentityResolver,
  type JetstreamConfig,
  type JetstreamOptions,
  type PostDeletion,
  type StreamHealth,
  type WatchTerms,
} from '../../watchers/index.js'
import type { Database } from '../db/client.js'
import type { SourceRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import type { Pipeline } from '../pipeline/pipeline.js'
import type { Post } from '../../contract/post.js'
import type { Hub } from '../hub/hub.js'
import { markPostsDeleted, renameAuthor, setAuthorStatus } from '../posts/post-lifecycle.js'
import { recordAccountStatus } from '../removals/firehose.js'
import { streamHealth, type SourceHealth } from './source-health.js'
import { saveCursor, saveStreamHealth } from './source-store.js'
import type { SourceRuntime } from './source-view.js'

/** Consumer settings tests (and operators) may tune. */
export type JetstreamTuning = Partial<Pick<JetstreamOptions, 'backoff' | 'flushIntervalMs' | 'idleTimeoutMs' | 'batchSize'>>

/** What a runner needs. */
export interface JetstreamRunnerDeps {
  db: Database
  pipeline: Pick<Pipeline, 'ingest' | 'flush'>
  log: Logger
  now: () => Date
  /** Where takedowns closed by a deletion are published; none in some tests. */
  hub?: Hub
  identity: BlueskyIdentityResolver | undefined
  /** Save the cursor at least this often, in ms. */
  cursorSaveMs: number
  /** …and after this many posts. */
  cursorSaveEvents: number
  tuning: JetstreamTuning
  onRow: (row: SourceRow) => void
}

/** Merges the source's own watch terms with the ones Vigie adds (victim watches). */
export function mergeWatchTerms(a: WatchTerms | undefined, b: WatchTerms): WatchTerms {
  const join = (x?: string[], y?: string[]) => [...new Set([...(x ?? []), ...(y ?? [])])]
  return { terms: join(a?.terms, b.terms), hashtags: join(a?.hashtags, b.hashtags), handles: join(a?.handles, b.handles), dids: join(a?.dids, b.dids) }
}

/** Marks deleted Bluesky posts, grouped by deletion time (they arrive in order). */
async function markDeletions(db: Database, deletions: readonly PostDeletion[], hub: Hub | undefined): Promise<void> {
  if (deletions.length === 0) return
  const at = new Date(Math.floor(Math.max(...deletions.map((d) => d.timeUs)) / 1000))
  await markPostsDeleted(db, 'bluesky', deletions.map((d) => d.id), at, hub)
}

/** A supervised Jetstream source. */
export class JetstreamRunner {
  readonly consumer: JetstreamConsumer
  private health: SourceHealth
  private lastSaved: number | null
  private sinceSave = 0
  private saveTimer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private writes: Promise<void> = Promise.resolve()
  private stream: StreamHealth = { state: 'stopped', attempt: 0, cursor: null }

  constructor(
    readonly row: SourceRow,
    private readonly config: JetstreamConfig,
    watch: WatchTerms,
    private readonly deps: JetstreamRunnerDeps,
  ) {
    this.health = (row.health as SourceHealth) ?? 'unknown'
    const cursor = typeof row.cursor === 'number' && Number.isFinite(row.cursor) ? row.cursor : null
    this.lastSaved = cursor
    const log = deps.log.child({ source: row.id })
    this.consumer = new JetstreamConsumer({
      ...jetstreamOptionsFrom(config),
      ...deps.tuning,
      watch: mergeWatchTerms(config.watch, watch),
      cursor,
      identity: deps.identity,
      log,
      onPosts: (posts) => this.onPosts(posts),
      onHealth: (h) => this.onHealth(h),
      // Deletions, takedowns and handle changes mark stored posts; nothing is removed (evidence).
      onDeletes: (deletions) => this.record('post deletions', () => markDeletions(deps.db, deletions, deps.hub)),
      onAccount: (change) =>
        void this.record('account status', async () => {
          const status = change.active ? null : (change.status ?? 'inactive')
          await setAuthorStatus(deps.db, 'bluesky', change.did, status)
          // A takedown of the account closes its open takedown requests (an author deletion marks them).
          const at = Number.isFinite(Date.parse(change.time)) ? new Date(change.time) : deps.now()
          await recordAccountStatus(deps.db, deps.hub, change.did, status, at)
        }),
      onIdentity: (change) => {
        const handle = change.handle
        if (handle) void this.record('handle change', () => renameAuthor(deps.db, 'bluesky', change.did, handle))
      },
    })
  }

  /** Connects and starts the periodic cursor save. */
  start(): void {
    this.consumer.start()
    this.saveTimer = setInterval(() => void this.saveCursor(), this.deps.cursorSaveMs)
    this.saveTimer.unref()
  }

  /** Disconnects, hands on pending posts and saves the final cursor. */
  async stop(): Promise<void> {
    if (this.saveTimer) clearInterval(this.saveTimer)
    this.saveTimer = null
    await this.consumer.stop()
    await this.saveCursor()
    await this.writes
  }

  /** Replaces the watch terms added to the source's own. */
  setWatchTerms(watch: WatchTerms): void {
    this.consumer.setWatchTerms(mergeWatchTerms(this.config.watch, watch))
  }

  /** Next reconnection and activity, for the view. */
  runtime(): SourceRuntime {
    const next = this.stream.state === 'reconnecting' ? (this.stream.nextRetryAt ?? null) : null
    return { nextRunAt: next, waitUntil: next, active: this.stream.state === 'open' }
  }

  /** Flushes the pipeline, then stores the consumer's cursor (serialised; never throws). */
  saveCursor(): Promise<void> {
    this.saving = this.saving.then(async () => {
      const cursor = this.consumer.cursor()
      if (cursor === null || cursor === this.lastSaved) return
      try {
        // Every post before `cursor` was handed to ingest: once flushed, it is stored.
        await this.deps.pipeline.flush()
        await saveCursor(this.deps.db, this.row.id, cursor)
        this.lastSaved = cursor
        this.sinceSave = 0
      } catch (err) {
        this.deps.log.error({ err, source: this.row.id }, 'jetstream cursor not saved')
      }
    })
    return this.saving
  }

  private async onPosts(posts: readonly Post[]): Promise<void> {
    for (const post of posts) await this.deps.pipeline.ingest(post)
    this.sinceSave += posts.length
    // The consumer moves its cursor right after this resolves: save on the next turn. The first
    // posts of a source without a cursor are saved at once, so that another instance taking the
    // source over resumes from them rather than from "now".
    if (this.sinceSave >= this.deps.cursorSaveEvents || this.lastSaved === null) setImmediate(() => void this.saveCursor())
  }

  /** Runs one lifecycle write after the previous ones; logs instead of throwing. */
  private record(what: string, write: () => Promise<unknown>): Promise<void> {
    this.writes = this.writes.then(async () => {
      try {
        // Posts of this stream still in the pipeline must be stored before they are marked.
        await this.deps.pipeline.flush()
        await write()
      } catch (err) {
        this.deps.log.error({ err, source: this.row.id }, `jetstream ${what} not recorded`)
      }
    })
    return this.writes
  }

  private onHealth(h: StreamHealth): void {
    this.stream = h
    const health = streamHealth(h, this.health)
    const changed = health !== this.health || h.state === 'open' || h.state === 'reconnecting'
    this.health = health
    if (!changed || h.state === 'stopped') return
    const at = this.deps.now()
    const update: { health: SourceHealth; failures: number; error?: string; at: Date; success: boolean } = {
      health,
      failures: h.state === 'open' ? 0 : h.attempt,
      at,
      success: h.state === 'open',
    }
    if (h.state === 'reconnecting' && h.lastError) update.error = `connexion perdue : ${h.lastError}`.slice(0, 1_000)
    this.writes = this.writes.then(async () => {
      try {
        const row = await saveStreamHealth(this.deps.db, this.row.id, update)
        if (row) this.deps.onRow(row)
      } catch (err) {
        this.deps.log.error({ err, source: this.row.id }, 'jetstream health not saved')
      }
    })
  }
}
