/** GET /api/trends?platform=&limit=: the latest trend snapshot of each platform. */
import { Hono } from 'hono'
import { z } from 'zod'
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

/** The trends route. */
export const trendRoutes = new Hono<AppEnv>().get('/api/trends', requireRole(ACCESS.trends), async (c) => {
  const q = parseQuery(c, querySchema)
  const opts: { platform?: string; limit: number } = { limit: q.limit }
  if (q.platform) opts.platform = q.platform
  return c.json({ trends: await latestTrends(c.var.ctx.database.db, opts) })
})
