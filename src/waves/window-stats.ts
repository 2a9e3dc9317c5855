/** Reads the window figures of many (signal, scenario time) pairs in two queries. */
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../db/client.js'

/** Length of the detection window, in minutes of scenario time. */
export const WINDOW_MINUTES = 10
/** Length of the baseline period before the window, for hashtags (a tag's recent rate). */
export const BASELINE_MINUTES = 60
/** For targets: a day, the account's usual attention (replies and mentions). */
export const TARGET_BASELINE_MINUTES = 1440

/** The baseline length used for a kind of signal. */
export function baselineMinutesFor(kind: string): number {
  return kind === 'target' ? TARGET_BASELINE_MINUTES : BASELINE_MINUTES
}

/** Minutes in each half of the phase comparison (see `recentPosts`). */
export const PHASE_MINUTES = 5

/** Raw figures of one signal at one time. */
export interface SignalFigures {
  posts: number
  hostile: number
  baselinePosts: number
  baselineHostile: number
  authors: number
  hostileAuthors: number
  newAccountAuthors: number
  newHostileAuthors: number
  /**
   * Posts in the last PHASE_MINUTES full minutes before the current one, and
   * in the PHASE_MINUTES before those: the wave's own curve, in scenario time.
   */
  recentPosts: number
  previousPosts: number
  /** Busiest minute in the window and its posts. */
  peakMinute: Date | null
  peakPosts: number
}

/** A signal asked about at a scenario time. */
export interface FigureRequest {
  kind: string
  key: string
  now: Date
}

const emptyFigures = (): SignalFigures => ({
  posts: 0,
  hostile: 0,
  baselinePosts: 0,
  baselineHostile: 0,
  authors: 0,
  hostileAuthors: 0,
  newAccountAuthors: 0,
  newHostileAuthors: 0,
  recentPosts: 0,
  previousPosts: 0,
  peakMinute: null,
  peakPosts: 0,
})

/**
 * Figures for each request, in request order. Only minutes up to each
 * request's time and authors first seen by then are counted, so a batch
 * written at once can be assessed slice by slice.
 */
export async function readFigures(db: Database, requests: readonly FigureRequest[]): Promise<SignalFigures[]> {
  const out = requests.map(emptyFigures)
  if (requests.length === 0) return out
  const json = JSON.stringify(
    requests.map((r, i) => ({ i, kind: r.kind, key: r.key, now: r.now.toISOString(), span: WINDOW_MINUTES + baselineMinutesFor(r.kind) })),
  )
  const window = sql`(interval '1 minute' * ${WINDOW_MINUTES})`
  const half = sql`(interval '1 minute' * ${PHASE_MINUTES})`
  const requested = sql`select * from jsonb_to_recordset(${json}::jsonb) as x(i int, kind text, key text, now timestamptz, span int)`
  const [minutes, authors] = await Promise.all([
    queryRows<{
      i: number; posts: number; hostile: number; baseline: number; baseline_hostile: number; recent: number; previous: number
      peak_minute: Date | string | null; peak_posts: number
    }>(
      db,
      sql`with k as (${requested}),
          m as (
            select k.i, m.minute, m.posts, m.hostile, m.minute > k.now - ${window} as in_window,
              date_trunc('minute', k.now) as current
            from k join signal_minutes m on m.kind = k.kind and m.key = k.key
            where m.minute > k.now - interval '1 minute' * k.span and m.minute <= k.now
              -- A target's normal leaves out its earlier pile-ons: being attacked yesterday must not make today's attack « usual ».
              and (k.kind <> 'target' or m.minute > k.now - ${window} or not exists (
                select 1 from waves w where w.kind = k.kind and w.key = k.key
                  and m.minute >= date_trunc('minute', w.onset_at) and m.minute <= w.last_post_at))
          )
          select i,
            coalesce(sum(posts) filter (where in_window), 0)::int as posts,
            coalesce(sum(hostile) filter (where in_window), 0)::int as hostile,
            coalesce(sum(posts) filter (where not in_window), 0)::int as baseline,
            coalesce(sum(hostile) filter (where not in_window), 0)::int as baseline_hostile,
            coalesce(sum(posts) filter (where minute < current and minute >= current - ${half}), 0)::int as recent,
            coalesce(sum(posts) filter (where minute < current - ${half} and minute >= current - 2 * ${half}), 0)::int as previous,
            (array_agg(minute order by posts desc, minute) filter (where in_window))[1] as peak_minute,
            coalesce(max(posts) filter (where in_window), 0)::int as peak_posts
          from m group by i`,
    ),
    queryRows<{ i: number; authors: number; hostile_authors: number; new_authors: number; new_hostile_authors: number }>(
      db,
      sql`with k as (${requested})
          select k.i, count(*)::int as authors,
            (count(*) filter (where a.hostile_at > k.now - ${window}))::int as hostile_authors,
            (count(*) filter (where a.new_account))::int as new_authors,
            (count(*) filter (where a.new_account and a.hostile_at > k.now - ${window}))::int as new_hostile_authors
          from k join signal_authors a on a.kind = k.kind and a.key = k.key
          where a.last_at > k.now - ${window} and a.first_at <= k.now
          group by k.i`,
    ),
  ])
  for (const r of minutes) {
    const f = out[Number(r.i)]
    if (!f) continue
    f.posts = Number(r.posts)
    f.hostile = Number(r.hostile)
    f.baselinePosts = Number(r.baseline)
    f.baselineHostile = Number(r.baseline_hostile)
    f.recentPosts = Number(r.recent)
    f.previousPosts = Number(r.previous)
    f.peakMinute = r.peak_minute === null ? null : new Date(r.peak_minute)
    f.peakPosts = Number(r.peak_posts)
  }
  for (const r of authors) {
    const f = out[Number(r.i)]
    if (!f) continue
    f.authors = Number(r.authors)
    f.hostileAuthors = Number(r.hostile_authors)
    f.newAccountAuthors = Number(r.new_authors)
    f.newHostileAuthors = Number(r.new_hostile_authors)
  }
  return out
}
