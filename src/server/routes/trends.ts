/** GET /api/trends?platform=&limit=: the latest trend snapshot of each platform. */
import { sql } from 'drizzle-orm'
import * as contract from '../../../contract/trends.js'
import { queryRows, type Database } from '../../db/client.js'
import { latestTrends } from '../../sources/trend-store.js'
import { ACCESS } from '../../auth/roles.js'
import { reply, routes, serve } from '../endpoint.js'

/** Minutes of scenario time counted in our own hashtag ranking. */
export const OWN_TREND_MINUTES = 60

/** Our own hashtag counts: posts per canonical hashtag over the last hour of stored posts. */
export type OwnTrends = contract.OwnTrends

/**
 * Counts per folded key (variants grouped: #foot and #Foot are one tag), each
 * shown as people wrote it: the key's most used variant (ties: the first seen).
 */
async function ownTrends(db: Database, limit: number): Promise<OwnTrends> {
  const rows = await queryRows<{ key: string; written: string | null; posts: number; hostile: number; last: Date | string }>(
    db,
    sql`with last as (select max(minute) as at from signal_minutes where kind = 'hashtag'),
        counted as (
          select m.key, sum(m.posts)::int as posts, sum(m.hostile)::int as hostile, max(last.at) as last
          from signal_minutes m, last
          where m.kind = 'hashtag' and m.minute > last.at - (interval '1 minute' * ${OWN_TREND_MINUTES})
          group by m.key order by 2 desc, 1 limit ${limit})
        select c.key, c.posts, c.hostile, c.last,
          (select v.variant from signal_variants v where v.kind = 'hashtag' and v.key = c.key
            order by v.posts desc, v.first_at, v.variant limit 1) as written
        from counted c order by c.posts desc, c.key`,
  )
  const last = rows[0] ? new Date(rows[0].last) : null
  return {
    from: last ? new Date(last.getTime() - (OWN_TREND_MINUTES - 1) * 60_000).toISOString() : null,
    to: last ? new Date(last.getTime() + 60_000).toISOString() : null,
    tags: rows.map((r) => ({ tag: r.key, written: r.written ?? r.key, posts: r.posts, hostile: r.hostile })),
  }
}

/** The trends route: platform rankings, and our own counts per hashtag. */
export const trendRoutes = routes(
  serve(contract.getTrends, ACCESS.trends, async (c, { query: q }) => {
    const opts: { platform?: string; limit: number } = { limit: q.limit }
    if (q.platform) opts.platform = q.platform
    const { db } = c.var.ctx.database
    const [trends, ours] = await Promise.all([latestTrends(db, opts), ownTrends(db, q.limit)])
    return reply(200, { trends, ours })
  }),
)
