/**
 * Trains the n-gram model, calibrates the final score on a held-out split weighed as a live
 * feed (3 % harassment), chooses the operating point there, and writes
 * classifiers/model/weights.ts and classifiers/model/operating-point.ts. Reads
 * ../shared/data/train, ../shared/data/benign and scripts/training-examples (never dev/).
 * Deterministic (seeded).
 *
 * Run: npx tsx scripts/train.ts [--data <dir holding train/ and benign/>] [--eval]
 * (--eval prints the held-out figures and stops without writing anything).
 * To compare settings on the held-out split: VIGIE_TRAIN_BENIGN, _WRITTEN, _TEMPLATED, _GROUP_FRAMES,
 * _SOURCES (JSON weights by source) and the fitter's _EPOCHS, _LR, _L2, _NB_MIX, _BAGS;
 * VIGIE_TRAIN_DUMP=<file> writes the held-out rows with their scores as JSONL.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { analyse, tokensOf } from '../classifiers/analyse.js'
import { featureIndices } from '../classifiers/features.js'
import { mixLogit } from '../classifiers/index.js'
import type { MixParts } from '../classifiers/index.js'
import { LEXICON_VERSION } from '../classifiers/lexicon/index.js'
import { projectRoot } from '../src/project-root.js'
import { seededRandom } from '../src/util/seeded-random.js'
import { fitMix } from './train/calibrate.js'
import { loadSamples, mixSettings } from './train/data.js'
import type { Sample } from './train/data.js'
import { bucketOf, chooseOperatingPoint, feedWeights, pointFigures, precisionByPath } from './train/feed.js'
import type { PointRow } from './train/feed.js'
import { fitModel, quantize, quantLogit } from './train/logistic.js'
import { expectedCalibrationError, rates, recallAtFpr, rocAuc } from './train/metrics.js'
import { writeModel } from './train/write.js'

const ROOT = projectRoot()
const SEED = 20_261_127
/** Share of the rows held out (chosen by a hash of the text, so it stays put when data change). */
const HOLDOUT = 0.2
/** FTR labels racism only: its "0" says nothing about toxicity when the tweet insults someone. */
const FTR_NEGATIVE_MAX_LEX = 0.5

/** A sample with its analysis. */
interface Row extends Sample {
  feats: number[]
  parts: MixParts
  held: boolean
}

function dataDir(): string {
  const i = process.argv.indexOf('--data')
  const arg = i >= 0 ? process.argv[i + 1] : undefined
  return arg !== undefined ? resolve(arg) : resolve(ROOT, '../shared/data')
}

function isHeld(text: string): boolean {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16) / 0xffffffff < HOLDOUT
}

function analysed(samples: readonly Sample[]): Row[] {
  const rows: Row[] = []
  for (const s of samples) {
    const a = analyse(s.text)
    const parts: MixParts = { model: 0, modelDamp: a.modelDamp, lex: a.lex, evidence: a.evidence.length > 0 }
    // Unlabelled benign text that the lexicon reads as harassment is not « probably benign »: left out.
    if (s.group === 'benign' && parts.evidence) continue
    if (s.source === 'ftr' && s.label === 0 && a.lex > FTR_NEGATIVE_MAX_LEX) continue
    const feats = a.features.length > 0 ? a.features : featureIndices(tokensOf(s.text))
    rows.push({ ...s, feats, parts, held: isHeld(s.text) })
  }
  return rows
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))

function report(held: readonly Row[], scores: readonly number[], points: readonly PointRow[]): void {
  const op = chooseOperatingPoint(points)
  const mark = (i: number): boolean => {
    const p = points[i] as PointRow
    return p.score >= op.threshold && (p.evidence || p.score >= op.modelOnly)
  }
  console.log('\nheld-out, per source (unweighted): AUC of the model logit and of the score; at the operating point: FPR, recall')
  const sources = [...new Set(held.map((r) => r.source))].sort()
  for (const source of sources) {
    const idx = held.map((r, i) => [r, i] as const).filter(([r]) => r.source === source).map(([, i]) => i)
    const sub = idx.map((i) => ({ score: scores[i] ?? 0, label: (held[i] as Row).label }))
    const model = idx.map((i) => ({ score: (held[i] as Row).parts.model, label: (held[i] as Row).label }))
    const r = rates(idx.map((i) => ({ score: mark(i) ? 1 : 0, label: (held[i] as Row).label })), (x) => x.score === 1)
    const pos = sub.filter((x) => x.label === 1).length
    console.log(`  ${source.padEnd(32)} n=${String(sub.length).padStart(6)} pos=${String(pos).padStart(5)}  AUC model ${f3(rocAuc(model))} score ${f3(rocAuc(sub))}  FPR ${f3(r.fpr)} recall ${f3(r.recall)}`)
  }
  const kinds = [...new Set(held.filter((r) => r.kind !== undefined).map((r) => `${r.label}:${r.kind}`))].sort()
  if (kinds.length > 0) console.log('\nheld-out written examples, per kind: share marked harassment')
  for (const k of kinds) {
    const idx = held.map((r, i) => [r, i] as const).filter(([r]) => `${r.label}:${r.kind}` === k).map(([, i]) => i)
    const n = idx.filter(mark).length
    console.log(`  ${k.padEnd(28)} ${String(n).padStart(4)}/${String(idx.length).padEnd(4)} ${f3(n / idx.length)}`)
  }
  const labelled = held.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'labelled').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  console.log(`\nlabelled sets together: AUC ${f3(rocAuc(labelled))}, recall at 5 % FPR ${f3(recallAtFpr(labelled, 0.05).recall)}`)
  console.log(`feed-weighted ECE ${f3(expectedCalibrationError(points))}`)
  console.log('\nthreshold  ordinaryFPR  hardFPR  feedFPR  recall  precision@3%   (model-only bar ' + op.modelOnly + ')')
  for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const f = pointFigures(points, t, Math.max(t, op.modelOnly))
    console.log(`  ${t.toFixed(2)}      ${f3(f.ordinaryFpr)}        ${f3(f.hardFpr)}    ${f3(f.feedFpr)}    ${f3(f.recall)}   ${f3(f.precision)}`)
  }
  const tf = held.map((r, i) => [r, i] as const).filter(([r]) => r.source === 'toxifrench_agreement').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  const own = points.filter((p) => p.bucket === 'own_pos')
  console.log(`\nsummary: labelled AUC ${f3(rocAuc(labelled))} R@5%FPR ${f3(recallAtFpr(labelled, 0.05).recall)} | toxifrench AUC ${f3(rocAuc(tf))} R@5%FPR ${f3(recallAtFpr(tf, 0.05).recall)} | own recall ${f3(own.filter((p) => p.score >= op.threshold && (p.evidence || p.score >= op.modelOnly)).length / own.length)} | op t=${op.threshold} m=${op.modelOnly} ordFPR ${f3(op.ordinaryFpr)} hardFPR ${f3(op.hardFpr)} recall ${f3(op.recall)} P@3% ${f3(op.precision)}`)
  const paths = precisionByPath(points, op)
  console.log(`feed precision of marks with evidence ${f3(paths.evidence)}, on the model alone ${f3(paths.modelOnly)} (${f3(paths.modelOnlyShare)} of the marks)`)
  console.log(`\noperating point: threshold ${op.threshold}, model-only ${op.modelOnly}: ordinary FPR ${f3(op.ordinaryFpr)}, hard FPR ${f3(op.hardFpr)}, recall ${f3(op.recall)}, precision at 3 % ${f3(op.precision)}`)
}

function main(): void {
  const settings = mixSettings()
  const rows = analysed(loadSamples(dataDir(), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), settings))
  const train = rows.filter((r) => !r.held)
  // Templated rows share templates across the split: left out of calibration and figures.
  const held = rows.filter((r) => r.held && r.group !== 'templated')
  console.log(`rows: ${rows.length} (train ${train.length}, held-out ${held.length}); settings ${JSON.stringify(settings)}`)
  const first = quantize(fitModel(train, SEED + 1))
  for (const r of held) r.parts = { ...r.parts, model: quantLogit(r.feats, first) }
  const weights = feedWeights(held)
  const mix = fitMix(held.map((r, i) => ({ parts: r.parts, label: r.label, weight: weights[i] ?? 0 })))
  console.log('mix', mix)
  const scores = held.map((r) => 1 / (1 + Math.exp(-mixLogit(r.parts, mix))))
  const points: PointRow[] = held.map((r, i) => ({ score: scores[i] ?? 0, evidence: r.parts.evidence, label: r.label, weight: weights[i] ?? 0, bucket: bucketOf(r) }))
  report(held, scores, points)
  const dump = process.env.VIGIE_TRAIN_DUMP
  if (dump !== undefined) {
    const lines = held.map((r, i) => JSON.stringify({ source: r.source, label: r.label, score: Math.round((scores[i] ?? 0) * 1000) / 1000, ev: r.parts.evidence, model: Math.round(r.parts.model * 100) / 100, lex: Math.round(r.parts.lex * 100) / 100, text: r.text }))
    writeFileSync(dump, lines.join('\n'))
  }
  if (process.argv.includes('--eval')) return
  const final = quantize(fitModel(rows, SEED + 2))
  const point = chooseOperatingPoint(points)
  const id = writeModel(ROOT, final, mix, {
    point, expectedCalibrationError: expectedCalibrationError(points), rows: held.length, positives: held.filter((r) => r.label === 1).length,
  }, LEXICON_VERSION)
  console.log(`wrote classifiers/model/weights.ts and operating-point.ts (id ${id})`)
}

main()
