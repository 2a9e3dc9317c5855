/**
 * Paired bootstrap of two out-of-fold dumps of the same rows (cv.ts with VIGIE_CV_DUMP): the
 * difference of ROC-AUC (variant − baseline) on ToxiFrench's agreement subset (model logit and
 * score), FTR and MLMA (model logit), the labelled sets together and our examples (score), and of
 * the ToxiFrench subset's recall at 5 % FPR (score), with its 95 % interval over 1,000 resamples of
 * the rows (each subset resampled on its own).
 *
 * Run: npx tsx scripts/train/compare-dumps.ts <baseline.jsonl> <variant.jsonl>
 */
import { readFileSync } from 'node:fs'
import { seededRandom } from '../../src/util/seeded-random.js'
import { recallAtFpr, rocAuc } from './metrics.js'
import type { Scored } from './metrics.js'

interface DumpRow {
  source: string
  group: string
  label: 0 | 1
  score: number
  model: number
  text: string
}

const RESAMPLES = 1000

function read(file: string): DumpRow[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as DumpRow)
}

/** What is compared: ROC-AUC, or recall at 5 % FPR. */
type Figure = 'auc' | 'r5'

/** Difference of a figure and its bootstrap interval over the rows `keep` accepts. */
function compare(a: readonly DumpRow[], b: readonly DumpRow[], keep: (r: DumpRow) => boolean, field: 'score' | 'model', figure: Figure = 'auc'): string {
  const idx = a.map((_, i) => i).filter((i) => keep(a[i] as DumpRow))
  const auc = (rows: readonly DumpRow[], sample: readonly number[]): number => {
    const scored = sample.map((i): Scored => ({ score: (rows[i] as DumpRow)[field], label: (rows[i] as DumpRow).label }))
    return figure === 'auc' ? rocAuc(scored) : recallAtFpr(scored, 0.05).recall
  }
  const base = auc(a, idx)
  const diff = auc(b, idx) - base
  const rand = seededRandom(7)
  const diffs: number[] = []
  for (let k = 0; k < RESAMPLES; k++) {
    const sample = idx.map(() => idx[Math.floor(rand() * idx.length)] as number)
    diffs.push(auc(b, sample) - auc(a, sample))
  }
  diffs.sort((x, y) => x - y)
  const f = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(4)
  return `${base.toFixed(4)} → ${(base + diff).toFixed(4)}  ${f(diff)} [${f(diffs[Math.floor(0.025 * RESAMPLES)] ?? 0)}, ${f(diffs[Math.floor(0.975 * RESAMPLES)] ?? 0)}]  n=${idx.length}`
}

function main(): void {
  const [fileA, fileB] = process.argv.slice(2)
  if (fileA === undefined || fileB === undefined) throw new Error('usage: compare-dumps.ts <baseline.jsonl> <variant.jsonl>')
  const a = read(fileA)
  const b = read(fileB)
  if (a.length !== b.length || a.some((r, i) => r.text !== b[i]?.text)) throw new Error('the two dumps do not hold the same rows')
  const lines: [string, (r: DumpRow) => boolean, 'score' | 'model', Figure?][] = [
    ['toxifrench subset, model', (r) => r.source === 'toxifrench_agreement', 'model'],
    ['toxifrench subset, score', (r) => r.source === 'toxifrench_agreement', 'score'],
    ['toxifrench, R@5%FPR score', (r) => r.source === 'toxifrench_agreement', 'score', 'r5'],
    ['ftr, model', (r) => r.source === 'ftr', 'model'],
    ['mlma, model', (r) => r.source === 'mlma', 'model'],
    ['labelled sets, score', (r) => r.group === 'labelled', 'score'],
    ['our examples, score', (r) => r.group === 'own', 'score'],
    ['our examples, model', (r) => r.group === 'own', 'model'],
  ]
  for (const [name, keep, field, figure] of lines) console.log(`${name.padEnd(26)} ${compare(a, b, keep, field, figure)}`)
}

main()
