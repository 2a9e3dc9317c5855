/**
 * Durable sends. Every webhook, e-mail and platform report is an `outbox`
 * row written with the change that causes it (same transaction, or a unique
 * key so a retried cause finds its row). Every instance runs a delivery
 * loop; a row is claimed by one instance at a time (`FOR UPDATE SKIP
 * LOCKED` and an attempt lease), sent, its receipt recorded, then marked
 * sent. A failure is retried with exponential backoff and jitter until the
 * kind's attempts are spent, then given up: audited (`outbox.failed`) with
 * a French reason the kind also shows where counsellors look (the request's
 * « dernière erreur d'envoi »…). An instance that dies mid-send leaves the
 * row claimed until its lease passes; another instance then sends it again.
 *
 * At-least-once, not exactly-once: a crash after the receiver accepted and
 * before the receipt was recorded sends the row a second time, with the
 * same idempotency key (the row's `key`: Idempotency-Key header and signed
 * `delivery` field of webhooks, Message-ID of e-mails). Once a receipt is
 * recorded (a platform's report id) a re-claimed row is not sent again.
 *
 * Woken by NOTIFY `vigie_outbox` (sent on commit of the inserting
 * transaction, on PostgreSQL and PGlite), by `wake()` in the inserting
 * process, when the next retry falls due, and by a periodic poll.
 */
import { randomBytes } from 'node:crypto'
import { and, eq, lte, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import { claimableIds, leaseFree, leaseUntil } from '../db/claim.js'
import type { Database, DatabaseHandle } from '../db/client.js'
import { outbox, type OutboxRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import { SendError } from '../util/send-error.js'

/** The NOTIFY channel that wakes delivery loops. */
export const OUTBOX_CHANNEL = 'vigie_outbox'

/** A failed attempt; `retryable` false gives the row up at once. The message is French (shown to counsellors). */
export class OutboxFailure extends SendError {
  override name = 'OutboxFailure'
}

/** One attempt as the handler sees it. */
export interface Attempt {
  /** 1 for the first. */
  number: number
  /** True when a failure now gives the row up. */
  last: boolean
}

/** How one kind of row is sent. */
export interface OutboxHandler {
  /** Attempts before giving up. */
  readonly maxAttempts: number
  /** First retry delay in ms, doubled each attempt (jittered). */
  readonly retryBaseMs: number
  /** Sends the row; resolves with the receiver's receipt (JSON), throws (OutboxFailure for a French reason). */
  deliver(row: OutboxRow, attempt: Attempt): Promise<unknown>
  /** After the receipt is recorded on the row, before it is marked sent: records what the send changes (idempotent: may run twice after a crash). */
  sent?(row: OutboxRow, receipt: unknown): Promise<void>
  /** After a failed attempt (`final`: given up): shows the failure where counsellors look. */
  failed?(row: OutboxRow, failure: OutboxFailure, attempt: Attempt, final: boolean): Promise<void>
}

/** A row to add. */
export interface OutboxItem {
  kind: string
  /** Unique: adding an existing key adds nothing. */
  key: string
  subject?: string | null
  payload: Record<string, unknown>
}

/** Delivery settings. */
export interface OutboxOptions {
  /** How long an attempt holds its row (default 120 s): longer than any send takes. */
  leaseMs?: number
  /** The periodic poll (default 5 s): NOTIFY can be lost while a connection is down. */
  pollMs?: number
  /** Sends in progress at most (default 8). */
  batch?: number
}

/** The outcome of a send made while the caller waits. */
export type SentNow = { ok: true; receipt: unknown; row: OutboxRow } | { ok: false; failure: OutboxFailure; row: OutboxRow }

function asFailure(err: unknown): OutboxFailure {
  if (err instanceof OutboxFailure) return err
  const e = err instanceof Error ? err : new Error(String(err))
  const retryable = typeof (e as { retryable?: unknown }).retryable === 'boolean' ? Boolean((e as { retryable?: unknown }).retryable) : true
  return new OutboxFailure(e.message, retryable, { cause: e })
}

/** The backoff before attempt `attempts + 1`: base × 2^(attempts−1), plus up to 25 % jitter so instances do not retry in step. */
export function backoffMs(baseMs: number, attempts: number): number {
  const delay = baseMs * 2 ** Math.max(0, attempts - 1)
  return Math.round(delay * (1 + Math.random() * 0.25))
}

/** When the next pending row may be claimed: its retry time, or the end of the lease another attempt holds. */
const nextDue = sql<string | Date | null>`min(greatest(${outbox.nextAt}, coalesce(${outbox.claimedUntil}, ${outbox.nextAt})))`

/** The outbox of one instance: adds rows and runs this instance's delivery loop. */
export class Outbox {
  private readonly handlers = new Map<string, OutboxHandler>()
  private readonly leaseMs: number
  private readonly pollMs: number
  private readonly batch: number
  private readonly inFlight = new Set<Promise<void>>()
  private pass: Promise<void> | null = null
  private again = false
  private running = false
  private poll: NodeJS.Timeout | undefined
  private due: NodeJS.Timeout | undefined
  private unlisten: (() => Promise<void>) | undefined

  constructor(
    private readonly database: Pick<DatabaseHandle, 'db' | 'listen'>,
    private readonly log: Logger,
    opts: OutboxOptions = {},
  ) {
    this.leaseMs = opts.leaseMs ?? 120_000
    this.pollMs = opts.pollMs ?? 5_000
    this.batch = opts.batch ?? 8
  }

  private get db(): Database {
    return this.database.db
  }

  /** Declares how rows of `kind` are sent. */
  register(kind: string, handler: OutboxHandler): void {
    this.handlers.set(kind, handler)
  }

  /**
   * Adds a row inside `tx` (the transaction of the change that causes it);
   * returns it, or undefined when its key was already there. Wakes every
   * delivery loop when `tx` commits.
   */
  async add(tx: Database, item: OutboxItem): Promise<OutboxRow | undefined> {
    const handler = this.handler(item.kind)
    const [row] = await tx
      .insert(outbox)
      .values({ kind: item.kind, key: item.key, subject: item.subject ?? null, payload: item.payload, maxAttempts: handler.maxAttempts })
      .onConflictDoNothing({ target: outbox.key })
      .returning()
    if (row) await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`)
    return row
  }

  /**
   * Adds a row already claimed by this instance and sends it at once, the
   * caller waiting (a counsellor's « envoyer »). A failure gives the row up
   * (the person sees it and may try again); a crash mid-send leaves it to
   * another instance once the lease passes. Undefined when the key existed.
   */
  async sendNow(item: OutboxItem): Promise<SentNow | undefined> {
    const handler = this.handler(item.kind)
    const token = randomBytes(9).toString('base64url')
    const [row] = await this.db
      .insert(outbox)
      .values({
        kind: item.kind,
        key: item.key,
        subject: item.subject ?? null,
        payload: item.payload,
        maxAttempts: handler.maxAttempts,
        attempts: 1,
        claimToken: token,
        claimedUntil: leaseUntil(this.leaseMs),
      })
      .onConflictDoNothing({ target: outbox.key })
      .returning()
    if (!row) return undefined
    const attempt = { number: 1, last: true }
    let receipt: unknown
    try {
      receipt = await handler.deliver(row, attempt)
    } catch (err) {
      const failure = asFailure(err)
      const done = await this.fail(handler, row, failure, attempt, true)
      return { ok: false, failure, row: done ?? row }
    }
    const done = await this.complete(handler, row, receipt)
    return { ok: true, receipt, row: done ?? row }
  }

  /** Wakes this instance's delivery loop now. */
  wake(): void {
    if (!this.running) return
    if (this.pass) {
      this.again = true
      return
    }
    this.pass = this.deliverDue()
      .then(() => undefined)
      .catch((err: unknown) => this.log.error({ err }, 'outbox round failed'))
      .finally(() => {
        this.pass = null
        if (this.again) {
          this.again = false
          this.wake()
        } else void this.armDue()
      })
  }

  /** Starts the delivery loop: LISTEN, poll, and a first round at once. */
  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      this.unlisten = await this.database.listen(OUTBOX_CHANNEL, () => this.wake())
    } catch (err) {
      this.log.warn({ err }, 'outbox: LISTEN failed, polling only')
    }
    this.poll = setInterval(() => this.wake(), this.pollMs).unref()
    this.wake()
  }

  /** Stops claiming; waits for the sends in progress (their rows are marked before this returns). */
  async stop(): Promise<void> {
    this.running = false
    if (this.poll) clearInterval(this.poll)
    if (this.due) clearTimeout(this.due)
    this.poll = this.due = undefined
    const stop = this.unlisten
    this.unlisten = undefined
    await stop?.().catch(() => {})
    await this.pass
    await Promise.allSettled([...this.inFlight])
  }

  /**
   * Delivers until no row is pending any more (tests, scripts): waits for
   * retries falling due and for rows another instance holds. Rejects after `timeoutMs`.
   */
  async drain(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs
    for (;;) {
      await this.deliverDue()
      await Promise.allSettled([...this.inFlight])
      const [next] = await this.db.select({ at: nextDue }).from(outbox).where(eq(outbox.state, 'pending'))
      const at = next?.at
      if (!at) return
      if (Date.now() > until) throw new Error('outbox: rows still pending after the drain timeout')
      const wait = Math.min(200, Math.max(10, new Date(at).getTime() - Date.now()))
      await new Promise((r) => setTimeout(r, wait))
    }
  }

  /**
   * Claims due rows while fewer than `batch` sends are in progress and starts
   * them (a slow receiver holds one slot, not the queue); each send that ends
   * wakes the loop again. Returns how many rows were claimed.
   */
  private async deliverDue(): Promise<number> {
    let total = 0
    for (;;) {
      const room = this.batch - this.inFlight.size
      if (room <= 0) return total
      const rows = await this.claim(room)
      if (rows.length === 0) return total
      total += rows.length
      for (const row of rows) void this.track(this.deliverOne(row)).then(() => this.wake())
    }
  }

  private track(p: Promise<void>): Promise<void> {
    const q = p.catch((err: unknown) => this.log.error({ err }, 'outbox delivery crashed')).finally(() => this.inFlight.delete(q))
    this.inFlight.add(q)
    return q
  }

  /** Claims up to `limit` due rows nobody holds, in one statement: attempts + 1, a fresh token, the lease. */
  private async claim(limit: number): Promise<OutboxRow[]> {
    const token = randomBytes(9).toString('base64url')
    const due = and(eq(outbox.state, 'pending'), lte(outbox.nextAt, sql`now()`), leaseFree(outbox.claimedUntil))
    if (!due) return []
    return this.db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, claimToken: token, claimedUntil: leaseUntil(this.leaseMs) })
      .where(sql`${outbox.id} in (${claimableIds('outbox', 'id', due, limit)})`)
      .returning()
  }

  private async deliverOne(row: OutboxRow): Promise<void> {
    const handler = this.handlers.get(row.kind)
    if (!handler) {
      // An instance of another version added it: leave it for one that knows the kind.
      await this.db.update(outbox).set({ claimToken: null, claimedUntil: null, attempts: sql`${outbox.attempts} - 1`, nextAt: leaseUntil(this.pollMs) }).where(this.mine(row))
      return
    }
    const attempt = { number: row.attempts, last: row.attempts >= row.maxAttempts }
    if (row.result !== null) {
      // The receiver already answered (the instance died before marking it): record, never send again.
      await this.complete(handler, row, row.result)
      return
    }
    if (row.attempts > row.maxAttempts) {
      await this.fail(handler, row, new OutboxFailure('envoi interrompu à chaque essai (arrêt de l’instance qui l’envoyait)', false), attempt, true)
      return
    }
    let receipt: unknown
    try {
      receipt = await handler.deliver(row, attempt)
    } catch (err) {
      await this.fail(handler, row, asFailure(err), attempt, false)
      return
    }
    await this.complete(handler, row, receipt)
  }

  private mine(row: OutboxRow) {
    return and(eq(outbox.id, row.id), eq(outbox.claimToken, row.claimToken ?? ''))
  }

  /** Records the receipt, lets the kind record what it changes, marks the row sent. */
  private async complete(handler: OutboxHandler, row: OutboxRow, receipt: unknown): Promise<OutboxRow | undefined> {
    const stored = receipt === undefined ? null : receipt
    if (row.result === null) await this.db.update(outbox).set({ result: stored }).where(eq(outbox.id, row.id))
    await handler.sent?.({ ...row, result: stored }, stored)
    const [done] = await this.db
      .update(outbox)
      // The payload may quote people (a referent e-mail, a watch's label): not kept once sent.
      .set({ state: 'sent', payload: {}, lastError: null, claimToken: null, claimedUntil: null, doneAt: sql`now()` })
      .where(this.mine(row))
      .returning()
    if (!done) this.log.warn({ outbox: row.id, kind: row.kind }, 'outbox row sent after its lease passed: another instance may have sent it too')
    return done
  }

  /** Schedules the next attempt, or gives up (audited) when attempts are spent or the failure is final. */
  private async fail(handler: OutboxHandler, row: OutboxRow, failure: OutboxFailure, attempt: Attempt, giveUp: boolean): Promise<OutboxRow | undefined> {
    const final = giveUp || !failure.retryable || row.attempts >= row.maxAttempts
    const message = failure.message.slice(0, 1000)
    const [updated] = await this.db
      .update(outbox)
      .set(
        final
          ? { state: 'failed', lastError: message, claimToken: null, claimedUntil: null, doneAt: sql`now()` }
          : { lastError: message, claimToken: null, claimedUntil: null, nextAt: leaseUntil(backoffMs(handler.retryBaseMs, row.attempts)) },
      )
      .where(this.mine(row))
      .returning()
    this.log.warn({ outbox: row.id, kind: row.kind, attempt: row.attempts, final, err: message }, final ? 'outbox send given up' : 'outbox send failed; retried later')
    if (final) {
      await appendAudit(this.db, {
        actor: 'system',
        action: 'outbox.failed',
        subject: row.subject ?? `outbox:${row.id}`,
        details: { outbox: row.id, kind: row.kind, attempts: row.attempts, error: `envoi abandonné après ${row.attempts} essai(s) : ${message}` },
      })
    }
    await handler.failed?.(row, failure, { ...attempt, last: final }, final)
    return updated
  }

  /** Arms a timer for the next retry falling due (sooner than the poll). */
  private async armDue(): Promise<void> {
    if (!this.running) return
    const [next] = await this.db.select({ at: nextDue }).from(outbox).where(eq(outbox.state, 'pending'))
    if (!next?.at || !this.running) return
    const wait = new Date(next.at).getTime() - Date.now()
    if (wait >= this.pollMs) return
    if (this.due) clearTimeout(this.due)
    this.due = setTimeout(() => this.wake(), Math.max(5, wait)).unref()
  }

  private handler(kind: string): OutboxHandler {
    const h = this.handlers.get(kind)
    if (!h) throw new Error(`outbox: no handler for ${kind}`)
    return h
  }
}
