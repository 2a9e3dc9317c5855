/**
 * `kill -9` of a `vigie start` process in the middle of its webhook sends
 * (only when TEST_DATABASE_URL is set): the receiver holds A's requests
 * open, A is killed, B starts on the same PostgreSQL and sends every row —
 * the ones A never claimed at once, the ones A died sending once their lease
 * passed, with the same idempotency key. At the receiver every delivery is
 * answered exactly once; the keys A had on the wire arrived twice (at least
 * once, as the README says).
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js'
import { silentLogger } from '../../src/logger.js'
import { Outbox } from '../../src/outbox/outbox.js'
import { WebhookSender } from '../../src/watches/webhook.js'
import { freshDatabase } from '../_util.js'
import { eventually } from '../sources/helpers.js'
import { startFakeJetstream, type FakeJetstream } from '../watchers/fakes/jetstream-server.js'
import { startInstance, type Instance } from './instances.js'

/** Rows queued before the kill. */
const ROWS = 20

describe.skipIf(!process.env.TEST_DATABASE_URL)('an instance killed mid-delivery (two processes on one PostgreSQL)', () => {
  let js: FakeJetstream
  let drop: () => Promise<void>
  let url: string
  let handle: DatabaseHandle
  const instances: Instance[] = []
  /** Every request's key as it arrived; the keys answered 204. */
  const arrived: string[] = []
  const answered: string[] = []
  let hold = true
  const held: ServerResponse[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const key = String(req.headers['idempotency-key'])
      arrived.push(key)
      if (hold) {
        held.push(res)
        return
      }
      answered.push(key)
      res.writeHead(204).end()
    })
  })

  beforeAll(async () => {
    js = await startFakeJetstream()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const fresh = await freshDatabase('postgres')
    drop = fresh.drop
    if (fresh.database.driver !== 'postgres') throw new Error('postgres expected')
    url = fresh.database.url
    handle = await openDatabase(fresh.database)
  })
  afterAll(async () => {
    for (const i of instances) {
      if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM')
      await i.exited
    }
    for (const res of held) res.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await handle?.close()
    await drop?.()
    await js?.close()
  })

  it('sends every row once B is up: none lost, each answered once, the keys A had on the wire sent again with the same key', async () => {
    const env = { VIGIE_OUTBOX_LEASE: '5' }
    const a = await startInstance(url, js.url, env)
    instances.push(a)
    // Queued as the pipeline queues them (an outbox of this test process that delivers nothing itself).
    const webhooks = new WebhookSender(new Outbox(handle, silentLogger), { log: silentLogger, secret: async () => null })
    const hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    for (let i = 0; i < ROWS; i++) await webhooks.enqueue(handle.db, { key: `webhook:kill:${i}`, subject: 'test:kill', url: hook, secret: null, payload: { n: i } })

    // A claims a batch and sends it; the receiver keeps those requests open. Kill once all of them arrived.
    const claimed = async () => (await handle.rows<{ n: number }>(sql`select count(*)::int as n from outbox where claim_token is not null`))[0]?.n ?? 0
    await eventually(async () => held.length > 0 && held.length === (await claimed()), 30_000)
    const inFlight = held.length
    a.child.kill('SIGKILL')
    await a.exited
    const onTheWire = new Set(arrived)
    hold = false
    for (const res of held.splice(0)) res.destroy()

    instances.push(await startInstance(url, js.url, env))
    await eventually(async () => {
      const [left] = await handle.rows<{ n: number }>(sql`select count(*)::int as n from outbox where state <> 'sent'`)
      return left?.n === 0
    }, 60_000)

    const keys = Array.from({ length: ROWS }, (_, i) => `webhook:kill:${i}`)
    expect([...answered].sort()).toEqual([...keys].sort())
    expect(onTheWire.size).toBe(inFlight)
    for (const key of keys) expect(arrived.filter((k) => k === key)).toHaveLength(onTheWire.has(key) ? 2 : 1)
  }, 180_000)
})
