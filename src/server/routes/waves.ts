/** GET /api/waves and GET /api/waves/:id — open and past waves, with their posts. */
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { queryRows } from '../../db/client.js'
import { posts, signalVariants, wavePosts, waves } from '../../db/schema/index.js'
import { waveView } from '../../waves/wave-view.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseQuery } from '../validate.js'

const listQuery = z.object({
  status: z.enum(['open', 'closed', 'all'], { error: 'status : open, closed ou all' }).default('open'),
  kind: z.enum(['hashtag', 'target'], { error: 'kind : hashtag ou target' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

const idParam = z.coerce.number({ error: 'identifiant invalide' }).int().positive('identifiant invalide')

const canRead = requireRole(ACCESS.waves)

/** The waves routes. */
export const waveRoutes = new Hono<AppEnv>()
  .get('/api/waves', canRead, async (c) => {
    const q = parseQuery(c, listQuery)
    const db = c.var.ctx.database.db
    const rows = await db
      .select()
      .from(waves)
      .where(
        and(
          q.status === 'open' ? ne(waves.status, 'closed') : q.status === 'closed' ? eq(waves.status, 'closed') : undefined,
          q.kind ? eq(waves.kind, q.kind) : undefined,
        ),
      )
      .orderBy(desc(waves.score), desc(waves.id))
      .limit(q.limit)
    return c.json({ waves: rows.map(waveView) })
  })
  .get('/api/waves/:id', canRead, async (c) => {
    const parsed = idParam.safeParse(c.req.param('id'))
    if (!parsed.success) throw new ApiError(400, 'bad_request', 'identifiant de vague invalide')
    const db = c.var.ctx.database.db
    const [wave] = await db.select().from(waves).where(eq(waves.id, parsed.data))
    if (!wave) throw new ApiError(404, 'not_found', 'vague introuvable')
    const [timeline, topAuthors, variantRows, postRows] = await Promise.all([
      queryRows<{ minute: Date | string; posts: number; hostile: number }>(
        db,
        sql`select date_trunc('minute', p.created_at) as minute, count(*)::int as posts,
              (count(*) filter (where p.harassment))::int as hostile
            from wave_posts wp join posts p on p.id = wp.post_id
            where wp.wave_id = ${wave.id} group by 1 order by 1`,
      ),
      queryRows<{ author: string; posts: number; hostile: number }>(
        db,
        sql`select p.author, count(*)::int as posts, (count(*) filter (where p.harassment))::int as hostile
            from wave_posts wp join posts p on p.id = wp.post_id
            where wp.wave_id = ${wave.id} group by p.author order by 2 desc, 1 limit 20`,
      ),
      db
        .select({ variant: signalVariants.variant, posts: signalVariants.posts })
        .from(signalVariants)
        .where(and(eq(signalVariants.kind, wave.kind), eq(signalVariants.key, wave.key))),
      db
        .select()
        .from(posts)
        .where(inArray(posts.id, db.select({ id: wavePosts.postId }).from(wavePosts).where(eq(wavePosts.waveId, wave.id))))
        .orderBy(desc(posts.createdAt))
        .limit(200),
    ])
    return c.json({
      wave: { ...waveView(wave), stats: wave.stats },
      variants: variantRows,
      timeline: timeline.map((t) => ({ minute: new Date(t.minute).toISOString(), posts: t.posts, hostile: t.hostile })),
      topAuthors,
      posts: postRows.map((p) => ({
        id: p.id,
        platform: p.platform,
        externalId: p.externalId,
        url: p.url,
        author: p.author,
        text: p.text,
        createdAt: p.createdAt.toISOString(),
        score: p.score,
        harassment: p.harassment,
        categories: p.categories,
        evidence: p.evidence,
      })),
    })
  })
