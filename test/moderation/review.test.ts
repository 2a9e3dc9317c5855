/** Four-eyes review: claim, release, confirm / reject; two reviewers racing for one flag. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import type { FlagView } from '../../src/moderation/views.js'
import { auditLog } from '../../src/db/schema/index.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { client, insertPost, type ErrorBody } from './helpers.js'

describe.each(DRIVERS)('review with four eyes (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin
  let admin: TestLogin
  let alice: TestLogin
  let bob: TestLogin
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    admin = await loginAs(ctx, 'admin')
    alice = await loginAs(ctx, 'reviewer')
    bob = await loginAs(ctx, 'reviewer')
  })
  afterAll(async () => {
    await ctx.close()
  })

  const flagAs = async (who: TestLogin, platform = 'rss') => {
    const post = await insertPost(ctx, platform === 'rss' ? { platform: 'rss', externalId: `https://news.test/${Math.random()}`, url: null } : {})
    const res = await client(ctx, who).flag([String(post.id)], 'threat')
    expect(res.status).toBe(201)
    return res.body.flags[0]!
  }

  it('never lets the author claim or decide their own flag, admins included', async () => {
    for (const author of [alice, admin]) {
      const flag = await flagAs(author)
      const claim = await client(ctx, author).claim(flag.id)
      expect(claim.status).toBe(403)
      expect(claim.body.error.code).toBe('four_eyes')
      expect(claim.body.error.message).toMatch(/quatre yeux/)
      // Someone else claims it: the author still cannot decide it.
      expect((await client(ctx, bob).claim(flag.id)).status).toBe(200)
      const decide = await client(ctx, author).decide(flag.id, 'confirm')
      expect(decide.status).toBe(403)
      expect(decide.body.error.message).toMatch(/quatre yeux/)
    }
  })

  it('claims, releases, claims again and decides; deciding needs the claim', async () => {
    const flag = await flagAs(analyst)
    const early = await client(ctx, alice).decide(flag.id, 'reject')
    expect(early.status).toBe(409)
    expect(early.body.error.message).toMatch(/prenez d’abord/)

    const claimed = await client(ctx, alice).claim(flag.id)
    expect(claimed.body.flag).toMatchObject({ status: 'claimed', claimedBy: alice.name })
    expect((await client(ctx, alice).claim(flag.id)).status).toBe(200) // idempotent for the holder
    const other = await client(ctx, bob).decide(flag.id, 'confirm')
    expect(other.status).toBe(409)
    expect(other.body.error.message).toContain(alice.name)
    expect((await client(ctx, bob).post<ErrorBody>(`/api/flags/${flag.id}/release`)).status).toBe(409)

    const released = await client(ctx, alice).post<{ flag: FlagView }>(`/api/flags/${flag.id}/release`)
    expect(released.body.flag).toMatchObject({ status: 'pending', claimedBy: null, claimedAt: null })
    expect((await client(ctx, bob).claim(flag.id)).status).toBe(200)
    const decided = await client(ctx, bob).decide(flag.id, 'reject', 'menace non caractérisée')
    expect(decided.status).toBe(200)
    expect(decided.body.flag).toMatchObject({ status: 'rejected', decidedBy: bob.name, decisionNote: 'menace non caractérisée' })
    expect(decided.body.takedowns).toEqual([])
    const twice = await client(ctx, bob).decide(flag.id, 'confirm')
    expect(twice.status).toBe(409)

    const rejected = await client(ctx, analyst).get<{ flags: FlagView[] }>('/api/flags?status=rejected')
    expect(rejected.body.flags.map((f) => f.id)).toContain(flag.id)
    const queue = await client(ctx, analyst).get<{ flags: FlagView[] }>('/api/flags')
    expect(queue.body.flags.map((f) => f.id)).not.toContain(flag.id)
    const actions = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.subject === `flag:${flag.id}`).map((e) => e.action)
    expect(actions).toEqual(['flag.create', 'flag.claim', 'flag.release', 'flag.claim', 'flag.reject'])
  })

  it('lets an admin release a claim left behind by someone else', async () => {
    const flag = await flagAs(analyst)
    await client(ctx, alice).claim(flag.id)
    const res = await client(ctx, admin).post<{ flag: FlagView }>(`/api/flags/${flag.id}/release`)
    expect(res.status).toBe(200)
    expect(res.body.flag.status).toBe('pending')
  })

  it('gives a flag to exactly one of two reviewers claiming at once', async () => {
    for (let round = 0; round < 5; round++) {
      const flag = await flagAs(analyst)
      const [a, b] = await Promise.all([client(ctx, alice).claim(flag.id), client(ctx, bob).claim(flag.id)])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const winner = a.status === 200 ? alice : bob
      const loser = a.status === 200 ? bob : alice
      expect((a.status === 200 ? a : b).body.flag.claimedBy).toBe(winner.name)
      // Deciding races the same way: only the holder can.
      const [x, y] = await Promise.all([client(ctx, winner).decide(flag.id, 'reject'), client(ctx, loser).decide(flag.id, 'reject')])
      expect([x.status, y.status]).toEqual([200, 409])
    }
  })

  it('answers bad decisions and ids with French 400s, unknown flags with 404', async () => {
    const flag = await flagAs(analyst)
    await client(ctx, alice).claim(flag.id)
    const bad = await client(ctx, alice).post<ErrorBody>(`/api/flags/${flag.id}/decision`, { decision: 'maybe' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/confirm ou reject/)
    expect((await client(ctx, alice).post<ErrorBody>('/api/flags/0/claim')).status).toBe(400)
    expect((await client(ctx, alice).post<ErrorBody>('/api/flags/123456/claim')).status).toBe(404)
  })
})
