import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWatch } from '../../src/watches/watch-service.js'
import { watchInputSchema } from '../../src/watches/watch-input.js'
import { DRIVERS, testContext } from '../_util.js'
import { accountEvent, deleteEvent, identityEvent, plcDid, postEvent } from '../watchers/fakes/jetstream-events.js'
import { startFakeJetstream, type FakeJetstream } from '../watchers/fakes/jetstream-server.js'
import { eventually, postCounts, restartableDatabase, sourceOptions } from './helpers.js'

const T0 = 1_764_280_000_000_000
const FR = 'franchement personne ne veut de toi au collège, arrête de venir'

describe.each(DRIVERS)('Jetstream supervisor (%s)', (driver) => {
  let js: FakeJetstream
  beforeAll(async () => {
    js = await startFakeJetstream()
  })
  afterAll(() => js.close())

  const emitPosts = (from: number, to: number, extra: { langs?: string[]; text?: string } = {}) =>
    js.emit(
      Array.from({ length: to - from + 1 }, (_, i) =>
        postEvent({ did: plcDid(from + i), rkey: `3k${from + i}`, timeUs: T0 + (from + i) * 1_000, text: extra.text ?? FR, langs: extra.langs ?? ['fr'] }),
      ),
    )

  it('stores posts, persists the cursor, resumes after a disconnect and after a restart', async () => {
    const db = await restartableDatabase(driver)
    const configured = [{ kind: 'jetstream', name: 'flux', url: js.url }]
    try {
      const ctx = await db.open({ sources: configured }, sourceOptions())
      let id = 0
      try {
        await ctx.sources.start()
        const [src] = await ctx.sources.list()
        id = src!.id
        await eventually(() => js.clientCount() === 1)
        await eventually(async () => (await ctx.sources.get(id)).health === 'ok')
        emitPosts(1, 5)
        emitPosts(6, 7, { langs: ['en'], text: 'nothing to see here in english, move along' })
        await eventually(async () => (await postCounts(ctx, 'bluesky')).rows === 5)
        await eventually(async () => (await ctx.sources.get(id)).cursor === `${new Date((T0 + 7_000) / 1000).toISOString()}`)

        // Disconnect mid-stream: events emitted while down are replayed on reconnect.
        js.dropAll()
        emitPosts(8, 10)
        await eventually(() => js.clientCount() === 1)
        await eventually(async () => (await postCounts(ctx, 'bluesky')).rows === 8)
        expect(js.connections.length).toBe(2)
        expect(Number(js.connections[1]?.get('cursor'))).toBeLessThanOrEqual(T0 + 7_000)
        await eventually(async () => (await ctx.sources.get(id)).health === 'ok')
      } finally {
        await ctx.close() // saves the final cursor
      }

      emitPosts(11, 12) // while Vigie is stopped
      const again = await db.open({ sources: configured }, sourceOptions())
      try {
        await again.sources.start()
        await eventually(async () => (await postCounts(again, 'bluesky')).rows === 10)
        expect(js.connections.at(-1)?.get('cursor')).toBe(String(T0 + 10_000))
        expect(await postCounts(again, 'bluesky')).toEqual({ rows: 10, distinct: 10 })
      } finally {
        await again.close()
      }
    } finally {
      await db.drop()
    }
  })

  it('marks deleted posts, taken-down authors and handle changes, keeping every row as evidence', async () => {
    const ctx = await testContext(driver, { sources: [{ kind: 'jetstream', name: 'flux', url: js.url }] }, { sources: sourceOptions() })
    try {
      await ctx.sources.start()
      await eventually(() => js.clientCount() === 1)
      const base = T0 + 500_000
      js.emit([
        postEvent({ did: plcDid(501), rkey: '3m1', timeUs: base + 1, text: FR, langs: ['fr'] }),
        postEvent({ did: plcDid(501), rkey: '3m2', timeUs: base + 2, text: FR, langs: ['fr'] }),
        postEvent({ did: plcDid(502), rkey: '3m3', timeUs: base + 3, text: FR, langs: ['fr'] }),
      ])
      await eventually(async () => (await ctx.database.db.query.posts.findMany()).length === 3)
      js.emit([
        deleteEvent({ did: plcDid(501), rkey: '3m1', timeUs: base + 4 }),
        accountEvent({ did: plcDid(502), active: false, status: 'takendown', timeUs: base + 5, seq: 1 }),
        identityEvent({ did: plcDid(501), handle: 'nouveau.bsky.social', timeUs: base + 6, seq: 2 }),
      ])
      const byId = async () => new Map((await ctx.database.db.query.posts.findMany()).map((p) => [p.externalId, p]))
      await eventually(async () => {
        const rows = await byId()
        return (
          rows.get(`at://${plcDid(501)}/app.bsky.feed.post/3m1`)?.deletedAt != null &&
          rows.get(`at://${plcDid(502)}/app.bsky.feed.post/3m3`)?.authorStatus === 'takendown' &&
          rows.get(`at://${plcDid(501)}/app.bsky.feed.post/3m2`)?.author === 'nouveau.bsky.social'
        )
      })
      const rows = await byId()
      expect(rows.size).toBe(3) // nothing removed
      expect(rows.get(`at://${plcDid(501)}/app.bsky.feed.post/3m2`)?.deletedAt).toBeNull()
    } finally {
      await ctx.close()
    }
  })

  it('keeps posts in any language that name a watched victim, and shows an unreachable stream as failing', async () => {
    const ctx = await testContext(
      driver,
      { sources: [{ kind: 'jetstream', name: 'flux', url: js.url }, { kind: 'jetstream', name: 'mort', url: 'ws://127.0.0.1:9/subscribe' }] },
      { sources: sourceOptions() },
    )
    try {
      await createWatch(ctx.database.db, watchInputSchema.parse({ label: 'Zoé Martin' }), null)
      await ctx.sources.start()
      const [flux, dead] = await ctx.sources.list()
      await eventually(() => js.clientCount() === 1)
      js.emit([postEvent({ did: plcDid(900), rkey: '3w1', timeUs: T0 + 900_000, text: 'everyone hates zoé martin lol', langs: ['en'] })])
      js.emit([postEvent({ did: plcDid(901), rkey: '3w2', timeUs: T0 + 901_000, text: 'everyone loves this sandwich shop downtown', langs: ['en'] })])
      await eventually(async () => (await postCounts(ctx, 'bluesky')).rows >= 1)
      expect(await postCounts(ctx, 'bluesky')).toEqual({ rows: 1, distinct: 1 })
      expect((await ctx.sources.get(flux!.id)).health).toBe('ok')
      await eventually(async () => (await ctx.sources.get(dead!.id)).health === 'failing')
      const view = await ctx.sources.get(dead!.id)
      expect(view.lastError).toMatch(/connexion perdue/)
      expect(view.consecutiveFailures).toBeGreaterThanOrEqual(3)

      // Disabling a stream closes its connection; re-enabling reconnects from the saved cursor.
      await ctx.sources.update(flux!.id, { enabled: false })
      await eventually(() => js.clientCount() === 0)
      expect((await ctx.sources.get(flux!.id)).cursor).toBe(new Date((T0 + 901_000) / 1000).toISOString())
      await ctx.sources.update(flux!.id, { enabled: true })
      await eventually(() => js.clientCount() === 1)
      expect(js.connections.at(-1)?.get('cursor')).toBe(String(T0 + 901_000))
    } finally {
      await ctx.close()
    }
  })
})
