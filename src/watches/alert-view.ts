/** The public shape of an alert. It carries the watch id, never the victim's name. */
import type { AlertView } from '../../contract/watches.js'
import type { AlertRow } from '../db/schema/index.js'

/** The wire shape (contract/watches.ts). */
export type { AlertView }

/** An alert row as its public view. */
export function alertView(a: AlertRow): AlertView {
  return {
    id: a.id,
    watchId: a.watchId,
    status: a.status === 'open' ? 'open' : 'closed',
    firstAt: a.firstAt.toISOString(),
    lastAt: a.lastAt.toISOString(),
    posts: a.posts,
    hostile: a.hostile,
    waveId: a.waveId,
  }
}
