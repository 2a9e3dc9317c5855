/** Shared helpers for the sources suites: a settable clock, contexts that can restart, counts. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import type { Config, DatabaseConfig } from '../../src/config/config.js'
import { createContext, type AppContext } from '../../src/context.js'
import { silentLogger } from '../../src/logger.js'
import type { SourceServiceOptions } from '../../src/sources/source-service.js'
import { freshDatabase, testConfig } from '../_util.js'

/** A clock tests move by hand. */
export function testClock(start = '2026-11-27T23:00:00.000Z') {
  let ms = Date.parse(start)
  return {
    now: () => new Date(ms),
    advance(deltaMs: number) {
      ms += deltaMs
    },
  }
}

/** Source options for tests: no jitter, no AppView, quick cursor saves, fast reconnects. */
export function sourceOptions(extra: SourceServiceOptions = {}): SourceServiceOptions {
  return {
    jitterMs: 0,
    identityService: null,
    runTimeoutMs: 10_000,
    backoff: { baseMs: 1_000, maxMs: 60_000, jitter: 'none' },
    http: { timeoutMs: 5_000 },
    cursorSaveMs: 50,
    jetstream: { flushIntervalMs: 20, backoff: { baseMs: 50, maxMs: 200 } },
    ...extra,
  }
}

/** A database that survives closing its context, to test restarts; PGlite keeps a data folder. */
export async function restartableDatabase(driver: DatabaseConfig['driver']) {
  let database: DatabaseConfig
  let drop: () => Promise<void>
  if (driver === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sources-'))
    database = { driver: 'pglite', dataDir: dir }
    drop = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    ;({ database, drop } = await freshDatabase(driver))
  }
  return {
    open: (cfg: Partial<Config>, sources: SourceServiceOptions): Promise<AppContext> =>
      createContext(testConfig(database, cfg), { log: silentLogger, sources }),
    drop,
  }
}

/** Posts stored for `platform`, and how many distinct external ids. */
export async function postCounts(ctx: AppContext, platform: string): Promise<{ rows: number; distinct: number }> {
  const [r] = await ctx.database.rows<{ rows: number; distinct: number }>(
    sql`select count(*)::int as rows, count(distinct external_id)::int as distinct from posts where platform = ${platform}`,
  )
  return r ?? { rows: 0, distinct: 0 }
}

/** The stored external ids of `platform`, sorted. */
export async function postIds(ctx: AppContext, platform: string): Promise<string[]> {
  const rows = await ctx.database.rows<{ id: string }>(sql`select external_id as id from posts where platform = ${platform} order by external_id`)
  return rows.map((r) => r.id)
}

/** Waits until `cond()` resolves true (polling every 20 ms), or fails after `ms`. */
export async function eventually(cond: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const start = Date.now()
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}
