/** Leases: one holder at a time, renewed by it, taken over once expired, released at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Leases } from '../../src/cluster/leases.js'
import type { AppContext } from '../../src/context.js'
import { DRIVERS, testContext } from '../_util.js'

describe.each(DRIVERS)('leases (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('gives each name to one instance, renews it for its holder, and hands it over once expired or released', async () => {
    const a = new Leases(ctx.database.db, 'a', 600)
    const b = new Leases(ctx.database.db, 'b', 600)
    expect([...(await a.hold(['source:1', 'job:x']))].sort()).toEqual(['job:x', 'source:1'])
    expect(await b.hold(['source:1', 'job:x', 'source:2'])).toEqual(new Set(['source:2']))
    // Renewed by its holder: still a's after more than a lease's time.
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 200))
      expect(await a.hold(['source:1'])).toEqual(new Set(['source:1']))
      expect(await b.hold(['source:1'])).toEqual(new Set())
    }
    // a stops renewing job:x: b gets it once it expired, and a cannot take it back.
    await expect.poll(async () => b.hold(['job:x']), { timeout: 3_000, interval: 100 }).toEqual(new Set(['job:x']))
    expect(await a.hold(['job:x'])).toEqual(new Set())
    // Released: free at once.
    await a.release(['source:1'])
    await b.release(['source:1']) // not b's: no effect on anything
    expect(await b.hold(['source:1'])).toEqual(new Set(['source:1']))
    expect((await a.all()).map((l) => [l.name, l.owner]).sort()).toEqual([
      ['job:x', 'b'],
      ['source:1', 'b'],
      ['source:2', 'b'],
    ])
  })
})
