/** GET /ws: hub events pushed to dashboards as JSON, one message per event, filtered per user. */
import { upgradeWebSocket } from '@hono/node-server'
import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { WSContext } from 'hono/ws'
import type { AppContext } from '../context.js'
import { watches } from '../db/schema/index.js'
import type { HubMessage } from '../hub/hub.js'
import { sessionOf } from './auth.js'
import type { AppEnv } from './env.js'

/** A client this far behind (bytes queued) is disconnected rather than slowing the server. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

/** What is sent to clients for each hub message. */
export function wireMessage(m: HubMessage): string {
  return JSON.stringify({ id: m.id, at: m.at.toISOString(), ...m.event })
}

/**
 * Decides per connection whether an alert event may be sent: admins get all,
 * counsellors those of their own watches (owner looked up once per watch), others none.
 */
function alertFilter(ctx: AppContext, user: { id: number; role: string }): (watchId: number) => Promise<boolean> {
  if (user.role === 'admin') return async () => true
  if (user.role !== 'counsellor') return async () => false
  const owners = new Map<number, Promise<number | null>>()
  return async (watchId) => {
    let owner = owners.get(watchId)
    if (!owner) {
      owner = ctx.database.db
        .select({ ownerId: watches.ownerId })
        .from(watches)
        .where(eq(watches.id, watchId))
        .then(([row]) => row?.ownerId ?? null)
      owners.set(watchId, owner) // a watch never changes owner
    }
    return (await owner) === user.id
  }
}

/** The WebSocket handler bound to a context; the session middleware has run before it. */
export function wsHandler(ctx: AppContext) {
  return upgradeWebSocket((c: Context<AppEnv>) => {
    const { user } = sessionOf(c)
    const mayReceiveAlert = alertFilter(ctx, user)
    let unsubscribe: (() => void) | undefined
    return {
      onOpen(_event, ws: WSContext) {
        ctx.metrics.wsClients.inc()
        const send = (m: HubMessage) => {
          const raw = ws.raw as { bufferedAmount?: number } | undefined
          if ((raw?.bufferedAmount ?? 0) > MAX_BUFFERED_BYTES) {
            ws.close(1013, 'client trop lent')
            return
          }
          if (ws.readyState === 1) ws.send(wireMessage(m))
        }
        unsubscribe = ctx.hub.subscribe((m) => {
          if (!m.event.type.startsWith('alert.')) return send(m)
          if (!('alert' in m.event)) return
          mayReceiveAlert(m.event.alert.watchId).then(
            (ok) => ok && send(m),
            (err: unknown) => ctx.log.error({ err }, 'ws alert filter failed'),
          )
        })
        ws.send(JSON.stringify({ type: 'hello', version: 1, user: { id: user.id, name: user.name, role: user.role } }))
      },
      onClose() {
        unsubscribe?.()
        unsubscribe = undefined
        ctx.metrics.wsClients.dec()
      },
    }
  })
}
