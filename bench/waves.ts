/**
 * Wave detection on a generated realistic day (or week): replays it --fast
 * through the whole pipeline — the real classifier scores every post, so its
 * misses and false positives are part of the test — and prints, per
 * episode, the delay from its first post to its wave opening (or « no wave »
 * for the episodes that must not open one), every false wave, posts/s and
 * peak memory. Never asserts.
 *
 *   npx tsx bench/waves.ts                                   # realistic day, 1,000,000 posts, PGlite (PostgreSQL if BENCH_DATABASE_URL is set)
 *   BENCH_POSTS=300000 npx tsx bench/waves.ts
 *   BENCH_DAYS=7 BENCH_POSTS=1400000 npx tsx bench/waves.ts  # a week: the realistic day's episodes every day
 *   BENCH_SCENARIO=default npx tsx bench/waves.ts            # the older day (default episodes only)
 *
 * The realistic day (src/demo/scenario/episodes.ts `realisticDay`) holds the
 * default episodes plus a pile-on on a 13-year-old with defenders replying
 * (one attacker under three handles), friendly viral threads on two popular
 * accounts that get replies all day, a televised debate with some real
 * hostility, an anti-harassment campaign quoting the insults it fights, and
 * waves aimed at a class (#anti3emeB) and at a school named after a person
 * (#antiVictorHugo), in messy text.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { classify } from '../classifiers/index.js'
import { envToConfig, type DatabaseConfig } from '../src/config/config.js'
import { createContext } from '../src/context.js'
import { silentLogger } from '../src/logger.js'
import { replay } from '../src/replay/replay.js'
import { reportWaves, type WaveReport } from '../src/waves/report.js'
import { backgroundRateFor, defaultWaves, realisticDay, streamScenario, type TruthEvent, type WaveSpec } from './scenario/generate.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt } from './stats.js'

const days = Math.max(1, Number(process.env.BENCH_DAYS ?? 1))
const posts = Number(process.env.BENCH_POSTS ?? 1_000_000 * days)
const scenario = process.env.BENCH_SCENARIO === 'default' ? 'default' : 'realistic'
const minutes = 1440 * days
const pgUrl = process.env.BENCH_DATABASE_URL
const dir = mkdtempSync(join(tmpdir(), 'vigie-waves-'))
const file = join(dir, 'day.jsonl')
const start = new Date('2026-11-03T00:00:00Z')

function oneDay(): WaveSpec[] {
  if (scenario === 'realistic') return realisticDay(1440)
  return [
    ...defaultWaves(1440),
    { kind: 'hashtag', tag: 'anti6eme', group: '6e', atMinute: Math.floor(1440 * 0.2), durationMinutes: 45 },
    {
      kind: 'pile-on', tag: 'ines', target: 'ines.b.bsky.social', names: ['Inès B', 'ines b', 'In3s'], atMinute: Math.floor(1440 * 0.77), durationMinutes: 30,
      newAccountShare: 0.3,
    },
  ]
}
const waves: WaveSpec[] = Array.from({ length: days }, (_, d) => oneDay().map((w) => ({ ...w, atMinute: w.atMinute + d * 1440 }))).flat()

const fd = openSync(file, 'w')
let lines = 0
let buffer: string[] = []
// What the real classifier marks in each episode (its misses and false positives are part of the test).
const marks = new Map<number, { posts: number; flagged: number }>()
const truth = streamScenario(
  { seed: 7, start, durationMinutes: minutes, backgroundPerMinute: backgroundRateFor(posts, minutes, waves, start), waves },
  (line, _role, episode) => {
    if (episode >= 0) {
      const m = marks.get(episode) ?? { posts: 0, flagged: 0 }
      const post = JSON.parse(line) as { text: string; langs: string[] }
      m.posts++
      if (classify(post.text, post.langs).harassment) m.flagged++
      marks.set(episode, m)
    }
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

/** The wave an episode opened: same signal, opened from its first post to the end of the episode (+ the window). */
function waveOf(t: TruthEvent, spec: WaveSpec | undefined, found: readonly WaveReport[]): WaveReport | undefined {
  const onset = Date.parse(t.onset)
  const end = onset + ((spec?.durationMinutes ?? 60) + 10) * 60_000
  return found.find((w) => w.kind === t.kind && w.key === t.key && Date.parse(w.openedAt) >= onset - 60_000 && Date.parse(w.openedAt) <= end)
}

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
  const matched = new Set<WaveReport>()
  const delays: number[] = []
  let missed = 0
  // Truth keeps the specs' order for the episodes that started (all of them here).
  const specs = waves.filter((w) => Date.parse(start.toISOString()) + w.atMinute * 60_000 < start.getTime() + minutes * 60_000)
  truth.forEach((t, i) => {
    const spec = specs[i]
    const w = t.kind === 'benign' ? undefined : waveOf(t, spec, found)
    if (w) matched.add(w)
    const when = t.onset.slice(5, 16).replace('T', ' ')
    const m = marks.get(waves.indexOf(spec!))
    const name = `${when}  ${t.label}`.padEnd(62) + (m ? ` ${String(Math.round((100 * m.flagged) / m.posts)).padStart(3)} % marked` : '')
    if (t.harassment) {
      const delay = w ? (Date.parse(w.openedAt) - Date.parse(t.onset)) / 60_000 : NaN
      if (w) delays.push(delay)
      else missed++
      console.log(`  ${name} ${w ? `opened after ${fmt(delay, 1)} min (${w.posts} posts, ${w.authors} authors, ${Math.round(w.hostileShare * 100)} % hostile)` : 'MISSED'}`)
    } else {
      console.log(`  ${name} ${w ? `FALSE WAVE (${w.kind}:${w.key}, ${w.posts} posts, ${Math.round(w.hostileShare * 100)} % hostile)` : 'no wave (right)'}`)
    }
  })
  const falseWaves = found.filter((w) => {
    if (matched.has(w)) return !truth.some((t) => t.harassment && t.kind === w.kind && t.key === w.key)
    return true
  })
  console.log(`  harassment episodes: ${delays.length} opened, ${missed} missed; delay max ${fmt(Math.max(...delays), 1)} min, median ${fmt(delays.sort((a, b) => a - b)[Math.floor(delays.length / 2)] ?? NaN, 1)} min`)
  console.log(`  false waves: ${falseWaves.length}`)
  for (const w of falseWaves) console.log(`    ${w.openedAt.slice(5, 16).replace('T', ' ')} ${w.kind}:${w.key} ${w.posts} posts, ${w.authors} authors, ${Math.round(w.hostileShare * 100)} % hostile — ${w.reasons.join(' · ')}`)
}

try {
  console.log(`generated ${fmt(lines)} posts over ${days} day(s), ${scenario} scenario, ${waves.length} episodes (node ${process.version})`)
  if (pgUrl) {
    await withBenchDatabase(pgUrl, (database) => run('PostgreSQL', database))
  } else {
    await run('PGlite (on disk)', { driver: 'pglite', dataDir: join(dir, 'pglite') })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
