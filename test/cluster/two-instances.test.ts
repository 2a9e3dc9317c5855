/**
 * Two `vigie start` processes on one PostgreSQL (only when TEST_DATABASE_URL
 * is set): a dashboard on instance B sees the wave opened from posts that
 * instance A ingested from the (local, fake) Jetstream; then A is killed
 * with SIGKILL mid-stream, B takes the source over from the stored cursor,
 * and every post is stored exactly once.
 */
import { type ChildProcess } from 'node:child_process'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../src/auth/user-service.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js'
import { spawnVigie } from '../cli/cli-process.js'
import { WsTestClient } from '../server/ws-helpers.js'
import { eventually } from '../sources/helpers.js'
import { freshDatabase } from '../_util.js'
import { postEvent, plcDid } from '../watchers/fakes/jetstream-events.js'
import { startFakeJetstream, type FakeJetstream } from '../watchers/fakes/jetstream-server.js'

const PASSWORD = 'mot-de-passe-du-test-grappe'
/** Posts streamed around the kill. */
const POSTS = 3_000
const T0 = Date.now() * 1_000

interface Instance {
  child: ChildProcess
  url: string
  exited: Promise<void>
}

/** Starts `vigie start` on `databaseUrl`; resolves once it listens. */
async function startInstance(databaseUrl: string, js: FakeJetstream): Promise<Instance> {
  const child = spawnVigie(['start'], {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    VIGIE_LOG_LEVEL: 'info',
    VIGIE_SOURCES: JSON.stringify([{ kind: 'jetstream', name: 'flux', url: js.url }]),
    VIGIE_LEASE_TTL: '3',
    // Nothing leaves the machine: DID ↔ handle lookups hit a closed local port.
    VIGIE_BLUESKY_APPVIEW: 'http://127.0.0.1:9',
    VIGIE_PLC_URL: 'http://127.0.0.1:9',
    VIGIE_RETENTION_SCHEDULE: 'off',
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let log = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${log}`)), 60_000)
    child.stderr?.on('data', (d: Buffer) => {
      log += d.toString()
      const m = /"url":"(http:\/\/[^"]+)"/.exec(log)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
    child.once('exit', (code) => reject(new Error(`instance exited (${code}):\n${log}`)))
  })
  return { child, url, exited }
}

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
    instances.push(await startInstance(url, js))
    handle = await openDatabase(fresh.database)
    await eventually(() => js.clientCount() === 1, 30_000)
    instances.push(await startInstance(url, js))
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

    await createUser(handle.db, { name: 'veille', role: 'admin', password: PASSWORD })
    const login = await fetch(`${b.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'veille', password: PASSWORD }) })
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
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
    // The dashboard on B stayed connected throughout.
    expect(dashboard.ws.readyState).toBe(1)
    await dashboard.close()
    console.info(`two instances: takeover ${takeoverMs} ms after kill -9, ${POSTS} posts stored once`)
  }, 120_000)
})
