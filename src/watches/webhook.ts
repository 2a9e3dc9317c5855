/**
 * Signed JSON webhooks (watch alerts, late takedown requests): HMAC-SHA256
 * over "timestamp.body", sent from the outbox (durable, retried with backoff
 * by one instance, never blocking the pipeline). Each delivery carries its
 * idempotency key twice: the `Idempotency-Key` header and the signed body's
 * `delivery` field; a receiver that already saw the key has the delivery.
 */
import { createHmac } from 'node:crypto'
import type { Database } from '../db/client.js'
import type { OutboxRow } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import { OutboxFailure, type Outbox, type OutboxHandler } from '../outbox/outbox.js'

/** The outbox kind of webhooks. */
export const WEBHOOK_KIND = 'webhook'

/** The signature header value for `body` sent at `timestamp` (seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** Where the signing secret is read at send time (never copied into the outbox). */
export type WebhookSecretRef = { watchId: number } | { escalation: true } | null

export interface WebhookOptions {
  log: Logger
  /** The current secret of a reference (a watch's, the escalation webhook's). */
  secret: (ref: WebhookSecretRef) => Promise<string | null>
  /** Attempts per delivery (default 5). */
  attempts?: number
  /** First retry delay in ms, doubled each time (default 1000). */
  retryBaseMs?: number
  /** Per-attempt timeout in ms (default 5000). */
  timeoutMs?: number
}

/** What one webhook row carries. */
interface WebhookPayload {
  url: string
  secret: WebhookSecretRef
  /** The exact JSON sent (and signed). */
  body: string
}

function payloadOf(row: OutboxRow): WebhookPayload {
  const p = row.payload as Partial<WebhookPayload>
  if (typeof p.url !== 'string' || typeof p.body !== 'string') throw new OutboxFailure('webhook illisible dans la file d’envoi', false)
  return { url: p.url, body: p.body, secret: p.secret ?? null }
}

/** Queues webhooks in the outbox and sends them. */
export class WebhookSender implements OutboxHandler {
  readonly maxAttempts: number
  readonly retryBaseMs: number
  private disabled = false

  constructor(
    private readonly outbox: Outbox,
    private readonly opts: WebhookOptions,
  ) {
    this.maxAttempts = opts.attempts ?? 5
    this.retryBaseMs = opts.retryBaseMs ?? 1000
    outbox.register(WEBHOOK_KIND, this)
  }

  /**
   * Adds one delivery inside `tx` (the transaction of the change it announces);
   * `key` is unique: the same key twice sends once.
   */
  async enqueue(tx: Database, d: { key: string; subject: string; url: string; secret: WebhookSecretRef; payload: Record<string, unknown> }): Promise<void> {
    const body = JSON.stringify({ ...d.payload, delivery: d.key })
    await this.outbox.add(tx, { kind: WEBHOOK_KIND, key: d.key, subject: d.subject, payload: { url: d.url, secret: d.secret, body } })
  }

  /** Wakes the delivery loop (after the enqueuing transaction committed). */
  wake(): void {
    this.outbox.wake()
  }

  /** Waits until every queued send has succeeded or given up. */
  drain(): Promise<void> {
    return this.outbox.drain()
  }

  /** Sends nothing any more (the demo): queued webhooks are given up. */
  stop(): void {
    this.disabled = true
  }

  async deliver(row: OutboxRow): Promise<{ status: number }> {
    if (this.disabled) throw new OutboxFailure('webhooks désactivés sur cette instance', false)
    const { url, secret: ref, body } = payloadOf(row)
    const timestamp = Math.floor(Date.now() / 1000)
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Vigie-Webhook/1',
      'x-vigie-timestamp': String(timestamp),
      'idempotency-key': row.key,
    }
    const secret = await this.opts.secret(ref)
    if (secret) headers['x-vigie-signature'] = signWebhook(secret, timestamp, body)
    let res: Response
    try {
      res = await fetch(url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000) })
    } catch (err) {
      throw new OutboxFailure(`webhook injoignable : ${(err as Error).message}`, true, { cause: err })
    }
    await res.body?.cancel()
    if (res.ok) return { status: res.status }
    const retryable = res.status >= 500 || res.status === 429
    throw new OutboxFailure(`le webhook a répondu HTTP ${res.status}${retryable ? '' : ' (refus : pas de nouvel essai)'}`, retryable)
  }
}
