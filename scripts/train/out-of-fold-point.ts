/**
 * Out-of-fold logits turned into what `npm run train` would ship, for the experiments that compare
 * rankers (cv.ts, dense.ts): the rows (templated ones left out) with the logit as their model part,
 * weighed as the feed, calibrated by the same mix, and the operating point chosen on them.
 * With VIGIE_CV_DUMP set, each configuration's scored rows are written to
 * `${VIGIE_CV_DUMP}.${name}.jsonl` for compare-dumps.ts.
 */
import { writeFileSync } from 'node:fs'
import { mixLogit } from '../../classifiers/index.js'
import { fitMix } from './calibrate.js'
import { chooseOperatingPoint, feedWeights, pointRow } from './feed.js'
import type { PointFigures, PointRow } from './feed.js'
import type { Row } from './rows.js'

export interface CalibratedOutOfFold {
  /** The non-templated rows, their `parts.model` set to the out-of-fold logit. */
  rows: Row[]
  /** Calibrated score per row of `rows`. */
  scores: number[]
  points: PointRow[]
  op: PointFigures
}

export function calibrateOutOfFold(all: readonly Row[], logits: readonly number[], name: string): CalibratedOutOfFold {
  const idx = all.map((_, i) => i).filter((i) => (all[i] as Row).group !== 'templated')
  const rows = idx.map((i) => ({ ...(all[i] as Row), parts: { ...(all[i] as Row).parts, model: logits[i] ?? 0 } }))
  const weights = feedWeights(rows)
  const mix = fitMix(rows.map((r, i) => ({ parts: r.parts, label: r.label, weight: weights[i] ?? 0 })))
  const scores = rows.map((r) => 1 / (1 + Math.exp(-mixLogit(r.parts, mix))))
  const points: PointRow[] = rows.map((r, i) => pointRow(r, scores[i] ?? 0, r.parts.evidence, r.weak, weights[i] ?? 0))
  const op = chooseOperatingPoint(points)
  const dump = process.env.VIGIE_CV_DUMP
  if (dump !== undefined) writeFileSync(`${dump}.${name}.jsonl`, rows.map((r, i) => JSON.stringify({ source: r.source, group: r.group, label: r.label, kind: r.kind, score: scores[i], model: r.parts.model, ev: r.parts.evidence, weak: r.weak, lex: r.parts.lex, text: r.text })).join('\n'))
  return { rows, scores, points, op }
}
