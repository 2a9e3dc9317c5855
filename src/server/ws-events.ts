/**
 * What /ws forwards to dashboards, and to whom: a pure mapping from hub
 * events to wire events. Plain `post.stored` is not forwarded (far too many);
 * a stored post the classifier marked harassment becomes `post.hostile`.
 */
import { ACCESS, type Role } from '../auth/roles.js'
import type { HubEvent, HubMessage } from '../hub/hub.js'
import { storedPostView } from '../posts/post-view.js'

/** Roles that receive each forwarded type, as the REST API grants the same data. Alerts are handled apart. */
const ROLES_BY_TYPE: Readonly<Record<string, readonly Role[]>> = {
  'wave.opened': ACCESS.waves,
  'wave.updated': ACCESS.waves,
  'wave.closed': ACCESS.waves,
  'wave.posts': ACCESS.waves,
  'post.hostile': ACCESS.waves,
  'source.health': ACCESS.sourcesRead,
  'trends.updated': ACCESS.trends,
  'flag.created': ACCESS.flags,
  'flag.updated': ACCESS.flags,
  'takedown.updated': ACCESS.takedownsRead,
  'takedown.overdue': ACCESS.takedownsRead,
}

/** A hub event as it goes on the wire: its type, payload (without id/at) and who may receive it. */
export interface WireEvent {
  type: string
  payload: Record<string, unknown>
  /** Roles that receive it; alerts add their watch's owner. */
  roles: readonly Role[]
  /** For alerts: the watch whose owner also receives it. */
  alertWatchId: number | null
}

/** The wire event of a hub event, or null when dashboards do not get it. */
export function wireEventOf(event: HubEvent): WireEvent | null {
  if (event.type === 'post.stored') {
    if (!event.post.verdict.harassment) return null
    return { type: 'post.hostile', payload: { post: storedPostView(event.post) }, roles: ACCESS.waves, alertWatchId: null }
  }
  if (event.type === 'alert.opened' || event.type === 'alert.updated' || event.type === 'alert.closed') {
    return { type: event.type, payload: { alert: event.alert }, roles: ['admin'], alertWatchId: event.alert.watchId }
  }
  const roles = ROLES_BY_TYPE[event.type]
  if (!roles) return null
  const { type, ...payload } = event as { type: string } & Record<string, unknown>
  return { type, payload, roles, alertWatchId: null }
}

/** The JSON text of an event frame: `{id, at, type, ...payload}`. */
export function frameText(id: number, message: HubMessage, wire: WireEvent): string {
  return JSON.stringify({ id, at: message.at.toISOString(), type: wire.type, ...wire.payload })
}
