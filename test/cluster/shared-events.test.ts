/**
 * The cluster's /ws journal: two instances (two broadcasters, each with its
 * own hub and its own view of the journal) on one database: every event
 * reaches the clients of both with the same ids, and a client moving from
 * one instance to the other resumes exactly, or resyncs; never a silent gap.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/auth/roles.js'
import { SharedEvents } from '../../src/cluster/shared-events.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js'
import { Hub } from '../../src/hub/hub.js'
import { silentLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { CLOSE_SESSION_ENDED, WsBroadcaster, type WsClient } from '../../src/server/ws-broadcaster.js'
import { DRIVERS, freshDatabase } from '../_util.js'
import { FakeSocket, publishTrend, range } from '../server/ws-helpers.js'

const KEEP = 50

interface Instance {
  hub: Hub
  shared: SharedEvents
  b: WsBroadcaster
  handle: DatabaseHandle
}

function client(role: Role, id = 1): WsClient & { socket: FakeSocket } {
  return { user: { id, name: `u${id}`, role }, tokenHash: `t${id}`, socket: new FakeSocket() }
}

describe.each(DRIVERS)('cluster event journal (%s)', (driver) => {
  let drop: () => Promise<void>
  const handles: DatabaseHandle[] = []
  const instances: Instance[] = []
  let n = 0

  beforeAll(async () => {
    const fresh = await freshDatabase(driver)
    drop = fresh.drop
    const first = await openDatabase(fresh.database)
    // PGlite is one process's database: both instances share the handle; PostgreSQL gets a second pool.
    const second = driver === 'pglite' ? first : await openDatabase(fresh.database)
    handles.push(first, ...(second === first ? [] : [second]))
    for (const handle of [first, second]) {
      const shared = new SharedEvents(handle, silentLogger, { keep: KEEP, pollMs: 200 })
      await shared.start()
      const hub = new Hub(silentLogger)
      instances.push({ hub, shared, handle, b: new WsBroadcaster({ db: handle.db, hub, log: silentLogger, metrics: createMetrics(), shared }) })
    }
  })
  afterAll(async () => {
    for (const i of instances) await i.shared.close()
    for (const h of handles) await h.close()
    await drop()
  })

  /** Publishes `count` events on `on` and waits until they are written and `on` has read them back. */
  const publish = async (on: Instance, count: number) => {
    for (let i = 0; i < count; i++) publishTrend(on.hub, n++)
    await on.shared.idle()
    await on.shared.catchUp()
  }

  it('shares one epoch and delivers every instance’s events to every client, with the same contiguous ids', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    expect(a.b.epoch).toBe(b.b.epoch)
    const onA = client('admin', 1)
    const onB = client('analyst', 2)
    a.b.connect(onA, { kind: 'none' })
    b.b.connect(onB, { kind: 'none' })
    await publish(a, 3)
    await publish(b, 2)
    await publish(a, 1)
    await expect.poll(() => onA.socket.ids().length).toBe(6)
    await expect.poll(() => onB.socket.ids().length).toBe(6)
    expect(onA.socket.ids()).toEqual(range(1, 6))
    expect(onB.socket.ids()).toEqual(range(1, 6))
    expect(onB.socket.sent.slice(1)).toEqual(onA.socket.sent.slice(1))
    b.b.disconnect(onB)
    a.b.disconnect(onA)
  })

  it('resumes on the other instance exactly: from its journal, from the table, or ahead of what it has read', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    const onA = client('admin', 1)
    a.b.connect(onA, { kind: 'none' })
    await publish(a, 4)
    await expect.poll(() => onA.socket.ids().at(-1)).toBe(a.b.journal.lastId)
    const seen = onA.socket.ids().at(-1)!
    a.b.disconnect(onA)
    await publish(a, 5)
    const to = a.b.journal.lastId
    // Moved to B at once, maybe before B read the five events.
    const moved = client('admin', 1)
    b.b.connect(moved, { kind: 'resume', since: seen, epoch: a.b.epoch })
    await publish(b, 2)
    await expect.poll(() => moved.socket.ids().at(-1)).toBe(to + 2)
    expect(moved.socket.sent.some((f) => f.type === 'resync')).toBe(false)
    expect(moved.socket.ids()).toEqual(range(seen + 1, to + 2))
    b.b.disconnect(moved)

    // Older than B's in-memory journal (B's journal forgot it) but still in the table: replayed from the table.
    b.b.journal.reset(b.b.journal.lastId)
    const back = client('admin', 1)
    b.b.connect(back, { kind: 'resume', since: seen, epoch: b.b.epoch })
    await publish(a, 1)
    await expect.poll(() => back.socket.ids().at(-1)).toBe(to + 3)
    expect(back.socket.ids()).toEqual(range(seen + 1, to + 3))
    b.b.disconnect(back)
  })

  it('resyncs a resume point pruned from the table, from the future, or of another epoch', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    const old = a.b.journal.lastId
    await publish(a, KEEP + 5)
    await expect.poll(() => b.b.journal.lastId).toBe(a.b.journal.lastId)
    b.b.journal.reset(b.b.journal.lastId)
    const resyncOf = async (since: number, epoch: string) => {
      const c = client('admin', 1)
      b.b.connect(c, { kind: 'resume', since, epoch })
      await expect.poll(() => c.socket.sent.length).toBeGreaterThanOrEqual(2)
      b.b.disconnect(c)
      return c.socket.sent[1]
    }
    expect(await resyncOf(old, b.b.epoch)).toEqual({ type: 'resync', reason: 'too_old' })
    expect(await resyncOf(b.b.journal.lastId + 100, b.b.epoch)).toEqual({ type: 'resync', reason: 'future' })
    expect(await resyncOf(b.b.journal.lastId, 'ailleurs')).toEqual({ type: 'resync', reason: 'epoch' })
  })

  it('keeps an event’s extra users (a case’s people) in their own column, live and on a resume from the table', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    await a.shared.catchUp()
    await b.shared.catchUp()
    const before = b.b.journal.lastId
    const member = client('counsellor', 5)
    const other = client('counsellor', 6)
    b.b.connect(member, { kind: 'none' })
    b.b.connect(other, { kind: 'none' })
    a.shared.append('case.updated', { roles: ['admin'], userId: null, userIds: [4, 5] }, JSON.stringify({ type: 'case.updated', caseId: 9 }))
    await a.shared.idle()
    await expect.poll(() => member.socket.ids().length).toBe(1)
    const id = member.socket.ids()[0]!
    expect(id).toBe(before + 1)
    expect(member.socket.sent[1]).toEqual({ id, type: 'case.updated', caseId: 9 })
    expect(other.socket.ids()).toEqual([])
    const [row] = await a.handle.rows<{ roles: string[]; user_ids: number[] }>(sql`select roles, user_ids from cluster_events where id = ${id}`)
    expect(row).toEqual({ roles: ['admin'], user_ids: [4, 5] })
    b.b.disconnect(member)
    b.b.disconnect(other)

    // Resumed from the table (B's journal forgot it): the same access check.
    b.b.journal.reset(b.b.journal.lastId)
    const memberBack = client('counsellor', 5)
    const otherBack = client('counsellor', 6)
    b.b.connect(memberBack, { kind: 'resume', since: before, epoch: b.b.epoch })
    b.b.connect(otherBack, { kind: 'resume', since: before, epoch: b.b.epoch })
    await expect.poll(() => memberBack.socket.ids()).toEqual([id])
    await expect.poll(() => otherBack.socket.sent.length).toBeGreaterThanOrEqual(1)
    expect(otherBack.socket.sent).toEqual([expect.objectContaining({ type: 'hello', lastId: id })])
    expect(memberBack.socket.sent.some((f) => f.type === 'resync')).toBe(false)
    b.b.disconnect(memberBack)
    b.b.disconnect(otherBack)
  })

  it('closes a session’s sockets on every instance when it ends on one', async () => {
    const [a, b] = [instances[0]!, instances[1]!]
    const onB = client('admin', 7)
    const other = client('admin', 8)
    b.b.connect(onB, { kind: 'none' })
    b.b.connect(other, { kind: 'none' })
    a.hub.publish({ type: 'session.ended', tokenHash: 't7' })
    await expect.poll(() => onB.socket.closedWith).toBe(CLOSE_SESSION_ENDED)
    expect(other.socket.closedWith).toBeNull()
    b.b.disconnect(other)
  })
})
