/**
 * Interleaved A/B of two checkouts' classify() in one process, on the same texts: each side's
 * classifiers/ is imported from its own directory (two independent module graphs), warmed on every
 * text, then the sides take turns, ROUNDS times, on the 40–280-character mix (30,000 posts a turn,
 * posts per CPU-second). Turns this short see nearly the same machine, so the per-round ratio is far
 * steadier than separate runs on a shared machine.
 *
 * Run: npx tsx bench/classifier-ab.ts <dir A> <dir B> [rounds=15]
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { corpusTexts } from './classifier-corpus.js'

type Classify = (text: string) => { score: number }

async function load(dir: string): Promise<Classify> {
  const mod = (await import(pathToFileURL(resolve(dir, 'classifiers/index.ts')).href)) as { classify: Classify }
  return mod.classify
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

const PER_TURN = 30_000

async function main(): Promise<void> {
  const [dirA, dirB] = process.argv.slice(2)
  if (dirA === undefined || dirB === undefined) throw new Error('usage: classifier-ab.ts <dir A> <dir B> [rounds]')
  const rounds = Number(process.argv[4] ?? 15)
  const sides = [await load(dirA), await load(dirB)]
  const corpus = corpusTexts().map((t) => t.text)
  const mix = corpus.filter((t) => t.length >= 40 && t.length <= 280)
  const step = Math.max(1, mix.length / PER_TURN)
  const texts = Array.from({ length: PER_TURN }, (_, i) => mix[Math.floor(i * step) % mix.length] ?? '')
  let sink = 0
  for (const classify of sides) for (const t of corpus) sink += classify(t).score // warm-up: every word met once
  const rates: number[][] = [[], []]
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so neither always follows the other.
    for (const s of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const classify = sides[s] as Classify
      const c0 = process.cpuUsage()
      for (const t of texts) sink += classify(t).score
      const cpu = process.cpuUsage(c0)
      rates[s]?.push(PER_TURN / ((cpu.user + cpu.system) / 1e6))
    }
  }
  const [a, b] = rates as [number[], number[]]
  const ratios = a.map((x, i) => (b[i] ?? 0) / x)
  const fmt = (x: number): string => Math.round(x).toLocaleString('en')
  console.log(`40–280 mix, ${texts.length.toLocaleString('en')} posts a turn, ${rounds} rounds, posts per CPU-second (checksum ${sink.toFixed(0)}):`)
  console.log(`  A ${dirA}: median ${fmt(median(a))} (${a.map(fmt).join(', ')})`)
  console.log(`  B ${dirB}: median ${fmt(median(b))} (${b.map(fmt).join(', ')})`)
  console.log(`  B/A per round: median ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(', ')})`)
}

await main()
