/**
 * Out-of-fold scoring and the two-model stack. Every non-templated row is scored by models
 * fitted on the other folds (templated rows are always trained on: their templates are on both
 * sides of any split). The shipped model is a stack of two logistic regressions over the same
 * hashed features — one fitted on everything (public sets, benign corpus, our examples), one on
 * the labelled public sets alone, whose web and forum register the first dilutes — mixed with
 * coefficients fitted on their out-of-fold logits. Both are linear in the same features, so the
 * stack folds into one weight vector: scoring costs what one model costs.
 */
import type { Group } from './data.js'
import { fitModel, quantize, quantLogit } from './logistic.js'
import type { FitSettings, LinearModel } from './logistic.js'
import { FOLDS } from './rows.js'
import type { Row } from './rows.js'

/** The groups the second model of the stack learns from. */
export const SECOND_GROUPS: readonly Group[] = ['labelled']

/** What the stack coefficients are fitted on: the labelled sets and our examples (the benign corpus is easy). */
const STACK_GROUPS: readonly Group[] = ['labelled', 'own']

/** Coefficients of the two models' logits. */
export interface Stack {
  first: number
  second: number
}

/**
 * Out-of-fold logits of the non-templated rows (0 for templated rows) of a model fitted on the
 * rows `keep` accepts, each weighed by `weightOf`.
 */
export function outOfFold(rows: readonly Row[], fit: FitSettings, seed: number, keep: (r: Row) => boolean = () => true, weightOf: (r: Row) => number = (r) => r.weight): number[] {
  const logits = new Array<number>(rows.length).fill(0)
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => keep(r) && (r.group === 'templated' || r.fold !== k)).map((r) => ({ label: r.label, feats: r.feats, weight: weightOf(r), source: r.source, group: r.group }))
    const model = quantize(fitModel(train, seed + k, fit))
    rows.forEach((r, i) => {
      if (r.group !== 'templated' && r.fold === k) logits[i] = quantLogit(r.feats, model, fit.lengthPower)
    })
  }
  return logits
}

/** Rows the second model is fitted on. */
export function inSecond(r: Pick<Row, 'group'>): boolean {
  return SECOND_GROUPS.includes(r.group)
}

/**
 * The stack coefficients: a logistic regression of the label on both out-of-fold logits (with a
 * bias, dropped afterwards: the final mix has its own), over the labelled sets and our examples,
 * every row weighing the same. Gradient descent on the mean log-loss.
 */
export function fitStack(rows: readonly Row[], first: readonly number[], second: readonly number[]): Stack {
  const [a, b] = fitStackN(rows, [first, second])
  return { first: a ?? 1, second: b ?? 0 }
}

/**
 * Stack coefficients of several out-of-fold logits, the first starting at 1 and the others at 0: a logistic
 * regression with a bias (dropped afterwards), over STACK_GROUPS, every row weighing the same, by gradient
 * descent on the mean log-loss; rounded to 0.001. fitStack is its two-input case; dense.ts and segments.ts stack more.
 */
export function fitStackN(rows: readonly Row[], inputs: readonly (readonly number[])[]): number[] {
  const data: { x: number[]; y: number }[] = []
  rows.forEach((r, i) => {
    if (STACK_GROUPS.includes(r.group)) data.push({ x: inputs.map((l) => l[i] ?? 0), y: r.label })
  })
  const d = inputs.length
  const n = data.length || 1
  const beta = new Array<number>(d).fill(0)
  beta[0] = 1
  let bias = 0
  for (let it = 0; it < 2000; it++) {
    const g = new Array<number>(d).fill(0)
    let gb = 0
    for (const { x, y } of data) {
      // The bias added last: the same sum, in the same order, as the two-input fit always made.
      let z = 0
      for (let k = 0; k < d; k++) z += (beta[k] as number) * (x[k] as number)
      const e = 1 / (1 + Math.exp(-(z + bias))) - y
      for (let k = 0; k < d; k++) g[k] = (g[k] as number) + e * (x[k] as number)
      gb += e
    }
    for (let k = 0; k < d; k++) beta[k] = (beta[k] as number) - (0.5 * (g[k] as number)) / n
    bias -= (0.5 * gb) / n
  }
  return beta.map((b) => Math.round(b * 1000) / 1000)
}

/** The stacked model as one linear model (before quantisation). */
export function combine(first: LinearModel, second: LinearModel, s: Stack): LinearModel {
  const w = new Float64Array(first.w.length)
  for (let i = 0; i < w.length; i++) w[i] = s.first * (first.w[i] ?? 0) + s.second * (second.w[i] ?? 0)
  return { w, bias: s.first * first.bias + s.second * second.bias }
}
