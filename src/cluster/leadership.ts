/**
 * Background work that must run once across the cluster (removal checks and
 * escalation, the retention purge, resuming platform reports left waiting):
 * the instance holding the lease `job:background` runs it. The lease is
 * renewed every quarter of its life; when its holder dies, another instance
 * takes it once it expired and starts the work. Alone (PGlite), the one
 * process always leads.
 */
import type { Logger } from '../logger.js'
import type { Leases } from './leases.js'

/** The lease of the cluster-wide background work. */
export const BACKGROUND_LEASE = 'job:background'

/** What the leader runs: started when this instance becomes leader, stopped when it stops being one. */
export interface LeaderWork {
  lead(): Promise<void>
  follow(): Promise<void>
}

/** Keeps (or waits for) the background lease and starts or stops the work accordingly. */
export class Leadership {
  private leading = false
  private timer: NodeJS.Timeout | undefined
  private round: Promise<void> = Promise.resolve()
  private renewedAt = 0
  private stopped = false

  constructor(
    private readonly leases: Leases,
    private readonly work: LeaderWork,
    private readonly log: Logger,
  ) {}

  /** True while this instance runs the background work. */
  get isLeader(): boolean {
    return this.leading
  }

  /** Tries once at once (so a lone instance leads from the start), then every renewal period. */
  async start(): Promise<void> {
    this.stopped = false
    await this.tick()
    this.timer = setInterval(() => void this.tick(), this.leases.renewMs).unref()
  }

  /** Stops the work and gives the lease up, so another instance leads at once. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    await this.round
    if (this.leading) {
      this.leading = false
      await this.work.follow()
      await this.leases.release([BACKGROUND_LEASE]).catch((err: unknown) => this.log.warn({ err }, 'background lease not released'))
    }
  }

  /** One round after the previous one. */
  tick(): Promise<void> {
    this.round = this.round.then(() => this.hold()).catch((err: unknown) => this.log.error({ err }, 'background lease round failed'))
    return this.round
  }

  private async hold(): Promise<void> {
    if (this.stopped) return
    let held: boolean
    try {
      held = (await this.leases.hold([BACKGROUND_LEASE])).has(BACKGROUND_LEASE)
      this.renewedAt = Date.now()
    } catch (err) {
      this.log.error({ err }, 'background lease not renewed')
      // Past the lease's life another instance may lead: stop.
      held = this.leading && Date.now() - this.renewedAt < this.leases.ttlMs
    }
    if (this.stopped || held === this.leading) return
    this.leading = held
    if (held) {
      this.log.info('this instance now runs the background work (removal checks, retention, waiting reports)')
      await this.work.lead()
    } else {
      this.log.warn('background work handed to another instance')
      await this.work.follow()
    }
  }
}
