/** /ws resume: a reconnecting client gets exactly what it missed, or a resync; never a silent gap. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { broadcasterFor } from '../../src/server/ws-broadcaster.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { publishTrend, range, WsTestClient } from './ws-helpers.js'

const JOURNAL_EVENTS = 5000

describe.each(DRIVERS)('/ws resume (%s)', (driver) => {
  let ctx: AppContext
  let server: RunningServer
  let admin: TestLogin
  let n = 0
  const publish = (count: number) => {
    for (let i = 0; i < count; i++) publishTrend(ctx.hub, n++)
    return broadcasterFor({ db: ctx.database.db, hub: ctx.hub, log: ctx.log, metrics: ctx.metrics }).journal.lastId
  }
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    // Before any app exists: this run's journal keeps only 5,000 events, so "too old" is reachable.
    broadcasterFor({ db: ctx.database.db, hub: ctx.hub, log: ctx.log, metrics: ctx.metrics, limits: { maxEvents: JOURNAL_EVENTS, maxBytes: 1 << 20 } })
    server = await startServer(ctx)
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
  })

  it('says hello with the epoch and the latest id, then streams events with contiguous ids', async () => {
    const before = publish(3)
    const c = await WsTestClient.open(server.url, admin.cookie)
    expect(c.hello).toMatchObject({ type: 'hello', version: 2, lastId: before, user: { id: admin.userId, role: 'admin' } })
    expect(c.hello.epoch).toMatch(/^[A-Za-z0-9_-]+$/)
    const last = publish(5)
    await c.until(last)
    expect(c.ids()).toEqual(range(before + 1, last))
    expect(c.events()[0]).toMatchObject({ type: 'trends.updated', trends: { topics: [] } })
    expect(typeof c.events()[0]!.at).toBe('string')
    await c.close()
  })

  it('replays exactly the missed events after a disconnect, then goes live', async () => {
    const first = await WsTestClient.open(server.url, admin.cookie)
    const seen = publish(4)
    await first.until(seen)
    await first.close()
    const missedTo = publish(7)

    const again = await WsTestClient.open(server.url, admin.cookie, `?since=${seen}&epoch=${first.hello.epoch}`)
    expect(again.hello.lastId).toBe(missedTo)
    await again.until(missedTo)
    const live = publish(3)
    await again.until(live)
    expect(again.frames.some((f) => f.type === 'resync')).toBe(false)
    expect(again.ids()).toEqual(range(seen + 1, live))
    await again.close()
  })

  it('neither loses nor duplicates events published while clients reconnect', async () => {
    const c0 = await WsTestClient.open(server.url, admin.cookie)
    const start = publish(1)
    await c0.until(start)
    await c0.close()
    // Events keep coming while clients connect and replay (well within the journal's bound).
    const timer = setInterval(() => {
      if (publish(0) - start < JOURNAL_EVENTS / 2) publish(2)
    }, 1)
    const clients = await Promise.all(range(1, 8).map(() => WsTestClient.open(server.url, admin.cookie, `?since=${start}&epoch=${c0.hello.epoch}`)))
    await new Promise((r) => setTimeout(r, 30))
    clearInterval(timer)
    const end = publish(1)
    for (const c of clients) {
      await c.until(end)
      expect(c.frames.some((f) => f.type === 'resync')).toBe(false)
      expect(c.ids()).toEqual(range(start + 1, end))
      await c.close()
    }
  })

  it('sends resync for another epoch, a missing epoch, a point too old, in the future, or malformed', async () => {
    const c = await WsTestClient.open(server.url, admin.cookie)
    const { epoch, lastId } = c.hello
    await c.close()
    const resyncOf = async (query: string) => {
      const r = await WsTestClient.open(server.url, admin.cookie, query)
      await expect.poll(() => r.frames.length).toBeGreaterThanOrEqual(2)
      const live = publish(1)
      await r.until(live)
      await r.close()
      // hello, resync, then live events only.
      expect(r.frames[0]!.type).toBe('hello')
      expect(r.ids()).toEqual([live])
      return r.frames[1]
    }
    expect(await resyncOf(`?since=${lastId}&epoch=un-autre-demarrage`)).toEqual({ type: 'resync', reason: 'epoch' })
    expect(await resyncOf(`?since=${lastId}`)).toEqual({ type: 'resync', reason: 'epoch' })
    expect(await resyncOf(`?since=${lastId + 1000}&epoch=${epoch}`)).toEqual({ type: 'resync', reason: 'future' })
    for (const bad of ['abc', '-1', '1.5', '1e3', '99999999999999999999']) {
      expect(await resyncOf(`?since=${bad}&epoch=${epoch}`)).toEqual({ type: 'resync', reason: 'invalid' })
    }
    expect(await resyncOf(`?since=1&epoch=${'x'.repeat(65)}`)).toEqual({ type: 'resync', reason: 'invalid' })
    const old = publish(0)
    publish(JOURNAL_EVENTS + 5)
    expect(await resyncOf(`?since=${old}&epoch=${epoch}`)).toEqual({ type: 'resync', reason: 'too_old' })
  })

  it('replays nothing when the client is up to date', async () => {
    const c = await WsTestClient.open(server.url, admin.cookie)
    await c.close()
    const r = await WsTestClient.open(server.url, admin.cookie, `?since=${c.hello.lastId}&epoch=${c.hello.epoch}`)
    const live = publish(1)
    await r.until(live)
    expect(r.frames.map((f) => f.type)).toEqual(['hello', 'trends.updated'])
    expect(r.ids()).toEqual([live])
    await r.close()
  })
})
