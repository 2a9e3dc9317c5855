/**
 * Removal verification against local fakes: Bluesky (PLC, PDS, AppView),
 * Mastodon statuses and plain pages. Removed by the platform, deleted by the
 * author, still online, 429, timeout, redirect; the firehose's deletes and
 * account takedowns; « en retard » on a scenario clock with its WebSocket
 * event and webhook.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { auditLog, type PostRow } from '../../src/db/schema/index.js'
import type { HubMessage } from '../../src/hub/hub.js'
import type { TakedownView } from '../../src/moderation/views.js'
import { markPostsDeleted } from '../../src/posts/post-lifecycle.js'
import { recordAccountStatus } from '../../src/removals/firehose.js'
import { client, insertPost } from '../moderation/helpers.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { startFakeBlueskyNetwork, type FakeBlueskyNetwork, type FakePostState } from '../watchers/fakes/bluesky-removal-server.js'
import { startHttpServer, type FakeHttpServer } from '../watchers/fakes/http-server.js'

const did = () => `did:plc:${Array.from(randomBytes(24), (b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('')}`

describe.each(DRIVERS)('removal checks (%s)', (driver) => {
  let ctx: AppContext
  let net: FakeBlueskyNetwork
  let web: FakeHttpServer
  let hook: FakeHttpServer
  let analyst: TestLogin
  let reviewer: TestLogin
  // The scenario clock: the requests are made at wall time, checks and « en retard » run on this clock.
  let clock = new Date()
  const events: HubMessage[] = []

  beforeAll(async () => {
    net = await startFakeBlueskyNetwork()
    web = await startHttpServer()
    hook = await startHttpServer({ '/alerte': () => ({ status: 204, text: '' }) })
    ctx = await testContext(
      driver,
      {
        sources: [],
        bluesky: { appview: net.url, plc: net.url },
        removal: { schedule: '*/2 * * * *', webhook: { url: `${hook.url}/alerte`, secret: 'secret-de-la-cellule-0001' }, noticeEmails: {}, loopbackPorts: [] },
      },
      { removals: { fetch: { allowLoopback: true, hostSpacingMs: 0, timeoutMs: 300, nowMs: () => clock.getTime() }, now: () => clock }, webhooks: { attempts: 1 } },
    )
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
    ctx.hub.subscribe((m) => events.push(m))
  })
  afterAll(async () => {
    await ctx.close()
    await net.close()
    await web.close()
    await hook.close()
  })

  /** Flags, claims and confirms `post`: its takedown requests. */
  const confirm = async (post: PostRow): Promise<TakedownView[]> => {
    const flag = (await client(ctx, analyst).flag([String(post.id)])).body.flags[0]!
    await client(ctx, reviewer).claim(flag.id)
    return (await client(ctx, reviewer).decide(flag.id, 'confirm')).body.takedowns
  }
  const view = async (id: number) => (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${id}`)).body.takedown
  const blueskyPost = async (state: FakePostState, author = did()) => {
    const uri = net.add(author, state)
    const post = await insertPost(ctx, { externalId: uri, authorId: author, url: null })
    return { post, uri, takedowns: await confirm(post) }
  }
  const pagePost = async (platform: string, url: string, externalId = url) => {
    const post = await insertPost(ctx, { platform, externalId, url })
    return { post, takedowns: await confirm(post) }
  }

  it('tells a platform takedown from an author deletion on Bluesky, through the PDS', async () => {
    const taken = await blueskyPost('taken-down')
    const deleted = await blueskyPost('deleted')
    const online = await blueskyPost('online')
    const labelled = await blueskyPost('labelled')
    const account = await blueskyPost('account-takendown')
    const gone = await blueskyPost('account-deleted')
    const tomb = did()
    net.tombstoned.add(tomb)
    const tombed = await blueskyPost('online', tomb)
    net.states.set(tombed.uri, 'deleted')
    await ctx.removals.runOnce()

    for (const t of taken.takedowns) {
      const v = await view(t.id)
      expect(v).toMatchObject({ status: 'removed', removedBy: 'platform', removedAt: clock.toISOString(), resolvedAt: clock.toISOString() })
      expect(v.lastCheck).toMatchObject({ via: 'schedule', outcome: 'removed', removedBy: 'platform' })
      expect(v.lastCheck?.steps.map((s) => [s.service, s.status])).toEqual([
        ['appview', 200],
        ['did', 200],
        ['pds', 200],
      ])
    }
    for (const t of deleted.takedowns) {
      // Deleted by its author: not a takedown; the request stays open and watched.
      expect(await view(t.id)).toMatchObject({ status: 'requested', removedBy: 'author', removedAt: clock.toISOString(), resolvedAt: null })
    }
    for (const t of online.takedowns) expect(await view(t.id)).toMatchObject({ status: 'requested', removedBy: null, lastCheck: { outcome: 'online' } })
    for (const t of labelled.takedowns) expect(await view(t.id)).toMatchObject({ status: 'removed', removedBy: 'platform' })
    for (const t of account.takedowns) expect((await view(t.id)).lastCheck).toMatchObject({ outcome: 'removed', removedBy: 'platform', summary: 'compte retiré par la plateforme' })
    for (const t of gone.takedowns) expect(await view(t.id)).toMatchObject({ removedBy: 'author', status: 'requested' })
    for (const t of tombed.takedowns) expect(await view(t.id)).toMatchObject({ removedBy: 'author' })
    // One check per post, whatever its number of requests.
    expect(net.http.requests.filter((r) => r.path === '/xrpc/app.bsky.feed.getPosts' && r.query.get('uris') === taken.uri)).toHaveLength(1)

    const audit = (await ctx.database.db.select().from(auditLog)).filter((e) => e.subject === `takedown:${taken.takedowns[0]!.id}`)
    expect(audit.map((e) => e.action)).toContain('takedown.status')
    expect(audit.find((e) => e.action === 'takedown.status')?.details).toMatchObject({ to: 'removed', removedBy: 'platform', via: 'schedule' })
    expect(events.some((m) => m.event.type === 'takedown.updated' && m.event.takedown.id === taken.takedowns[0]!.id && m.event.takedown.removedBy === 'platform')).toBe(true)

    // The author's post comes back: the request is online again, still open.
    net.states.set(deleted.uri, 'online')
    await ctx.removals.runOnce()
    expect(await view(deleted.takedowns[0]!.id)).toMatchObject({ status: 'requested', removedBy: null, removedAt: null })
  })

  it('concludes nothing on a 429 (and leaves the host alone) or a timeout', async () => {
    const limited = await blueskyPost('taken-down')
    net.http.faults.push({ pathPrefix: '/xrpc/app.bsky.feed.getPosts', status: 429, headers: { 'retry-after': '30' } })
    const first = await ctx.removals.runOnce()
    expect(first.unknown + first.skipped).toBeGreaterThan(0)
    expect(await view(limited.takedowns[0]!.id)).toMatchObject({ status: 'requested', removedBy: null })
    clock = new Date(clock.getTime() + 31_000)

    const slow = await pagePost('rss', `${web.url}/article-lent`)
    web.faults.push({ pathPrefix: '/article-lent', delayMs: 1_000 })
    await ctx.removals.runOnce()
    const v = await view(slow.takedowns[0]!.id)
    expect(v.status).toBe('requested')
    expect(v.lastCheck).toMatchObject({ outcome: 'unknown' })
    expect(v.lastCheck?.summary).toMatch(/délai dépassé/)
    expect(await view(limited.takedowns[0]!.id)).toMatchObject({ status: 'removed', removedBy: 'platform' })
  })

  it('checks Mastodon statuses and plain pages: 404/410, suspended account, online, off-host redirect', async () => {
    const host = new URL(web.url)
    web.routes.set('/api/v1/statuses/1001', () => ({ status: 404, json: { error: 'Record not found' } }))
    web.routes.set('/api/v1/statuses/1002', () => ({ json: { id: '1002', uri: `${web.url}/users/gentil/statuses/1002` } }))
    web.routes.set('/api/v1/statuses/1003', () => ({ status: 404, json: { error: 'Record not found' } }))
    web.routes.set('/api/v1/accounts/lookup', (req) =>
      req.query.get('acct') === 'suspendu' ? { status: 410, json: { error: 'Account suspended' } } : { json: { id: '42', suspended: false } },
    )
    web.routes.set('/page-retiree', () => ({ status: 410, text: 'gone' }))
    web.routes.set('/page-en-ligne', () => ({ text: '<html>toujours là</html>' }))
    web.routes.set('/page-redirigee', () => ({ status: 302, headers: { location: 'https://ailleurs.example/accueil' } }))
    const gone = await pagePost('mastodon', `${web.url}/@mechant/1001`, `${web.url}/users/mechant/statuses/1001`)
    const up = await pagePost('mastodon', `${web.url}/@gentil/1002`, `${web.url}/users/gentil/statuses/1002`)
    const suspended = await pagePost('mastodon', `${web.url}/@suspendu/1003`, `${web.url}/users/suspendu/statuses/1003`)
    const removed = await pagePost('rss', `${web.url}/page-retiree`)
    const live = await pagePost('rss', `${web.url}/page-en-ligne`)
    const moved = await pagePost('rss', `${web.url}/page-redirigee`)
    await ctx.removals.runOnce()

    expect(await view(gone.takedowns[0]!.id)).toMatchObject({ status: 'removed', removedBy: 'platform' })
    expect(await view(up.takedowns[0]!.id)).toMatchObject({ status: 'requested', lastCheck: { outcome: 'online' } })
    expect((await view(suspended.takedowns[0]!.id)).lastCheck?.summary).toBe('compte suspendu par l’instance')
    expect(await view(removed.takedowns[0]!.id)).toMatchObject({ status: 'removed', removedBy: 'platform' })
    expect(await view(live.takedowns[0]!.id)).toMatchObject({ status: 'requested', lastCheck: { outcome: 'online' } })
    const redirected = await view(moved.takedowns[0]!.id)
    expect(redirected).toMatchObject({ status: 'requested', lastCheck: { outcome: 'unknown' } })
    expect(redirected.lastCheck?.summary).toMatch(/autre site/)
    expect(web.requests.some((r) => r.path === '/page-retiree' && r.method === 'HEAD')).toBe(true)
    expect(host.hostname).toBe('127.0.0.1')
  })

  it('marks requests from the firehose: a delete is the author, an account takedown the platform', async () => {
    const author = did()
    const deleted = await blueskyPost('online', author)
    const at = new Date('2026-11-28T10:05:00.000Z')
    expect(await markPostsDeleted(ctx.database.db, 'bluesky', [deleted.uri], at, ctx.hub)).toBe(1)
    for (const t of deleted.takedowns) {
      expect(await view(t.id)).toMatchObject({ status: 'requested', removedBy: 'author', removedAt: at.toISOString(), lastCheck: { via: 'firehose' } })
    }
    const offender = did()
    const a = await blueskyPost('online', offender)
    const b = await blueskyPost('online', offender)
    expect(await recordAccountStatus(ctx.database.db, ctx.hub, offender, 'takendown', at)).toBe(4)
    for (const t of [...a.takedowns, ...b.takedowns]) expect(await view(t.id)).toMatchObject({ status: 'removed', removedBy: 'platform', removedAt: at.toISOString() })
  })

  it('turns a request still online after an hour « en retard » once: WebSocket event, signed webhook, audit', async () => {
    const { takedowns } = await blueskyPost('online')
    const start = new Date(takedowns[0]!.requestedAt)
    const ids = takedowns.map((t) => t.id)
    clock = new Date(start.getTime() + 59 * 60_000)
    await ctx.removals.runOnce()
    expect(events.some((m) => m.event.type === 'takedown.overdue' && ids.includes(m.event.takedown.id))).toBe(false)

    clock = new Date(start.getTime() + 61 * 60_000)
    await ctx.removals.runOnce()
    await ctx.webhooks.drain()
    const overdue = events.filter((m) => m.event.type === 'takedown.overdue' && ids.includes(m.event.takedown.id))
    expect(overdue).toHaveLength(2)
    for (const id of ids) expect((await view(id)).overdueAt).toBe(clock.toISOString())
    const calls = hook.requests.filter((r) => r.path === '/alerte' && (JSON.parse(r.body) as { takedown: { id: number } }).takedown.id === ids[0])
    expect(calls).toHaveLength(1)
    const call = calls[0]!
    const expected = `sha256=${createHmac('sha256', 'secret-de-la-cellule-0001').update(`${call.headers['x-vigie-timestamp']}.${call.body}`).digest('hex')}`
    expect(call.headers['x-vigie-signature']).toBe(expected)
    expect(call.body).not.toContain('publication signalée')

    clock = new Date(start.getTime() + 70 * 60_000)
    await ctx.removals.runOnce()
    expect(events.filter((m) => m.event.type === 'takedown.overdue' && ids.includes(m.event.takedown.id))).toHaveLength(2)
    const audit = (await ctx.database.db.select().from(auditLog)).filter((e) => e.action === 'takedown.overdue' && e.subject === `takedown:${ids[0]}`)
    expect(audit).toHaveLength(1)
  })
})
