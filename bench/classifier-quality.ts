/**
 * Classifier quality on ../shared/data/dev (measured only; never trained or
 * tuned on). Prints ROC-AUC, accuracy and positive-class F1 at the shipped
 * threshold per set, and HateCheck accuracy per functionality.
 *
 * Run: npx tsx bench/classifier-quality.ts [--data <dev dir>]
 */
import { join, resolve } from 'node:path'
import { THRESHOLD, MODEL_VERSION, classify } from '../classifiers/index.js'
import { readCsv } from '../scripts/csv.js'
import { projectRoot } from '../src/project-root.js'

function devDir(): string {
  const i = process.argv.indexOf('--data')
  const arg = i >= 0 ? process.argv[i + 1] : undefined
  return arg !== undefined ? resolve(arg) : resolve(projectRoot(), '../shared/data/dev')
}

/** ROC-AUC by the rank-sum formula (ties get the average rank). */
function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0])
  const ranks = new Array<number>(scores.length).fill(0)
  for (let i = 0; i < idx.length;) {
    let j = i
    while (j + 1 < idx.length && idx[j + 1]?.[0] === idx[i]?.[0]) j++
    const avg = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) ranks[idx[k]?.[1] ?? 0] = avg
    i = j + 1
  }
  let pos = 0
  let sum = 0
  labels.forEach((l, i) => { if (l === 1) { pos++; sum += ranks[i] ?? 0 } })
  const neg = labels.length - pos
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg)
}

function binaryReport(name: string, rows: readonly { text: string; label: number }[]): void {
  const scores = rows.map((r) => classify(r.text).score)
  const labels = rows.map((r) => r.label)
  let tp = 0
  let fp = 0
  let fn = 0
  let ok = 0
  scores.forEach((s, i) => {
    const p = s >= THRESHOLD ? 1 : 0
    const l = labels[i]
    if (p === l) ok++
    if (p === 1 && l === 1) tp++
    if (p === 1 && l === 0) fp++
    if (p === 0 && l === 1) fn++
  })
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall)
  console.log(`${name.padEnd(12)} n=${rows.length}  ROC-AUC ${rocAuc(scores, labels).toFixed(3)}  accuracy ${(ok / rows.length).toFixed(3)}  F1(toxic) ${f1.toFixed(3)}  (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`)
}

function main(): void {
  const dir = devDir()
  console.log(`model ${MODEL_VERSION}, threshold ${THRESHOLD}`)
  const toxi = readCsv(join(dir, 'toxifrench/ToxiFrenchBalanced.csv')).map((r) => ({ text: r.content ?? '', label: Number(r.label) }))
  binaryReport('ToxiFrench', toxi)
  const rtp = readCsv(join(dir, 'rtp_lx_fr/RTP-LX-french.csv')).map((r) => ({ text: r.content ?? '', label: Number(r.label) }))
  binaryReport('RTP-LX-fr', rtp)
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
  console.log(`HateCheck-fr n=${total}  accuracy ${(totalOk / total).toFixed(3)}`)
  for (const [f, e] of [...byFunc].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${f.padEnd(22)} ${e.gold.padEnd(12)} n=${String(e.n).padStart(3)}  accuracy ${(e.ok / e.n).toFixed(3)}`)
  }
}

main()
