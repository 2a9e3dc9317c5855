/** The waves and alerts part of `vigie replay --report`. */
import { asc, eq } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { alerts, signalVariants, waves, watches } from '../db/schema/index.js'
import { waveFigures } from './wave-view.js'

/** One wave in the report. */
export interface WaveReport {
  kind: 'hashtag' | 'target'
  key: string
  variants: string[]
  openedAt: string
  peakAt: string
  score: number
  posts: number
  authors: number
  hostileShare: number
  reasons: string[]
}

/** One alert in the report. */
export interface AlertReport {
  watch: string
  firstAt: string
  posts: number
  hostile: number
}

/** Every wave, in opening order, with its hashtag variants. */
export async function reportWaves(db: Database): Promise<WaveReport[]> {
  const rows = await db.select().from(waves).orderBy(asc(waves.openedAt), asc(waves.id))
  const variants = await db.select().from(signalVariants).orderBy(asc(signalVariants.firstAt))
  return rows.map((w) => {
    const { posts, authors, hostileShare } = waveFigures(w)
    return {
      kind: w.kind === 'target' ? 'target' : 'hashtag',
      key: w.key,
      variants: variants.filter((v) => v.kind === w.kind && v.key === w.key).map((v) => v.variant),
      openedAt: w.openedAt.toISOString(),
      peakAt: w.peakAt.toISOString(),
      score: Math.round(w.score * 1000) / 1000,
      posts,
      authors,
      hostileShare,
      reasons: w.reasons,
    }
  })
}

/** Every alert, oldest first, with the watch's label. */
export async function reportAlerts(db: Database): Promise<AlertReport[]> {
  const rows = await db
    .select({ alert: alerts, label: watches.label })
    .from(alerts)
    .innerJoin(watches, eq(watches.id, alerts.watchId))
    .orderBy(asc(alerts.firstAt), asc(alerts.id))
  return rows.map(({ alert, label }) => ({
    watch: label,
    firstAt: alert.firstAt.toISOString(),
    posts: alert.posts,
    hostile: alert.hostile,
  }))
}
