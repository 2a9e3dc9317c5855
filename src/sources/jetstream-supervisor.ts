/**
 * Runs one JetstreamRunner per enabled `jetstream` source and keeps their
 * watch terms in sync with Vigie's victim watches (names and handles).
 */
import { BlueskyIdentityResolver, parseJetstreamConfig, type HttpClient, type IdentityStore, type WatchTerms } from '../../watchers/index.js'
import type { Database } from '../db/client.js'
import type { SourceRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import type { Pipeline } from '../pipeline/pipeline.js'
import { activeWatches } from '../watches/watch-service.js'
import { describeFailure } from './source-health.js'
import { recordFailure } from './source-store.js'
import type { Hub } from '../hub/hub.js'
import { JetstreamRunner, type JetstreamTuning } from './jetstream-runner.js'
import type { SourceRuntime } from './source-view.js'

/** Options of the supervisor. */
export interface JetstreamSupervisorOptions {
  db: Database
  pipeline: Pick<Pipeline, 'ingest' | 'flush'>
  log: Logger
  /** Where takedowns closed by a deletion are published. */
  hub?: Hub
  http: HttpClient
  now: () => Date
  /** AppView resolving DIDs ↔ handles unless a source names its own; null: authors stay DIDs (tests). */
  identityService: string | null
  /** The DID ↔ handle map every resolver reads and feeds (the account_identities table). */
  identities: IdentityStore
  cursorSaveMs: number
  cursorSaveEvents: number
  tuning: JetstreamTuning
  onRow: (row: SourceRow) => void
}

/** Supervises every streaming source. */
export class JetstreamSupervisor {
  private readonly runners = new Map<number, JetstreamRunner>()
  /** One resolver per AppView, shared by the streams that use it. */
  private readonly resolvers = new Map<string, BlueskyIdentityResolver>()
  private watch: WatchTerms = {}

  constructor(private readonly opts: JetstreamSupervisorOptions) {}

  /** The resolver of `appview` (the source's own, else the default), or none when there is no AppView. */
  private resolver(appview: string | undefined): BlueskyIdentityResolver | undefined {
    const url = appview ?? this.opts.identityService?.replace(/\/+$/, '')
    if (!url) return undefined
    let resolver = this.resolvers.get(url)
    if (!resolver) {
      resolver = new BlueskyIdentityResolver({ serviceUrl: url, http: this.opts.http, store: this.opts.identities, log: this.opts.log.child({ part: 'identity', appview: url }) })
      this.resolvers.set(url, resolver)
    }
    return resolver
  }

  /** Starts (or restarts) the runner of `row`; a refused config marks the source failing. */
  async start(row: SourceRow): Promise<void> {
    await this.stop(row.id)
    let config
    try {
      config = parseJetstreamConfig(row.config)
    } catch (err) {
      const updated = await recordFailure(this.opts.db, row.id, {
        health: 'failing',
        error: describeFailure(err, 'config'),
        failures: row.consecutiveFailures,
        at: this.opts.now(),
      })
      if (updated) this.opts.onRow(updated)
      return
    }
    const runner = new JetstreamRunner(row, config, this.watch, {
      db: this.opts.db,
      pipeline: this.opts.pipeline,
      log: this.opts.log,
      ...(this.opts.hub ? { hub: this.opts.hub } : {}),
      now: this.opts.now,
      identity: this.resolver(config.appview),
      cursorSaveMs: this.opts.cursorSaveMs,
      cursorSaveEvents: this.opts.cursorSaveEvents,
      tuning: this.opts.tuning,
      onRow: this.opts.onRow,
    })
    this.runners.set(row.id, runner)
    runner.start()
    this.opts.log.info({ source: row.id, url: config.url, appview: config.appview ?? this.opts.identityService }, 'jetstream source started')
  }

  /** Stops one source's runner (its cursor is saved). */
  async stop(id: number): Promise<void> {
    const runner = this.runners.get(id)
    if (!runner) return
    this.runners.delete(id)
    await runner.stop()
  }

  /** Stops every runner. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.runners.keys()].map((id) => this.stop(id)))
  }

  /** The runner of a source (tests, views). */
  runner(id: number): JetstreamRunner | undefined {
    return this.runners.get(id)
  }

  /** The runtime state of a source, when it runs. */
  runtime(id: number): SourceRuntime | undefined {
    return this.runners.get(id)?.runtime()
  }

  /** Sets the terms every stream keeps besides French posts (victim names, handles). */
  setWatchTerms(watch: WatchTerms): void {
    this.watch = watch
    for (const runner of this.runners.values()) runner.setWatchTerms(watch)
  }

  /** Reloads the terms from the active victim watches. */
  async refreshWatchTerms(): Promise<void> {
    const rows = await activeWatches(this.opts.db)
    const terms = [...new Set(rows.flatMap((r) => r.names).filter((n) => n.trim().length >= 2))]
    const handles = [...new Set(rows.flatMap((r) => r.handles))]
    this.setWatchTerms({ terms, handles })
    // Counts only: these are the names of minors.
    this.opts.log.info({ watches: rows.length, terms: terms.length, handles: handles.length }, 'jetstream watch terms refreshed')
  }
}
