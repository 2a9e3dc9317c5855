import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Leases } from '../../src/cluster/leases.js'
import type { AppContext } from '../../src/context.js'
import { sources } from '../../src/db/schema/index.js'
import { createApp } from '../../src/server/app.js'
import type { SourceView } from '../../src/sources/source-view.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { rss2, startFakeFeeds, type FakeFeeds } from '../watchers/fakes/feed-server.js'
import { sourceOptions } from './helpers.js'

const NEVER = '0 0 1 1 *'
type Json = Record<string, unknown>

describe.each(DRIVERS)('sources API (%s)', (driver) => {
  let ctx: AppContext
  let feeds: FakeFeeds
  let admin: TestLogin
  beforeAll(async () => {
    feeds = await startFakeFeeds()
    feeds.feeds.set('/api.rss', rss2('#api', [{ guid: 'g1', title: 'Un', html: '<p>premier message</p>', date: '2026-11-27T20:00:00Z' }, { guid: 'g2', title: 'Deux', html: '<p>second message</p>', date: '2026-11-27T20:01:00Z' }]))
    ctx = await testContext(driver, { sources: [] }, { sources: sourceOptions() })
    await ctx.sources.start()
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await ctx.close()
    await feeds.close()
  })

  const app = () => {
    const a = createApp(ctx)
    return { request: (path: string, init: RequestInit = {}) => a.request(path, { ...init, headers: { ...admin.headers, ...(init.headers as Record<string, string>) } }) }
  }
  const send = (method: string, path: string, body?: unknown) =>
    app().request(path, body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = async (res: Response) => (await res.json()) as Json
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

  it('answers bad input with a clear 400 in French', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /kind : obligatoire/],
      [{ kind: 'tiktok', config: {} }, /type de source inconnu « tiktok »/],
      [{ kind: 'rss', config: { url: 'ftp://x' } }, /configuration rss invalide/],
      [{ kind: 'rss', config: { url: 'https://x.example/a.rss' }, schedule: 'souvent' }, /expression cron invalide/],
      [{ kind: 'rss', config: { url: 'https://x.example/a.rss' }, cursor: 3 }, /champ inconnu : cursor/],
      [{ kind: 'rss', config: 'https://x.example/a.rss' }, /config : doit être un objet JSON/],
      [{ kind: 'jetstream', schedule: '*/5 * * * *' }, /flux continu/],
      [{ kind: 'jetstream', config: { identityService: 'http://127.0.0.1:1' } }, /configuration jetstream invalide : .*clé inconnue « identityService » \(clés admises : url, languages, /],
      [{ kind: 'jetstream', config: { watch: { users: ['a.bsky.social'] } } }, /watch: clé inconnue « users »/],
      [{ kind: 'rss', config: { url: 'https://x.example/a.rss', intervalle: 5, proxy: 'x' } }, /clés inconnues « intervalle », « proxy »/],
    ]
    for (const [body, message] of cases) {
      const res = await send('POST', '/api/sources', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      const err = await errorOf(res)
      expect(err.code).toBe('bad_request')
      expect(err.message).toMatch(message)
    }
    const notJson = await app().request('/api/sources', { method: 'POST', body: 'kind=rss' })
    expect(notJson.status).toBe(415)
    expect((await send('PATCH', '/api/sources/abc', { enabled: false })).status).toBe(400)
    expect((await send('PATCH', '/api/sources/999999', { enabled: false })).status).toBe(404)
    expect((await send('DELETE', '/api/sources/999999')).status).toBe(404)
  })

  it('creates sources (201), masks secrets, refuses duplicate names (409)', async () => {
    const res = await send('POST', '/api/sources', {
      kind: 'bluesky-search',
      name: 'recherche harcèlement',
      schedule: NEVER,
      config: { identifier: 'vigie.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop', q: 'harcèlement', lang: 'fr' },
    })
    expect(res.status).toBe(201)
    const { source } = (await json(res)) as { source: SourceView }
    expect(source).toMatchObject({ kind: 'bluesky-search', name: 'recherche harcèlement', enabled: true, health: 'unknown' })
    expect(source.config.appPassword).toBe('••••••')
    expect(source.nextRunAt).not.toBeNull()
    const list = await app().request('/api/sources')
    const text = await list.text()
    expect(text).not.toContain('abcd-efgh')
    expect(text).toContain('recherche harcèlement')

    // Sending the mask back keeps the stored password.
    const patched = await send('PATCH', `/api/sources/${source.id}`, { config: { ...source.config, q: 'moquerie' } })
    expect(patched.status).toBe(200)
    const [row] = await ctx.database.db.select().from(sources).where(eq(sources.id, source.id))
    expect(row?.config).toMatchObject({ appPassword: 'abcd-efgh-ijkl-mnop', q: 'moquerie' })

    const dup = await send('POST', '/api/sources', { kind: 'rss', name: 'recherche harcèlement', config: { url: 'https://x.example/a.rss' } })
    expect(dup.status).toBe(409)
    expect((await errorOf(dup)).message).toMatch(/existe déjà/)
  })

  it('PATCH disables (the job stops), re-enables and reschedules live; run now returns counts; DELETE removes', async () => {
    const created = await send('POST', '/api/sources', { kind: 'rss', name: 'flux api', schedule: '*/5 * * * *', config: { url: `${feeds.url}/api.rss` } })
    const { source } = (await json(created)) as { source: SourceView }
    expect(ctx.sources.job(source.id)?.scheduled).toBe(true)
    const health: string[] = []
    const off = ctx.hub.subscribe((m) => {
      if (m.event.type === 'source.health' && m.event.source.id === source.id) health.push(m.event.source.enabled ? 'on' : 'off')
    })

    const disabled = await send('PATCH', `/api/sources/${source.id}`, { enabled: false })
    expect(disabled.status).toBe(200)
    expect(((await json(disabled)) as { source: SourceView }).source).toMatchObject({ enabled: false, nextRunAt: null })
    expect(ctx.sources.job(source.id)).toBeUndefined()
    const refused = await send('POST', `/api/sources/${source.id}/run`)
    expect(refused.status).toBe(409)
    expect((await errorOf(refused)).message).toMatch(/désactivée/)

    const enabled = await send('PATCH', `/api/sources/${source.id}`, { enabled: true, schedule: NEVER })
    const view = ((await json(enabled)) as { source: SourceView }).source
    expect(view).toMatchObject({ enabled: true, schedule: NEVER })
    expect(new Date(view.nextRunAt ?? 0).getUTCMonth()).toBe(0) // next 1 January
    expect(ctx.sources.job(source.id)?.scheduled).toBe(true)
    expect(health).toEqual(['off', 'on'])
    off()

    const run = await send('POST', `/api/sources/${source.id}/run`)
    expect(run.status).toBe(200)
    expect(((await json(run)) as { result: Json }).result).toMatchObject({ status: 'ok', fetched: 2, trends: 0 })
    const again = await send('POST', `/api/sources/${source.id}/run`)
    expect(((await json(again)) as { result: Json }).result).toMatchObject({ status: 'ok', fetched: 0 })
    const listed = ((await json(await app().request('/api/sources'))) as { sources: SourceView[] }).sources.find((s) => s.id === source.id)
    expect(listed).toMatchObject({ health: 'ok', consecutiveFailures: 0, lastError: null })
    expect(listed?.lastSuccessAt).not.toBeNull()

    const bad = await send('PATCH', `/api/sources/${source.id}`, { config: { url: 'pas une url' } })
    expect(bad.status).toBe(400)
    const unknown = await send('PATCH', `/api/sources/${source.id}`, { config: { url: `${feeds.url}/api.rss`, identityService: 'http://x' } })
    expect(unknown.status).toBe(400)
    expect((await errorOf(unknown)).message).toMatch(/clé inconnue « identityService »/)
    const [stored] = await ctx.database.db.select().from(sources).where(eq(sources.id, source.id))
    expect(stored?.config).toEqual({ url: `${feeds.url}/api.rss` })
    expect((await send('PATCH', `/api/sources/${source.id}`, {})).status).toBe(400)

    const job = ctx.sources.job(source.id)
    expect((await send('DELETE', `/api/sources/${source.id}`)).status).toBe(204)
    expect(job?.scheduled).toBe(false)
    expect(ctx.sources.job(source.id)).toBeUndefined()
    expect((await send('DELETE', `/api/sources/${source.id}`)).status).toBe(404)
  })

  it('shows a source run by another instance with the state that instance reported, and names the instance running it', async () => {
    const created = await send('POST', '/api/sources', { kind: 'rss', name: 'flux ailleurs', schedule: NEVER, enabled: false, config: { url: `${feeds.url}/api.rss` } })
    const { source } = (await json(created)) as { source: SourceView }
    expect(source).toMatchObject({ enabled: false, runner: null, active: false })
    // Another instance holds the source's lease and reports its state.
    const other = new Leases(ctx.database.db, 'autre-instance', 60_000)
    const lease = `source:${source.id}`
    expect(await other.hold([lease])).toEqual(new Set([lease]))
    await other.report([{ name: lease, state: { nextRunAt: '2030-01-01T00:00:00.000Z', waitUntil: null, active: true } }])
    const enabled = ((await json(await send('PATCH', `/api/sources/${source.id}`, { enabled: true }))) as { source: SourceView }).source
    expect(ctx.sources.runningHere()).not.toContain(source.id)
    expect(enabled).toMatchObject({ enabled: true, runner: 'autre-instance', active: true, nextRunAt: '2030-01-01T00:00:00.000Z' })
    const listed = async () => ((await json(await app().request('/api/sources'))) as { sources: SourceView[] }).sources.find((s) => s.id === source.id)
    expect(await listed()).toMatchObject({ runner: 'autre-instance', active: true, nextRunAt: '2030-01-01T00:00:00.000Z' })
    // A report for a lease it does not hold changes nothing.
    await ctx.leases.report([{ name: lease, state: { nextRunAt: null, waitUntil: null, active: false } }])
    expect(await listed()).toMatchObject({ runner: 'autre-instance', active: true })

    // Given up: this instance takes it at its next round, runs it, and reports its own state in the lease.
    await other.release([lease])
    await ctx.sources.leaseRound()
    expect(ctx.sources.runningHere()).toContain(source.id)
    const here = await listed()
    expect(here).toMatchObject({ runner: ctx.leases.owner, active: false })
    expect(new Date(here?.nextRunAt ?? 0).getUTCMonth()).toBe(0) // next 1 January, not 2030
    expect((await ctx.leases.holders('source:')).get(lease)).toEqual({ owner: ctx.leases.owner, state: { nextRunAt: here?.nextRunAt, waitUntil: null, active: false } })
    expect((await send('DELETE', `/api/sources/${source.id}`)).status).toBe(204)
  })

  it('a stored config with an unknown key is refused when loaded: the source fails, naming the key', async () => {
    // Rows written before configs were strict: nothing runs with a setting it would silently ignore.
    // The context's own sources stand aside meanwhile: on PostgreSQL they would take these rows' leases too.
    await ctx.sources.stop()
    const rows = await ctx.database.db
      .insert(sources)
      .values([
        { kind: 'jetstream', name: 'ancien flux', config: { url: 'ws://127.0.0.1:9/subscribe', identityService: 'http://127.0.0.1:9' } },
        { kind: 'rss', name: 'ancien rss', config: { url: `${feeds.url}/api.rss`, proxy: 'http://x' }, schedule: NEVER },
      ])
      .returning()
    const { SourceService } = await import('../../src/sources/source-service.js')
    const loaded = new SourceService({ db: ctx.database.db, pipeline: ctx.pipeline, hub: ctx.hub, log: ctx.log, configured: [] }, sourceOptions())
    try {
      await loaded.start()
      for (const [row, key] of [[rows[0], 'identityService'], [rows[1], 'proxy']] as const) {
        // A polled job records its refused config without holding up the start.
        await expect.poll(async () => (await loaded.get(row!.id)).health).toBe('failing')
        const view = await loaded.get(row!.id)
        expect(view.lastError).toMatch(new RegExp(`^configuration refusée : .*clé inconnue « ${key} »`))
        expect(view.active).toBe(false)
      }
    } finally {
      await loaded.stop()
      for (const row of rows) await ctx.sources.remove(row.id)
      await ctx.sources.start()
    }
  })

  it('refuses to "run now" a stream', async () => {
    const res = await send('POST', '/api/sources', { kind: 'jetstream', name: 'flux local', enabled: false, config: { url: 'ws://127.0.0.1:9/subscribe' } })
    expect(res.status).toBe(201)
    const { source } = (await json(res)) as { source: SourceView }
    const run = await send('POST', `/api/sources/${source.id}/run`)
    expect(run.status).toBe(409)
    expect((await errorOf(run)).message).toMatch(/flux continu/)
  })
})
