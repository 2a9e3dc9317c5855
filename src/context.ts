/**
 * The composition root: builds the database, hub, metrics and pipeline from
 * a config. The server, the scheduler and the CLI receive this context.
 */
import { LoginLimiter } from './auth/rate-limit.js'
import { CaptureService, type ArtifactStore, type CaptureServiceDeps } from './capture/capture-service.js'
import { IntakeService } from './intake/intake-service.js'
import { PlatformRegistry } from './platforms/registry.js'
import { SetupToken } from './auth/setup-token.js'
import { Leases, newInstanceId } from './cluster/leases.js'
import { DatabaseFailureStore, DatabaseSetupTokens } from './cluster/shared-auth.js'
import { SharedEvents } from './cluster/shared-events.js'
import type { Config } from './config/config.js'
import { openDatabase, type DatabaseHandle } from './db/client.js'
import { Hub } from './hub/hub.js'
import { createLogger, type Logger } from './logger.js'
import { createMailer, type Mailer } from './mail/mailer.js'
import { MailOutbox } from './mail/mail-outbox.js'
import { registerReferentMail } from './cases/referent-alert.js'
import { createMetrics, type Metrics } from './metrics.js'
import { Moderation } from './moderation/moderation.js'
import type { TakedownSenderOptions } from './moderation/takedown-sender.js'
import { SafeFetcher, type SafeFetchOptions } from './net/safe-fetch.js'
import { Pipeline, type PipelineOptions, type Scorer } from './pipeline/pipeline.js'
import { defaultCheckers } from './removals/checkers.js'
import { RemovalCheckJob } from './removals/removal-check-job.js'
import { scorePost } from './pipeline/score.js'
import { SourceService, type SourceServiceOptions } from './sources/source-service.js'
import { RetentionJob } from './retention/retention-job.js'
import { BlobStore } from './vault/blob-store.js'
import { WatchStage } from './watches/watch-stage.js'
import { Outbox } from './outbox/outbox.js'
import { eq } from 'drizzle-orm'
import { watches as watchTable } from './db/schema/index.js'
import { WebhookSender, type WebhookSecretRef } from './watches/webhook.js'
import { WaveTracker } from './waves/wave-tracker.js'

/** Everything a running Vigie shares. */
export interface AppContext {
  cfg: Config
  log: Logger
  database: DatabaseHandle
  hub: Hub
  /** On PostgreSQL: the dashboard event journal shared by every instance (see src/cluster). */
  sharedEvents?: SharedEvents
  /** This instance's leases: which sources and background jobs it runs (all of them when alone). */
  leases: Leases
  metrics: Metrics
  pipeline: Pipeline
  waves: WaveTracker
  watches: WatchStage
  webhooks: WebhookSender
  /** Durable sends (webhooks, e-mails, platform reports): this instance's delivery loop, started unless a test says otherwise. */
  outbox: Outbox
  /** Outgoing e-mail (SMTP); refuses every send when VIGIE_SMTP_URL is not set. */
  mailer: Mailer
  /** E-mails through the outbox (notices, referent alerts). */
  mail: MailOutbox
  /** Platform sources: seeded and started by `start`, stopped first by `close`. */
  sources: SourceService
  /** Flag → review → takedown, with the background platform report sender. */
  moderation: Moderation
  /** The encrypted write-once blob store (case files; page captures later); refuses everything without a key. */
  vault: BlobStore
  /** The nightly purge (retention); `start` schedules it, `close` stops it. */
  retention: RetentionJob
  /** The scheduled removal check and escalation of late requests: started by `start`, stopped by `close`. */
  removals: RemovalCheckJob
  /** The platform registry (defaults and administrators' edits). */
  platforms: PlatformRegistry
  /** Reporting by URL: recognition, short links, filing as posts. */
  intake: IntakeService
  /** Evidence captures of filed URLs (Chromium through the filtering proxy): started by `start`, stopped by `close`. */
  captures: CaptureService
  /** Login rate limiting and the first-admin setup token (in the database: shared by every instance). */
  auth: { limiter: LoginLimiter; setup: SetupToken }
  /** Flushes pending posts and closes the database. */
  close(): Promise<void>
}

/** What tests and commands may replace. */
export interface ContextOverrides {
  log?: Logger
  score?: Scorer
  metrics?: Metrics
  pipeline?: Partial<Pick<PipelineOptions, 'onRejected' | 'onPublished' | 'maxWriteAttempts'>>
  webhooks?: { attempts?: number; retryBaseMs?: number; timeoutMs?: number }
  /** The outbox: `deliver: false` adds rows but sends none (a test's instance that dies before sending); lease and poll in ms. */
  outbox?: { deliver?: boolean; leaseMs?: number; pollMs?: number }
  sources?: SourceServiceOptions
  limiter?: LoginLimiter
  /** Retry settings of platform reports. */
  takedowns?: TakedownSenderOptions
  mailer?: Mailer
  /** Retry settings of e-mails. */
  mail?: { attempts?: number; retryBaseMs?: number }
  /** Removal checks: fetcher settings (tests: allowLoopback) and a scenario clock. */
  removals?: { fetch?: SafeFetchOptions; now?: () => Date }
  /**
   * Reporting by URL: the address policy of short-link expansion and of the capture's proxy
   * (tests: allowLoopback and a lookup), the capture's time limit, the vault for capture bytes.
   */
  intake?: { fetch?: SafeFetchOptions; captureTimeoutMs?: number; capture?: CaptureServiceDeps['capture']; store?: ArtifactStore }
}

/** Opens the database (migrating it) and wires the services. */
export async function createContext(cfg: Config, overrides: ContextOverrides = {}): Promise<AppContext> {
  const log = overrides.log ?? createLogger(cfg.logLevel)
  const database = await openDatabase(cfg.database)
  const hub = new Hub(log.child({ sub: 'hub' }))
  const leases = new Leases(database.db, newInstanceId(), cfg.leaseTtlMs)
  let sharedEvents: SharedEvents | undefined
  if (database.driver === 'postgres') {
    sharedEvents = new SharedEvents(database, log.child({ sub: 'cluster' }))
    try {
      await sharedEvents.start()
    } catch (err) {
      await database.close()
      throw err
    }
  }
  const metrics = overrides.metrics ?? createMetrics()
  const outbox = new Outbox(database, log.child({ sub: 'outbox' }), { leaseMs: overrides.outbox?.leaseMs ?? cfg.outboxLeaseMs, ...(overrides.outbox?.pollMs ? { pollMs: overrides.outbox.pollMs } : {}) })
  const webhookSecret = async (ref: WebhookSecretRef): Promise<string | null> => {
    if (ref === null) return null
    if ('escalation' in ref) return cfg.removal.webhook?.secret ?? null
    const [w] = await database.db.select({ secret: watchTable.webhookSecret }).from(watchTable).where(eq(watchTable.id, ref.watchId))
    return w?.secret ?? null
  }
  const webhooks = new WebhookSender(outbox, { log: log.child({ sub: 'webhook' }), secret: webhookSecret, ...overrides.webhooks })
  const mailer = overrides.mailer ?? createMailer(cfg.mail, log.child({ sub: 'mail' }))
  const mail = new MailOutbox(outbox, mailer, overrides.mail)
  registerReferentMail(mail, database.db)
  const waves = new WaveTracker(database.db, hub, log.child({ sub: 'waves' }))
  const watches = new WatchStage(database.db, hub, log.child({ sub: 'watches' }), webhooks, waves)
  const pipeline = new Pipeline({
    stages: [waves, watches],
    db: database.db,
    hub,
    metrics,
    score: overrides.score ?? scorePost,
    log: log.child({ sub: 'pipeline' }),
    batchSize: cfg.batchSize,
    flushMs: cfg.flushMs,
    ...overrides.pipeline,
  })
  const sources = new SourceService(
    { db: database.db, pipeline, hub, log: log.child({ sub: 'sources' }), configured: cfg.sources, leases },
    // The AppView resolving DIDs ↔ handles is VIGIE_BLUESKY_APPVIEW unless a test names another (or none).
    { ...overrides.sources, identityService: overrides.sources?.identityService === undefined ? cfg.bluesky.appview : overrides.sources.identityService },
  )
  const platforms = new PlatformRegistry(database.db, () => cfg.removal.noticeEmails)
  const moderation = new Moderation({
    db: database.db,
    hub,
    log: log.child({ sub: 'moderation' }),
    config: () => cfg.takedown,
    ...(overrides.takedowns ? { sender: overrides.takedowns } : {}),
    mail,
    webhooks,
    outbox,
    removal: () => cfg.removal,
    platforms: { platform: (id) => platforms.get(id), noticeEmail: (platform, url) => platforms.noticeEmail(platform, url) },
  })
  const now = overrides.removals?.now ?? (() => new Date())
  const removals = new RemovalCheckJob({
    db: database.db,
    hub,
    log: log.child({ sub: 'removals' }),
    checkers: defaultCheckers({
      bluesky: cfg.bluesky,
      fetch: { loopbackPorts: cfg.removal.loopbackPorts, ...overrides.removals?.fetch },
      platforms: () => platforms.all(),
    }),
    now,
    schedule: cfg.removal.schedule,
    afterRun: (at) => moderation.escalateOverdue(at),
  })
  const vault = new BlobStore(database.db, cfg.vault)
  const retention = new RetentionJob({ db: database.db, vault, log: log.child({ sub: 'retention' }), config: cfg.retention })
  const untrusted = { loopbackPorts: cfg.removal.loopbackPorts, ...overrides.intake?.fetch }
  const captures = new CaptureService({
    db: database.db,
    log: log.child({ sub: 'capture' }),
    registry: platforms,
    config: {
      chromiumPath: cfg.capture.chromiumPath,
      policy: untrusted,
      ...(overrides.intake?.captureTimeoutMs ? { timeoutMs: overrides.intake.captureTimeoutMs } : {}),
    },
    // Captures (PNG, HTML) are stored encrypted in the vault when a key is set.
    store: overrides.intake?.store ?? vault,
    ...(overrides.intake?.capture ? { capture: overrides.intake.capture } : {}),
  })
  const intake = new IntakeService({
    db: database.db,
    registry: platforms,
    fetcher: new SafeFetcher({ userAgent: 'Vigie-Signalement/1', ...untrusted }),
    capture: captures,
    moderation,
  })
  if (overrides.outbox?.deliver !== false) await outbox.start()
  let closing: Promise<void> | undefined
  return {
    cfg,
    log,
    database,
    hub,
    ...(sharedEvents ? { sharedEvents } : {}),
    leases,
    metrics,
    pipeline,
    waves,
    watches,
    webhooks,
    outbox,
    mailer,
    mail,
    sources,
    moderation,
    vault,
    retention,
    removals,
    platforms,
    intake,
    captures,
    auth: {
      limiter: overrides.limiter ?? new LoginLimiter({ maxFailures: 5, windowMs: 15 * 60_000, store: new DatabaseFailureStore(database.db) }),
      setup: new SetupToken(Date.now, new DatabaseSetupTokens(database.db)),
    },
    close() {
      closing ??= (async () => {
        try {
          await sources.stop()
          await retention.stop()
          await removals.stop()
          await captures.stop()
          await pipeline.close()
          // Sends in progress end and are marked; the rest stay in the outbox for the next start or another instance.
          await outbox.stop()
          await moderation.close()
          mailer.close()
          await sharedEvents?.close()
        } finally {
          await database.close()
        }
      })()
      return closing
    },
  }
}
