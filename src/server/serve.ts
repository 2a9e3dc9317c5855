/** Starts the HTTP + WebSocket server on one port. */
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import type { AppContext } from '../context.js'
import { createApp } from './app.js'
import { WS_MAX_PAYLOAD } from './ws.js'

/** A listening server. */
export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Listens on `cfg.host:cfg.port` (port 0 picks a free one). */
export async function startServer(ctx: AppContext): Promise<RunningServer> {
  const app = createApp(ctx)
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD })
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port: ctx.cfg.port, hostname: ctx.cfg.host, websocket: { server: wss } },
      () => resolve(s),
    )
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const host = ctx.cfg.host.includes(':') ? `[${ctx.cfg.host}]` : ctx.cfg.host
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  }
}
