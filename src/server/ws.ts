/** GET /ws: hub events pushed to dashboards as JSON, one message per event. */
import { upgradeWebSocket } from '@hono/node-server'
import type { WSContext } from 'hono/ws'
import type { AppContext } from '../context.js'
import type { HubMessage } from '../hub/hub.js'

/** A client this far behind (bytes queued) is disconnected rather than slowing the server. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

/** What is sent to clients for each hub message. */
export function wireMessage(m: HubMessage): string {
  return JSON.stringify({ id: m.id, at: m.at.toISOString(), ...m.event })
}

/** The WebSocket handler bound to a context. */
export function wsHandler(ctx: AppContext) {
  return upgradeWebSocket(() => {
    let unsubscribe: (() => void) | undefined
    return {
      onOpen(_event, ws: WSContext) {
        ctx.metrics.wsClients.inc()
        unsubscribe = ctx.hub.subscribe((m) => {
          const raw = ws.raw as { bufferedAmount?: number } | undefined
          if ((raw?.bufferedAmount ?? 0) > MAX_BUFFERED_BYTES) {
            ws.close(1013, 'client trop lent')
            return
          }
          ws.send(wireMessage(m))
        })
        ws.send(JSON.stringify({ type: 'hello', version: 1 }))
      },
      onClose() {
        unsubscribe?.()
        unsubscribe = undefined
        ctx.metrics.wsClients.dec()
      },
    }
  })
}
