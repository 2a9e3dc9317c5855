/** GET /api/trends?platform=&limit=: the latest trend snapshot of each platform. */
import { Hono } from 'hono'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { queryRows, type Database } from '../../db/client.js'
import { latestTrends } from '../../sources/trend-store.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { parseQuery } from '../validate.js'

const querySchema = z.object({
  platform: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'plateforme invalide (ex. « bluesky », « mastodon »)')
    .optional(),
  limit: z.coerce
    .number({ error: 'limit doit être un nombre' })
    .int('limit doit être un entier')
    .min(1, 'limit doit valoir au moins 1')
    .max(100, 'limit doit valoir au plus 100')
    .default(25),
})

/** Minutes of scenario time counted in our own hashtag ranking. */
export const OWN_TREND_MINUTES = 60

/** Our own hashtag counts: posts per canonical hashtag over the last hour of stored posts. */
export interface OwnTrends {
  /** Start and end of the counted window (scenario time); null when nothing was counted yet. */
  from: string | null
  to: string | null
  tags: Array<{ tag: string; posts: number; hostile: number }>
}

async function ownTrends(db: Database, limit: number): Promise<OwnTrends> {
  const rows = await queryRows<{ key: string; posts: number; hostile: number; last: Date | string }>(
    db,
    sql`with last as (select max(minute) as at from signal_minutes where kind = 'hashtag')
        select m.key, sum(m.posts)::int as posts, sum(m.hostile)::int as hostile, max(last.at) as last
        from signal_minutes m, last
        where m.kind = 'hashtag' and m.minute > last.at - (interval '1 minute' * ${OWN_TREND_MINUTES})
        group by m.key order by 2 desc, 1 limit ${limit}`,
  )
  const last = rows[0] ? new Date(rows[0].last) : null
  return {
    from: last ? new Date(last.getTime() - (OWN_TREND_MINUTES - 1) * 60_000).toISOString() : null,
    to: last ? new Date(last.getTime() + 60_000).toISOString() : null,
    tags: rows.map((r) => ({ tag: r.key, posts: r.posts, hostile: r.hostile })),
  }
}

/** The trends route: platform rankings, and our own counts per hashtag. */
export const trendRoutes = new Hono<AppEnv>().get('/api/trends', requireRole(ACCESS.trends), async (c) => {
  const q = parseQuery(c, querySchema)
  const opts: { platform?: string; limit: number } = { limit: q.limit }
  if (q.platform) opts.platform = q.platform
  const { db } = c.var.ctx.database
  const [trends, ours] = await Promise.all([latestTrends(db, opts), ownTrends(db, q.limit)])
  return c.json({ trends, ours })
})
