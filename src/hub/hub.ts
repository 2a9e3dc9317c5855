/**
 * The in-process event hub: the pipeline and the services publish typed
 * events, the WebSocket and later features subscribe.
 */
import type { CaseFileView } from '../../contract/cases.js'
import type { CaseChange } from '../../contract/ws.js'
import type { Logger } from '../logger.js'
import type { FlagView, TakedownView } from '../moderation/views.js'
import type { PostView } from '../posts/post-view.js'
import type { SourceView } from '../sources/source-view.js'
import type { TrendSnapshot } from '../sources/trend-store.js'
import type { StoredPost } from '../types.js'
import type { AlertView } from '../watches/alert-view.js'
import type { WaveView } from '../waves/wave-view.js'

/** Every event the hub carries. Later features add their variants here. */
export type HubEvent =
  | { type: 'post.stored'; post: StoredPost }
  | { type: 'wave.opened' | 'wave.updated' | 'wave.closed'; wave: WaveView }
  /** Posts newly linked to an open wave (in createdAt order). */
  | { type: 'wave.posts'; waveId: number; posts: PostView[] }
  /** Sessions ended (logout, user disabled or changed): their WebSockets are closed. Never sent to clients. */
  | { type: 'session.ended'; tokenHash?: string; userId?: number }
  | { type: 'alert.opened' | 'alert.updated' | 'alert.closed'; alert: AlertView }
  | { type: 'source.health'; source: SourceView }
  | { type: 'trends.updated'; trends: TrendSnapshot }
  | { type: 'flag.created' | 'flag.updated'; flag: FlagView }
  | { type: 'takedown.updated'; takedown: TakedownView }
  /** A request past the hour with the content still up (« en retard »): an alert for the watch cell. */
  | { type: 'takedown.overdue'; takedown: TakedownView }
  /** A case changed (ids and the kind of change only); sent to those who see the case. */
  | { type: 'case.updated'; caseId: number; change: CaseChange }
  | { type: 'case.file.added'; caseId: number; file: CaseFileView }

/** An event as delivered: with a monotonic id and the time it was published. */
export interface HubMessage {
  id: number
  at: Date
  event: HubEvent
}

export type HubListener = (message: HubMessage) => void

/** A synchronous fan-out to listeners; a failing listener never stops the others. */
export class Hub {
  private nextId = 1
  private readonly listeners = new Set<HubListener>()

  constructor(private readonly log: Logger) {}

  /** Publishes one event to every listener; returns its message. */
  publish(event: HubEvent): HubMessage {
    const message: HubMessage = { id: this.nextId++, at: new Date(), event }
    for (const listener of this.listeners) {
      try {
        listener(message)
      } catch (err) {
        this.log.error({ err, type: event.type }, 'hub listener failed')
      }
    }
    return message
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Number of listeners, for metrics and tests. */
  get size(): number {
    return this.listeners.size
  }
}
