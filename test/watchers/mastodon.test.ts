import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RateLimitedError, WatcherConfigError, WatcherFetchError, WatcherParseError } from '../../watchers/errors.js'
import { mastodonTagWatcher } from '../../watchers/mastodon-tag.js'
import { mastodonTrendsWatcher } from '../../watchers/mastodon-trends.js'
import { makeStatus, startFakeMastodon, type FakeMastodon } from './fakes/mastodon-server.js'
import { caught, makeCtx } from './helpers.js'

let masto: FakeMastodon
const id = (n: number) => String(113500000000000000n + BigInt(n))

beforeAll(async () => {
  masto = await startFakeMastodon()
})
afterAll(async () => {
  await masto.close()
})
beforeEach(() => {
  masto.timelines.clear()
  masto.http.faults.length = 0
  masto.http.requests.length = 0
})

function addStatuses(from: number, to: number) {
  const list = masto.timelines.get('harcelement') ?? []
  for (let n = from; n <= to; n++) {
    list.push(makeStatus(masto.host, { id: id(n), html: `<p>message ${n} <a href="#" class="mention hashtag">#<span>harcelement</span></a></p>`, tags: ['harcelement'] }))
  }
  masto.timelines.set('harcelement', list)
}

describe('mastodon-tag', () => {
  const config = () => mastodonTagWatcher.parseConfig({ instance: masto.url, hashtag: '#Harcelement', limit: 5, maxPages: 3 })

  it('validates its config with clear messages', () => {
    const err = caughtSync(() => mastodonTagWatcher.parseConfig({ instance: 'ftp://x', hashtag: 'a b' }))
    expect(err).toBeInstanceOf(WatcherConfigError)
    expect((err as Error).message).toMatch(/instance: must be an absolute http\(s\) URL/)
    expect((err as Error).message).toMatch(/hashtag/)
    expect(config().hashtag).toBe('harcelement')
  })

  it('maps a status to a Post', async () => {
    masto.timelines.set('harcelement', [
      makeStatus(masto.host, {
        id: id(1),
        html: '<p>T&#39;es nulle <span class="h-card"><a href="https://autre.test/@lea" class="u-url mention">@<span>lea</span></a></span></p><p>vraiment</p>',
        tags: ['Harcelement', 'college'],
        mentions: ['lea@autre.test', 'Sam'],
        inReplyToId: id(0),
        language: 'fr',
        spoiler: 'CW insulte',
      }),
    ])
    const res = await mastodonTagWatcher.fetch(config(), null, makeCtx())
    expect(res.posts).toHaveLength(1)
    const p = res.posts[0]!
    expect(p).toMatchObject({
      platform: 'mastodon',
      id: `https://${masto.host}/users/camille/statuses/${id(1)}`,
      url: `https://${masto.host}/@camille/${id(1)}`,
      author: `camille@${masto.host}`,
      authorId: `https://${masto.host}/users/camille`,
      text: "CW insulte\n\nT'es nulle @lea\n\nvraiment",
      hashtags: ['harcelement', 'college'],
      mentions: ['lea@autre.test', `sam@${masto.host}`],
      replyTo: id(0),
      langs: ['fr'],
    })
    expect(p.createdAt).toBeInstanceOf(Date)
    expect(p.authorCreatedAt).toEqual(new Date('2024-09-01T00:00:00.000Z'))
    expect(res.cursor).toEqual({ minId: id(1) })
  })

  it('takes only the newest page on the first run, then walks forward with min_id across a restart', async () => {
    addStatuses(1, 12)
    const first = await mastodonTagWatcher.fetch(config(), null, makeCtx())
    expect(first.posts.map((p) => p.id.split('/').pop())).toEqual([8, 9, 10, 11, 12].map(id))
    const saved = JSON.parse(JSON.stringify(first.cursor)) as { minId: string }

    addStatuses(13, 25) // 13 new statuses while "down"
    // A new watcher call with the stored cursor: as after a restart.
    const second = await mastodonTagWatcher.fetch(mastodonTagWatcher.parseConfig({ instance: masto.url, hashtag: 'harcelement', limit: 5, maxPages: 2 }), saved, makeCtx())
    expect(second.posts.map((p) => p.id.split('/').pop())).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map(id))
    const third = await mastodonTagWatcher.fetch(config(), second.cursor, makeCtx())
    expect(third.posts.map((p) => p.id.split('/').pop())).toEqual([23, 24, 25].map(id))
    const fourth = await mastodonTagWatcher.fetch(config(), third.cursor, makeCtx())
    expect(fourth.posts).toEqual([])
    expect(fourth.cursor).toEqual({ minId: id(25) })
    const minIds = masto.http.requests.map((r) => r.query.get('min_id')).filter((m) => m !== null)
    expect(minIds).toEqual([id(12), id(17), id(22), id(25)])
  })

  it('honours 429 with X-RateLimit-Reset and keeps the cursor for the caller', async () => {
    const now = new Date()
    masto.http.faults.push({ status: 429, headers: { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date(now.getTime() + 120_000).toISOString() } })
    const err = await caught(mastodonTagWatcher.fetch(config(), { minId: id(3) }, makeCtx()))
    expect(err).toBeInstanceOf(RateLimitedError)
    expect((err as RateLimitedError).retryAfterMs).toBeGreaterThan(110_000)
    expect((err as RateLimitedError).retryAfterMs).toBeLessThanOrEqual(120_000)
  })

  it('gives retryable errors on 500 and typed errors on malformed JSON or shapes', async () => {
    masto.http.faults.push({ status: 500 })
    const e500 = (await caught(mastodonTagWatcher.fetch(config(), null, makeCtx()))) as WatcherFetchError
    expect([e500.status, e500.retryable]).toEqual([500, true])
    masto.http.faults.push({ status: 200, body: '[{"id": "1", ' })
    expect(await caught(mastodonTagWatcher.fetch(config(), null, makeCtx()))).toBeInstanceOf(WatcherParseError)
    masto.http.faults.push({ status: 200, body: '{"error": "not an array"}' })
    expect(await caught(mastodonTagWatcher.fetch(config(), null, makeCtx()))).toBeInstanceOf(WatcherParseError)
  })

  it('skips individually malformed statuses and keeps the rest', async () => {
    addStatuses(1, 2)
    masto.timelines.get('harcelement')!.push({ id: id(3), content: 42 })
    const res = await mastodonTagWatcher.fetch(config(), null, makeCtx())
    expect(res.posts).toHaveLength(2)
  })
})

describe('mastodon-trends', () => {
  it('reads trending tags with today’s uses and accounts', async () => {
    const config = mastodonTrendsWatcher.parseConfig({ instance: masto.url })
    const ctx = makeCtx()
    const res = await mastodonTrendsWatcher.fetch(config, null, ctx)
    expect(res.trends).toEqual([
      { platform: 'mastodon', topic: 'harcelement', displayName: 'Harcelement', rank: 1, postCount: 42, accounts: 17, observedAt: ctx.now(), url: `https://${masto.host}/tags/harcelement` },
      { platform: 'mastodon', topic: 'brevet', displayName: 'brevet', rank: 2, postCount: 8, accounts: 5, observedAt: ctx.now(), url: `https://${masto.host}/tags/brevet` },
    ])
    expect(res.notBefore).toBeUndefined()
  })
})

function caughtSync(fn: () => unknown): unknown {
  try {
    fn()
  } catch (err) {
    return err
  }
  throw new Error('expected a throw')
}
