/**
 * Jetstream consumer throughput: a local ws server (child process) sends N
 * realistic events; the consumer parses, dedupes, filters (declared langs,
 * franc, watch terms) and hands posts to a callback. Prints events/s (median
 * of runs) and memory after 1,000,000 events. Never asserts on time.
 *
 *   npx tsx bench/jetstream.ts [eventsPerRun=100000] [runs=3]
 */
import { fork, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import v8 from 'node:v8'
import vm from 'node:vm'
import { fileURLToPath } from 'node:url'
import { JetstreamConsumer } from '../watchers/jetstream.js'

const PER_RUN = Number(process.argv[2] ?? 100_000)
const RUNS = Number(process.argv[3] ?? 3)
const BIG = 1_000_000

function startEmitter(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(new URL('./jetstream-emitter.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('message', (msg: { type: string; url: string }) => resolve({ child, url: msg.url }))
  })
}

async function run(emitter: { child: ChildProcess; url: string }, n: number, detect: 'all' | 'undeclared') {
  let kept = 0
  const consumer = new JetstreamConsumer({
    url: emitter.url,
    language: { detect },
    watch: { terms: ['harcèlement scolaire'], hashtags: ['jesuislea'], handles: ['lea.bsky.social'] },
    onPosts: (posts) => {
      kept += posts.length
    },
  })
  emitter.child.send({ type: 'emit', n, t0: 1_764_280_000_000_000 })
  const start = performance.now()
  const cpu0 = process.cpuUsage()
  consumer.start()
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      if (consumer.stats().events >= n) {
        clearInterval(tick)
        resolve()
      }
    }, 2)
  })
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpu0)
  await consumer.stop()
  // Events per CPU-second of this process: a figure a busy machine distorts less than wall time.
  const cpuRate = n / ((cpu.user + cpu.system) / 1e6)
  return { rate: n / seconds, cpuRate, seconds, kept, stats: consumer.stats() }
}

/** A full GC, without needing node --expose-gc. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const fmt = (x: number) => Math.round(x).toLocaleString('en')
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`

const emitter = await startEmitter()
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`)
try {
  await run(emitter, 20_000, 'all') // warm-up (JIT), not reported
  for (const detect of ['all', 'undeclared'] as const) {
    const rates: number[] = []
    const cpuRates: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const r = await run(emitter, PER_RUN, detect)
      rates.push(r.rate)
      cpuRates.push(r.cpuRate)
      console.log(
        `  run ${i + 1} (detect=${detect}): ${fmt(r.rate)} events/s wall, ${fmt(r.cpuRate)} events per consumer CPU-second, kept ${r.kept}, malformed ${r.stats.malformed}`,
      )
    }
    console.log(
      `detect=${detect}: median ${fmt(median(rates))} events/s wall, ${fmt(median(cpuRates))} events/CPU-s, over ${RUNS} runs of ${fmt(PER_RUN)} events`,
    )
  }
  const big = await run(emitter, BIG, 'all')
  const before = process.memoryUsage()
  collectGarbage()
  const after = process.memoryUsage()
  console.log(`1,000,000 events (detect=all): ${fmt(big.rate)} events/s wall, ${fmt(big.cpuRate)} events/CPU-s, kept ${big.kept} posts`)
  console.log(`  memory after 1M events: rss ${mb(before.rss)}, heapUsed ${mb(before.heapUsed)} (after a full GC: rss ${mb(after.rss)}, heapUsed ${mb(after.heapUsed)})`)
} finally {
  emitter.child.send({ type: 'exit' })
}
