/**
 * GET /ws and GET /ws?since=<lastEventId>&epoch=<epoch>: dashboard events as
 * JSON text frames, filtered per user, resumable without a silent gap (see
 * ws-broadcaster.ts). The session middleware has run before the upgrade.
 *
 * A malformed `since`/`epoch` does not refuse the upgrade (a browser cannot
 * read the status of a refused WebSocket and would retry forever): the client
 * gets hello, then `{"type":"resync","reason":"invalid"}`, then live events.
 */
import { upgradeWebSocket } from '@hono/node-server'
import type { Context } from 'hono'
import type { WSContext } from 'hono/ws'
import { WsResumeQuery } from '../../contract/ws.js'
import type { AppContext } from '../context.js'
import { sessionOf } from './auth.js'
import type { AppEnv } from './env.js'
import { broadcasterFor, type ClientSocket, type ResumeRequest, type WsClient } from './ws-broadcaster.js'

/** Largest client frame accepted (clients only send pings); larger ones close the socket. */
export const WS_MAX_PAYLOAD = 4 * 1024

/** The resume request of the query string: none, a resume point, or invalid. */
export function resumeRequest(query: { since?: string | undefined; epoch?: string | undefined }): ResumeRequest {
  if (query.since === undefined && query.epoch === undefined) return { kind: 'none' }
  const parsed = WsResumeQuery.safeParse(query)
  if (!parsed.success) return { kind: 'invalid' }
  // A resume without the epoch cannot be checked against this server run: resync.
  return { kind: 'resume', since: parsed.data.since ?? 0, epoch: parsed.data.epoch ?? '' }
}

/** The parts of a `ws` WebSocket used here. */
interface RawWebSocket {
  readyState: number
  bufferedAmount: number
  send(data: Buffer, options: { binary: boolean }): void
  close(code: number, reason: string): void
  /** The TCP socket (ws keeps it there); used only to cork bursts of frames. */
  _socket?: { cork(): void; uncork(): void } | null
}

function clientSocket(ws: WSContext): ClientSocket {
  const raw = ws.raw as RawWebSocket | undefined
  if (!raw) {
    return {
      get readyState() {
        return ws.readyState
      },
      bufferedAmount: 0,
      send: (frame) => ws.send(frame.toString('utf8')),
      close: (code, reason) => ws.close(code, reason),
    }
  }
  const tcp = raw._socket ?? null
  return {
    get readyState() {
      return raw.readyState
    },
    get bufferedAmount() {
      return raw.bufferedAmount
    },
    send: (frame) => raw.send(frame, { binary: false }),
    close: (code, reason) => raw.close(code, reason),
    ...(tcp ? { cork: () => tcp.cork(), uncork: () => tcp.uncork() } : {}),
  }
}

/** Answers a client frame: `{"type":"ping"}` gets a pong; anything else is ignored. */
function onClientFrame(data: unknown, ws: WSContext): void {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0
  if (size > WS_MAX_PAYLOAD) {
    ws.close(1009, 'message trop gros')
    return
  }
  if (typeof data !== 'string') return
  let message: unknown
  try {
    message = JSON.parse(data)
  } catch {
    return
  }
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping') {
    ws.send('{"type":"pong"}')
  }
}

/** The WebSocket handler bound to a context. */
export function wsHandler(ctx: AppContext) {
  const broadcaster = broadcasterFor({
    db: ctx.database.db,
    hub: ctx.hub,
    log: ctx.log.child({ sub: 'ws' }),
    metrics: ctx.metrics,
    ...(ctx.sharedEvents ? { shared: ctx.sharedEvents } : {}),
  })
  return upgradeWebSocket((c: Context<AppEnv>) => {
    const { user, tokenHash } = sessionOf(c)
    const resume = resumeRequest({ since: c.req.query('since'), epoch: c.req.query('epoch') })
    let client: WsClient | undefined
    return {
      onOpen(_event, ws: WSContext) {
        client = { user: { id: user.id, name: user.name, role: user.role }, tokenHash, socket: clientSocket(ws) }
        broadcaster.connect(client, resume)
      },
      onMessage(event, ws: WSContext) {
        onClientFrame(event.data, ws)
      },
      onClose() {
        if (client) broadcaster.disconnect(client)
        client = undefined
      },
    }
  })
}
