/**
 * What a word's first sight costs: classify() on posts of 141–280 characters from
 * ../shared/data train/ and benign/ plus the written examples (bench/classifier-corpus.ts),
 * in posts per CPU-second. The band is cut in two (alternate posts): the engine (JIT) is warmed
 * on the first half, three passes; the second half is then classified with its new words never
 * met (the per-word memos — word facts, features with the French stem, repairs — fill during the
 * pass; words shared with the first half are already known), then again with every word remembered.
 * The gap is the price of new words on a live feed; classifier-speed.ts measures warm passes only.
 *
 * Run: nice -n 5 npx tsx bench/classifier-cold-words.ts [min=141] [max=280]
 * Profile the cold pass: node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/classifier-cold-words.ts
 *      then npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile
 */
import { classify } from '../classifiers/index.js'
import { corpusTexts } from './classifier-corpus.js'

const min = Number(process.argv[2] ?? 141)
const max = Number(process.argv[3] ?? 280)
const corpus = corpusTexts().map((t) => t.text)
const all = corpus.filter((t) => t.length >= min && t.length <= max)
const first = all.filter((_, i) => i % 2 === 0)
const band = all.filter((_, i) => i % 2 === 1)
for (let r = 0; r < 3; r++) for (const t of first) classify(t)
const fresh = new Set<string>()
const known = new Set(first.flatMap((t) => t.toLowerCase().split(/\s+/)))
for (const t of band) for (const w of t.toLowerCase().split(/\s+/)) if (!known.has(w)) fresh.add(w)

function pass(): number {
  const c0 = process.cpuUsage()
  for (const t of band) classify(t)
  const cpu = process.cpuUsage(c0)
  return Math.round(band.length / ((cpu.user + cpu.system) / 1e6))
}

const cold = pass()
const warm = [pass(), pass(), pass(), pass(), pass()]
console.log(`classify() on ${band.length.toLocaleString('en')} posts of ${min}–${max} characters (${fresh.size.toLocaleString('en')} space-separated words not in the warm-up half), posts per CPU-second:`)
console.log(`  words never met: ${cold.toLocaleString('en')}; words remembered: ${warm.map((r) => r.toLocaleString('en')).join(', ')}`)
