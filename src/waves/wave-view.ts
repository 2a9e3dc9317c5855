/** The public shape of a wave, as served by the API, the hub and reports. */
import type { WaveView } from '../../contract/waves.js'
import type { WaveRow } from '../db/schema/index.js'

/** The wire shape (contract/waves.ts). */
export type { WaveView }

/** A wave's header figures, computed here only: the list, the detail, the hub and reports all show these. */
export function waveFigures(w: Pick<WaveRow, 'posts' | 'hostile' | 'authors'>): Pick<WaveView, 'posts' | 'hostile' | 'authors' | 'hostileShare'> {
  return {
    posts: w.posts,
    hostile: w.hostile,
    authors: w.authors,
    hostileShare: w.posts > 0 ? Math.round((w.hostile / w.posts) * 1000) / 1000 : 0,
  }
}

/** A wave row as its public view. */
export function waveView(w: WaveRow): WaveView {
  return {
    id: w.id,
    kind: w.kind === 'target' ? 'target' : 'hashtag',
    key: w.key,
    status: w.status as WaveView['status'],
    onsetAt: w.onsetAt.toISOString(),
    openedAt: w.openedAt.toISOString(),
    peakAt: w.peakAt.toISOString(),
    closedAt: w.closedAt?.toISOString() ?? null,
    score: Math.round(w.score * 1000) / 1000,
    ...waveFigures(w),
    reasons: w.reasons,
  }
}
