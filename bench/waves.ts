/**
 * Wave detection on a generated day: replays it --fast through the whole
 * pipeline (classifier, waves, pile-ons) and prints, per embedded episode,
 * the detection delay in scenario time, the false waves, posts/s and peak
 * memory. Never asserts.
 *
 *   npx tsx bench/waves.ts                       # 1,000,000 posts, PostgreSQL if BENCH_DATABASE_URL is set, else PGlite
 *   BENCH_POSTS=200000 npx tsx bench/waves.ts
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { envToConfig, type DatabaseConfig } from '../src/config/config.js'
import { createContext } from '../src/context.js'
import { silentLogger } from '../src/logger.js'
import { replay } from '../src/replay/replay.js'
import { reportWaves } from '../src/waves/report.js'
import { defaultWaves, streamScenario, type WaveSpec } from './scenario/generate.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt } from './stats.js'

const posts = Number(process.env.BENCH_POSTS ?? 1_000_000)
const minutes = 1440
const pgUrl = process.env.BENCH_DATABASE_URL
const dir = mkdtempSync(join(tmpdir(), 'vigie-waves-'))
const file = join(dir, 'day.jsonl')

const waves: WaveSpec[] = [
  ...defaultWaves(minutes),
  { kind: 'hashtag', tag: 'anti6eme', group: '6e', atMinute: Math.floor(minutes * 0.2), durationMinutes: 45 },
  {
    kind: 'pile-on',
    tag: 'ines',
    target: 'ines.b.bsky.social',
    names: ['Inès B', 'ines b', 'In3s'],
    atMinute: Math.floor(minutes * 0.77),
    durationMinutes: 30,
    newAccountShare: 0.3,
  },
]
const episodePosts = 60_000 // rough share of episodes in a day of this size
const fd = openSync(file, 'w')
let lines = 0
let buffer: string[] = []
const truth = streamScenario(
  {
    seed: 7,
    start: new Date('2026-11-03T00:00:00Z'),
    durationMinutes: minutes,
    backgroundPerMinute: Math.max(1, (posts - episodePosts) / minutes),
    waves,
  },
  (line) => {
    buffer.push(line)
    lines++
    if (buffer.length >= 10_000) {
      writeSync(fd, buffer.join('\n') + '\n')
      buffer = []
    }
  },
)
writeSync(fd, buffer.join('\n') + '\n')
closeSync(fd)

async function run(label: string, database: DatabaseConfig): Promise<void> {
  const ctx = await createContext(envToConfig({}, { database, logLevel: 'silent' }), { log: silentLogger })
  let peakRss = 0
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250)
  const t0 = performance.now()
  await replay(createReadStream(file), ctx.pipeline, { fast: true })
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  const found = await reportWaves(ctx.database.db)
  await ctx.close()
  console.log(`\n${label}: ${fmt(lines)} posts in ${fmt(seconds, 1)} s = ${fmt(lines / seconds)} posts/s, peak RSS ${fmt(peakRss / 2 ** 20)} MiB`)
  const expected = truth.filter((t) => t.harassment && t.kind !== 'benign')
  for (const t of expected) {
    const w = found.find((f) => f.kind === t.kind && f.key === t.key)
    const delay = w ? (Date.parse(w.openedAt) - Date.parse(t.onset)) / 60_000 : NaN
    console.log(
      `  ${t.label.padEnd(34)} ${t.kind}:${t.key.padEnd(24)} ${w ? `detected after ${fmt(delay, 1)} min (score ${w.score}, ${w.posts} posts, ${w.authors} authors)` : 'MISSED'}`,
    )
  }
  const keys = new Set(expected.map((t) => `${t.kind}:${t.key}`))
  const falseWaves = found.filter((w) => !keys.has(`${w.kind}:${w.key}`))
  console.log(`  false waves: ${falseWaves.length}${falseWaves.length ? ` (${falseWaves.map((w) => `${w.kind}:${w.key}`).join(', ')})` : ''}`)
}

try {
  console.log(`generated ${fmt(lines)} posts over ${minutes} min with ${waves.length} episodes (node ${process.version})`)
  if (pgUrl) {
    await withBenchDatabase(pgUrl, (database) => run('PostgreSQL', database))
  } else {
    await run('PGlite (on disk)', { driver: 'pglite', dataDir: join(dir, 'pglite') })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
