/**
 * The n-gram model's training: an NB-scaled logistic regression (NBSVM, Wang & Manning 2012)
 * over hashed features, fitted with Adagrad, averaged over several shuffles, quantised to int8.
 * Deterministic for a given seed.
 */
import { FEATURE_BITS } from '../../classifiers/features.js'
import { seededRandom } from '../../src/util/seeded-random.js'

const DIM = 1 << FEATURE_BITS
const knob = (name: string, fallback: number): number => {
  const v = process.env[`VIGIE_TRAIN_${name}`]
  return v === undefined || v === '' ? fallback : Number(v)
}
/** NBSVM: smoothing of the counts, cap on |ratio|. */
const NB_ALPHA = 1
const NB_CAP = 3

/** The fitter's settings (chosen by cross-validation, see scripts/train/cv.ts). */
export interface FitSettings {
  epochs: number
  learningRate: number
  l2: number
  /** Share of plain LR kept in the NB scaling (0 = pure NB scaling, 1 = plain LR). */
  nbMix: number
  /** Runs (over different shuffles) averaged into one model. */
  bags: number
  /** Features are scaled by 1/count^lengthPower (0.5: 1/sqrt, what classifiers/model/linear.ts scores with). */
  lengthPower: number
}

/** The shipped settings, overridable from the environment (VIGIE_TRAIN_EPOCHS, _LR, _L2, _NB_MIX, _BAGS). */
export function fitSettings(): FitSettings {
  return {
    epochs: knob('EPOCHS', 8),
    learningRate: knob('LR', 0.15),
    l2: knob('L2', 2e-5),
    nbMix: knob('NB_MIX', 0.25),
    bags: knob('BAGS', 5),
    lengthPower: knob('LENGTH_POW', 0.5),
  }
}

/** What the fitter needs of a sample: its label, weight and hashed features. */
export interface FitRow {
  label: 0 | 1
  weight: number
  feats: readonly number[]
}

/** A fitted model in full precision. */
export interface LinearModel {
  w: Float64Array
  bias: number
}

/** A quantised model, as shipped. */
export interface QuantModel {
  q: Int8Array
  scale: number
  bias: number
}

/** count^power, exactly Math.sqrt(count) for 0.5 (what scoring computes). */
function lengthNorm(count: number, power: number): number {
  return power === 0.5 ? Math.sqrt(count) : count ** power
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** Fisher–Yates shuffle in place, driven by `rand`. */
export function shuffle<T>(list: T[], rand: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const a = list[i] as T
    list[i] = list[j] as T
    list[j] = a
  }
  return list
}

/**
 * NB log-count ratios per hashed feature: how much more often a feature occurs in harassment
 * than in clean rows (class-weighted, smoothed). Features are scaled by them during training and
 * the ratios folded into the shipped weights, so scoring is unchanged.
 */
function logCountRatios(rows: readonly FitRow[], nbMix: number): Float64Array {
  const p = new Float64Array(DIM)
  const n = new Float64Array(DIM)
  let pt = 0
  let nt = 0
  const seen = new Set<number>()
  for (const r of rows) {
    seen.clear()
    for (const f of r.feats) seen.add(f)
    const into = r.label === 1 ? p : n
    for (const f of seen) into[f] = (into[f] ?? 0) + r.weight
    if (r.label === 1) pt += r.weight
    else nt += r.weight
  }
  const ratio = new Float64Array(DIM)
  for (let f = 0; f < DIM; f++) {
    const lr = Math.log(((p[f] ?? 0) + NB_ALPHA) / (pt + NB_ALPHA)) - Math.log(((n[f] ?? 0) + NB_ALPHA) / (nt + NB_ALPHA))
    ratio[f] = nbMix + (1 - nbMix) * Math.min(NB_CAP, Math.abs(lr))
  }
  return ratio
}

/** Factors that make the two classes weigh the same in a fit (each row's weight times its class's factor). */
export function classWeights(rows: readonly { label: 0 | 1; weight: number }[]): { posWeight: number; negWeight: number } {
  let pos = 0
  let neg = 0
  for (const r of rows) {
    if (r.label === 1) pos += r.weight
    else neg += r.weight
  }
  return { posWeight: (pos + neg) / (2 * pos), negWeight: (pos + neg) / (2 * neg) }
}

/** One Adagrad run over shuffled rows (value r_f/sqrt(n) per occurrence); the classes weigh the same. */
function fitOnce(rows: readonly FitRow[], rand: () => number, ratio: Float64Array, s: FitSettings): LinearModel {
  const w = new Float64Array(DIM)
  const g2 = new Float64Array(DIM).fill(1e-8)
  let bias = 0
  let bg2 = 1e-8
  const { posWeight, negWeight } = classWeights(rows)
  const order = rows.map((_, i) => i)
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, rand)
    for (const idx of order) {
      const r = rows[idx] as FitRow
      if (r.feats.length === 0) continue
      const v = 1 / lengthNorm(r.feats.length, s.lengthPower)
      let z = bias
      for (const f of r.feats) z += (w[f] ?? 0) * (ratio[f] ?? 1) * v
      const g = (sigmoid(z) - r.label) * r.weight * (r.label === 1 ? posWeight : negWeight)
      for (const f of r.feats) {
        const grad = g * v * (ratio[f] ?? 1) + s.l2 * (w[f] ?? 0)
        g2[f] = (g2[f] ?? 0) + grad * grad
        w[f] = (w[f] ?? 0) - (s.learningRate * grad) / Math.sqrt(g2[f] ?? 1)
      }
      bg2 += g * g
      bias -= (s.learningRate * g) / Math.sqrt(bg2)
    }
  }
  for (let f = 0; f < DIM; f++) w[f] = (w[f] ?? 0) * (ratio[f] ?? 1)
  return { w, bias }
}

/** Fits BAGS runs over different shuffles and averages them (less variance from the data order). */
export function fitModel(rows: readonly FitRow[], seed: number, s: FitSettings = fitSettings()): LinearModel {
  const w = new Float64Array(DIM)
  let bias = 0
  const ratio = logCountRatios(rows, s.nbMix)
  for (let k = 0; k < s.bags; k++) {
    const run = fitOnce(rows, seededRandom(seed + 1000 * k), ratio, s)
    for (let i = 0; i < DIM; i++) w[i] = (w[i] ?? 0) + (run.w[i] ?? 0) / s.bags
    bias += run.bias / s.bags
  }
  return { w, bias }
}

/** int8 weights with one scale (the largest weight maps to ±127). */
export function quantize(model: LinearModel): QuantModel {
  let max = 0
  for (const x of model.w) max = Math.max(max, Math.abs(x))
  const scale = max / 127 || 1
  const q = new Int8Array(model.w.length)
  for (let i = 0; i < model.w.length; i++) q[i] = Math.round((model.w[i] ?? 0) / scale)
  return { q, scale, bias: model.bias }
}

/** The quantised model's logit for one row, exactly as classifiers/model/linear.ts computes it. */
export function quantLogit(feats: readonly number[], m: QuantModel, lengthPower = 0.5): number {
  if (feats.length === 0) return m.bias
  let s = 0
  for (const f of feats) s += m.q[f] ?? 0
  return m.bias + (s * m.scale) / lengthNorm(feats.length, lengthPower)
}
