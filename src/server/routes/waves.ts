/** GET /api/waves and GET /api/waves/:id — open and past waves, with their posts. */
import { and, desc, eq, ne, sql } from 'drizzle-orm'
import * as contract from '../../../contract/waves.js'
import { queryRows, type Database } from '../../db/client.js'
import { signalVariants, waves, type WaveRow } from '../../db/schema/index.js'
import { wavePostsPage } from '../../waves/wave-posts.js'
import { waveView } from '../../waves/wave-view.js'
import { ACCESS } from '../../auth/roles.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'

/** Minutes of history in each wave's sparkline, ending at the minute of its last post. */
export const SPARK_MINUTES = 30

/** Posts and hostile posts per minute (scenario time) over the last SPARK_MINUTES of a wave. */
export type WaveSpark = contract.WaveSpark

/** The sparklines of many waves in one query on the per-minute aggregates. */
async function sparklines(db: Database, rows: readonly WaveRow[]): Promise<Map<number, WaveSpark>> {
  const out = new Map<number, WaveSpark>()
  const starts = new Map<number, number>()
  for (const w of rows) {
    const end = Math.floor(w.lastPostAt.getTime() / 60_000) * 60_000
    const start = end - (SPARK_MINUTES - 1) * 60_000
    starts.set(w.id, start)
    out.set(w.id, { from: new Date(start).toISOString(), posts: new Array<number>(SPARK_MINUTES).fill(0), hostile: new Array<number>(SPARK_MINUTES).fill(0) })
  }
  if (rows.length === 0) return out
  const ids = sql.join(
    rows.map((w) => sql`${w.id}`),
    sql`, `,
  )
  const minutes = await queryRows<{ id: number; minute: Date | string; posts: number; hostile: number }>(
    db,
    sql`select w.id, m.minute, m.posts, m.hostile
        from waves w join signal_minutes m on m.kind = w.kind and m.key = w.key
        where w.id in (${ids})
          and m.minute > date_trunc('minute', w.last_post_at) - (interval '1 minute' * ${SPARK_MINUTES})
          and m.minute <= w.last_post_at`,
  )
  for (const m of minutes) {
    const spark = out.get(Number(m.id))
    const start = starts.get(Number(m.id))
    if (!spark || start === undefined) continue
    const i = Math.round((new Date(m.minute).getTime() - start) / 60_000)
    if (i < 0 || i >= SPARK_MINUTES) continue
    spark.posts[i] = m.posts
    spark.hostile[i] = m.hostile
  }
  return out
}

/** The waves routes. */
export const waveRoutes = routes(
  serve(contract.listWaves, ACCESS.waves, async (c, { query: q }) => {
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
    const sparks = await sparklines(db, rows)
    return reply(200, { waves: rows.map((w) => ({ ...waveView(w), spark: sparks.get(w.id) })) })
  }),
  serve(contract.listWavePosts, ACCESS.waves, async (c, { params, query }) => {
    const db = c.var.ctx.database.db
    const [wave] = await db.select({ id: waves.id }).from(waves).where(eq(waves.id, params.id))
    if (!wave) throw new ApiError(404, 'not_found', 'vague introuvable')
    return reply(200, await wavePostsPage(db, wave.id, query))
  }),
  serve(contract.getWave, ACCESS.waves, async (c, { params }) => {
    const db = c.var.ctx.database.db
    const [wave] = await db.select().from(waves).where(eq(waves.id, params.id))
    if (!wave) throw new ApiError(404, 'not_found', 'vague introuvable')
    const [timeline, topAuthors, variantRows, page] = await Promise.all([
      queryRows<{ minute: Date | string; posts: number; hostile: number }>(
        db,
        sql`select date_trunc('minute', p.created_at) as minute, count(*)::int as posts,
              (count(*) filter (where p.harassment))::int as hostile
            from wave_posts wp join posts p on p.id = wp.post_id
            where wp.wave_id = ${wave.id} group by 1 order by 1`,
      ),
      queryRows<{ author: string; posts: number; hostile: number }>(
        db,
        // One row per account (stable id), shown under its latest handle (a DID only when no handle is known).
        sql`select (array_agg(p.author order by p.author like 'did:%', p.created_at desc))[1] as author,
              count(*)::int as posts, (count(*) filter (where p.harassment))::int as hostile
            from wave_posts wp join posts p on p.id = wp.post_id
            where wp.wave_id = ${wave.id} group by coalesce(p.author_id, p.author) order by 2 desc, 1 limit 20`,
      ),
      db
        .select({ variant: signalVariants.variant, posts: signalVariants.posts })
        .from(signalVariants)
        .where(and(eq(signalVariants.kind, wave.kind), eq(signalVariants.key, wave.key))),
      wavePostsPage(db, wave.id, { order: 'newest', limit: contract.WAVE_DETAIL_POSTS }),
    ])
    return reply(200, {
      wave: { ...waveView(wave), stats: wave.stats },
      variants: variantRows,
      timeline: timeline.map((t) => ({ minute: new Date(t.minute).toISOString(), posts: t.posts, hostile: t.hostile })),
      topAuthors,
      posts: page.posts,
      postsCursor: page.nextCursor,
    })
  }),
)
