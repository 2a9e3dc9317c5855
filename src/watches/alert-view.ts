/** The public shape of an alert. It carries the watch id, never the victim's name. */
import type { AlertRow } from '../db/schema/index.js'

export interface AlertView {
  id: number
  watchId: number
  status: string
  firstAt: string
  lastAt: string
  posts: number
  hostile: number
  waveId: number | null
}

/** An alert row as its public view. */
export function alertView(a: AlertRow): AlertView {
  return {
    id: a.id,
    watchId: a.watchId,
    status: a.status,
    firstAt: a.firstAt.toISOString(),
    lastAt: a.lastAt.toISOString(),
    posts: a.posts,
    hostile: a.hostile,
    waveId: a.waveId,
  }
}
