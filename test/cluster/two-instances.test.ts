/**
 * Two `vigie start` processes on one PostgreSQL (only when TEST_DATABASE_URL
 * is set): a dashboard on instance B sees the wave opened from posts that
 * instance A ingested from the (local, fake) Jetstream; then A is killed
 * with SIGKILL mid-stream, B takes the source over from the stored cursor,
 * and every post is stored exactly once.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../src/auth/user-service.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js'
import { WsTestClient } from '../server/ws-helpers.js'
import { eventually } from '../sources/helpers.js'
import { logIn, startInstance, type Instance } from './instances.js'
import { freshDatabase } from '../_util.js'
import { postEvent, plcDid } from '../watchers/fakes/jetstream-events.js'
import { startFakeJetstream, type FakeJetstream } from '../watchers/fakes/jetstream-server.js'

const PASSWORD = 'mot-de-passe-du-test-grappe'
/** Posts streamed around the kill. */
const POSTS = 3_000
const T0 = Date.now() * 1_000

const frenchPost = (n: number) =>
  postEvent({ did: plcDid(1_000 + (n % 500)), rkey: `3kf${n}`, timeUs: T0 + n * 1_000, text: `Franchement le cours de maths de ce matin était trop long, numéro ${n}`, langs: ['fr'] })

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  let js: FakeJetstream
  let drop: () => Promise<void>
  let handle: DatabaseHandle
  const instances: Instance[] = []

  beforeAll(async () => {
    js = await startFakeJetstream()
    const fresh = await freshDatabase('postgres')
    drop = fresh.drop
    if (fresh.database.driver !== 'postgres') throw new Error('postgres expected')
    const url = fresh.database.url
    // A starts alone, so it takes the Jetstream source; then B.
    const env = { VIGIE_LEASE_TTL: '3' }
    instances.push(await startInstance(url, js.url, env))
    handle = await openDatabase(fresh.database)
    await eventually(() => js.clientCount() === 1, 30_000)
    instances.push(await startInstance(url, js.url, env))
  })
  afterAll(async () => {
    for (const i of instances) {
      if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM')
      await i.exited
    }
    await handle?.close()
    await drop?.()
    await js?.close()
  })

  const storedPosts = async () => {
    const [row] = await handle.rows<{ rows: number; distinct: number }>(
      sql`select count(*)::int as rows, count(distinct external_id)::int as distinct from posts where platform = 'bluesky' and external_id like '%3kf%'`,
    )
    return row!
  }

  it('shows on B the wave opened from posts ingested by A, then B takes the source over after kill -9 of A: every post stored once', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    const [lease] = await handle.rows<{ owner: string }>(sql`select owner from leases where name like 'source:%'`)
    expect(lease!.owner.startsWith(`${a.child.pid}-`)).toBe(true)
    const [background] = await handle.rows<{ owner: string }>(sql`select owner from leases where name = 'job:background'`)
    expect(background!.owner.startsWith(`${a.child.pid}-`)).toBe(true)

    await createUser(handle.db, { name: 'veille', role: 'admin', password: PASSWORD })
    const cookie = await logIn(b.url, 'veille', PASSWORD)
    const dashboard = await WsTestClient.open(b.url, cookie)

    // A raid on a group tag, ingested by A (B has no Jetstream connection).
    const raid = ["les 2010 c'est tous des cassos #anti2010", 'les 2010 vous êtes des grosses merdes #anti2010', 'sale 2010 dégagez de l’insta bande de cassos #anti2010']
    js.emit(
      Array.from({ length: 9 }, (_, i) =>
        postEvent({ did: plcDid(90 + i), rkey: `3kr${i}`, timeUs: T0 - 10_000 + i, text: raid[i % raid.length]!, langs: ['fr'], tags: ['anti2010'] }),
      ),
    )
    await expect.poll(() => dashboard.events('wave.opened').length, { timeout: 20_000 }).toBeGreaterThan(0)
    expect(dashboard.events('wave.opened')[0]).toMatchObject({ wave: { key: 'anti2010' } })
    expect(js.clientCount()).toBe(1)
    // B's sources screen shows the stream as A runs it (open), naming A.
    const jetstreamOn = async (instance: Instance) => {
      const res = await fetch(`${instance.url}/api/sources`, { headers: { cookie } })
      const { sources } = (await res.json()) as { sources: Array<{ kind: string; active: boolean; runner: string | null }> }
      return sources.find((s) => s.kind === 'jetstream')
    }
    await expect.poll(async () => (await jetstreamOn(b))?.active, { timeout: 10_000 }).toBe(true)
    expect((await jetstreamOn(b))?.runner).toBe(lease!.owner)

    // Stream; kill -9 A mid-stream; keep streaming while B takes over.
    let sent = 0
    const streaming = (async () => {
      while (sent < POSTS) {
        js.emit(Array.from({ length: 50 }, (_, i) => frenchPost(sent + i)))
        sent += 50
        await new Promise((r) => setTimeout(r, 15))
      }
    })()
    await eventually(async () => (await storedPosts()).rows >= POSTS / 3, 30_000)
    const connectionsBefore = js.connections.length
    a.child.kill('SIGKILL')
    const killedAt = Date.now()
    await a.exited
    await eventually(() => js.connections.length > connectionsBefore && js.clientCount() === 1, 30_000)
    const takeoverMs = Date.now() - killedAt
    expect(takeoverMs).toBeLessThanOrEqual(30_000)
    // B resumed from the cursor A stored (not from now): the posts A had not stored yet come again.
    expect(Number(js.connections.at(-1)!.get('cursor'))).toBeGreaterThanOrEqual(T0 - 10_000)
    await streaming
    await eventually(async () => (await storedPosts()).rows === POSTS, 30_000)
    expect(await storedPosts()).toEqual({ rows: POSTS, distinct: POSTS })
    const [owner] = await handle.rows<{ owner: string }>(sql`select owner from leases where name like 'source:%'`)
    expect(owner!.owner.startsWith(`${b.child.pid}-`)).toBe(true)
    // The background work (removal checks, retention, waiting reports) moved to B as well.
    await eventually(async () => {
      const [background] = await handle.rows<{ owner: string }>(sql`select owner from leases where name = 'job:background'`)
      return background?.owner.startsWith(`${b.child.pid}-`) === true
    }, 10_000)
    // B's sources screen now names B.
    expect((await jetstreamOn(b))?.runner).toBe(owner!.owner)
    // The dashboard on B stayed connected throughout.
    expect(dashboard.ws.readyState).toBe(1)
    await dashboard.close()
    console.info(`two instances: takeover ${takeoverMs} ms after kill -9, ${POSTS} posts stored once`)
  }, 120_000)
})
