/** Leases: one holder at a time, renewed by it, taken over once expired, released at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Leadership } from '../../src/cluster/leadership.js'
import { Leases } from '../../src/cluster/leases.js'
import type { AppContext } from '../../src/context.js'
import { silentLogger } from '../../src/logger.js'
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
    const a = new Leases(ctx.database.db, 'a', 3_000)
    const b = new Leases(ctx.database.db, 'b', 3_000)
    expect([...(await a.hold(['source:1', 'job:x']))].sort()).toEqual(['job:x', 'source:1'])
    expect(await b.hold(['source:1', 'job:x', 'source:2'])).toEqual(new Set(['source:2']))
    // Renewed by its holder: still a's after more than a lease's time.
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 200))
      expect(await a.hold(['source:1'])).toEqual(new Set(['source:1']))
      expect(await b.hold(['source:1'])).toEqual(new Set())
    }
    // a stops renewing job:x: b gets it once it expired, and a cannot take it back.
    await expect.poll(async () => b.hold(['job:x']), { timeout: 10_000, interval: 200 }).toEqual(new Set(['job:x']))
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
  it('runs the background work on one instance; another takes it over when the leader stops renewing, or at once when it stops', async () => {
    const log: string[] = []
    const make = (name: string) =>
      new Leadership(new Leases(ctx.database.db, `lead-${name}`, 2_000), { lead: async () => void log.push(`${name} leads`), follow: async () => void log.push(`${name} follows`) }, silentLogger)
    const [a, b, c] = [make('a'), make('b'), make('c')]
    await a.start()
    await b.start()
    expect([a.isLeader, b.isLeader]).toEqual([true, false])
    // a stops cleanly: b leads at its next round.
    await a.stop()
    await expect.poll(() => b.isLeader, { timeout: 10_000 }).toBe(true)
    // b dies without releasing (its timer stops, the lease stays until it expires): c takes over.
    await c.start()
    expect(c.isLeader).toBe(false)
    ;(b as unknown as { stopped: boolean }).stopped = true
    await expect.poll(() => c.isLeader, { timeout: 10_000 }).toBe(true)
    await b.stop()
    await c.stop()
    expect(log).toEqual(['a leads', 'a follows', 'b leads', 'c leads', 'b follows', 'c follows'])
  })
})
