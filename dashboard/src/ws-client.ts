/**
 * The one WebSocket client: connects to /ws, remembers the last event id and
 * the server's epoch, reconnects with backoff asking `?since=&epoch=`, and on
 * `resync` (or a first connection) tells the screens to reload over REST.
 */
import type { WsEvent } from '../../contract/ws.js'

export type WsStatus = 'connecting' | 'live' | 'reconnecting' | 'stopped'

type EventListener = (e: WsEvent) => void

const PING_MS = 25_000
const PONG_TIMEOUT_MS = 10_000
const MAX_BACKOFF_MS = 15_000

export class WsClient {
  private ws: WebSocket | null = null
  private lastId: number | null = null
  private epoch: string | null = null
  private attempts = 0
  private stopped = true
  private retryTimer = 0
  private pingTimer = 0
  private pongTimer = 0
  private readonly eventListeners = new Set<EventListener>()
  private readonly resyncListeners = new Set<() => void>()
  private readonly statusListeners = new Set<(s: WsStatus) => void>()
  status: WsStatus = 'stopped'
  /** Checked before each retry: false (session gone) stops reconnecting. */
  sessionAlive: () => Promise<boolean> = async () => true
  /** Server speaks protocol 2 (epoch, resume, pong). */
  private v2 = false

  /** Called for every new event, in id order, never twice. */
  onEvent(fn: EventListener): () => void {
    this.eventListeners.add(fn)
    return () => this.eventListeners.delete(fn)
  }

  /** Called when events may have been missed: reload state over REST. */
  onResync(fn: () => void): () => void {
    this.resyncListeners.add(fn)
    return () => this.resyncListeners.delete(fn)
  }

  onStatus(fn: (s: WsStatus) => void): void {
    this.statusListeners.add(fn)
    fn(this.status)
  }

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.lastId = null
    this.epoch = null
    this.attempts = 0
    this.connect()
  }

  stop(): void {
    this.stopped = true
    window.clearTimeout(this.retryTimer)
    this.clearPing()
    const ws = this.ws
    this.ws = null
    ws?.close(1000, 'déconnexion')
    this.setStatus('stopped')
  }

  private setStatus(s: WsStatus): void {
    if (this.status === s) return
    this.status = s
    for (const fn of this.statusListeners) fn(s)
  }

  private url(): string {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:'
    const resume = this.lastId !== null && this.epoch !== null
    const q = resume ? `?since=${encodeURIComponent(String(this.lastId))}&epoch=${encodeURIComponent(this.epoch ?? '')}` : ''
    return `${proto}//${location.host}/ws${q}`
  }

  private connect(): void {
    if (this.stopped) return
    this.setStatus(this.attempts === 0 && this.lastId === null ? 'connecting' : 'reconnecting')
    const resuming = this.lastId !== null && this.epoch !== null
    let ws: WebSocket
    try {
      ws = new WebSocket(this.url())
    } catch {
      this.scheduleRetry()
      return
    }
    this.ws = ws
    let helloLastId: number | null = null
    ws.addEventListener('message', (msg) => {
      if (this.ws !== ws || typeof msg.data !== 'string') return
      let frame: { type?: unknown; id?: unknown; epoch?: unknown; lastId?: unknown }
      try {
        frame = JSON.parse(msg.data) as typeof frame
      } catch {
        return
      }
      if (frame.type === 'hello') {
        this.attempts = 0
        helloLastId = typeof frame.lastId === 'number' ? frame.lastId : null
        this.v2 = typeof (frame as { version?: unknown }).version === 'number' && (frame as { version: number }).version >= 2
        if (typeof frame.epoch === 'string') this.epoch = frame.epoch
        this.setStatus('live')
        this.startPing(ws)
        // A first connection may have missed events since the screens loaded: reload. When resuming,
        // a protocol-2 server replays what was missed or sends `resync`; an older one cannot: reload.
        if (!resuming || !this.v2) {
          this.lastId = helloLastId
          this.emitResync()
        }
        return
      }
      if (frame.type === 'resync') {
        this.lastId = helloLastId
        this.emitResync()
        return
      }
      if (frame.type === 'pong') {
        window.clearTimeout(this.pongTimer)
        return
      }
      if (typeof frame.id !== 'number' || typeof frame.type !== 'string') return
      if (this.lastId !== null && frame.id <= this.lastId) return
      this.lastId = frame.id
      const event = frame as unknown as WsEvent
      for (const fn of this.eventListeners) {
        try {
          fn(event)
        } catch (err) {
          console.error('ws listener failed', err)
        }
      }
    })
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return
      this.ws = null
      this.clearPing()
      this.scheduleRetry()
    })
    ws.addEventListener('error', () => {
      // 'close' follows and schedules the retry.
    })
  }

  private emitResync(): void {
    for (const fn of this.resyncListeners) {
      try {
        fn()
      } catch (err) {
        console.error('resync listener failed', err)
      }
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return
    this.setStatus('reconnecting')
    const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempts)
    this.attempts++
    const delay = base / 2 + Math.random() * (base / 2)
    window.clearTimeout(this.retryTimer)
    this.retryTimer = window.setTimeout(() => {
      this.sessionAlive().then(
        (alive) => (alive ? this.connect() : this.stop()),
        () => this.connect(),
      )
    }, delay)
  }

  private startPing(ws: WebSocket): void {
    this.clearPing()
    this.pingTimer = window.setInterval(() => {
      if (ws.readyState !== WebSocket.OPEN) return
      ws.send(JSON.stringify({ type: 'ping' }))
      if (!this.v2) return
      window.clearTimeout(this.pongTimer)
      this.pongTimer = window.setTimeout(() => ws.close(4000, 'pas de réponse'), PONG_TIMEOUT_MS)
    }, PING_MS)
  }

  private clearPing(): void {
    window.clearInterval(this.pingTimer)
    window.clearTimeout(this.pongTimer)
  }
}

/** The application's client. */
export const ws = new WsClient()
