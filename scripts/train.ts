/**
 * Trains the n-gram model (a stack of two logistic regressions, see train/stack.ts), scores
 * every non-templated row out of fold (5-fold cross-validation), calibrates the final score on
 * those out-of-fold rows weighed as a live feed (3 % harassment), chooses the operating point
 * there, and writes classifiers/model/weights.ts and classifiers/model/operating-point.ts. Reads
 * ../shared/data/train, ../shared/data/benign and scripts/training-examples (never dev/).
 * Deterministic (seeded).
 *
 * Run: npx tsx scripts/train.ts [--data <dir holding train/ and benign/>] [--eval]
 * (--eval prints the out-of-fold figures and stops without writing anything).
 * To compare settings: scripts/train/cv.ts, or here VIGIE_TRAIN_BENIGN, _WRITTEN, _TEMPLATED, _GROUP_FRAMES,
 * _SOURCES (JSON weights by source) and the fitter's _EPOCHS, _LR, _L2, _NB_MIX, _BAGS;
 * VIGIE_TRAIN_WEAK_TIER=0 chooses the operating point without the weak-evidence bar (weak rows face the model-only bar);
 * VIGIE_TRAIN_DUMP=<file> writes the out-of-fold rows with their scores as JSONL.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mixLogit } from '../classifiers/index.js'
import type { MixParts } from '../classifiers/index.js'
import { LEXICON_VERSION } from '../classifiers/lexicon/index.js'
import { projectRoot } from '../src/project-root.js'
import { seededRandom } from '../src/util/seeded-random.js'
import { fitMix } from './train/calibrate.js'
import { loadSamples, mixSettings } from './train/data.js'
import type { Sample } from './train/data.js'
import { chooseOperatingPoint, feedWeights, isMarked, pointFigures, pointRow, precisionByPath, weakTierOn, wilsonUpper } from './train/feed.js'
import type { PointRow } from './train/feed.js'
import { fitModel, fitSettings, quantize } from './train/logistic.js'
import { expectedCalibrationError, rates, recallAtFpr, rocAuc } from './train/metrics.js'
import { FOLDS, analysed, dataDir } from './train/rows.js'
import type { Row } from './train/rows.js'
import { combine, fitStack, inSecond, outOfFold } from './train/stack.js'
import { writeModel } from './train/write.js'

const ROOT = projectRoot()
const SEED = 20_261_127
const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))

function report(held: readonly Row[], scores: readonly number[], points: readonly PointRow[]): void {
  const op = chooseOperatingPoint(points)
  const mark = (i: number): boolean => isMarked(points[i] as PointRow, op)
  console.log('\nout of fold, per source (unweighted): AUC of the model logit and of the score; at the operating point: FPR, recall')
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
  if (kinds.length > 0) console.log('\nwritten examples out of fold, per kind: share marked harassment')
  for (const k of kinds) {
    const idx = held.map((r, i) => [r, i] as const).filter(([r]) => `${r.label}:${r.kind}` === k).map(([, i]) => i)
    const n = idx.filter(mark).length
    console.log(`  ${k.padEnd(28)} ${String(n).padStart(4)}/${String(idx.length).padEnd(4)} ${f3(n / idx.length)}`)
  }
  const labelled = held.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'labelled').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  console.log(`\nlabelled sets together: AUC ${f3(rocAuc(labelled))}, recall at 5 % FPR ${f3(recallAtFpr(labelled, 0.05).recall)}`)
  console.log(`feed-weighted ECE ${f3(expectedCalibrationError(points))}`)
  console.log('\nthreshold  ordinaryFPR  hardFPR  feedFPR  recall  precision@3%   (weak bar ' + op.weak + ', model-only bar ' + op.modelOnly + ')')
  for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const f = pointFigures(points, t, Math.max(t, op.modelOnly), Math.max(t, op.weak))
    console.log(`  ${t.toFixed(2)}      ${f3(f.ordinaryFpr)}        ${f3(f.hardFpr)}    ${f3(f.feedFpr)}    ${f3(f.recall)}   ${f3(f.precision)}`)
  }
  const tf = held.map((r, i) => [r, i] as const).filter(([r]) => r.source === 'toxifrench_agreement').map(([r, i]) => ({ score: scores[i] ?? 0, label: r.label }))
  const own = points.filter((p) => p.bucket === 'own_pos')
  console.log(`\nsummary: labelled AUC ${f3(rocAuc(labelled))} R@5%FPR ${f3(recallAtFpr(labelled, 0.05).recall)} | toxifrench AUC ${f3(rocAuc(tf))} R@5%FPR ${f3(recallAtFpr(tf, 0.05).recall)} | own recall ${f3(own.filter((p) => isMarked(p, op)).length / own.length)} | op t=${op.threshold} w=${op.weak} m=${op.modelOnly} ordFPR ${f3(op.ordinaryFpr)} hardFPR ${f3(op.hardFpr)} recall ${f3(op.recall)} P@3% ${f3(op.precision)}`)
  for (const source of ['toxifrench_agreement', 'ftr']) {
    const neg = points.filter((p) => p.source === source && p.label === 0)
    const k = neg.filter((p) => isMarked(p, op)).length
    console.log(`${source} clean rows marked: ${k}/${neg.length} (${f3(k / neg.length)}, 95 % upper ${f3(wilsonUpper(k, neg.length))})`)
  }
  const paths = precisionByPath(points, op)
  console.log(`feed precision of marks with evidence ${f3(paths.evidence)}, with weak evidence only ${f3(paths.weak)} (${f3(paths.weakShare)} of the marks), on the model alone ${f3(paths.modelOnly)} (${f3(paths.modelOnlyShare)} of the marks)`)
  const weakRows = points.filter((p) => p.weak === true && !p.evidence)
  console.log(`weak evidence only: ${weakRows.length} rows (${weakRows.filter((p) => p.label === 1).length} harassment)${weakTierOn() ? '' : ' — tier off (VIGIE_TRAIN_WEAK_TIER=0)'}`)
  if (weakRows.length > 0) {
    const pair = chooseOperatingPoint(points.map((p) => ({ ...p, weak: false })))
    console.log(`without the weak tier: threshold ${pair.threshold}, model-only ${pair.modelOnly}: ordinary FPR ${f3(pair.ordinaryFpr)}, hard FPR ${f3(pair.hardFpr)}, recall ${f3(pair.recall)}, precision at 3 % ${f3(pair.precision)}`)
  }
  console.log(`\noperating point: threshold ${op.threshold}, weak ${op.weak}, model-only ${op.modelOnly}: ordinary FPR ${f3(op.ordinaryFpr)}, hard FPR ${f3(op.hardFpr)}, recall ${f3(op.recall)}, precision at 3 % ${f3(op.precision)}`)
}

function main(): void {
  const settings = mixSettings()
  const fit = fitSettings()
  const rows = analysed(loadSamples(dataDir(ROOT), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), settings))
  // Templated rows share templates across folds: trained on, left out of calibration and figures.
  const scored = rows.filter((r) => r.group !== 'templated')
  console.log(`rows: ${rows.length} (${scored.length} scored out of fold, ${FOLDS} folds); settings ${JSON.stringify(settings)} ${JSON.stringify(fit)}`)
  const first = outOfFold(rows, fit, SEED + 1)
  const second = outOfFold(rows, fit, SEED + 101, inSecond)
  const stack = fitStack(rows, first, second)
  console.log('stack', stack)
  const held: Row[] = []
  rows.forEach((r, i) => {
    if (r.group !== 'templated') held.push({ ...r, parts: { ...r.parts, model: stack.first * (first[i] ?? 0) + stack.second * (second[i] ?? 0) } })
  })
  const weights = feedWeights(held)
  const mix = fitMix(held.map((r, i) => ({ parts: r.parts, label: r.label, weight: weights[i] ?? 0 })))
  console.log('mix', mix)
  const scores = held.map((r) => 1 / (1 + Math.exp(-mixLogit(r.parts, mix))))
  const points: PointRow[] = held.map((r, i) => pointRow(r, scores[i] ?? 0, r.parts.evidence, r.weak, weights[i] ?? 0))
  report(held, scores, points)
  const dump = process.env.VIGIE_TRAIN_DUMP
  if (dump !== undefined) {
    const lines = held.map((r, i) => JSON.stringify({ source: r.source, label: r.label, kind: r.kind, score: Math.round((scores[i] ?? 0) * 1000) / 1000, ev: r.parts.evidence, weak: r.weak, model: Math.round(r.parts.model * 100) / 100, lex: Math.round(r.parts.lex * 100) / 100, text: r.text }))
    writeFileSync(dump, lines.join('\n'))
  }
  if (process.argv.includes('--eval')) return
  const final = quantize(combine(fitModel(rows, SEED + 2, fit), fitModel(rows.filter(inSecond), SEED + 102, fit), stack))
  const point = chooseOperatingPoint(points)
  const id = writeModel(ROOT, final, mix, {
    point, expectedCalibrationError: expectedCalibrationError(points), rows: held.length, positives: held.filter((r) => r.label === 1).length,
  }, LEXICON_VERSION)
  console.log(`wrote classifiers/model/weights.ts and operating-point.ts (id ${id})`)
}

main()
