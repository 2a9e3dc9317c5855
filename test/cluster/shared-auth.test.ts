/** Login limits and setup tokens in the database: two instances count the same failures and spend a token once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginLimiter } from '../../src/auth/rate-limit.js'
import { SetupToken } from '../../src/auth/setup-token.js'
import { DatabaseFailureStore, DatabaseSetupTokens } from '../../src/cluster/shared-auth.js'
import type { AppContext } from '../../src/context.js'
import { DRIVERS, testContext } from '../_util.js'

describe.each(DRIVERS)('shared login limits and setup tokens (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('counts failures made on one instance when another checks, and forgets them after the window', async () => {
    let now = 1_000_000
    const limiter = () => new LoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now, store: new DatabaseFailureStore(ctx.database.db) })
    const [a, b] = [limiter(), limiter()]
    await a.failed({ name: 'lea', ip: '10.0.0.1' })
    await b.failed({ name: 'lea', ip: '10.0.0.1' })
    now += 1_000
    await a.failed({ name: 'noe', ip: '10.0.0.1' })
    expect(await b.check({ name: 'zoe', ip: '10.0.0.1' })).toEqual({ allowed: false, retryAfter: 59, reason: 'ip' })
    expect(await a.check({ name: 'zoe', ip: '10.0.0.2' })).toEqual({ allowed: true })
    now += 61_000
    expect(await b.check({ name: 'zoe', ip: '10.0.0.1' })).toEqual({ allowed: true })
  })

  it('accepts each instance’s setup token once, on any instance, and never after it expired', async () => {
    let now = Date.now()
    const store = new DatabaseSetupTokens(ctx.database.db)
    const [a, b] = [new SetupToken(() => now, store), new SetupToken(() => now, store)]
    const fromA = await a.issue()
    const fromB = await b.issue()
    expect(await b.consume('faux')).toBe(false)
    expect(await b.consume(fromA)).toBe(true)
    expect(await a.consume(fromA)).toBe(false)
    expect(await a.consume(fromB)).toBe(true)
    now -= 2 * 60 * 60_000
    const expired = await a.issue()
    expect(await b.consume(expired)).toBe(false)
  })
})
