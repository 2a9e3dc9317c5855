import { afterEach, describe, expect, it } from 'vitest'
import { createContext, type AppContext } from '../../src/context.js'
import { countPosts } from '../../src/posts/post-store.js'
import { parsePost } from '../../src/posts/post-input.js'
import { silentLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { Pipeline } from '../../src/pipeline/pipeline.js'
import { scorePost } from '../../src/pipeline/score.js'
import type { Post, StoredPost } from '../../src/types.js'
import { DRIVERS, freshDatabase, postLine, testConfig, testContext } from '../_util.js'

function post(fields: Record<string, unknown> = {}): Post {
  const r = parsePost(postLine(fields))
  if (!r.ok) throw new Error(r.reason)
  return r.post
}

describe.each(DRIVERS)('pipeline on %s', (driver) => {
  const open: AppContext[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()))
  })
  async function ctxFor(overrides = {}) {
    const ctx = await testContext(driver, { batchSize: 50 }, overrides)
    open.push(ctx)
    return ctx
  }

  it('stores posts in batches, publishes each new post once, and counts duplicates', async () => {
    const ctx = await ctxFor()
    const published: StoredPost[] = []
    ctx.hub.subscribe((m) => {
      if (m.event.type === 'post.stored') published.push(m.event.post)
    })
    const posts = Array.from({ length: 230 }, (_, i) => post({ id: `p${i}`, text: `message ${i} #anti2010` }))
    for (const p of posts) await ctx.pipeline.ingest(p)
    await ctx.pipeline.ingest(post({ id: 'p3' })) // duplicate in flight or stored
    await ctx.pipeline.flush()
    for (const p of posts.slice(0, 10)) await ctx.pipeline.ingest(p) // duplicates of stored posts
    await ctx.pipeline.flush()

    expect(await countPosts(ctx.database.db)).toBe(230)
    expect(ctx.pipeline.stats).toEqual({ received: 241, stored: 230, duplicates: 11, rejected: 0 })
    expect(published.map((p) => p.id)).toEqual(posts.map((p) => p.id))
    expect(published[0]?.dbId).toMatch(/^\d+$/)
    expect(published[0]?.hashtags).toEqual(['anti2010'])
    const metrics = await ctx.metrics.registry.metrics()
    expect(metrics).toContain('vigie_posts_ingested_total 230')
    expect(metrics).toContain('vigie_posts_duplicates_total 11')
    expect(metrics).toMatch(/vigie_ingest_publish_latency_seconds_count 230/)
  })

  it('publishes a batch as soon as it is stored while the stages of the previous ones still run, then runs them on every post, in order', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const staged: string[][] = []
    const { database, drop } = await freshDatabase(driver)
    const ctx = await createContext(testConfig(database), { log: silentLogger })
    try {
      const pipeline = new Pipeline({
        db: ctx.database.db,
        hub: ctx.hub,
        metrics: createMetrics(),
        score: scorePost,
        log: silentLogger,
        batchSize: 2,
        flushMs: 5,
        stages: [
          {
            name: 'lente',
            afterStore: async (posts) => {
              staged.push(posts.map((p) => p.id))
              if (staged.length === 1) await gate
            },
          },
        ],
      })
      const published: string[] = []
      ctx.hub.subscribe((m) => {
        if (m.event.type === 'post.stored') published.push(m.event.post.id)
      })
      for (const id of ['s1', 's2']) await pipeline.ingest(post({ id }))
      await expect.poll(() => staged).toEqual([['s1', 's2']])
      // The stage is stuck on the first batch: the next ones are stored and published all the same.
      for (const id of ['s3', 's4', 's5', 's6']) await pipeline.ingest(post({ id }))
      await expect.poll(() => published).toEqual(['s1', 's2', 's3', 's4', 's5', 's6'])
      expect(staged).toHaveLength(1)
      release()
      await pipeline.flush()
      // The batches that waited meanwhile run together, after the first, in order.
      expect(staged).toEqual([
        ['s1', 's2'],
        ['s3', 's4', 's5', 's6'],
      ])
    } finally {
      await ctx.close()
      await drop()
    }
  })

  it('stores every field of the post format', async () => {
    const ctx = await ctxFor()
    const p = post({
      id: 'full',
      url: 'https://bsky.app/profile/x/post/full',
      authorId: 'did:plc:abc',
      authorCreatedAt: '2026-10-30T08:00:00Z',
      text: 'Salut @lea.bsky.social 😀 a\u0000b',
      replyTo: 'at://did:plc:x/app.bsky.feed.post/1',
      langs: ['fr'],
    })
    await ctx.pipeline.ingest(p)
    await ctx.pipeline.flush()
    const [row] = await ctx.database.db.query.posts.findMany()
    expect(row).toMatchObject({
      platform: 'bluesky',
      externalId: 'full',
      url: 'https://bsky.app/profile/x/post/full',
      authorId: 'did:plc:abc',
      text: 'Salut @lea.bsky.social 😀 a\uFFFDb',
      mentions: ['lea.bsky.social'],
      replyTo: 'at://did:plc:x/app.bsky.feed.post/1',
      langs: ['fr'],
    })
    expect(row?.authorCreatedAt?.toISOString()).toBe('2026-10-30T08:00:00.000Z')
    expect(row?.createdAt.toISOString()).toBe('2026-11-01T10:00:00.000Z')
  })

  it('rejects a post the database refuses without losing the valid posts of its batch', async () => {
    const rejected: string[] = []
    const ctx = await ctxFor({ pipeline: { onRejected: (p: Post) => rejected.push(p.id) } })
    // Bypasses edge validation on purpose: PostgreSQL refuses NUL bytes in text.
    const bad: Post = { ...post({ id: 'bad' }), text: 'nul \u0000 byte' }
    const good = [post({ id: 'g1' }), post({ id: 'g2' })]
    await ctx.pipeline.ingest(good[0]!)
    await ctx.pipeline.ingest(bad)
    await ctx.pipeline.ingest(good[1]!)
    await ctx.pipeline.flush()
    expect(rejected).toEqual(['bad'])
    expect(ctx.pipeline.stats).toMatchObject({ stored: 2, rejected: 1, duplicates: 0 })
    expect(await countPosts(ctx.database.db)).toBe(2)
  })

  it('is idempotent across concurrent writers on the same database', async () => {
    const { database, drop } = await freshDatabase(driver)
    const cfg = testConfig(database, { batchSize: 20 })
    const a = await createContext(cfg, { log: silentLogger })
    // PostgreSQL: a second process-like context. PGlite belongs to one
    // process: a second pipeline writes through the same database handle.
    const b =
      driver === 'postgres'
        ? await createContext(cfg, { log: silentLogger })
        : {
            ...a,
            close: async () => {},
            pipeline: new Pipeline({
              db: a.database.db,
              hub: a.hub,
              metrics: createMetrics(),
              score: scorePost,
              log: silentLogger,
              batchSize: 20,
              flushMs: 5,
            }),
          }
    try {
      const posts = Array.from({ length: 300 }, (_, i) => post({ id: `c${i}` }))
      await Promise.all([
        (async () => {
          for (const p of posts) await a.pipeline.ingest(p)
          await a.pipeline.flush()
        })(),
        (async () => {
          for (const p of [...posts].reverse()) await b.pipeline.ingest(p)
          await b.pipeline.flush()
        })(),
      ])
      expect(await countPosts(a.database.db)).toBe(300)
      expect(a.pipeline.stats.stored + b.pipeline.stats.stored).toBe(300)
      expect(a.pipeline.stats.duplicates + b.pipeline.stats.duplicates).toBe(300)
    } finally {
      await b.close()
      await a.close()
      await drop()
    }
  })
})
