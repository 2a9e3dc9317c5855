/**
 * A fake Jetstream: a `ws` server on 127.0.0.1 that keeps an event log,
 * replays it from the `cursor` query parameter (time_us, inclusive), then
 * pushes live events. Tests can cut every connection mid-stream.
 */
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

/** A running fake Jetstream. */
export interface FakeJetstream {
  /** ws://127.0.0.1:port/subscribe */
  url: string
  /** Every event emitted so far, in time_us order. */
  log: { timeUs: number; frame: string }[]
  /** Query strings of every connection made. */
  connections: URLSearchParams[]
  /** Appends events to the log and sends them to connected clients. */
  emit(events: (Record<string, unknown> | string)[]): void
  /** Sends a raw frame to clients without logging it (malformed input). */
  sendRaw(frame: string): void
  /** Cuts every open connection abruptly. */
  dropAll(): void
  /** Open connections. */
  clientCount(): number
  close(): Promise<void>
}

/** Starts a fake Jetstream server. */
export async function startFakeJetstream(): Promise<FakeJetstream> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/subscribe' })
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()))
  const { port } = wss.address() as AddressInfo
  const log: { timeUs: number; frame: string }[] = []
  const connections: URLSearchParams[] = []
  const clients = new Set<WebSocket>()

  wss.on('connection', (ws, req) => {
    const query = new URL(req.url ?? '/', 'ws://fake').searchParams
    connections.push(query)
    const cursor = query.get('cursor')
    if (cursor !== null) {
      const from = Number(cursor)
      for (const e of log) if (e.timeUs >= from) ws.send(e.frame)
    }
    clients.add(ws)
    ws.on('close', () => clients.delete(ws))
    ws.on('error', () => clients.delete(ws))
  })

  return {
    url: `ws://127.0.0.1:${port}/subscribe`,
    log,
    connections,
    emit(events) {
      for (const e of events) {
        const frame = typeof e === 'string' ? e : JSON.stringify(e)
        const timeUs = typeof e === 'string' ? 0 : Number(e.time_us)
        log.push({ timeUs, frame })
        for (const ws of clients) ws.send(frame)
      }
    },
    sendRaw(frame) {
      for (const ws of clients) ws.send(frame)
    },
    dropAll() {
      for (const ws of clients) ws.terminate()
      clients.clear()
    },
    clientCount: () => clients.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of clients) ws.terminate()
        wss.close(() => resolve())
      }),
  }
}
