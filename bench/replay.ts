/**
 * Replay --fast of generated posts into PGlite (on disk) and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set, into PostgreSQL.
 * Prints posts/s and p50/p99 ingest→hub-publish latency. Never asserts.
 *
 *   npm run bench:replay                      # 100,000 posts, PGlite only
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:replay
 *   BENCH_POSTS=20000 npm run bench:replay
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { envToConfig, type DatabaseConfig } from '../src/config/config.js'
import { createContext } from '../src/context.js'
import { silentLogger } from '../src/logger.js'
import { replay } from '../src/replay/replay.js'
import { backgroundPosts } from './background-posts.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt, quantile } from './stats.js'

const count = Number(process.env.BENCH_POSTS ?? 100_000)
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'))
const file = join(dir, 'posts.jsonl')
writeFileSync(file, backgroundPosts(count, new Date('2026-11-01T00:00:00Z'), 50).join('\n') + '\n')

async function run(label: string, database: DatabaseConfig): Promise<void> {
  const latencies: number[] = []
  const ctx = await createContext(envToConfig({}, { database, logLevel: 'silent' }), {
    log: silentLogger,
    pipeline: { onPublished: (_p, ms) => latencies.push(ms) },
  })
  const t0 = performance.now()
  const counts = await replay(createReadStream(file), ctx.pipeline, { fast: true })
  const seconds = (performance.now() - t0) / 1000
  await ctx.close()
  const { stored } = ctx.pipeline.stats
  console.log(
    `${label.padEnd(28)} ${fmt(counts.lines)} posts in ${fmt(seconds, 1)} s = ${fmt(stored / seconds)} posts/s` +
      `  latency p50 ${fmt(quantile(latencies, 0.5), 1)} ms, p99 ${fmt(quantile(latencies, 0.99), 1)} ms` +
      `  (batch ${ctx.cfg.batchSize})`,
  )
}

try {
  console.log(`replay --fast of ${fmt(count)} generated posts (node ${process.version})`)
  await run('PGlite (on disk)', { driver: 'pglite', dataDir: join(dir, 'pglite') })
  if (pgUrl) {
    await withBenchDatabase(pgUrl, (database) => run('PostgreSQL', database))
  } else {
    console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL)')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
