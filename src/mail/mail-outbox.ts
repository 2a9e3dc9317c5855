/**
 * E-mails through the outbox: each message is a row (durable, sent by one
 * instance, retried on a temporary SMTP failure), its Message-ID made from
 * the row's key so a message sent again after a crash is the same message
 * to the receiving server and mail clients. What a sent message changes (a
 * request « pris en compte », a case timeline entry) is an effect named by
 * the row, run once the server accepted it.
 */
import type { Database } from '../db/client.js'
import type { OutboxRow } from '../db/schema/index.js'
import { OutboxFailure, type Attempt, type Outbox, type OutboxHandler, type SentNow } from '../outbox/outbox.js'
import { MailError, type Mailer, type MailMessage, type MailReceipt } from './mailer.js'

/** The outbox kind of e-mails. */
export const MAIL_KIND = 'mail'

/** A receipt as stored on the row: the SMTP receipt and whom the message went to. */
export interface StoredMailReceipt extends MailReceipt {
  to: string[]
}

/** What happens around one type of message; `data` is the row's JSON. */
export interface MailEffect {
  /** Builds the message at send time; null: nothing to send any more (the row ends as sent, skipped). Default: the message stored on the row. */
  compose?(data: Record<string, unknown>): Promise<MailMessage | null>
  /** After the server accepted it (may run twice after a crash: idempotent). */
  sent?(data: Record<string, unknown>, receipt: StoredMailReceipt): Promise<void>
  /** After a failed attempt (`final`: given up). */
  failed?(data: Record<string, unknown>, failure: OutboxFailure, attempt: Attempt, final: boolean): Promise<void>
}

/** One message to queue. */
export interface MailItem {
  /** Unique idempotency key (also the Message-ID). */
  key: string
  subject: string
  /** The effect type (see `effect`). */
  type: string
  data: Record<string, unknown>
  /** Stored as is; omit when the effect composes the message at send time. */
  message?: MailMessage
}

interface MailPayload {
  type: string
  data: Record<string, unknown>
  message: MailMessage | null
}

function payloadOf(row: OutboxRow): MailPayload {
  const p = row.payload as Partial<MailPayload>
  if (typeof p.type !== 'string') throw new OutboxFailure('e-mail illisible dans la file d’envoi', false)
  return { type: p.type, data: p.data ?? {}, message: p.message ?? null }
}

function isStoredReceipt(value: unknown): value is StoredMailReceipt {
  return typeof value === 'object' && value !== null && typeof (value as StoredMailReceipt).messageId === 'string' && Array.isArray((value as StoredMailReceipt).to)
}

/** Queues and sends e-mails through the outbox. */
export class MailOutbox implements OutboxHandler {
  readonly maxAttempts: number
  readonly retryBaseMs: number
  private readonly effects = new Map<string, MailEffect>()

  constructor(
    private readonly outbox: Outbox,
    private readonly mailer: Mailer,
    opts: { attempts?: number; retryBaseMs?: number } = {},
  ) {
    this.maxAttempts = opts.attempts ?? 5
    this.retryBaseMs = opts.retryBaseMs ?? 30_000
    outbox.register(MAIL_KIND, this)
  }

  /** False when VIGIE_SMTP_URL is not set. */
  get configured(): boolean {
    return this.mailer.configured
  }

  /** Declares an effect type. */
  effect(type: string, effect: MailEffect): void {
    this.effects.set(type, effect)
  }

  /** Queues a message inside `tx` (sent in the background, retried). */
  async add(tx: Database, item: MailItem): Promise<void> {
    await this.outbox.add(tx, { kind: MAIL_KIND, key: item.key, subject: item.subject, payload: { type: item.type, data: item.data, message: item.message ?? null } })
  }

  /** Wakes the delivery loop (after the queueing transaction committed). */
  wake(): void {
    this.outbox.wake()
  }

  /** Sends a message now, the caller waiting for the answer (a counsellor's action); see Outbox.sendNow. */
  sendNow(item: MailItem): Promise<SentNow | undefined> {
    return this.outbox.sendNow({ kind: MAIL_KIND, key: item.key, subject: item.subject, payload: { type: item.type, data: item.data, message: item.message ?? null } })
  }

  async deliver(row: OutboxRow): Promise<StoredMailReceipt | { skipped: true }> {
    const { type, data, message: stored } = payloadOf(row)
    const effect = this.effects.get(type)
    const message = effect?.compose ? await effect.compose(data) : stored
    if (!message) return { skipped: true }
    try {
      const receipt = await this.mailer.send({ ...message, idempotencyKey: row.key })
      return { ...receipt, to: message.to }
    } catch (err) {
      if (err instanceof MailError) throw new OutboxFailure(err.message, err.retryable, { cause: err })
      throw err
    }
  }

  async sent(row: OutboxRow, receipt: unknown): Promise<void> {
    if (!isStoredReceipt(receipt)) return
    const { type, data } = payloadOf(row)
    await this.effects.get(type)?.sent?.(data, receipt)
  }

  async failed(row: OutboxRow, failure: OutboxFailure, attempt: Attempt, final: boolean): Promise<void> {
    const { type, data } = payloadOf(row)
    await this.effects.get(type)?.failed?.(data, failure, attempt, final)
  }
}
