/**
 * GET /ws: the dashboard's live events, as JSON text frames. Each event goes
 * only to the roles that may read the same data over REST (alerts: admins and
 * the counsellor owning the watch; a case's events: admins, its owner and the
 * counsellors it is shared with). Resumable: reconnect with
 * `?since=<last event id>&epoch=<epoch of hello>`; when events cannot be
 * replayed the server sends `resync` and the client reloads over REST.
 */
import { z } from 'zod'
import { DateTime } from './common.js'
import { endpoint, other } from './endpoint.js'
import { FlagView } from './flags.js'
import { PostView } from './post-view.js'
import { SourceView } from './sources.js'
import { TakedownView } from './takedowns.js'
import { TrendSnapshot } from './trends.js'
import { AlertView } from './watches.js'
import { WaveView } from './waves.js'
import { SessionUser } from './auth.js'
import { caseFileViewSchema } from './cases.js'

/** What changed on a case (`case.updated`): fields, sharing, links, a referent alert, a URL reported into it or one of its captures. */
export const CASE_CHANGES = ['updated', 'shared', 'unshared', 'linked', 'unlinked', 'referent', 'intake'] as const
export type CaseChange = (typeof CASE_CHANGES)[number]

/** An event frame of some types with its payload: `{ id, at, type, ...payload }`. */
function frame<const T extends readonly [string, ...string[]], S extends z.ZodRawShape>(types: T, payload: S) {
  return z.strictObject({
    /** Increasing per server run (see hello's epoch); send the last one back as `since` to resume. */
    id: z.number().int(),
    /** When the server published it. */
    at: DateTime,
    type: z.enum(types),
    ...payload,
  })
}

/** Every event a dashboard can receive. */
export const WsEvent = z
  .discriminatedUnion('type', [
    frame(['wave.opened', 'wave.updated', 'wave.closed'], { wave: WaveView }),
    /** Posts newly linked to an open wave, in createdAt order. */
    frame(['wave.posts'], { waveId: z.number().int(), posts: z.array(PostView) }),
    /** A stored post the classifier marked hostile. */
    frame(['post.hostile'], { post: PostView }),
    frame(['alert.opened', 'alert.updated', 'alert.closed'], { alert: AlertView }),
    frame(['source.health'], { source: SourceView }),
    frame(['trends.updated'], { trends: TrendSnapshot }),
    frame(['flag.created', 'flag.updated'], { flag: FlagView }),
    /** `takedown.overdue`: past the hour and still online (« en retard »), an alert for the watch cell. */
    frame(['takedown.updated', 'takedown.overdue'], { takedown: TakedownView }),
    /** Only to those who see the case: its owner, the counsellors it is shared with, admins. */
    frame(['case.updated'], { caseId: z.number().int(), change: z.enum(CASE_CHANGES) }),
    frame(['case.file.added'], { caseId: z.number().int(), file: caseFileViewSchema }),
  ])
  .meta({ id: 'WsEvent' })
export type WsEvent = z.infer<typeof WsEvent>
/** The type names of events. */
export type WsEventType = WsEvent['type']
/** An event without its id and time: what the server publishes. */
export type WsEventBody = WsEvent extends infer E ? (E extends WsEvent ? Omit<E, 'id' | 'at'> : never) : never

/** Frames that are not events: hello first, resync when events were missed, pong to a ping. */
export const WsControl = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('hello'),
      /** Protocol version (2: epoch, resume, pong). */
      version: z.literal(2),
      /** Identifies this server run; resuming with another epoch gives a resync. */
      epoch: z.string(),
      /** The last event id published so far. */
      lastId: z.number().int(),
      user: SessionUser,
    }),
    z.strictObject({ type: z.literal('resync'), reason: z.string() }),
    z.strictObject({ type: z.literal('pong') }),
  ])
  .meta({ id: 'WsControl' })
export type WsControl = z.infer<typeof WsControl>

/** What the client may send: a ping (anything else is ignored; over 4 KiB closes the socket). */
export const WsClientFrame = z.strictObject({ type: z.literal('ping') }).meta({ id: 'WsClientFrame' })

/** Where to resume. A malformed value does not refuse the upgrade: the client gets hello, then resync. */
export const WsResumeQuery = z.object({
  since: z.string().regex(/^\d{1,15}$/).transform(Number).optional(),
  epoch: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
})

export const ws = endpoint({
  tag: 'ws',
  method: 'get',
  path: '/ws',
  summary: 'Évènements en direct (WebSocket), filtrés par rôle, avec reprise',
  description:
    'Passage en WebSocket (Upgrade: websocket) avec le cookie de session. Trames texte JSON : d’abord `hello` (WsControl), puis les évènements (WsEvent, `{ id, at, type, … }`), `resync` quand la reprise est impossible, `pong` en réponse à `{"type":"ping"}` (WsClientFrame).',
  query: WsResumeQuery,
  responses: { 101: other(null, 'Passage au protocole WebSocket ; trames WsEvent et WsControl.') },
  errors: { 404: 'requête sans « Upgrade: websocket »' },
  frames: { server: [WsEvent, WsControl], client: WsClientFrame },
})
