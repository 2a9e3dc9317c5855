/**
 * Captures of filed URLs, in the background: one at a time (Chromium is
 * heavy; the machine is shared), queued in the database (intake_items
 * capture_state) so a restart resumes them; an item is claimed atomically
 * with a lease (`FOR UPDATE SKIP LOCKED`), so two instances never capture
 * the same item and an instance that died mid-capture leaves it to another. Each capture becomes a
 * write-once row with the hashes of the screenshot, the HTML and the record;
 * the bytes go to the artifact store (the encrypted vault) when one is
 * configured. The page's state is read with the platform's rules; when it
 * cannot be captured (login wall, geo-block, removed, unreachable) the
 * capture says so and a counsellor may attach the victim's own screenshot.
 * start()/stop()/runOnce(); tests call runOnce() or drain().
 */
import { existsSync } from 'node:fs'
import { and, eq, or, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import { claimableIds, leaseFree, leaseUntil } from '../db/claim.js'
import type { Database } from '../db/client.js'
import { captures, intakeItems, type CaptureRow, type IntakeItemRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import { ModerationError } from '../moderation/errors.js'
import type { SafeFetchOptions } from '../net/safe-fetch.js'
import { readPage, type PageState } from '../platforms/page-state.js'
import type { PlatformRegistry } from '../platforms/registry.js'
import { DEFAULT_RULES } from '../platforms/defaults.js'
import { captureSummary, recordHash, sha256Hex, type CaptureFacts } from './capture-record.js'
import { capturePage, type ChromiumSettings, type PageCapture } from './chromium-capture.js'

/** Where capture bytes are kept: the encrypted, write-once vault. */
export interface ArtifactStore {
  readonly configured: boolean
  put(bytes: Uint8Array, meta: { kind: string; maxBytes?: number }): Promise<{ id: string; sha256: string; size: number }>
  get(id: string): Promise<Buffer>
}

/** Capture settings from the configuration. */
export interface CaptureConfig {
  /** The Chromium binary, or null: capture off. */
  chromiumPath: string | null
  /** Address policy of the capture's proxy (tests: allowLoopback, lookup). */
  policy: Pick<SafeFetchOptions, 'allowLoopback' | 'loopbackPorts' | 'lookup'>
  timeoutMs?: number
}

/** Largest victim screenshot accepted, in bytes. */
export const MAX_ATTACHED_IMAGE = 15 * 1024 * 1024

/** What the capture service needs. */
export interface CaptureServiceDeps {
  db: Database
  log: Logger
  registry: PlatformRegistry
  config: CaptureConfig
  store: ArtifactStore | null
  /** Replaces Chromium (never in production): for tests of what happens around a capture. */
  capture?: (url: string, settings: ChromiumSettings) => Promise<PageCapture>
}

/** The background capture of filed URLs. */
export class CaptureService {
  private running: Promise<number> | null = null
  private stopped = false

  constructor(private readonly deps: CaptureServiceDeps) {}

  /** Where capture bytes are kept (the vault), or null. */
  get store(): ArtifactStore | null {
    return this.deps.store?.configured ? this.deps.store : null
  }

  /** Null when captures can run, else why not (French, with what to install). */
  get offReason(): string | null {
    const path = this.deps.config.chromiumPath
    if (path === null) return 'capture désactivée (VIGIE_CHROMIUM_PATH=off)'
    if (!existsSync(path)) return `capture indisponible : Chromium introuvable (${path}). Installez-le (apt-get install chromium) ou indiquez son chemin dans VIGIE_CHROMIUM_PATH.`
    return null
  }

  /** Starts capturing what is pending (at start, after a restart). */
  start(): void {
    this.kick()
  }

  /** Stops after the capture in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.running?.catch(() => undefined)
  }

  /** Captures every pending item now (joins a run in progress); returns how many were captured. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Waits until nothing is pending (tests). */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      // another pass picks up items queued meanwhile
    }
  }

  /** Queues a new capture of an item (« Capturer à nouveau »). */
  async request(actor: string, item: IntakeItemRow): Promise<void> {
    const off = this.offReason
    if (off) throw new ModerationError('conflict', off)
    await this.deps.db.update(intakeItems).set({ captureState: 'pending', captureClaimedUntil: null, captureError: null, updatedAt: new Date() }).where(eq(intakeItems.id, item.id))
    await appendAudit(this.deps.db, { actor, action: 'intake.capture', subject: `intake:${item.id}` })
    this.kick()
  }

  /** Starts a background pass unless one runs. */
  kick(): void {
    if (this.stopped || this.offReason) return
    if (this.running) {
      void this.running.then(() => this.kick())
      return
    }
    void this.runOnce().catch((err: unknown) => this.deps.log.error({ err }, 'capture pass failed'))
  }

  private async pass(): Promise<number> {
    let done = 0
    while (!this.stopped && !this.offReason) {
      const item = await this.claim()
      if (!item) break
      try {
        await this.captureItem(item)
        done++
      } catch (err) {
        this.deps.log.warn({ err, intake: item.id }, 'capture failed')
        await this.deps.db
          .update(intakeItems)
          .set({ captureState: 'failed', captureClaimedUntil: null, captureError: `la capture a échoué : ${(err as Error).message.split('\n')[0]?.slice(0, 300) ?? ''}`, updatedAt: new Date() })
          .where(eq(intakeItems.id, item.id))
      }
    }
    return done
  }

  /**
   * Takes the oldest item waiting, or one whose capturing instance died (its
   * lease passed), in one statement: two instances never capture the same item.
   */
  private async claim(): Promise<IntakeItemRow | undefined> {
    const { captureState: state, captureClaimedUntil: until } = intakeItems
    const waiting = or(eq(state, 'pending'), and(eq(state, 'running'), leaseFree(until)))
    if (!waiting) return undefined
    const [row] = await this.deps.db
      .update(intakeItems)
      .set({ captureState: 'running', captureClaimedUntil: leaseUntil(this.leaseMs), updatedAt: new Date() })
      .where(sql`${intakeItems.id} in (${claimableIds('intake_items', 'id', waiting, 1)})`)
      .returning()
    return row
  }

  /** How long a capture holds its item: three times its time limit (Chromium start, then the page). */
  private get leaseMs(): number {
    return 3 * (this.deps.config.timeoutMs ?? 60_000)
  }

  private async captureItem(item: IntakeItemRow): Promise<CaptureRow> {
    const { config } = this.deps
    const run = this.deps.capture ?? capturePage
    const page = await run(item.url, { executablePath: config.chromiumPath ?? '', policy: config.policy, ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) })
    const platform = await this.deps.registry.get(item.platform)
    let state: PageState
    let reason: string
    if (page.error && page.status === null) {
      state = 'unreachable'
      reason = page.error
    } else {
      const read = readPage(platform?.rules ?? DEFAULT_RULES, platform?.hosts ?? [], { requestedUrl: item.url, finalUrl: page.finalUrl, status: page.status, text: page.text })
      state = read.state
      reason = page.error ? `${read.reason} ; ${page.error}` : read.reason
    }
    const image = page.png ? await this.keep(page.png, 'capture-screenshot', 'image/png') : null
    const html = page.html ? await this.keep(page.html, 'capture-html', 'text/html') : null
    const row = await this.insert(item, {
      source: 'page',
      state,
      summary: captureSummary(state, reason),
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      httpStatus: page.status,
      headers: page.headers,
      capturedAt: page.capturedAt,
      image,
      html,
      createdBy: 'system',
    })
    await this.deps.db.update(intakeItems).set({ captureState: 'done', captureClaimedUntil: null, captureError: null, updatedAt: new Date() }).where(eq(intakeItems.id, item.id))
    await appendAudit(this.deps.db, {
      actor: 'system',
      action: 'capture.create',
      subject: `intake:${item.id}`,
      details: { captureId: row.id, state, recordSha256: row.recordSha256, imageSha256: row.imageSha256, htmlSha256: row.htmlSha256 },
    })
    return row
  }

  /** Attaches the victim's own screenshot to an item (when the page cannot be captured). */
  async attach(actor: string, item: IntakeItemRow, bytes: Uint8Array, type: 'image/png' | 'image/jpeg' | 'image/webp'): Promise<CaptureRow> {
    const image = await this.keep(bytes, 'victim-screenshot', type)
    const row = await this.insert(item, {
      source: 'victim-screenshot',
      state: 'attached',
      summary: 'Capture d’écran fournie par la victime, jointe par la cellule.',
      requestedUrl: null,
      finalUrl: null,
      httpStatus: null,
      headers: null,
      capturedAt: new Date(),
      image,
      html: null,
      createdBy: actor,
    })
    await appendAudit(this.deps.db, { actor, action: 'capture.attach', subject: `intake:${item.id}`, details: { captureId: row.id, imageSha256: row.imageSha256 } })
    return row
  }

  /** Hashes the bytes and keeps them in the vault when there is one. */
  private async keep(bytes: Uint8Array, kind: string, type: string): Promise<{ sha256: string; size: number; type: string; blob: string | null }> {
    const sha256 = sha256Hex(bytes)
    const store = this.deps.store
    if (!store?.configured) return { sha256, size: bytes.length, type, blob: null }
    const stored = await store.put(bytes, { kind })
    if (stored.sha256 !== sha256) throw new Error('the vault stored other bytes than the capture')
    return { sha256, size: bytes.length, type, blob: stored.id }
  }

  private async insert(
    item: IntakeItemRow,
    c: Omit<CaptureFacts, 'intakeId' | 'postId' | 'capturedAt' | 'image' | 'html'> & {
      capturedAt: Date
      image: { sha256: string; size: number; type: string; blob: string | null } | null
      html: { sha256: string; size: number; blob: string | null } | null
      createdBy: string
    },
  ): Promise<CaptureRow> {
    const facts: CaptureFacts = {
      intakeId: item.id,
      postId: item.postId,
      source: c.source,
      state: c.state,
      summary: c.summary,
      requestedUrl: c.requestedUrl,
      finalUrl: c.finalUrl,
      httpStatus: c.httpStatus,
      headers: c.headers,
      // Milliseconds only, as stored.
      capturedAt: new Date(c.capturedAt.getTime()).toISOString(),
      image: c.image ? { sha256: c.image.sha256, size: c.image.size, type: c.image.type } : null,
      html: c.html ? { sha256: c.html.sha256, size: c.html.size } : null,
    }
    const [row] = await this.deps.db
      .insert(captures)
      .values({
        intakeId: item.id,
        postId: item.postId,
        source: c.source,
        state: c.state,
        summary: c.summary,
        requestedUrl: c.requestedUrl,
        finalUrl: c.finalUrl,
        httpStatus: c.httpStatus,
        headers: c.headers,
        capturedAt: c.capturedAt,
        imageSha256: c.image?.sha256 ?? null,
        imageType: c.image?.type ?? null,
        imageSize: c.image?.size ?? null,
        imageBlob: c.image?.blob ?? null,
        htmlSha256: c.html?.sha256 ?? null,
        htmlSize: c.html?.size ?? null,
        htmlBlob: c.html?.blob ?? null,
        recordSha256: recordHash(facts),
        createdBy: c.createdBy,
      })
      .returning()
    if (!row) throw new Error('capture not stored')
    return row
  }
}
