/**
 * Hints (Verdict.hints) at the edges: stored with the post (column `hints`), served in PostView
 * only for a post marked without evidence, and valid against the strict wire schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostView } from '../../contract/post-view.js'
import type { PostPage } from '../../contract/posts.js'
import { classify } from '../../classifiers/index.js'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { toRow } from '../../src/posts/post-store.js'
import { storedPostView } from '../../src/posts/post-view.js'
import { createApp } from '../../src/server/app.js'
import type { StoredPost } from '../../src/types.js'
import { DRIVERS, loginAs, postLine, testContext, type TestLogin } from '../_util.js'

const WEAK = '😡😡 putain de merde ce bus'
const MODEL = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
const EVIDENCE = 'Lea t’es une grosse conne, personne ne t’aime'
const PLAIN = 'Réunion des professeurs de lycée demain'

function stored(text: string): StoredPost {
  return {
    platform: 'bluesky', id: 'x1', dbId: '1', author: 'a.bsky.social', text, createdAt: new Date('2026-11-01T10:00:00Z'),
    hashtags: [], mentions: [], langs: ['fr'], seenAt: new Date(), verdict: classify(text, ['fr']),
  }
}

describe('hints on a scored post', () => {
  it('go into the stored row, empty for a post without them', () => {
    expect(toRow(stored(WEAK)).hints).toEqual([
      { kind: 'weak', match: 'putain', start: 5, end: 11 },
      { kind: 'weak', match: 'de merde', start: 12, end: 20 },
    ])
    expect(toRow(stored(PLAIN)).hints).toEqual([])
    expect(toRow(stored(EVIDENCE)).hints).toEqual([])
  })

  it('are in the wire view only when there are some, and the view stays valid', () => {
    const weak = storedPostView(stored(WEAK))
    expect(weak.hints?.map((h) => h.match)).toEqual(['putain', 'de merde'])
    expect(PostView.parse(weak)).toEqual(weak)
    for (const text of [PLAIN, EVIDENCE]) {
      const view = storedPostView(stored(text))
      expect('hints' in view, text).toBe(false)
      expect(PostView.parse(view)).toEqual(view)
    }
  })

  it('are refused by the wire schema when malformed (unknown kind, extra key)', () => {
    const weak = storedPostView(stored(WEAK))
    expect(PostView.safeParse({ ...weak, hints: [{ kind: 'lexicon', match: 'x', start: 0, end: 1 }] }).success).toBe(false)
    expect(PostView.safeParse({ ...weak, hints: [{ kind: 'weak', match: 'x', start: 0, end: 1, category: 'insult' }] }).success).toBe(false)
  })
})

describe.each(DRIVERS)('hints through the database (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    const lines = [WEAK, MODEL, EVIDENCE, PLAIN].map((text, i) => ({ id: `h${i}`, author: 'eleve.bsky.social', text, langs: ['fr'], createdAt: `2026-11-01T10:0${i}:00.000Z` }))
    for (const l of lines) {
      const parsed = parsePost(postLine(l))
      if (!parsed.ok) throw new Error(parsed.reason)
      await ctx.pipeline.ingest(parsed.post)
    }
    await ctx.pipeline.flush()
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('serves each post with the hints its verdict had, offsets into its text', async () => {
    const res = await createApp(ctx).request('/api/posts?author=eleve.bsky.social', { headers: analyst.headers })
    expect(res.status).toBe(200)
    const page = (await res.json()) as PostPage
    const byId = new Map(page.posts.map((p) => [p.externalId, PostView.parse(p)]))
    expect(byId.size).toBe(4)
    const weak = byId.get('h0')
    expect(weak?.harassment).toBe(true)
    expect(weak?.hints).toEqual(classify(WEAK, ['fr']).hints)
    const model = byId.get('h1')
    expect(model?.harassment).toBe(true)
    expect(model?.hints?.length).toBeGreaterThan(0)
    for (const p of [weak, model]) for (const h of p?.hints ?? []) expect(p?.text.slice(h.start, h.end)).toBe(h.match)
    expect(model?.hints?.every((h) => h.kind === 'model' && (h.weight ?? 0) > 0)).toBe(true)
    expect(byId.get('h2')?.evidence.length).toBeGreaterThan(0)
    expect(byId.get('h2')?.hints).toBeUndefined()
    expect(byId.get('h3')?.hints).toBeUndefined()
  })
})
