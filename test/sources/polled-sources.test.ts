import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import type { HubMessage } from '../../src/hub/hub.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, testContext } from '../_util.js'
import { rss2, startFakeFeeds, type FakeFeeds, type FeedItem } from '../watchers/fakes/feed-server.js'
import { makeStatus, startFakeMastodon, type FakeMastodon } from '../watchers/fakes/mastodon-server.js'
import { postCounts, postIds, restartableDatabase, sourceOptions, testClock } from './helpers.js'

/** A schedule that never fires during a test: runs come from runOnce(). */
const NEVER = '0 0 1 1 *'

const item = (n: number): FeedItem => ({
  guid: `https://piaille.test/@camille/${n}`,
  link: `https://piaille.test/@camille/${n}`,
  title: `Message ${n}`,
  html: `<p>t'es vraiment nulle, personne veut de toi au collège (${n})</p>`,
  date: new Date(Date.UTC(2026, 10, 27, 20, n)).toISOString(),
  categories: ['harcelement'],
})

const status = (host: string, id: string) => makeStatus(host, { id, html: `<p>encore toi ${id} <a href="#">#harcelement</a></p>`, tags: ['harcelement'] })

describe.each(DRIVERS)('polled sources (%s)', (driver) => {
  let feeds: FakeFeeds
  let masto: FakeMastodon
  beforeAll(async () => {
    feeds = await startFakeFeeds()
    masto = await startFakeMastodon()
  })
  afterAll(async () => {
    await feeds.close()
    await masto.close()
  })

  it('stores posts and cursors, and after a restart stores only what is new', async () => {
    feeds.feeds.set('/tags/restart.rss', rss2('#restart', [item(1), item(2)]))
    masto.timelines.set('restart', [status(masto.host, '1001'), status(masto.host, '1002')])
    const configured = [
      { kind: 'rss', url: `${feeds.url}/tags/restart.rss`, schedule: NEVER },
      { kind: 'mastodon-tag', instance: masto.url, hashtag: 'restart', schedule: NEVER },
    ]
    const db = await restartableDatabase(driver)
    try {
      const first = await db.open({ sources: configured }, sourceOptions())
      try {
        await first.sources.seed()
        const [rss, tag] = await first.sources.list()
        expect(rss?.kind).toBe('rss')
        expect(tag?.kind).toBe('mastodon-tag')
        expect(await first.sources.job(rss!.id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 2 })
        expect(await first.sources.job(tag!.id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 2 })
        expect(await postCounts(first, 'rss')).toEqual({ rows: 2, distinct: 2 })
        expect(await postCounts(first, 'mastodon')).toEqual({ rows: 2, distinct: 2 })
        const after = await first.sources.list()
        expect(after.map((s) => s.health)).toEqual(['ok', 'ok'])
        expect(after[1]?.cursor).toBe('minId=1002')
        expect(after[0]?.cursor).toMatch(/^newest=2026-11-27T20:02/)
      } finally {
        await first.close()
      }

      // While Vigie is down, each feed gets one more post.
      feeds.feeds.set('/tags/restart.rss', rss2('#restart', [item(1), item(2), item(3)]))
      masto.timelines.get('restart')?.push(status(masto.host, '1003'))

      const second = await db.open({ sources: configured }, sourceOptions())
      try {
        await second.sources.seed()
        const [rss, tag] = await second.sources.list()
        expect(await second.sources.job(rss!.id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 1 })
        expect(await second.sources.job(tag!.id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 1 })
        expect(await postCounts(second, 'rss')).toEqual({ rows: 3, distinct: 3 })
        expect(await postCounts(second, 'mastodon')).toEqual({ rows: 3, distinct: 3 })
        expect(await postIds(second, 'rss')).toEqual([1, 2, 3].map((n) => `https://piaille.test/@camille/${n}`))
        const minIds = masto.http.requests.filter((r) => r.path === '/api/v1/timelines/tag/restart').map((r) => r.query.get('min_id'))
        expect(minIds.at(-1)).toBe('1002') // resumed from the stored cursor
      } finally {
        await second.close()
      }
    } finally {
      await db.drop()
    }
  })

  describe('faults', () => {
    let ctx: AppContext
    const clock = testClock()
    const events: HubMessage[] = []
    beforeAll(async () => {
      feeds.feeds.set('/tags/a.rss', rss2('#a', [item(10)]))
      feeds.feeds.set('/tags/b.rss', rss2('#b', [item(20)]))
      feeds.feeds.set('/tags/c.rss', rss2('#c', [item(30)]))
      masto.timelines.set('flux', [status(masto.host, '2001')])
      ctx = await testContext(
        driver,
        {
          sources: [
            { kind: 'rss', name: 'limité', url: `${feeds.url}/tags/a.rss`, schedule: NEVER },
            { kind: 'rss', name: 'en panne', url: `${feeds.url}/tags/b.rss`, schedule: NEVER },
            { kind: 'rss', name: 'refusé', url: `${feeds.url}/tags/c.rss`, schedule: NEVER },
            { kind: 'mastodon-tag', name: 'injoignable', instance: 'http://127.0.0.1:9', hashtag: 'x', schedule: NEVER },
            { kind: 'mastodon-tag', name: 'vivant', instance: masto.url, hashtag: 'flux', schedule: NEVER },
            { kind: 'mastodon-trends', name: 'tendances', instance: masto.url, schedule: NEVER },
          ],
        },
        { sources: sourceOptions({ now: clock.now }) },
      )
      ctx.hub.subscribe((m) => events.push(m))
      await ctx.sources.seed()
    })
    afterAll(() => ctx.close())

    const idOf = async (name: string) => {
      const s = (await ctx.sources.list()).find((x) => x.name === name)
      if (!s) throw new Error(`no source ${name}`)
      return s.id
    }
    const viewOf = async (name: string) => ctx.sources.get(await idOf(name))
    const requestsTo = (path: string) => feeds.http.requests.filter((r) => r.path === path).length

    it('429 + Retry-After: degraded, next runs skipped until then, then back to ok', async () => {
      const id = await idOf('limité')
      feeds.http.faults.push({ pathPrefix: '/tags/a.rss', status: 429, headers: { 'retry-after': '120' } })
      const r1 = await ctx.sources.job(id)!.runOnce()
      expect(r1.status).toBe('failed')
      expect(r1.waitUntil?.getTime()).toBe(clock.now().getTime() + 120_000)
      let view = await viewOf('limité')
      expect(view).toMatchObject({ health: 'degraded', consecutiveFailures: 1 })
      expect(view.lastError).toMatch(/limite de débit/)
      expect(Date.parse(view.waitUntil ?? '')).toBe(clock.now().getTime() + 120_000)
      expect(events.some((m) => m.event.type === 'source.health' && m.event.source.id === id && m.event.source.health === 'degraded')).toBe(true)

      const before = requestsTo('/tags/a.rss')
      clock.advance(60_000)
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'skipped', reason: 'rate-limited' })
      await expect(ctx.sources.runNow(id)).resolves.toMatchObject({ status: 'skipped', reason: 'rate-limited' })
      expect(requestsTo('/tags/a.rss')).toBe(before)

      clock.advance(61_000)
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 1 })
      view = await viewOf('limité')
      expect(view).toMatchObject({ health: 'ok', consecutiveFailures: 0, waitUntil: null })
    })

    it('three 500s in a row: degraded, then failing, with backoff between runs', async () => {
      const id = await idOf('en panne')
      const job = ctx.sources.job(id)!
      feeds.http.faults.push(...[1, 2, 3].map(() => ({ pathPrefix: '/tags/b.rss', status: 500 })))
      expect(await job.runOnce()).toMatchObject({ status: 'failed' })
      expect(await viewOf('en panne')).toMatchObject({ health: 'degraded', consecutiveFailures: 1 })
      // Backoff: 1 s after the first failure, 2 s after the second (test settings, no jitter).
      expect(await job.runOnce()).toMatchObject({ status: 'skipped', reason: 'backoff' })
      clock.advance(1_000)
      expect(await job.runOnce()).toMatchObject({ status: 'failed' })
      expect(await viewOf('en panne')).toMatchObject({ health: 'degraded', consecutiveFailures: 2 })
      clock.advance(1_999)
      expect(await job.runOnce()).toMatchObject({ status: 'skipped', reason: 'backoff' })
      clock.advance(1)
      expect(await job.runOnce()).toMatchObject({ status: 'failed' })
      const view = await viewOf('en panne')
      expect(view).toMatchObject({ health: 'failing', consecutiveFailures: 3 })
      expect(view.lastError).toMatch(/HTTP 500/)
      clock.advance(4_000)
      expect(await job.runOnce()).toMatchObject({ status: 'ok', fetched: 1 })
      expect(await viewOf('en panne')).toMatchObject({ health: 'ok', consecutiveFailures: 0, lastError: expect.stringMatching(/HTTP 500/) })
    })

    it('refused credentials count as configuration: failing, no retry until the source changes', async () => {
      const id = await idOf('refusé')
      feeds.http.faults.push({ pathPrefix: '/tags/c.rss', status: 401 })
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'failed' })
      expect(await viewOf('refusé')).toMatchObject({ health: 'failing' })
      clock.advance(3_600_000)
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'skipped', reason: 'config' })
      // Changing the source rebuilds its job.
      await ctx.sources.update(id, { config: { url: `${feeds.url}/tags/c.rss`, maxItems: 100 } })
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'ok', fetched: 1 })
    })

    it('one failing source never stops another', async () => {
      const dead = await idOf('injoignable')
      const alive = await idOf('vivant')
      const [r1, r2] = await Promise.all([ctx.sources.job(dead)!.runOnce(), ctx.sources.job(alive)!.runOnce()])
      expect(r1).toMatchObject({ status: 'failed' })
      expect(r2).toMatchObject({ status: 'ok', fetched: 1 })
      expect((await viewOf('injoignable')).lastError).toMatch(/network error/)
      masto.timelines.get('flux')?.push(status(masto.host, '2002'))
      clock.advance(10_000)
      const [r3, r4] = await Promise.all([ctx.sources.job(dead)!.runOnce(), ctx.sources.job(alive)!.runOnce()])
      expect(r3.status).toBe('failed')
      expect(r4).toMatchObject({ status: 'ok', fetched: 1 })
      expect((await postIds(ctx, 'mastodon')).length).toBe(2)
    })

    it('stores trend snapshots and serves the latest per platform', async () => {
      const id = await idOf('tendances')
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'ok', trends: 2 })
      clock.advance(60_000)
      masto.trends.reverse()
      expect(await ctx.sources.job(id)!.runOnce()).toMatchObject({ status: 'ok', trends: 2 })
      const { headers } = await loginAs(ctx, 'analyst')
      const res = await createApp(ctx).request('/api/trends?platform=mastodon&limit=5', { headers })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { trends: { platform: string; observedAt: string; topics: { topic: string; rank: number }[] }[] }
      expect(body.trends).toHaveLength(1)
      expect(body.trends[0]?.observedAt).toBe(clock.now().toISOString())
      expect(body.trends[0]?.topics.map((t) => t.topic)).toEqual(['brevet', 'harcelement'])
      expect(events.some((m) => m.event.type === 'trends.updated' && m.event.trends.platform === 'mastodon')).toBe(true)
      const bad = await createApp(ctx).request('/api/trends?limit=0', { headers })
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/limit doit valoir au moins 1/)
    })
  })
})
