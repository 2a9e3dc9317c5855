/**
 * What /ws forwards to dashboards, and to whom: a pure mapping from hub
 * events to the wire events of contract/ws.ts. Plain `post.stored` is not
 * forwarded (far too many); a stored post the classifier marked harassment
 * becomes `post.hostile`.
 */
import type { WsEventBody, WsEventType } from '../../contract/ws.js'
import { ACCESS, type Role } from '../auth/roles.js'
import type { HubEvent, HubMessage } from '../hub/hub.js'
import { storedPostView } from '../posts/post-view.js'
import { frameWithId } from './ws-journal.js'

/** Roles that receive each forwarded type, as the REST API grants the same data. Alerts are handled apart. */
const ROLES_BY_TYPE: Readonly<Record<Exclude<WsEventType, `alert.${string}` | `case.${string}`>, readonly Role[]>> = {
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
  type: WsEventType
  payload: Record<string, unknown>
  /** Roles that receive it; alerts add their watch's owner. */
  roles: readonly Role[]
  /** For alerts: the watch whose owner also receives it. */
  alertWatchId: number | null
  /** For case events: the case whose owner and shared counsellors also receive it (looked up when sent: sharing changes). */
  caseId: number | null
}

/** A contract event body split into type and payload. */
function wire(body: WsEventBody, roles: readonly Role[], alertWatchId: number | null = null, caseId: number | null = null): WireEvent {
  const { type, ...payload } = body
  return { type, payload, roles, alertWatchId, caseId }
}

/** The wire event of a hub event, or null when dashboards do not get it. */
export function wireEventOf(event: HubEvent): WireEvent | null {
  switch (event.type) {
    case 'post.stored':
      return event.post.verdict.harassment ? wire({ type: 'post.hostile', post: storedPostView(event.post) }, ACCESS.waves) : null
    case 'alert.opened':
    case 'alert.updated':
    case 'alert.closed':
      return wire(event, ['admin'], event.alert.watchId)
    case 'case.updated':
    case 'case.file.added':
      return wire(event, ['admin'], null, event.caseId)
    case 'session.ended':
      return null
    default:
      return wire(event, ROLES_BY_TYPE[event.type])
  }
}

/** The JSON text of an event frame without its id: `{at, type, ...payload}` (the cluster's journal numbers it in the database). */
export function frameBody(message: HubMessage, wire: WireEvent): string {
  return JSON.stringify({ at: message.at.toISOString(), type: wire.type, ...wire.payload })
}

/** The JSON text of an event frame: `{id, at, type, ...payload}`. */
export function frameText(id: number, message: HubMessage, wire: WireEvent): string {
  return frameWithId(id, frameBody(message, wire))
}
