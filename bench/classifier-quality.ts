/**
 * Classifier quality. On ../shared/data/dev (measured only; never trained or tuned on), per set,
 * at the shipped operating point (`harassment` as classify() decides it): false-positive rate on
 * the negatives, recall on the positives, precision on a feed 3 % harassment (from those two),
 * accuracy and F1; ROC-AUC of `score` and recall at a 5 % false-positive rate; HateCheck accuracy
 * per functionality. Then the held-out figures written by `npm run train` (calibration), and the
 * share right per category of our own cases (test/classifiers/).
 *
 * Run: npx tsx bench/classifier-quality.ts [--data <dev dir>]
 */
import { join, resolve } from 'node:path'
import { MODEL_ONLY_THRESHOLD, MODEL_VERSION, THRESHOLD, WEAK_THRESHOLD, classify } from '../classifiers/index.js'
import { HELD_OUT, OPERATING_POINT } from '../classifiers/model/operating-point.js'
import { readCsv } from '../scripts/csv.js'
import { FEED_PREVALENCE, precisionAt, rates, recallAtFpr, rocAuc } from '../scripts/train/metrics.js'
import type { Scored } from '../scripts/train/metrics.js'
import { projectRoot } from '../src/project-root.js'
import { OWN_CASE_GROUPS } from '../test/classifiers/own-cases.js'

function devDir(): string {
  const i = process.argv.indexOf('--data')
  const arg = i >= 0 ? process.argv[i + 1] : undefined
  return arg !== undefined ? resolve(arg) : resolve(projectRoot(), '../shared/data/dev')
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`

function binaryReport(name: string, rows: readonly { text: string; label: number }[]): void {
  const verdicts = rows.map((r) => classify(r.text))
  const scored: Scored[] = verdicts.map((v, i) => ({ score: v.score, label: rows[i]?.label === 1 ? 1 : 0 }))
  const marked = rates(verdicts.map((v, i) => ({ score: v.harassment ? 1 : 0, label: rows[i]?.label === 1 ? 1 : 0 })), (r) => r.score === 1)
  const pos = scored.filter((r) => r.label === 1).length
  const neg = scored.length - pos
  const tp = marked.recall * pos
  const fp = marked.fpr * neg
  const accuracy = (tp + (neg - fp)) / scored.length
  const precisionHere = tp / Math.max(1, tp + fp)
  const f1 = (2 * precisionHere * marked.recall) / Math.max(1e-9, precisionHere + marked.recall)
  console.log(
    `${name.padEnd(12)} n=${rows.length} (${pos} toxic)  FPR ${f3(marked.fpr)}  recall ${f3(marked.recall)}  ` +
    `precision at 3 % ${f3(precisionAt(marked.recall, marked.fpr))}  ROC-AUC ${f3(rocAuc(scored))}  ` +
    `recall at 5 % FPR ${f3(recallAtFpr(scored, 0.05).recall)}  accuracy ${f3(accuracy)}  F1(toxic) ${f3(f1)}`,
  )
}

function hateCheck(dir: string): void {
  const hc = readCsv(join(dir, 'hatecheck_fr/hatecheck_cases_final_french.csv'))
  const byFunc = new Map<string, { n: number; ok: number; gold: string }>()
  let total = 0
  let totalOk = 0
  for (const r of hc) {
    const f = r.functionality ?? '?'
    const gold = r.label_gold ?? ''
    const pred = classify(r.test_case ?? '').harassment ? 'hateful' : 'non-hateful'
    const e = byFunc.get(f) ?? { n: 0, ok: 0, gold }
    e.n++
    total++
    if (pred === gold) { e.ok++; totalOk++ }
    byFunc.set(f, e)
  }
  console.log(`HateCheck-fr n=${total}  accuracy ${f3(totalOk / total)}`)
  for (const [f, e] of [...byFunc].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${f.padEnd(22)} ${e.gold.padEnd(12)} n=${String(e.n).padStart(3)}  accuracy ${f3(e.ok / e.n)}`)
  }
}

function ownCases(): void {
  const groups = OWN_CASE_GROUPS
  let right = 0
  let all = 0
  console.log('\nown cases (test/classifiers/), share right per category:')
  for (const g of groups) {
    const ok = g.cases.filter((c) => classify(c.text, c.langs).harassment === c.fires).length
    right += ok
    all += g.cases.length
    console.log(`  ${g.name.padEnd(58)} ${String(ok).padStart(3)}/${String(g.cases.length).padEnd(3)} ${pct(ok / g.cases.length)}`)
  }
  console.log(`  all own cases: ${right}/${all} = ${pct(right / all)}`)
}

function main(): void {
  const dir = devDir()
  console.log(`model ${MODEL_VERSION}: harassment = score >= ${THRESHOLD} with evidence, >= ${WEAK_THRESHOLD} with weak evidence only, or >= ${MODEL_ONLY_THRESHOLD} without; prevalence ${pct(FEED_PREVALENCE)}`)
  const toxi = readCsv(join(dir, 'toxifrench/ToxiFrenchBalanced.csv')).map((r) => ({ text: r.content ?? '', label: Number(r.label) }))
  binaryReport('ToxiFrench', toxi)
  const rtp = readCsv(join(dir, 'rtp_lx_fr/RTP-LX-french.csv')).map((r) => ({ text: r.content ?? '', label: Number(r.label) }))
  binaryReport('RTP-LX-fr', rtp)
  hateCheck(dir)
  console.log(
    `\nheld-out split (npm run train, ${HELD_OUT.rows} rows weighed as a feed 3 % harassment): ` +
    `expected calibration error ${f3(HELD_OUT.expectedCalibrationError)}, FPR on ordinary posts ${f3(OPERATING_POINT.falsePositiveRate)}, ` +
    `FPR on hard negatives ${f3(HELD_OUT.hardFalsePositiveRate)}, recall ${f3(OPERATING_POINT.recall)}, precision ${f3(HELD_OUT.precision)}`,
  )
  ownCases()
}

main()
