/** A WebSocket test client for /ws: collects frames, waits for conditions, reports how it closed. */
import { expect } from 'vitest'
import WebSocket from 'ws'
import type { Hub } from '../../src/hub/hub.js'
import type { ClientSocket } from '../../src/server/ws-broadcaster.js'

export type Frame = Record<string, unknown> & { type: string }

/** One open /ws connection and everything it received. */
export class WsTestClient {
  readonly frames: Frame[] = []
  /** Settles with the close code once the socket is closed. */
  readonly closed: Promise<number>

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)))
    ws.on('message', (d: Buffer) => this.frames.push(JSON.parse(d.toString()) as Frame))
  }

  /** Connects with `cookie` (and an optional query string); resolves once hello arrived. */
  static async open(baseUrl: string, cookie: string, query = ''): Promise<WsTestClient> {
    const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/ws${query}`, { headers: { cookie } })
    const client = new WsTestClient(ws)
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject)
      ws.once('open', () => resolve())
    })
    await expect.poll(() => client.frames.length).toBeGreaterThan(0)
    return client
  }

  get hello(): Frame & { epoch: string; lastId: number } {
    const h = this.frames[0]
    if (h?.type !== 'hello') throw new Error(`first frame is not hello: ${JSON.stringify(h)}`)
    return h as Frame & { epoch: string; lastId: number }
  }

  /** Event frames (those with an id), in arrival order. */
  events(type?: string): Array<Frame & { id: number }> {
    return this.frames.filter((f): f is Frame & { id: number } => typeof f.id === 'number' && (type === undefined || f.type === type))
  }

  /** Ids of the event frames. */
  ids(): number[] {
    return this.events().map((e) => e.id)
  }

  /** Waits until the client holds an event with id >= `id`. */
  async until(id: number): Promise<void> {
    await expect.poll(() => this.ids().at(-1) ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(id)
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.close()
    await this.closed
  }
}

/** Publishes a harmless, forwarded event (a trends snapshot) for everyone but counsellors; returns nothing. */
export function publishTrend(hub: Hub, n: number): void {
  hub.publish({ type: 'trends.updated', trends: { platform: `p${n}`, observedAt: new Date().toISOString(), sourceId: null, topics: [] } })
}

/** [from, from+1, …, to]. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/** A socket that records frames; `onSend` runs on each send. */
export class FakeSocket implements ClientSocket {
  readyState = 1
  bufferedAmount = 0
  readonly sent: Array<Record<string, unknown>> = []
  closedWith: number | null = null
  onSend: (() => void) | null = null
  send(frame: Buffer): void {
    this.sent.push(JSON.parse(frame.toString('utf8')) as Record<string, unknown>)
    this.onSend?.()
  }
  close(code: number): void {
    this.closedWith = code
    this.readyState = 3
  }
  ids(): number[] {
    return this.sent.filter((f) => typeof f.id === 'number').map((f) => f.id as number)
  }
}
