/**
 * What /ws forwards: hostile posts (not every stored post), posts joining an
 * open wave, and alerts only to admins and the owning counsellor, live and replayed.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { wavePosts } from '../../src/db/schema/index.js'
import { parsePost } from '../../src/posts/post-input.js'
import type { PostView } from '../../src/posts/post-view.js'
import { createApp } from '../../src/server/app.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import type { StoredPost } from '../../src/types.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'
import { WsTestClient, publishTrend } from './ws-helpers.js'

function storedPost(id: string, harassment: boolean): StoredPost {
  return {
    platform: 'bluesky',
    id,
    dbId: String(1000 + Number(id.replace(/\D/g, ''))),
    author: 'eleve.bsky.social',
    text: harassment ? 't’es qu’une merde' : 'bonjour',
    createdAt: new Date('2026-11-02T08:00:00Z'),
    hashtags: [],
    mentions: [],
    langs: ['fr'],
    seenAt: new Date(),
    verdict: { score: harassment ? 0.9 : 0.1, harassment, lang: 'fr', categories: harassment ? ['insult'] : [], evidence: [], modelVersion: 'test' },
  }
}

describe.each(DRIVERS)('/ws events (%s)', (driver) => {
  let ctx: AppContext
  let server: RunningServer
  let a: TestLogin
  let b: TestLogin
  let admin: TestLogin
  let analyst: TestLogin
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], batchSize: 50 })
    server = await startServer(ctx)
    a = await loginAs(ctx, 'counsellor', 'conseillere-a')
    b = await loginAs(ctx, 'counsellor', 'conseiller-b')
    admin = await loginAs(ctx, 'admin')
    analyst = await loginAs(ctx, 'analyst')
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
  })

  it('forwards a hostile stored post as post.hostile with its PostView, and no plain post.stored', async () => {
    const c = await WsTestClient.open(server.url, analyst.cookie)
    ctx.hub.publish({ type: 'post.stored', post: storedPost('p1', false) })
    ctx.hub.publish({ type: 'post.stored', post: storedPost('p2', true) })
    publishTrend(ctx.hub, 0)
    await expect.poll(() => c.events('trends.updated').length).toBe(1)
    expect(c.events().map((e) => e.type)).toEqual(['post.hostile', 'trends.updated'])
    const post = c.events('post.hostile')[0]!.post as PostView
    expect(post).toMatchObject({ id: '1002', externalId: 'p2', harassment: true, text: 't’es qu’une merde', deletedAt: null })
    expect(c.events()[1]!.id).toBe(c.events()[0]!.id + 1)
    await c.close()
  })

  it('does not send trends to counsellors (as over HTTP), nor internal session events to anyone', async () => {
    const c = await WsTestClient.open(server.url, a.cookie)
    publishTrend(ctx.hub, 1)
    ctx.hub.publish({ type: 'session.ended', tokenHash: 'inconnu' })
    ctx.hub.publish({ type: 'post.stored', post: storedPost('p3', true) })
    await expect.poll(() => c.events('post.hostile').length).toBe(1)
    expect(c.events().map((e) => e.type)).toEqual(['post.hostile'])
    await c.close()
  })

  it('streams waves, their posts and alerts; a counsellor never gets another one’s alert, live or replayed', async () => {
    const create = async (who: TestLogin, body: Record<string, unknown>) => {
      const res = await createApp(ctx).request('/api/watches', {
        method: 'POST',
        headers: { ...who.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(res.status).toBe(201)
      return ((await res.json()) as { watch: { id: number } }).watch.id
    }
    const watchA = await create(a, { label: 'Léa Martin', names: ['Lea M'], handles: ['@lea.martin.bsky.social'] })
    await create(b, { label: 'Noé Petit', handles: ['@noe.petit.bsky.social'] })

    const live = { a: await WsTestClient.open(server.url, a.cookie), b: await WsTestClient.open(server.url, b.cookie), admin: await WsTestClient.open(server.url, admin.cookie) }
    // Offline clients that will resume from here.
    const gone = { a: await WsTestClient.open(server.url, a.cookie), b: await WsTestClient.open(server.url, b.cookie), admin: await WsTestClient.open(server.url, admin.cookie) }
    for (const c of Object.values(gone)) await c.close()

    const scenario = harassmentScenario()
    let stored = 0
    for (const line of scenario.lines) {
      const r = parsePost(line)
      if (r.ok) {
        await ctx.pipeline.ingest(r.post)
        stored++
      }
    }
    await ctx.pipeline.flush()
    await expect.poll(() => live.admin.events('alert.opened').length).toBeGreaterThan(0)
    const lastId = live.admin.ids().at(-1)!

    // Waves opened, and their posts streamed; every streamed post is linked to its wave, once.
    const opened = live.admin.events('wave.opened').map((e) => (e.wave as { id: number }).id)
    expect(opened.length).toBeGreaterThan(0)
    const streamed = live.admin.events('wave.posts').map((e) => ({ waveId: e.waveId as number, posts: e.posts as PostView[] }))
    expect(streamed.length).toBeGreaterThan(0)
    for (const waveId of opened) {
      const sent = streamed.filter((e) => e.waveId === waveId).flatMap((e) => e.posts.map((p) => p.id))
      const linked = await ctx.database.db.select({ postId: wavePosts.postId }).from(wavePosts).where(eq(wavePosts.waveId, waveId))
      expect(new Set(sent).size).toBe(sent.length)
      expect(sent.sort()).toEqual(linked.map((r) => String(r.postId)).sort())
    }
    // A wave's posts come after its opening.
    const firstPosts = live.admin.events().findIndex((e) => e.type === 'wave.posts')
    expect(live.admin.events().findIndex((e) => e.type === 'wave.opened')).toBeLessThan(firstPosts)
    // Hostile posts stream; plain stored posts do not.
    expect(live.admin.events('post.hostile').length).toBeGreaterThan(0)
    expect(live.admin.events('post.hostile').length).toBeLessThan(stored)
    expect(live.admin.events('post.stored')).toEqual([])
    expect(live.admin.events('post.hostile').every((e) => (e.post as PostView).harassment)).toBe(true)

    const alertsOf = (c: WsTestClient) => c.events().filter((e) => e.type.startsWith('alert.'))
    await expect.poll(() => live.a.ids().at(-1) ?? 0).toBe(live.admin.events().filter((e) => !e.type.startsWith('alert.') || (e.alert as { watchId: number }).watchId === watchA).at(-1)!.id)
    expect(alertsOf(live.a).length).toBe(alertsOf(live.admin).length)
    expect(alertsOf(live.a).every((e) => (e.alert as { watchId: number }).watchId === watchA)).toBe(true)
    expect(alertsOf(live.b)).toEqual([])

    // Resumed clients get the same events as the live ones, filtered the same way.
    const resumed = {
      a: await WsTestClient.open(server.url, a.cookie, `?since=${gone.a.hello.lastId}&epoch=${gone.a.hello.epoch}`),
      b: await WsTestClient.open(server.url, b.cookie, `?since=${gone.b.hello.lastId}&epoch=${gone.b.hello.epoch}`),
      admin: await WsTestClient.open(server.url, admin.cookie, `?since=${gone.admin.hello.lastId}&epoch=${gone.admin.hello.epoch}`),
    }
    await resumed.admin.until(lastId)
    for (const who of ['a', 'b', 'admin'] as const) {
      await expect.poll(() => resumed[who].ids()).toEqual(live[who].ids())
      expect(resumed[who].frames.some((f) => f.type === 'resync')).toBe(false)
    }
    expect(alertsOf(resumed.b)).toEqual([])
    expect(alertsOf(resumed.a).length).toBeGreaterThan(0)
    expect(JSON.stringify(resumed.b.frames)).not.toContain(`"watchId":${watchA}`)
    for (const c of [...Object.values(live), ...Object.values(resumed)]) await c.close()
  })
})
