import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext, type AppContext } from '../../src/context.js'
import { silentLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { Pipeline } from '../../src/pipeline/pipeline.js'
import { scorePost } from '../../src/pipeline/score.js'
import { WatchStage } from '../../src/watches/watch-stage.js'
import { WaveTracker } from '../../src/waves/wave-tracker.js'
import { parsePost } from '../../src/posts/post-input.js'
import type { Post } from '../../contract/post.js'
import { createWatch } from '../../src/watches/watch-service.js'
import { parseWatchSpec } from '../../src/watches/watch-input.js'
import { reportAlerts, reportWaves } from '../../src/waves/report.js'
import { DRIVERS, freshDatabase, testConfig } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'

/**
 * Two writers share one database, each receiving every other post of the
 * scenario (two instances fed by two sources): detection reads the shared
 * aggregates, so each wave opens once and the alert is grouped once.
 */
describe.each(DRIVERS)('two writers on one %s database', (driver) => {
  let a: AppContext
  let b: AppContext
  let drop: () => Promise<void>
  const s = harassmentScenario()

  beforeAll(async () => {
    const fresh = await freshDatabase(driver)
    drop = fresh.drop
    const cfg = testConfig(fresh.database, { batchSize: 25 })
    a = await createContext(cfg, { log: silentLogger })
    // PGlite belongs to one process: the second writer is a second context
    // on PostgreSQL, and a second pipeline over the same handle on PGlite.
    b = driver === 'postgres' ? await createContext(cfg, { log: silentLogger }) : await secondWriter(a)
    await createWatch(a.database.db, parseWatchSpec('Léa Martin, Lea M, @lea.martin.bsky.social'), null)
    await Promise.all([a.watches.reload(), b.watches.reload()])
    const posts: Post[] = s.lines.map((l) => {
      const r = parsePost(l)
      if (!r.ok) throw new Error(r.reason)
      return r.post
    })
    // Each writer gets every other minute of the scenario, in order, concurrently.
    const minuteParity = (p: Post) => Math.floor(p.createdAt.getTime() / 60_000) % 2
    await Promise.all(
      [a, b].map(async (ctx, i) => {
        for (const p of posts) if (minuteParity(p) === i) await ctx.pipeline.ingest(p)
        await ctx.pipeline.flush()
      }),
    )
  }, 300_000)

  afterAll(async () => {
    if (b !== a) await b.close()
    await a.close()
    await drop()
  })

  it('opens each wave once and groups the alert once', async () => {
    const waves = await reportWaves(a.database.db)
    expect(waves.map((w) => `${w.kind}:${w.key}`).sort()).toEqual(['hashtag:anti2010', 'target:lea.martin.bsky.social'])
    const wave = waves.find((w) => w.key === 'anti2010')!
    expect((Date.parse(wave.openedAt) - Date.parse(s.waveOnset)) / 60_000).toBeLessThanOrEqual(5)
    const alerts = await reportAlerts(a.database.db)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ watch: 'Léa Martin', hostile: s.leaHostile })
  })
})

async function secondWriter(a: AppContext): Promise<AppContext> {
  const waves = new WaveTracker(a.database.db, a.hub, silentLogger)
  const watches = new WatchStage(a.database.db, a.hub, silentLogger, a.webhooks, waves)
  const pipeline = new Pipeline({
    db: a.database.db,
    hub: a.hub,
    metrics: createMetrics(),
    score: scorePost,
    log: silentLogger,
    batchSize: 25,
    flushMs: 5,
    stages: [waves, watches],
  })
  return { ...a, pipeline, waves, watches }
}
