/**
 * GET /api/posts on both drivers: French full text without accents or case
 * (« eleve » finds « élève »), phrases, exclusion, hashtags, authors,
 * mentions, period, hostile, category, clear French errors, and keyset pages
 * that stay stable while new posts arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PostPage } from '../../contract/posts.js'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, postLine, testContext, type TestLogin } from '../_util.js'

const POSTS = [
  { id: 's1', author: 'lea.bsky.social', text: 'Les élèves de 3eB sont vraiment géniaux #Lycée', createdAt: '2026-11-01T10:00:00.000Z' },
  { id: 's2', author: 'tom.bsky.social', text: 'Un ELEVE a perdu son sac au gymnase', createdAt: '2026-11-01T10:01:00.000Z' },
  { id: 's3', author: 'zoe.bsky.social', text: 'sac perdu, élève triste, rentrée difficile #rentree', createdAt: '2026-11-01T10:02:00.000Z' },
  { id: 's4', author: 'lea.bsky.social', authorId: 'did:plc:lea', text: 'Vive la rentrée des classes ! @tom.bsky.social', createdAt: '2026-11-01T10:03:00.000Z' },
  { id: 's5', author: 'hater.bsky.social', text: 'Lea t’es une grosse conne, personne ne t’aime, suicide-toi #anti2010', createdAt: '2026-11-01T10:04:00.000Z' },
  { id: 's6', platform: 'mastodon', author: 'prof@mastodon.example', text: 'Réunion des professeurs de lycée demain', createdAt: '2026-11-02T08:00:00.000Z' },
]

describe.each(DRIVERS)('post search (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin

  const search = async (query: Record<string, string>, who: TestLogin | null = analyst) => {
    const res = await createApp(ctx).request(`/api/posts?${new URLSearchParams(query)}`, { headers: who?.headers ?? {} })
    return { status: res.status, body: (await res.json()) as PostPage & { error?: { message: string } } }
  }
  const ids = async (query: Record<string, string>) => {
    const { status, body } = await search(query)
    expect(status, JSON.stringify(body)).toBe(200)
    return body.posts.map((p) => p.externalId)
  }

  async function ingest(lines: readonly Record<string, unknown>[]): Promise<void> {
    for (const l of lines) {
      const parsed = parsePost(postLine(l))
      if (!parsed.ok) throw new Error(parsed.reason)
      await ctx.pipeline.ingest(parsed.post)
    }
    await ctx.pipeline.flush()
  }

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    await ingest(POSTS)
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('finds words whatever their accents, case and French inflection, newest first', async () => {
    expect(await ids({ q: 'eleve' })).toEqual(['s3', 's2', 's1'])
    expect(await ids({ q: 'ÉLÈVES' })).toEqual(['s3', 's2', 's1'])
    expect(await ids({ q: 'rentree' })).toEqual(['s4', 's3'])
    // Every word must appear.
    expect(await ids({ q: 'eleve sac' })).toEqual(['s3', 's2'])
    expect(await ids({ q: 'eleve OR professeur' })).toEqual(['s6', 's3', 's2', 's1'])
  })

  it('matches a quoted phrase in order, and excludes -words', async () => {
    expect(await ids({ q: '"sac perdu"' })).toEqual(['s3'])
    expect(await ids({ q: '« perdu son sac »' })).toEqual(['s2'])
    expect(await ids({ q: 'eleve -sac' })).toEqual(['s1'])
    expect(await ids({ q: 'élève -"sac perdu"' })).toEqual(['s2', 's1'])
  })

  it('filters by hashtag (accents and # ignored), author or account id, mention, platform and period', async () => {
    expect(await ids({ hashtag: '#lycee' })).toEqual(['s1'])
    expect(await ids({ hashtag: 'RENTRÉE' })).toEqual(['s3'])
    expect(await ids({ author: 'lea.bsky.social' })).toEqual(['s4', 's1'])
    expect(await ids({ author: '@Lea' })).toEqual(['s4', 's1'])
    expect(await ids({ author: 'did:plc:lea' })).toEqual(['s4'])
    expect(await ids({ mention: '@tom.bsky.social' })).toEqual(['s4'])
    expect(await ids({ platform: 'mastodon' })).toEqual(['s6'])
    expect(await ids({ from: '2026-11-01T10:01:00Z', to: '2026-11-01T10:03:00Z' })).toEqual(['s3', 's2'])
    expect(await ids({ from: '2026-11-02' })).toEqual(['s6'])
    expect(await ids({ q: 'rentree', author: 'zoe' })).toEqual(['s3'])
  })

  it('keeps hostile posts only, or one classifier category', async () => {
    expect(await ids({ hostile: 'true' })).toEqual(['s5'])
    expect(await ids({ q: 'conne' })).toEqual(['s5'])
    expect(await ids({ hostile: 'false', q: 'conne' })).toEqual([])
    expect(await ids({ category: 'insult' })).toEqual(['s5'])
    expect((await ids({ hostile: 'false' })).length).toBe(5)
  })

  it('pages with a cursor, stable while new posts arrive, in either order', async () => {
    const first = await search({ q: 'eleve', limit: '2' })
    expect(first.body.posts.map((p) => p.externalId)).toEqual(['s3', 's2'])
    expect(first.body.nextCursor).toMatch(/^2026-11-01T10:01:00\.000000Z_\d+$/)
    // A newer matching post arrives between the two pages: the second page is unchanged.
    await ingest([{ id: 's7', author: 'eve.bsky.social', text: 'Encore un élève en retard', createdAt: '2026-11-01T10:05:00.000Z' }])
    const second = await search({ q: 'eleve', limit: '2', cursor: first.body.nextCursor! })
    expect(second.body.posts.map((p) => p.externalId)).toEqual(['s1'])
    expect(second.body.nextCursor).toBeNull()
    // Oldest first, page by page, reaches every post once.
    const seen: string[] = []
    let cursor: string | null | undefined
    do {
      const page = await search({ q: 'eleve', order: 'oldest', limit: '1', ...(cursor ? { cursor } : {}) })
      seen.push(...page.body.posts.map((p) => p.externalId))
      cursor = page.body.nextCursor
    } while (cursor)
    expect(seen).toEqual(['s1', 's2', 's3', 's7'])
  })

  it('keeps posts written in the same millisecond apart by id', async () => {
    const at = '2026-11-03T09:00:00.000Z'
    await ingest(['t1', 't2', 't3'].map((id) => ({ id, author: 'same.bsky.social', text: `Message simultané ${id}`, createdAt: at })))
    const one = await search({ author: 'same.bsky.social', limit: '2' })
    const two = await search({ author: 'same.bsky.social', limit: '2', cursor: one.body.nextCursor! })
    const all = [...one.body.posts, ...two.body.posts].map((p) => p.externalId)
    expect(all.sort()).toEqual(['t1', 't2', 't3'])
    expect(two.body.nextCursor).toBeNull()
  })

  it('refuses bad criteria with a French message, and counsellors and anonymous callers', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ limit: '0' }, /limit : de 1 à 200/],
      [{ limit: 'beaucoup' }, /limit doit être un nombre/],
      [{ cursor: 'abc' }, /cursor : repère de page invalide/],
      [{ from: 'hier' }, /from : date ISO-8601/],
      [{ from: '2026-11-02', to: '2026-11-01' }, /from doit précéder to/],
      [{ hostile: 'oui' }, /hostile : true ou false/],
      [{ order: 'random' }, /order : newest ou oldest/],
      [{ hashtag: 'deux mots' }, /hashtag : un seul mot/],
      [{ q: 'x'.repeat(501) }, /q : 500 caractères au plus/],
      [{ q: 'le de toi' }, /rien à chercher/],
    ]
    for (const [query, message] of cases) {
      const { status, body } = await search(query)
      expect(status, JSON.stringify(query)).toBe(400)
      expect(body.error?.message).toMatch(message)
    }
    expect((await search({ q: 'eleve' }, await loginAs(ctx, 'counsellor'))).status).toBe(403)
    expect((await search({ q: 'eleve' }, null)).status).toBe(401)
  })
})
