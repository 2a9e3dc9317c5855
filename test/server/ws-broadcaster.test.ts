/** The /ws journal and broadcaster without sockets: bounds, order, audiences, slow clients. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/auth/roles.js'
import type { AppContext } from '../../src/context.js'
import { watches } from '../../src/db/schema/index.js'
import { Hub } from '../../src/hub/hub.js'
import { silentLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { CLOSE_TOO_SLOW, MAX_BUFFERED_BYTES, WsBroadcaster, type WsClient } from '../../src/server/ws-broadcaster.js'
import { EventJournal } from '../../src/server/ws-journal.js'
import { resumeRequest } from '../../src/server/ws.js'
import { wireEventOf } from '../../src/server/ws-events.js'
import type { FlagView, TakedownView } from '../../src/moderation/views.js'
import { storedPostView } from '../../src/posts/post-view.js'
import type { StoredPost } from '../../src/types.js'
import type { AlertView } from '../../src/watches/alert-view.js'
import { DRIVERS, testContext } from '../_util.js'
import { FakeSocket, publishTrend, range } from './ws-helpers.js'

const everyone = { roles: ['admin', 'analyst', 'reviewer', 'counsellor'] as Role[], userId: null }

describe('EventJournal', () => {
  it('keeps contiguous ids and serves what follows a resume point', () => {
    const j = new EventJournal({ maxEvents: 5, maxBytes: 1 << 20 })
    expect(j.after(0)).toEqual([])
    expect(j.after(1)).toBe('future')
    for (let i = 0; i < 3; i++) j.append('t', everyone, (id) => JSON.stringify({ id }))
    expect(j.lastId).toBe(3)
    expect((j.after(1) as Array<{ id: number }>).map((e) => e.id)).toEqual([2, 3])
    expect(j.after(3)).toEqual([])
    expect(j.after(4)).toBe('future')
  })

  it('drops the oldest beyond its event count or its byte size; a resume before them is too old', () => {
    const byCount = new EventJournal({ maxEvents: 5, maxBytes: 1 << 20 })
    for (let i = 0; i < 12; i++) byCount.append('t', everyone, (id) => JSON.stringify({ id }))
    expect(byCount.size.events).toBe(5)
    expect(byCount.firstId).toBe(8)
    expect(byCount.after(6)).toBe('too_old')
    expect((byCount.after(7) as Array<{ id: number }>).map((e) => e.id)).toEqual([8, 9, 10, 11, 12])

    const bySize = new EventJournal({ maxEvents: 1000, maxBytes: 1000 })
    for (let i = 0; i < 30; i++) bySize.append('t', everyone, () => 'x'.repeat(100))
    expect(bySize.size.bytes).toBeLessThanOrEqual(1000)
    expect(bySize.size.events).toBe(10)
    expect(bySize.after(19)).toBe('too_old')
    expect((bySize.after(20) as unknown[]).length).toBe(10)
    // Even one event larger than the bound is kept (the latest is always servable).
    bySize.append('t', everyone, () => 'y'.repeat(5000))
    expect(bySize.size.events).toBe(1)
  })

  it('builds each frame once, as UTF-8', () => {
    const j = new EventJournal()
    let calls = 0
    const e = j.append('t', everyone, (id) => {
      calls++
      return JSON.stringify({ id, text: 'élève 🚨' })
    })
    expect(calls).toBe(1)
    expect(JSON.parse(e.frame.toString('utf8'))).toEqual({ id: 1, text: 'élève 🚨' })
  })

  it('parses resume query strings strictly', () => {
    expect(resumeRequest({})).toEqual({ kind: 'none' })
    expect(resumeRequest({ since: '12', epoch: 'abc_-9' })).toEqual({ kind: 'resume', since: 12, epoch: 'abc_-9' })
    expect(resumeRequest({ since: '12' })).toEqual({ kind: 'resume', since: 12, epoch: '' })
    expect(resumeRequest({ epoch: 'abc' })).toEqual({ kind: 'resume', since: 0, epoch: 'abc' })
    for (const since of ['', ' 1', '0x10', '-1', '1.0', '9'.repeat(16)]) expect(resumeRequest({ since, epoch: 'abc' })).toEqual({ kind: 'invalid' })
    expect(resumeRequest({ since: '1', epoch: 'a b' })).toEqual({ kind: 'invalid' })
  })
})

describe('wireEventOf', () => {
  const post: StoredPost = {
    platform: 'bluesky', id: 'x1', dbId: '7', author: 'a.bsky.social', text: 'sale 2010', createdAt: new Date(0), hashtags: [], mentions: [], langs: ['fr'],
    seenAt: new Date(0), verdict: { score: 0.9, harassment: true, lang: 'fr', categories: ['insult'], evidence: [], modelVersion: 't' },
  }
  const flag: FlagView = {
    id: 1, postId: '7', post: storedPostView(post), category: 'harassment', note: null, status: 'pending', flaggedBy: 'ana', flaggedAt: '',
    claimedBy: null, claimedAt: null, decidedBy: null, decidedAt: null, decisionNote: null, evidenceSha256: 'ab', capturedAt: '',
  }
  const takedown: TakedownView = {
    id: 1, flagId: 1, postId: '7', platform: 'bluesky', channel: 'dsa-notice', status: 'requested', requestedAt: '', acknowledgedAt: null,
    resolvedAt: null, dueAt: '', answer: null, externalRef: null, lastError: null, post: { url: null, author: 'a.bsky.social', externalId: 'x1' },
    removedAt: null, removedBy: null, lastCheck: null, overdueAt: null, escalations: [], sentAt: null, sentBy: null, sentVia: null, sentTo: null,
  }

  it('forwards each type to the roles that may read the same data over REST', () => {
    expect(wireEventOf({ type: 'post.stored', post })).toMatchObject({ type: 'post.hostile', roles: ['admin', 'analyst', 'reviewer', 'counsellor'] })
    expect(wireEventOf({ type: 'post.stored', post: { ...post, verdict: { ...post.verdict, harassment: false } } })).toBeNull()
    expect(wireEventOf({ type: 'wave.posts', waveId: 3, posts: [] })).toMatchObject({ payload: { waveId: 3, posts: [] }, roles: ['admin', 'analyst', 'reviewer', 'counsellor'] })
    expect(wireEventOf({ type: 'flag.created', flag })).toMatchObject({ payload: { flag }, roles: ['admin', 'analyst', 'reviewer'] })
    expect(wireEventOf({ type: 'flag.updated', flag })?.roles).toEqual(['admin', 'analyst', 'reviewer'])
    expect(wireEventOf({ type: 'takedown.updated', takedown })?.roles).toEqual(['admin', 'analyst', 'reviewer'])
    expect(wireEventOf({ type: 'takedown.overdue', takedown })?.roles).toEqual(['admin', 'analyst', 'reviewer'])
    expect(wireEventOf({ type: 'trends.updated', trends: { platform: 'p', observedAt: new Date(0).toISOString(), sourceId: null, topics: [] } })?.roles).toEqual(['admin', 'analyst', 'reviewer'])
    expect(wireEventOf({ type: 'session.ended', userId: 1 })).toBeNull()
    expect(wireEventOf({ type: 'alert.opened', alert: { id: 1, watchId: 4, status: 'open', firstAt: '', lastAt: '', posts: 1, hostile: 1, waveId: null } })).toMatchObject({
      roles: ['admin'],
      alertWatchId: 4,
    })
  })
})

function client(role: Role, id = 1): WsClient & { socket: FakeSocket } {
  return { user: { id, name: `u${id}`, role }, tokenHash: `t${id}`, socket: new FakeSocket() }
}

describe.each(DRIVERS)('WsBroadcaster (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })
  const make = () => {
    const hub = new Hub(silentLogger)
    return { hub, b: new WsBroadcaster({ db: ctx.database.db, hub, log: silentLogger, metrics: createMetrics() }) }
  }

  it('holds back an event published while a replay is being sent, and sends it once, after the replay', () => {
    const { hub, b } = make()
    for (let i = 0; i < 5; i++) publishTrend(hub, i)
    const c = client('admin')
    let published = false
    c.socket.onSend = () => {
      // The first replayed frame triggers a publication, as if it happened mid-replay.
      if (!published && c.socket.ids().length === 1) {
        published = true
        publishTrend(hub, 99)
      }
    }
    b.connect(c, { kind: 'resume', since: 2, epoch: b.epoch })
    expect(c.socket.sent[0]).toMatchObject({ type: 'hello', lastId: 5 })
    expect(c.socket.ids()).toEqual([3, 4, 5, 6])
    publishTrend(hub, 100)
    expect(c.socket.ids()).toEqual(range(3, 7))
  })

  it('closes a client whose send buffer is over the limit and keeps serving the others', () => {
    const { hub, b } = make()
    const slow = client('admin', 1)
    const fast = client('admin', 2)
    b.connect(slow, { kind: 'none' })
    b.connect(fast, { kind: 'none' })
    slow.socket.bufferedAmount = MAX_BUFFERED_BYTES + 1
    publishTrend(hub, 1)
    publishTrend(hub, 2)
    expect(slow.socket.closedWith).toBe(CLOSE_TOO_SLOW)
    expect(slow.socket.ids()).toEqual([])
    expect(fast.socket.ids()).toEqual([1, 2])
    expect(b.clientCount).toBe(1)
  })

  it('keeps publish order across an alert whose owner must be looked up, and sends it to the owner and admins only', async () => {
    const { hub, b } = make()
    const [w] = await ctx.database.db.insert(watches).values({ label: 'Léa', ownerId: 7 }).returning()
    const alert: AlertView = { id: 1, watchId: w!.id, status: 'open', firstAt: '', lastAt: '', posts: 1, hostile: 1, waveId: null }
    const owner = client('counsellor', 7)
    const otherCounsellor = client('counsellor', 8)
    const admin = client('admin', 9)
    const analyst = client('analyst', 10)
    for (const c of [owner, otherCounsellor, admin, analyst]) b.connect(c, { kind: 'none' })
    publishTrend(hub, 1)
    hub.publish({ type: 'alert.opened', alert })
    publishTrend(hub, 2)
    hub.publish({ type: 'alert.updated', alert })
    await expect.poll(() => admin.socket.ids()).toEqual([1, 2, 3, 4])
    expect(admin.socket.sent.slice(1).map((f) => f.type)).toEqual(['trends.updated', 'alert.opened', 'trends.updated', 'alert.updated'])
    expect(owner.socket.sent.slice(1).map((f) => f.type)).toEqual(['alert.opened', 'alert.updated'])
    expect(otherCounsellor.socket.ids()).toEqual([])
    expect(analyst.socket.ids()).toEqual([1, 3])
    // Replayed alerts follow the same rule.
    const late = client('counsellor', 8)
    const lateOwner = client('counsellor', 7)
    b.connect(late, { kind: 'resume', since: 0, epoch: b.epoch })
    b.connect(lateOwner, { kind: 'resume', since: 0, epoch: b.epoch })
    expect(late.socket.ids()).toEqual([])
    expect(lateOwner.socket.ids()).toEqual([2, 4])
  })
})
