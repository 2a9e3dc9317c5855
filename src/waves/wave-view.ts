/** The public shape of a wave, as served by the API, the hub and reports. */
import type { WaveRow } from '../db/schema/index.js'

export interface WaveView {
  id: number
  kind: 'hashtag' | 'target'
  key: string
  status: string
  onsetAt: string
  openedAt: string
  peakAt: string
  closedAt: string | null
  score: number
  posts: number
  hostile: number
  authors: number
  hostileShare: number
  reasons: string[]
}

/** A wave row as its public view. */
export function waveView(w: WaveRow): WaveView {
  return {
    id: w.id,
    kind: w.kind === 'target' ? 'target' : 'hashtag',
    key: w.key,
    status: w.status,
    onsetAt: w.onsetAt.toISOString(),
    openedAt: w.openedAt.toISOString(),
    peakAt: w.peakAt.toISOString(),
    closedAt: w.closedAt?.toISOString() ?? null,
    score: Math.round(w.score * 1000) / 1000,
    posts: w.posts,
    hostile: w.hostile,
    authors: w.authors,
    hostileShare: w.posts > 0 ? Math.round((w.hostile / w.posts) * 1000) / 1000 : 0,
    reasons: w.reasons,
  }
}
