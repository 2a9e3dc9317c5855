/**
 * Signed JSON webhooks for alerts: HMAC-SHA256 over "timestamp.body",
 * retried with backoff in the background, never blocking the pipeline.
 */
import { createHmac } from 'node:crypto'
import type { Logger } from '../logger.js'

/** The signature header value for `body` sent at `timestamp` (seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

export interface WebhookOptions {
  log: Logger
  /** Attempts per delivery (default 5). */
  attempts?: number
  /** First retry delay in ms, doubled each time (default 1000). */
  retryBaseMs?: number
  /** Per-attempt timeout in ms (default 5000). */
  timeoutMs?: number
}

/** Delivers webhooks in the background; `drain()` waits for what is queued. */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>()
  private stopped = false

  constructor(private readonly opts: WebhookOptions) {}

  /** Queues one delivery and returns at once. */
  send(url: string, secret: string | null, payload: unknown): void {
    if (this.stopped) return
    const p = this.deliver(url, secret, JSON.stringify(payload)).finally(() => this.inFlight.delete(p))
    this.inFlight.add(p)
  }

  /** Waits until every queued delivery has succeeded or given up. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /** Stops retrying; pending deliveries end after their current attempt. */
  stop(): void {
    this.stopped = true
  }

  private async deliver(url: string, secret: string | null, body: string): Promise<void> {
    const attempts = this.opts.attempts ?? 5
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const timestamp = Math.floor(Date.now() / 1000)
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'Vigie-Webhook/1',
        'x-vigie-timestamp': String(timestamp),
      }
      if (secret) headers['x-vigie-signature'] = signWebhook(secret, timestamp, body)
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers,
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000),
        })
        await res.body?.cancel()
        if (res.ok) return
        if (res.status < 500 && res.status !== 429) {
          this.opts.log.warn({ status: res.status }, 'webhook refused; not retried')
          return
        }
        this.opts.log.warn({ status: res.status, attempt }, 'webhook failed')
      } catch (err) {
        this.opts.log.warn({ err: (err as Error).message, attempt }, 'webhook unreachable')
      }
      if (this.stopped || attempt === attempts) break
      await new Promise((r) => setTimeout(r, (this.opts.retryBaseMs ?? 1000) * 2 ** (attempt - 1)))
    }
    this.opts.log.error({ attempts }, 'webhook given up')
  }
}
