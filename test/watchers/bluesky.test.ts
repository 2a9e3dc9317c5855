import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BlueskyIdentityResolver, type IdentityStore, type KnownIdentity } from '../../watchers/bluesky-identity.js'
import { createBlueskySearchWatcher, type BlueskySearchCursor } from '../../watchers/bluesky-search.js'
import { createBlueskyTrendsWatcher } from '../../watchers/bluesky-trends.js'
import { RateLimitedError, WatcherConfigError, WatcherFetchError, WatcherParseError } from '../../watchers/errors.js'
import { HttpClient } from '../../watchers/http.js'
import { plcDid } from './fakes/jetstream-events.js'
import { startFakeBluesky, type FakeBluesky, type FakePost } from './fakes/xrpc-server.js'
import { caught, makeCtx } from './helpers.js'

let bsky: FakeBluesky
beforeAll(async () => {
  bsky = await startFakeBluesky()
})
afterAll(async () => {
  await bsky.close()
})
beforeEach(() => {
  bsky.posts.length = 0
  bsky.directory.clear()
  bsky.http.faults.length = 0
  bsky.http.requests.length = 0
  bsky.trendsImplemented = true
})

const LEA = plcDid(7)
const at = (n: number) => new Date(Date.UTC(2026, 10, 27, 21, 0, n)).toISOString()
function addPosts(from: number, to: number) {
  for (let n = from; n <= to; n++) {
    const p: FakePost = {
      did: plcDid(1000 + (n % 3)),
      handle: `eleve${n % 3}.bsky.social`,
      rkey: `3lrk${String(n).padStart(9, '0')}`,
      text: `#harcelement message ${n} @lea`,
      createdAt: at(n),
      indexedAt: at(n),
      langs: ['fr'],
      tags: ['harcelement'],
      mentionDids: [LEA],
    }
    bsky.posts.push(p)
  }
}

describe('bluesky-search', () => {
  const config = (extra = {}) =>
    createBlueskySearchWatcher().parseConfig({ service: bsky.url, identifier: 'vigie.test', appPassword: 'app-pass-1234', q: 'harcelement', lang: 'fr', limit: 5, maxPages: 3, ...extra })

  it('refuses a config without credentials', () => {
    expect(() => createBlueskySearchWatcher().parseConfig({ q: 'x' })).toThrow(WatcherConfigError)
    expect(() => createBlueskySearchWatcher().parseConfig({ q: 'x' })).toThrow(/identifier/)
  })

  it('logs in once, maps post views, pages, and resumes after a restart with no gap or duplicate', async () => {
    bsky.directory.set(LEA, 'lea.bsky.social')
    addPosts(1, 7)
    const watcher = createBlueskySearchWatcher()
    const first = await watcher.fetch(config(), null, makeCtx())
    expect(first.posts.map((p) => p.text)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `#harcelement message ${n} @lea`))
    const p = first.posts[6]!
    expect(p).toMatchObject({
      platform: 'bluesky',
      id: `at://${plcDid(1001)}/app.bsky.feed.post/3lrk000000007`,
      url: 'https://bsky.app/profile/eleve1.bsky.social/post/3lrk000000007',
      author: 'eleve1.bsky.social',
      authorId: plcDid(1001),
      hashtags: ['harcelement'],
      mentions: ['lea.bsky.social'],
      langs: ['fr'],
      createdAt: new Date(at(7)),
      authorCreatedAt: new Date('2025-01-10T10:00:00.000Z'),
    })
    const search = bsky.http.requests.filter((r) => r.path.endsWith('searchPosts'))
    expect(search[0]?.query.get('sort')).toBe('latest')
    expect(search[0]?.query.get('lang')).toBe('fr')
    expect(search).toHaveLength(2)

    addPosts(8, 20)
    const second = await watcher.fetch(config(), first.cursor, makeCtx())
    expect(second.posts.map((x) => x.text.split(' ')[2])).toEqual(['8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'])
    expect(bsky.sessionsCreated).toBe(1)

    // Restart: new watcher instance, cursor from storage.
    const saved = JSON.parse(JSON.stringify(second.cursor)) as BlueskySearchCursor
    addPosts(21, 23)
    const restarted = createBlueskySearchWatcher()
    const third = await restarted.fetch(config(), saved, makeCtx())
    expect(third.posts.map((x) => x.text.split(' ')[2])).toEqual(['21', '22', '23'])
    const fourth = await restarted.fetch(config(), third.cursor, makeCtx())
    expect(fourth.posts).toEqual([])
    expect(bsky.sessionsCreated).toBe(2)
  })

  it('refreshes an expired session instead of logging in again', async () => {
    addPosts(1, 2)
    const watcher = createBlueskySearchWatcher()
    const first = await watcher.fetch(config(), null, makeCtx())
    const created = bsky.sessionsCreated
    bsky.expireAccessToken()
    addPosts(3, 3)
    const second = await watcher.fetch(config(), first.cursor, makeCtx())
    expect(second.posts.map((p) => p.text.split(' ')[2])).toEqual(['3'])
    expect(bsky.sessionsCreated).toBe(created)
    expect(bsky.sessionsRefreshed).toBeGreaterThanOrEqual(1)
  })

  it('stops paging at the newest post already seen', async () => {
    addPosts(1, 3)
    const watcher = createBlueskySearchWatcher()
    const first = await watcher.fetch(config(), null, makeCtx())
    addPosts(4, 5)
    bsky.http.requests.length = 0
    await watcher.fetch(config({ limit: 2 }), first.cursor, makeCtx())
    // page 1: 5, 4 — page 2: 3 (seen) → stop, never a third page.
    expect(bsky.http.requests.filter((r) => r.path.endsWith('searchPosts'))).toHaveLength(2)
  })

  it('honours 429 with ratelimit-reset, retries 500, types bad bodies and bad passwords', async () => {
    const watcher = createBlueskySearchWatcher()
    const nowS = Math.floor(Date.now() / 1000)
    bsky.http.faults.push({ pathPrefix: '/xrpc/app.bsky.feed.searchPosts', status: 429, headers: { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(nowS + 60) }, body: '{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}' })
    const limited = await caught(watcher.fetch(config(), null, makeCtx()))
    expect(limited).toBeInstanceOf(RateLimitedError)
    expect((limited as RateLimitedError).retryAfterMs).toBeGreaterThan(55_000)

    bsky.http.faults.push({ pathPrefix: '/xrpc/app.bsky.feed.searchPosts', status: 502 })
    const e502 = (await caught(watcher.fetch(config(), null, makeCtx()))) as WatcherFetchError
    expect([e502.status, e502.retryable]).toEqual([502, true])

    bsky.http.faults.push({ pathPrefix: '/xrpc/app.bsky.feed.searchPosts', status: 200, body: '{"posts":[{"uri":"nope"}]}' })
    expect(await caught(watcher.fetch(config(), null, makeCtx()))).toBeInstanceOf(WatcherParseError)
    bsky.http.faults.push({ pathPrefix: '/xrpc/app.bsky.feed.searchPosts', status: 200, body: '{"posts":[' })
    expect(await caught(watcher.fetch(config(), null, makeCtx()))).toBeInstanceOf(WatcherParseError)

    const wrong = (await caught(createBlueskySearchWatcher().fetch(config({ appPassword: 'wrong-pass' }), null, makeCtx()))) as WatcherFetchError
    expect([wrong.code, wrong.retryable]).toEqual(['Auth', false])
  })
})

describe('bluesky-trends', () => {
  it('reads getTrends, and falls back to getTrendingTopics', async () => {
    const watcher = createBlueskyTrendsWatcher()
    const config = watcher.parseConfig({ service: bsky.url, limit: 10 })
    const ctx = makeCtx()
    const res = await watcher.fetch(config, null, ctx)
    expect(res.trends?.[0]).toEqual({
      platform: 'bluesky', topic: 'harcelement', rank: 1, displayName: '#harcèlement', postCount: 1234,
      startedAt: new Date('2026-11-27T20:00:00.000Z'), observedAt: ctx.now(), url: 'https://bsky.app/profile/trending.bsky.app/feed/harcelement',
    })
    bsky.trendsImplemented = false
    const fallback = await watcher.fetch(config, null, ctx)
    expect(fallback.trends?.map((t) => [t.topic, t.rank])).toEqual([['harcelement', 1], ['brevet', 2]])
  })
})

describe('identity resolution', () => {
  it('resolves DIDs to handles in batches of 25, caches, and keeps DIDs it cannot resolve', async () => {
    const dids = Array.from({ length: 60 }, (_, i) => plcDid(i + 1))
    dids.slice(0, 55).forEach((d, i) => bsky.directory.set(d, `user${i}.bsky.social`))
    let now = 0
    const resolver = new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient(), ttlMs: 60_000, negativeTtlMs: 1_000, now: () => now })
    const names = await resolver.handlesFor(dids)
    expect(names.size).toBe(55)
    expect(names.get(dids[0]!)).toBe('user0.bsky.social')
    expect(resolver.requests).toBe(3)
    await resolver.handlesFor(dids)
    expect(resolver.requests).toBe(3) // all cached, negatives too
    now = 2_000 // negatives expired, positives not
    await resolver.handlesFor(dids)
    expect(resolver.requests).toBe(4)

    const posts = await resolver.rewritePosts([
      { platform: 'bluesky', id: `at://${dids[1]}/app.bsky.feed.post/3abc`, url: `https://bsky.app/profile/${dids[1]}/post/3abc`, author: dids[1]!, authorId: dids[1]!, text: 'x', createdAt: new Date(0), hashtags: [], mentions: [dids[2]!, dids[59]!], langs: [] },
    ])
    expect(posts[0]).toMatchObject({ author: 'user1.bsky.social', authorId: dids[1], url: 'https://bsky.app/profile/user1.bsky.social/post/3abc', mentions: ['user2.bsky.social', dids[59]] })
  })

  it('resolves handles to DIDs with a cache, remembers identity events, survives a dead AppView', async () => {
    bsky.directory.set(LEA, 'lea.bsky.social')
    const resolver = new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient() })
    expect(await resolver.didFor('@Lea.bsky.social')).toBe(LEA)
    expect(await resolver.didFor('lea.bsky.social')).toBe(LEA)
    expect(await resolver.didFor('nobody.bsky.social')).toBeNull()
    expect(resolver.requests).toBe(2)
    resolver.remember(plcDid(99), 'nouveau.bsky.social')
    expect(resolver.cachedHandle(plcDid(99))).toBe('nouveau.bsky.social')

    bsky.http.faults.push({ status: 500 })
    const post = { platform: 'bluesky', id: 'at://x/app.bsky.feed.post/1', author: plcDid(500), text: '', createdAt: new Date(0), hashtags: [], mentions: [], langs: [] }
    expect(await resolver.rewritePosts([post])).toEqual([post])
  })

  it('one profile off the lexicon never drops the rest of its batch of 25', async () => {
    const dids = Array.from({ length: 25 }, (_, i) => plcDid(i + 300))
    dids.forEach((d, i) => bsky.directory.set(d, `ado${i}.bsky.social`))
    bsky.directory.set(dids[3]!, 'Pas Un Handle !') // refused by the lexicon's handle format
    bsky.directory.set(dids[4]!, 'handle.invalid')
    const resolver = new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient() })
    const names = await resolver.handlesFor(dids)
    expect(resolver.requests).toBe(1)
    expect(names.size).toBe(23)
    expect(names.get(dids[0]!)).toBe('ado0.bsky.social')
    expect(names.get(dids[24]!)).toBe('ado24.bsky.social')
    expect(names.has(dids[3]!)).toBe(false)
    expect(names.has(dids[4]!)).toBe(false)
  })

  it('keeps identities in a store shared across restarts, refreshes stale ones and applies handle changes', async () => {
    const rows = new Map<string, KnownIdentity>()
    const saved: KnownIdentity[] = []
    const store: IdentityStore = {
      byDids: async (dids) => dids.flatMap((d) => (rows.has(d) ? [rows.get(d)!] : [])),
      byHandle: async (h) => [...rows.values()].find((r) => r.handle === h),
      save: async (list) => {
        saved.push(...list)
        for (const k of list) if ((rows.get(k.did)?.checkedAt.getTime() ?? -1) <= k.checkedAt.getTime()) rows.set(k.did, k)
      },
    }
    let now = Date.parse('2026-11-27T21:00:00Z')
    const open = () => new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient(), store, refreshMs: 3_600_000, now: () => now })
    bsky.directory.set(LEA, 'lea.bsky.social')
    const first = open()
    expect((await first.handlesFor([LEA])).get(LEA)).toBe('lea.bsky.social')
    expect(first.requests).toBe(1)
    expect(rows.get(LEA)).toEqual({ did: LEA, handle: 'lea.bsky.social', checkedAt: new Date(now) })

    // A restart: the stored handle answers, the AppView is not asked, handles resolve to the DID too.
    const second = open()
    expect((await second.handlesFor([LEA])).get(LEA)).toBe('lea.bsky.social')
    expect(await second.didFor('lea.bsky.social')).toBe(LEA)
    expect(second.requests).toBe(0)

    // A search hit carries the author's handle: learnt without a request.
    await second.learn([{ did: plcDid(8), handle: 'Tom.bsky.social' }])
    expect(rows.get(plcDid(8))?.handle).toBe('tom.bsky.social')

    // Stale: the stored handle is asked again, and the change is saved.
    now += 2 * 3_600_000
    bsky.directory.set(LEA, 'lea-nouveau.bsky.social')
    const third = open()
    expect((await third.handlesFor([LEA])).get(LEA)).toBe('lea-nouveau.bsky.social')
    expect(third.requests).toBe(1)
    expect(rows.get(LEA)?.handle).toBe('lea-nouveau.bsky.social')

    // A dead AppView: the stale stored handle is still shown.
    now += 2 * 3_600_000
    bsky.http.faults.push({ status: 500 })
    expect((await open().handlesFor([LEA])).get(LEA)).toBe('lea-nouveau.bsky.social')
    expect(saved.every((k) => k.handle === null || k.handle === k.handle.toLowerCase())).toBe(true)
  })
})
