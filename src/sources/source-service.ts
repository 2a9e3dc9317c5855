/**
 * The sources service: seeds the table, runs one job per enabled polled
 * source and one supervised stream per Jetstream source, and applies API
 * changes live (create, patch, delete, run now). Health changes go to the hub.
 */
import {
  createWatcherRegistry,
  HttpClient,
  type AnyPolledWatcher,
  type BackoffOptions,
  type HttpClientOptions,
  type Trend,
  type WatchTerms,
} from '../../watchers/index.js'
import type { Leases } from '../cluster/leases.js'
import type { Database } from '../db/client.js'
import { DbIdentityStore } from '../identities/identity-store.js'
import type { SourceRow } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { Pipeline } from '../pipeline/pipeline.js'
import { JetstreamSupervisor } from './jetstream-supervisor.js'
import type { JetstreamTuning } from './jetstream-runner.js'
import { PolledJob, type RunResult } from './polled-job.js'
import { isStreamKind } from './source-kinds.js'
import { checkConfig, effectiveSchedule, parseDefinition, type SourcePatch } from './source-input.js'
import { seedSources } from './source-seed.js'
import { definitionPatch, deleteSource, getSource, insertSource, listSources, updateSource } from './source-store.js'
import { runtimeFromState, runtimeState, sourceView, unmaskSecrets, type SourceRuntime, type SourceView } from './source-view.js'
import { trendTopics } from './trend-store.js'

/** Settings of the service; tests shorten times and inject the clock. */
export interface SourceServiceOptions {
  now?: () => Date
  random?: () => number
  /** Random delay before each scheduled run, in ms (default 5,000). */
  jitterMs?: number
  /** Longest a polled run may take, in ms (default 120,000). */
  runTimeoutMs?: number
  /** Retry spacing after retryable failures (default 30 s doubling to 30 min). */
  backoff?: BackoffOptions
  http?: HttpClientOptions
  registry?: ReadonlyMap<string, AnyPolledWatcher>
  /**
   * AppView resolving Jetstream DIDs to handles unless a source sets its own `appview`;
   * null disables it (default public.api.bsky.app; the context passes VIGIE_BLUESKY_APPVIEW).
   */
  identityService?: string | null
  /** Jetstream cursor saves: every this many ms (default 2,000)… */
  cursorSaveMs?: number
  /** …or posts (default 500). */
  cursorSaveEvents?: number
  jetstream?: JetstreamTuning
}

/** What the service is built from (a slice of the context). */
export interface SourceServiceDeps {
  db: Database
  pipeline: Pick<Pipeline, 'ingest' | 'flush'>
  hub: Hub
  log: Logger
  /** cfg.sources: definitions to seed, or null for the default Jetstream. */
  configured: readonly unknown[] | null
  /**
   * Several instances on one database: each source runs only on the
   * instance holding its lease `source:<id>`. Without it, this process runs
   * every source.
   */
  leases?: Leases
}

/** The lease name of a source. */
export function sourceLease(id: number): string {
  return `source:${id}`
}

/** What makes a running source stale when another instance changes it. */
function definitionKey(row: SourceRow): string {
  return JSON.stringify([row.kind, row.name, row.config, row.schedule, row.enabled])
}

/** A source that does not exist (→ 404). */
export class SourceNotFoundError extends Error {
  override name = 'SourceNotFoundError'
}

/** A source that cannot be run now (→ 409). */
export class SourceNotRunnableError extends Error {
  override name = 'SourceNotRunnableError'
}

/** Sources: storage, scheduling, streams, health. */
export class SourceService {
  readonly registry: ReadonlyMap<string, AnyPolledWatcher>
  readonly streams: JetstreamSupervisor
  private readonly jobs = new Map<number, PolledJob>()
  /** Sources running here, with the definition they run with. */
  private readonly running = new Map<number, string>()
  private leaseTimer: NodeJS.Timeout | undefined
  /** The lease round in progress (rounds never overlap). */
  private round: Promise<void> = Promise.resolve()
  /** When this instance last renewed its leases (ms), to stop its sources once they may have been taken over. */
  private renewedAt = 0
  private readonly http: HttpClient
  private readonly identities: DbIdentityStore
  private readonly now: () => Date
  private started = false
  private seeded = false

  constructor(
    private readonly deps: SourceServiceDeps,
    private readonly opts: SourceServiceOptions = {},
  ) {
    this.registry = opts.registry ?? createWatcherRegistry()
    this.now = opts.now ?? (() => new Date())
    this.http = new HttpClient({ timeoutMs: 30_000, userAgent: 'Vigie/0.1 (veille cyberharcèlement)', ...opts.http })
    this.identities = new DbIdentityStore(deps.db)
    this.streams = new JetstreamSupervisor({
      db: deps.db,
      pipeline: deps.pipeline,
      log: deps.log,
      hub: deps.hub,
      http: this.http,
      now: this.now,
      identityService: opts.identityService === undefined ? 'https://public.api.bsky.app' : opts.identityService,
      identities: this.identities,
      cursorSaveMs: opts.cursorSaveMs ?? 2_000,
      cursorSaveEvents: opts.cursorSaveEvents ?? 500,
      tuning: opts.jetstream ?? {},
      onRow: (row) => this.publish(row),
    })
  }

  /** Seeds the table (once) and builds the polled jobs, without starting timers. */
  async seed(): Promise<void> {
    if (this.seeded) return
    const changed = await seedSources(this.deps.db, this.registry, this.deps.configured)
    this.seeded = true
    for (const row of await listSources(this.deps.db)) this.buildJob(row)
    this.deps.log.info({ changed, jobs: this.jobs.size }, 'sources loaded')
  }

  /**
   * Seeds, then schedules every polled job and connects every stream this
   * instance holds the lease of (all of them when alone); takes over the
   * others' sources when their leases expire.
   */
  async start(): Promise<void> {
    await this.seed()
    if (this.started) return
    this.started = true
    await this.streams.refreshWatchTerms()
    await this.leaseRound()
    const { leases } = this.deps
    if (leases) this.leaseTimer = setInterval(() => void this.leaseRound(), leases.renewMs).unref()
  }

  /** Stops every job and stream (cursors saved) and gives up their leases; the pipeline is still open. */
  async stop(): Promise<void> {
    this.started = false
    if (this.leaseTimer) clearInterval(this.leaseTimer)
    this.leaseTimer = undefined
    await this.round
    const ids = [...this.running.keys()]
    this.running.clear()
    await Promise.all([...this.jobs.values()].map((j) => j.stop()))
    await this.streams.stopAll()
    await this.deps.leases?.release(ids.map(sourceLease)).catch((err: unknown) => this.deps.log.warn({ err }, 'source leases not released'))
  }

  /** Ids of the sources running on this instance. */
  runningHere(): number[] {
    return [...this.running.keys()].sort((a, b) => a - b)
  }

  /** One lease round, after the previous one. */
  leaseRound(): Promise<void> {
    this.round = this.round.then(() => this.syncLeases()).catch((err: unknown) => this.deps.log.error({ err }, 'source lease round failed'))
    return this.round
  }

  /**
   * Takes or renews the leases of the enabled sources, then starts the ones
   * newly held, restarts the ones changed elsewhere and stops the ones lost,
   * disabled or deleted.
   */
  private async syncLeases(): Promise<void> {
    if (!this.started) return
    const rows = (await listSources(this.deps.db)).filter((r) => r.enabled && (isStreamKind(r.kind) || this.registry.has(r.kind)))
    const { leases } = this.deps
    let held: Set<string>
    if (!leases) held = new Set(rows.map((r) => sourceLease(r.id)))
    else {
      try {
        held = await leases.hold(rows.map((r) => sourceLease(r.id)))
        this.renewedAt = Date.now()
      } catch (err) {
        // Cannot renew: once the leases may have expired, another instance may run these sources.
        this.deps.log.error({ err }, 'source leases not renewed')
        if (Date.now() - this.renewedAt < leases.ttlMs) return
        held = new Set()
      }
    }
    if (!this.started) {
      await leases?.release([...held])
      return
    }
    const wanted = new Map(rows.filter((r) => held.has(sourceLease(r.id))).map((r) => [r.id, r]))
    const dropped: number[] = []
    for (const id of [...this.running.keys()]) {
      const row = wanted.get(id)
      if (!row || this.running.get(id) !== definitionKey(row)) {
        this.running.delete(id)
        await this.unload(id)
        if (!row) dropped.push(id)
      }
    }
    if (dropped.length > 0) {
      this.deps.log.info({ sources: dropped }, 'sources no longer run by this instance')
      await leases?.release(dropped.map(sourceLease))
    }
    for (const row of wanted.values()) {
      if (this.running.has(row.id)) continue
      await this.unload(row.id)
      await this.run(row)
    }
    await this.report(this.runningHere())
  }

  /** This instance's runtime of a source it runs; undefined for the others (a job built here but not started is not theirs). */
  private localRuntime(id: number): SourceRuntime | undefined {
    if (!this.running.has(id)) return undefined
    return this.jobs.get(id)?.runtime() ?? this.streams.runtime(id)
  }

  /** Writes the runtime of these sources (run here) to their leases, for the other instances' views; logged, never thrown. */
  private async report(ids: readonly number[]): Promise<void> {
    const { leases } = this.deps
    if (!leases) return
    const states = ids.flatMap((id) => {
      const runtime = this.localRuntime(id)
      return runtime ? [{ name: sourceLease(id), state: runtimeState(runtime) }] : []
    })
    await leases.report(states).catch((err: unknown) => this.deps.log.warn({ err }, 'source states not reported'))
  }

  /** Starts `row` here (its lease is held): a fresh job or stream from the stored row, so from the stored cursor. */
  private async run(row: SourceRow): Promise<void> {
    const fresh = (await getSource(this.deps.db, row.id)) ?? row
    if (!fresh.enabled) return
    this.running.set(fresh.id, definitionKey(fresh))
    this.buildJob(fresh)?.start()
    if (isStreamKind(fresh.kind)) await this.streams.start(fresh)
  }

  /** The job of a polled source (tests call its runOnce). */
  job(id: number): PolledJob | undefined {
    return this.jobs.get(id)
  }

  /** Every source with its health, next run and the instance running it. */
  async list(): Promise<SourceView[]> {
    const [rows, holders] = await Promise.all([listSources(this.deps.db), this.holders()])
    return rows.map((row) => this.view(row, holders))
  }

  /** One source's view. */
  async get(id: number): Promise<SourceView> {
    const [row, holders] = await Promise.all([this.row(id), this.holders()])
    return this.view(row, holders)
  }

  /** Validates and stores a new source, then starts it. Throws SourceInputError / DuplicateSourceError. */
  async create(raw: unknown): Promise<SourceView> {
    const row = await insertSource(this.deps.db, parseDefinition(this.registry, raw))
    await this.apply(row)
    return this.view(row, await this.holders())
  }

  /** Changes a source (masked secrets are kept) and reschedules it live. */
  async update(id: number, patch: SourcePatch): Promise<SourceView> {
    const current = await this.row(id)
    const config = patch.config ? unmaskSecrets(patch.config, current.config) : undefined
    if (config) checkConfig(this.registry, current.kind, config)
    const schedule = patch.schedule === undefined ? undefined : effectiveSchedule(current.kind, patch.schedule)
    const changes = definitionPatch(current, { name: patch.name, config, schedule, enabled: patch.enabled })
    if (Object.keys(changes).length === 0) return this.view(current, await this.holders())
    const row = await updateSource(this.deps.db, id, changes)
    if (!row) throw new SourceNotFoundError(`source ${id} introuvable`)
    await this.apply(row)
    this.publish(row)
    return this.view(row, await this.holders())
  }

  /** Stops and deletes a source; false when it did not exist. */
  async remove(id: number): Promise<boolean> {
    this.running.delete(id)
    await this.unload(id)
    await this.deps.leases?.release([sourceLease(id)])
    return deleteSource(this.deps.db, id)
  }

  /** Runs a polled source now (ignoring backoff, never a rate limit). */
  async runNow(id: number): Promise<RunResult> {
    const row = await this.row(id)
    if (isStreamKind(row.kind)) throw new SourceNotRunnableError('une source Jetstream est un flux continu : rien à lancer')
    if (!row.enabled) throw new SourceNotRunnableError('source désactivée : activez-la d’abord')
    const job = this.jobs.get(id) ?? this.buildJob(row)
    if (!job) throw new SourceNotRunnableError(`aucun collecteur pour le type « ${row.kind} »`)
    return job.runOnce({ force: true })
  }

  /** Sets the terms every Jetstream source keeps besides French posts. */
  setWatchTerms(watch: WatchTerms): void {
    this.streams.setWatchTerms(watch)
  }

  /** Reloads the watch terms from the active victim watches. */
  refreshWatchTerms(): Promise<void> {
    return this.streams.refreshWatchTerms()
  }

  private async row(id: number): Promise<SourceRow> {
    const row = await getSource(this.deps.db, id)
    if (!row) throw new SourceNotFoundError(`source ${id} introuvable`)
    return row
  }

  /** Who holds each source's lease, and what it reported (none without leases). */
  private async holders(): Promise<Map<string, { owner: string; state: unknown }>> {
    return (await this.deps.leases?.holders('source:')) ?? new Map()
  }

  /**
   * A source's view: the runtime is this instance's when it runs the source
   * (or when no other instance does: a job built here, run by hand), else
   * what the holder of its lease last reported (every renewal, and after each
   * run or stream change), with the holder named.
   */
  private view(row: SourceRow, holders: ReadonlyMap<string, { owner: string; state: unknown }> = new Map()): SourceView {
    const me = this.deps.leases?.owner ?? null
    const local = this.localRuntime(row.id)
    if (local) return sourceView(row, local, me)
    const holder = holders.get(sourceLease(row.id))
    if (holder && holder.owner !== me) return sourceView(row, runtimeFromState(holder.state), holder.owner)
    return sourceView(row, this.jobs.get(row.id)?.runtime() ?? this.streams.runtime(row.id))
  }

  /** Publishes a source's view; the runtime of a source run here is also written to its lease. */
  private publish(row: SourceRow): void {
    if (this.running.has(row.id) || !row.enabled) {
      this.deps.hub.publish({ type: 'source.health', source: this.view(row) })
      if (row.enabled) void this.report([row.id])
      return
    }
    void this.holders()
      .catch(() => new Map<string, { owner: string; state: unknown }>())
      .then((holders) => this.deps.hub.publish({ type: 'source.health', source: this.view(row, holders) }))
  }

  private publishTrends(sourceId: number, trends: Trend[]): void {
    const platform = trends[0]?.platform
    const observedAt = trends[0]?.observedAt
    if (!platform || !observedAt) return
    this.deps.hub.publish({ type: 'trends.updated', trends: { platform, observedAt: observedAt.toISOString(), sourceId, topics: trendTopics(trends) } })
  }

  private buildJob(row: SourceRow): PolledJob | undefined {
    if (!row.enabled || isStreamKind(row.kind)) return undefined
    const watcher = this.registry.get(row.kind)
    if (!watcher) {
      this.deps.log.warn({ source: row.id, kind: row.kind }, 'no watcher for this source kind')
      return undefined
    }
    const job = new PolledJob(row, watcher, {
      db: this.deps.db,
      identities: this.identities,
      pipeline: this.deps.pipeline,
      http: this.http,
      log: this.deps.log,
      now: this.now,
      runTimeoutMs: this.opts.runTimeoutMs ?? 120_000,
      jitterMs: this.opts.jitterMs ?? 5_000,
      backoff: { baseMs: 30_000, maxMs: 30 * 60_000, ...this.opts.backoff },
      random: this.opts.random ?? Math.random,
      onRow: (r) => this.publish(r),
      onTrends: (id, trends) => this.publishTrends(id, trends),
    })
    this.jobs.set(row.id, job)
    return job
  }

  /** Stops whatever runs for `id`. */
  private async unload(id: number): Promise<void> {
    const job = this.jobs.get(id)
    this.jobs.delete(id)
    await job?.stop()
    await this.streams.stop(id)
  }

  /**
   * Makes the running jobs match `row` (after create or patch) when this
   * instance holds (or can take) its lease; the instance running it
   * otherwise restarts it at its next lease round.
   */
  private async apply(row: SourceRow): Promise<void> {
    if (!this.seeded) return
    this.running.delete(row.id)
    await this.unload(row.id)
    // Stopping a stream saved its latest cursor: resume from that one.
    const fresh = (await getSource(this.deps.db, row.id)) ?? row
    this.buildJob(fresh)
    if (!this.started) return
    await this.leaseRound()
  }
}
