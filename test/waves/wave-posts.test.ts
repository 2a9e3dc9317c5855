/**
 * A wave's posts, all of them: GET /api/waves/:id gives the newest page and a
 * cursor, GET /api/waves/:id/posts the rest page by page (oldest first too),
 * and the wave's figures are the same in the list, in its detail and in its
 * posts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PostPage } from '../../contract/posts.js'
import type { WaveDetail, WaveList } from '../../contract/waves.js'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { harassmentScenario, T0 } from '../fixtures/harassment-scenario.js'

describe.each(DRIVERS)('wave posts, paged (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const res = await createApp(ctx).request(path, { headers: analyst.headers })
    return { status: res.status, body: (await res.json()) as T }
  }

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    for (const line of harassmentScenario().lines.filter((l) => Date.parse(l.createdAt) < T0 + 70 * 60_000)) {
      const r = parsePost({ ...line })
      if (r.ok) await ctx.pipeline.ingest(r.post)
    }
    await ctx.pipeline.flush()
  }, 120_000)
  afterAll(async () => {
    await ctx.close()
  })

  /** Every page of a wave's posts in `order`, with `limit` per page. */
  async function allPages(id: number, order: 'newest' | 'oldest', limit: number): Promise<PostPage['posts']> {
    const out: PostPage['posts'] = []
    let cursor: string | null = null
    do {
      const { status, body }: { status: number; body: PostPage } = await get<PostPage>(
        `/api/waves/${id}/posts?order=${order}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      expect(status).toBe(200)
      out.push(...body.posts)
      cursor = body.nextCursor
    } while (cursor)
    return out
  }

  it('reaches every post of the biggest wave, newest first from the detail on, and oldest first', async () => {
    const { body: list } = await get<WaveList>('/api/waves?status=all')
    const wave = [...list.waves].sort((a, b) => b.posts - a.posts)[0]!
    expect(wave.posts).toBeGreaterThan(50)

    const { body: detail } = await get<WaveDetail>(`/api/waves/${wave.id}`)
    expect(detail.posts).toHaveLength(50)
    expect(detail.postsCursor).not.toBeNull()
    const next = await get<PostPage>(`/api/waves/${wave.id}/posts?cursor=${encodeURIComponent(detail.postsCursor!)}&limit=200`)
    expect(next.body.posts[0]!.id).not.toBe(detail.posts.at(-1)!.id)

    const newest = await allPages(wave.id, 'newest', 37)
    const oldest = await allPages(wave.id, 'oldest', 50)
    // Every linked post once, in time order; the same set both ways.
    expect(new Set(newest.map((p) => p.id)).size).toBe(newest.length)
    expect(newest.map((p) => p.id)).toEqual(oldest.map((p) => p.id).reverse())
    expect(newest.slice(0, 50).map((p) => p.id)).toEqual(detail.posts.map((p) => p.id))
    for (let i = 1; i < oldest.length; i++) expect(oldest[i]!.createdAt >= oldest[i - 1]!.createdAt).toBe(true)
    // The oldest post is the wave's onset.
    expect(oldest[0]!.createdAt).toBe(detail.wave.onsetAt)

    // One set of figures: the list, the detail header and the posts themselves agree.
    expect(detail.wave.posts).toBe(wave.posts)
    expect(detail.wave.hostile).toBe(wave.hostile)
    expect(detail.wave.authors).toBe(wave.authors)
    expect(detail.wave.hostileShare).toBe(wave.hostileShare)
    expect(oldest.length).toBe(wave.posts)
    expect(oldest.filter((p) => p.harassment).length).toBe(wave.hostile)
    expect(new Set(oldest.map((p) => p.author)).size).toBe(wave.authors)
  })

  it('answers 404 for an unknown wave and 400 for a bad cursor', async () => {
    const missing = await get<{ error: { code: string } }>('/api/waves/999999/posts')
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('not_found')
    const { body: list } = await get<WaveList>('/api/waves?status=all')
    const bad = await get<{ error: { message: string } }>(`/api/waves/${list.waves[0]!.id}/posts?cursor=demain`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/cursor/)
  })
})
