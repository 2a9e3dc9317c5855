/**
 * The final mix, fitted on the held-out split: a weighted logistic regression (Platt scaling
 * with a few inputs) from the parts of a post's analysis to P(harassment). The rows are weighed
 * as a live feed is made (see feed.ts: 3 % harassment, mostly ordinary posts), so the fitted
 * score reads directly as the probability of harassment on such a feed.
 */
import { mixInputs } from '../../classifiers/index.js'
import type { MixParts } from '../../classifiers/index.js'
import type { Mix } from '../../classifiers/model/linear.js'

/** One held-out row for the fit: the parts of its analysis, its label, its feed weight. */
export interface CalibrationRow {
  parts: MixParts
  label: 0 | 1
  weight: number
}

/** Light ridge on the coefficients (not the bias), so a rare input cannot take an extreme weight. */
const RIDGE = 1e-3
const ITERATIONS = 50

/** Solves the small linear system A x = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i] ?? 0])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r
    const tmp = m[c] as number[]
    m[c] = m[p] as number[]
    m[p] = tmp
    const pivot = m[c]?.[c] ?? 0
    if (Math.abs(pivot) < 1e-12) continue
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = (m[r]?.[c] ?? 0) / pivot
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0)
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1))
}

/** Weighted log-loss of coefficients `beta` (plus the ridge). */
function loss(xs: readonly number[][], rows: readonly CalibrationRow[], beta: readonly number[]): number {
  let sum = 0
  rows.forEach((r, i) => {
    const x = xs[i] as number[]
    let z = 0
    for (let k = 0; k < beta.length; k++) z += (beta[k] ?? 0) * (x[k] ?? 0)
    // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow
    const m = r.label === 1 ? -z : z
    sum += r.weight * (m > 30 ? m : Math.log1p(Math.exp(m)))
  })
  for (let k = 1; k < beta.length; k++) sum += 0.5 * RIDGE * (beta[k] ?? 0) ** 2
  return sum
}

/** Fits the mix by Newton's method (iteratively reweighted least squares), halving steps that do not lower the loss. */
export function fitMix(rows: readonly CalibrationRow[]): Mix {
  const xs = rows.map((r) => [1, ...mixInputs(r.parts)])
  const d = xs[0]?.length ?? 1
  let beta = new Array<number>(d).fill(0)
  beta[0] = -3
  let current = loss(xs, rows, beta)
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0)
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    rows.forEach((r, i) => {
      const x = xs[i] as number[]
      let z = 0
      for (let k = 0; k < d; k++) z += (beta[k] ?? 0) * (x[k] ?? 0)
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - r.label) * r.weight
      const h = p * (1 - p) * r.weight
      for (let k = 0; k < d; k++) {
        grad[k] = (grad[k] ?? 0) + g * (x[k] ?? 0)
        const row = hess[k] as number[]
        for (let l = 0; l < d; l++) row[l] = (row[l] ?? 0) + h * (x[k] ?? 0) * (x[l] ?? 0)
      }
    })
    for (let k = 1; k < d; k++) {
      grad[k] = (grad[k] ?? 0) + RIDGE * (beta[k] ?? 0)
      const row = hess[k] as number[]
      row[k] = (row[k] ?? 0) + RIDGE
    }
    const step = solve(hess, grad)
    let scale = 1
    let next = beta
    let nextLoss = current
    for (let halving = 0; halving < 30; halving++) {
      const candidate = beta.map((b, k) => b - scale * (step[k] ?? 0))
      const l = loss(xs, rows, candidate)
      if (l < current) { next = candidate; nextLoss = l; break }
      scale /= 2
    }
    if (current - nextLoss < 1e-12) break
    beta = next
    current = nextLoss
  }
  const r = (x: number | undefined): number => Math.round((x ?? 0) * 10_000) / 10_000
  return { bias: r(beta[0]), model: r(beta[1]), negative: r(beta[2]), lexicon: r(beta[3]), evidence: r(beta[4]) }
}
