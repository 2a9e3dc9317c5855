import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import type { HubMessage } from '../../src/hub/hub.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createWatch } from '../../src/watches/watch-service.js'
import { parseWatchSpec } from '../../src/watches/watch-input.js'
import { reportAlerts, reportWaves } from '../../src/waves/report.js'
import { DRIVERS, testContext } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'

describe.each(DRIVERS)('waves, pile-ons and watch alerts (%s)', (driver) => {
  let ctx: AppContext
  const events: HubMessage[] = []
  const s = harassmentScenario()
  beforeAll(async () => {
    ctx = await testContext(driver, { batchSize: 40 })
    ctx.hub.subscribe((m) => events.push(m))
    await createWatch(ctx.database.db, parseWatchSpec('Léa Martin, Lea M, @lea.martin.bsky.social'), null)
    await createWatch(ctx.database.db, parseWatchSpec('Mila Dupont, @mila.bsky.social'), null)
    await ctx.watches.reload()
    for (const line of s.lines) {
      const r = parsePost(line)
      if (!r.ok) throw new Error(r.reason)
      await ctx.pipeline.ingest(r.post)
    }
    await ctx.pipeline.flush()
  }, 300_000)
  afterAll(async () => {
    await ctx.close()
  })

  it('detects the #anti2010 wave within 5 minutes of its onset, before 30 hostile posts, with its variants', async () => {
    const waves = await reportWaves(ctx.database.db)
    const wave = waves.find((w) => w.kind === 'hashtag' && w.key === 'anti2010')
    expect(wave, JSON.stringify(waves, null, 1)).toBeDefined()
    if (!wave) return
    const delayMin = (Date.parse(wave.openedAt) - Date.parse(s.waveOnset)) / 60_000
    expect(delayMin).toBeGreaterThanOrEqual(0)
    expect(delayMin).toBeLessThanOrEqual(5)
    const hostileBeforeOpening = s.lines.filter((l) => l.author.startsWith('troll') && l.createdAt <= wave.openedAt).length
    expect(hostileBeforeOpening).toBeLessThan(30)
    expect(wave.variants).toEqual(expect.arrayContaining(['anti2010', 'anti_2010', 'anti2010bis', 'anti2o1o']))
    expect(wave.hostileShare).toBeGreaterThan(0.6)
    expect(wave.authors).toBeGreaterThan(50)
    expect(wave.reasons.join(' ')).toContain('hostiles')
  })

  it('detects the pile-on around the targeted student', async () => {
    const waves = await reportWaves(ctx.database.db)
    const pile = waves.find((w) => w.kind === 'target' && w.key === 'lea.martin.bsky.social')
    expect(pile, JSON.stringify(waves, null, 1)).toBeDefined()
    if (!pile) return
    const delayMin = (Date.parse(pile.openedAt) - Date.parse(s.pileOnOnset)) / 60_000
    expect(delayMin).toBeGreaterThanOrEqual(0)
    expect(delayMin).toBeLessThanOrEqual(5)
  })

  it('opens no wave for benign bursts, counter-campaigns, news or background tags', async () => {
    const keys = (await reportWaves(ctx.database.db)).map((w) => `${w.kind}:${w.key}`)
    expect(keys.sort()).toEqual(['hashtag:anti2010', 'target:lea.martin.bsky.social'])
  })

  it('raises one grouped alert for the watched student, on her first hostile match', async () => {
    const alerts = await reportAlerts(ctx.database.db)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ watch: 'Léa Martin', firstAt: s.firstLeaHostile, hostile: s.leaHostile })
    expect(events.filter((e) => e.event.type === 'alert.opened')).toHaveLength(1)
  })

  it('publishes wave lifecycle events and closes a wave after 30 quiet minutes', async () => {
    const types = new Set(events.map((e) => e.event.type))
    expect(types).toContain('wave.opened')
    expect(types).toContain('wave.updated')
    // #anti2010 ends at minute 80 (prevention posts too), the scenario at 120.
    const closed = events.filter((e) => e.event.type === 'wave.closed')
    expect(closed.map((e) => (e.event.type === 'wave.closed' ? e.event.wave.key : ''))).toContain('anti2010')
  })
})
