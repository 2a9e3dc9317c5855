/**
 * Classifier speed on one core: classify() posts/s on short posts (median of
 * several runs); on real text by length band (≤ 60, 61–140, 141–280 characters, and the
 * 40–280 mix) from ../shared/data train/ and benign/ plus the written examples
 * (bench/classifier-corpus.ts), in posts per CPU-second, medians over several runs;
 * and `vigie classify` (classifyCommand) end to end on 100,000 JSONL lines.
 *
 * Run: npx tsx bench/classifier-speed.ts [--classify-only]
 * Profile: node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/classifier-speed.ts --classify-only
 *          then npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile
 */
import { Readable, Writable } from 'node:stream'
import { join } from 'node:path'
import { classify } from '../classifiers/index.js'
import { corpusTexts, dataDir } from './classifier-corpus.js'
import { readExampleFiles } from '../scripts/train/examples.js'
import { classifyCommand } from '../src/cli/commands/classify.js'
import { projectRoot } from '../src/project-root.js'

const SHORT = [
  "t'es qu'une grosse vache @lea", 'mdr trop bien le concert hier', 'va crever sale pute', 'qui vient au ciné samedi ?',
  "ce n'est pas une pute", 'je vais te défoncer à la sortie', 'ptdr t es bête ❤️', "putain j'ai raté mon bus",
  'tous sur @kevin_2010 #anti2010', 'le prof de maths est absent demain', 'c o n n a r d', 'envoie tes nudes',
  "le harcèlement c'est grave, appelez le 3018", 'wsh gros bien ou quoi', 'personne ne t aime', 'trop hâte des vacances',
]
const RUNS = 7
const PER_RUN = 100_000

function posts(n: number): string[] {
  // Vary the text a little so nothing is cached by accident.
  return Array.from({ length: n }, (_, i) => `${SHORT[i % SHORT.length] ?? ''}${i % 3 === 0 ? '' : ` ${i % 97}`}`)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

/** Length bands of the real-text figures (characters, inclusive). */
const BANDS: readonly { name: string; min: number; max: number }[] = [
  { name: '≤ 60', min: 1, max: 60 },
  { name: '61–140', min: 61, max: 140 },
  { name: '141–280', min: 141, max: 280 },
  { name: '40–280 mix', min: 40, max: 280 },
]
/** Posts classified per measurement (a band's texts repeated as needed), so each one lasts long enough to time. */
const PER_MEASURE = 30_000

/** classify() on real text by length band: posts per CPU-second, median of RUNS runs, runs interleaved across bands. */
function bands(): void {
  const corpus = corpusTexts()
  const sources = new Set(corpus.map((t) => t.source.split(':')[0]))
  if (!sources.has('benign')) console.log(`(no ${dataDir()}: bands from the written examples only)`)
  const texts = BANDS.map((b) => corpus.map((t) => t.text).filter((t) => t.length >= b.min && t.length <= b.max))
  for (const t of corpus) classify(t.text) // warm-up: every word met once, as on a running feed
  const rates: number[][] = BANDS.map(() => [])
  for (let r = 0; r < RUNS; r++) {
    texts.forEach((list, b) => {
      if (list.length === 0) return
      const c0 = process.cpuUsage()
      // Evenly spread over the band when it holds more texts than a measurement needs.
      const step = Math.max(1, list.length / PER_MEASURE)
      for (let i = 0; i < PER_MEASURE; i++) classify(list[Math.floor(i * step) % list.length] ?? '')
      const cpu = process.cpuUsage(c0)
      rates[b]?.push(PER_MEASURE / ((cpu.user + cpu.system) / 1e6))
    })
  }
  console.log(`classify() on real text (${corpus.length.toLocaleString('en')} texts: train/, benign/, written examples), posts per CPU-second, median of ${RUNS} runs of ${PER_MEASURE.toLocaleString('en')}:`)
  BANDS.forEach((b, i) => {
    const list = texts[i] ?? []
    const avg = list.reduce((sum, t) => sum + t.length, 0) / Math.max(1, list.length)
    const rs = rates[i] ?? []
    console.log(`  ${b.name.padEnd(11)} ${list.length.toLocaleString('en').padStart(7)} texts, avg ${avg.toFixed(0).padStart(3)} chars: median ${Math.round(median(rs)).toLocaleString('en').padStart(7)} (runs ${rs.map((x) => Math.round(x).toLocaleString('en')).join(', ')})`)
  })
}

async function main(): Promise<void> {
  const texts = posts(PER_RUN)
  for (let i = 0; i < 20_000; i++) classify(texts[i] ?? '') // warm-up
  const rates: number[] = []
  const cpuRates: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    let fired = 0
    for (const t of texts) if (classify(t).harassment) fired++
    const secs = (performance.now() - t0) / 1000
    const cpu = process.cpuUsage(c0)
    rates.push(texts.length / secs)
    cpuRates.push(texts.length / ((cpu.user + cpu.system) / 1e6))
    if (fired === 0) console.log('(no post fired?)')
  }
  const avgLen = texts.reduce((s, t) => s + t.length, 0) / texts.length
  console.log(`classify(): median ${Math.round(median(rates)).toLocaleString('en')} posts/s over ${RUNS} runs of ${PER_RUN.toLocaleString('en')} short posts (avg ${avgLen.toFixed(0)} chars), one core`)
  console.log(`  runs: ${rates.map((r) => Math.round(r).toLocaleString('en')).join(', ')}`)
  console.log(`  per CPU-second (robust to other load on the machine): median ${Math.round(median(cpuRates)).toLocaleString('en')} posts/s`)

  // Varied text (every written training example, each once per run): fewer repeated words, so the caches help less.
  const varied = [...readExampleFiles(join(projectRoot(), 'scripts/training-examples')).values()].flat().map((e) => e.text)
  const variedRates: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage()
    for (const t of varied) classify(t)
    const cpu = process.cpuUsage(c0)
    variedRates.push(varied.length / ((cpu.user + cpu.system) / 1e6))
  }
  const variedLen = varied.reduce((s, t) => s + t.length, 0) / varied.length
  console.log(`classify() on the ${varied.length.toLocaleString('en')} written examples (avg ${variedLen.toFixed(0)} chars): median ${Math.round(median(variedRates)).toLocaleString('en')} posts per CPU-second`)
  bands()
  if (process.argv.includes('--classify-only')) return

  // Fed in 64 KiB chunks, as a pipe delivers stdin.
  const jsonl = texts.map((text, i) => `${JSON.stringify({ id: `p${i}`, text, langs: i % 2 === 0 ? ['fr'] : undefined })}\n`).join('')
  const lines: Buffer[] = []
  const all = Buffer.from(jsonl)
  for (let at = 0; at < all.length; at += 64 * 1024) lines.push(all.subarray(at, at + 64 * 1024))
  let bytes = 0
  let outLines = 0
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length
      for (const b of chunk) if (b === 10) outLines++
      cb()
    },
  })
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const { lines: n, errors } = await classifyCommand(Readable.from(lines), sink)
  await new Promise<void>((resolve) => sink.end(resolve))
  const secs = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(c0)
  const cpuSecs = (cpu.user + cpu.system) / 1e6
  console.log(`classifyCommand end to end: ${n.toLocaleString('en')} lines in ${secs.toFixed(2)} s = ${Math.round(n / secs).toLocaleString('en')} lines/s (${errors} errors, ${outLines.toLocaleString('en')} output lines, ${(bytes / 1e6).toFixed(1)} MB out); ${cpuSecs.toFixed(2)} CPU-s = ${Math.round(n / cpuSecs).toLocaleString('en')} lines per CPU-second`)
}

await main()
