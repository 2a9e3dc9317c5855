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
/** NBSVM: smoothing of the counts, cap on |ratio| (the defaults of FitSettings.nbAlpha / nbCap). */
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
  /** NB smoothing of the counts (default 1). */
  nbAlpha?: number
  /** Cap on |log-count ratio| (default 3). */
  nbCap?: number
  /**
   * NBSVM's interpolation (Wang & Manning 2012), β in (0, 1]: the shipped weight of feature j is
   * β·w_j + (1 − β)·w̄·r_j, w̄ the mean |weight| in the scaled space and r_j the signed, capped
   * log-count ratio — a share of naive Bayes' own weights. 1 (default): none.
   */
  nbInterp?: number
  /** How the classes are balanced: 'class' (default) over all rows; 'source' also within each labelled set first. */
  balance?: 'class' | 'source'
  /**
   * Feature augmentation (Daumé 2007): each feature and the bias also get a copy per domain
   * (see domainOf) at training; the shipped weights are the shared copy ('shared') or the shared
   * plus the forum copy ('forum'). 'bias': a bias per domain only (each set's own share of
   * harassment), the shared bias shipped. Unset: no augmentation.
   */
  domains?: 'shared' | 'forum' | 'bias'
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

/** What the fitter needs of a sample: its label, weight and hashed features (source and group for balance and domains). */
export interface FitRow {
  label: 0 | 1
  weight: number
  feats: readonly number[]
  source?: string
  group?: string
}

/** Domains of the feature augmentation: forum comments, tweets, other web comments, benign text, our examples, templated rows. */
export const DOMAINS = ['forum', 'tweets', 'web', 'benign', 'own', 'templated'] as const
const FORUM = 0

/** A row's domain (index into DOMAINS). */
export function domainOf(r: Pick<FitRow, 'source' | 'group'>): number {
  if (r.source === 'toxifrench_agreement') return FORUM
  if (r.source === 'mlma' || r.source === 'ftr') return 1
  if (r.group === 'labelled') return 2
  if (r.group === 'benign') return 3
  if (r.group === 'templated') return 5
  return 4
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
function logCountRatios(rows: readonly FitRow[], s: FitSettings): { scale: Float64Array; signed: Float64Array; seen: Uint8Array } {
  const alpha = s.nbAlpha ?? NB_ALPHA
  const cap = s.nbCap ?? NB_CAP
  const p = new Float64Array(DIM)
  const n = new Float64Array(DIM)
  let pt = 0
  let nt = 0
  const inRow = new Set<number>()
  for (const r of rows) {
    inRow.clear()
    for (const f of r.feats) inRow.add(f)
    const into = r.label === 1 ? p : n
    for (const f of inRow) into[f] = (into[f] ?? 0) + r.weight
    if (r.label === 1) pt += r.weight
    else nt += r.weight
  }
  const scale = new Float64Array(DIM)
  const signed = new Float64Array(DIM)
  const seen = new Uint8Array(DIM)
  for (let f = 0; f < DIM; f++) {
    const lr = Math.log(((p[f] ?? 0) + alpha) / (pt + alpha)) - Math.log(((n[f] ?? 0) + alpha) / (nt + alpha))
    const occurs = (p[f] ?? 0) + (n[f] ?? 0) > 0
    // A feature never seen in training has no ratio (its smoothed one would only be log(nt / pt)).
    signed[f] = occurs ? Math.max(-cap, Math.min(cap, lr)) : 0
    scale[f] = s.nbMix + (1 - s.nbMix) * Math.abs(signed[f] ?? 0)
    seen[f] = occurs ? 1 : 0
  }
  return { scale, signed, seen }
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

/**
 * Each row's factor in a fit (its weight times the factor is what it weighs), the classes
 * weighing the same; with `balance: 'source'`, each labelled set's two classes are first made
 * to weigh the same within it (its total kept).
 */
export function fitFactors(rows: readonly FitRow[], balance: FitSettings['balance'] = 'class'): number[] {
  const within = new Map<string, { pos: number; neg: number }>()
  if (balance === 'source') {
    for (const r of rows) {
      if (r.group !== 'labelled' || r.source === undefined) continue
      const m = within.get(r.source) ?? { pos: 0, neg: 0 }
      if (r.label === 1) m.pos += r.weight
      else m.neg += r.weight
      within.set(r.source, m)
    }
  }
  const inner = rows.map((r) => {
    const m = r.group === 'labelled' && r.source !== undefined ? within.get(r.source) : undefined
    if (m === undefined || m.pos === 0 || m.neg === 0) return 1
    return (m.pos + m.neg) / (2 * (r.label === 1 ? m.pos : m.neg))
  })
  const { posWeight, negWeight } = classWeights(rows.map((r, i) => ({ label: r.label, weight: r.weight * (inner[i] ?? 1) })))
  return inner.map((k, i) => {
    const c = (rows[i] as FitRow).label === 1 ? posWeight : negWeight
    return k === 1 ? c : k * c
  })
}

/** One Adagrad run over shuffled rows (value r_f/sqrt(n) per occurrence, weighed by fitFactors); with `domains`, a copy of the weights per domain too. */
function fitOnce(rows: readonly FitRow[], rand: () => number, ratio: Float64Array, s: FitSettings): LinearModel {
  const w = new Float64Array(DIM)
  const g2 = new Float64Array(DIM).fill(1e-8)
  let bias = 0
  let bg2 = 1e-8
  const augmented = s.domains !== undefined
  const dw = augmented && s.domains !== 'bias' ? DOMAINS.map(() => new Float64Array(DIM)) : []
  const dg2 = augmented && s.domains !== 'bias' ? DOMAINS.map(() => new Float64Array(DIM).fill(1e-8)) : []
  const dbias = DOMAINS.map(() => 0)
  const dbg2 = DOMAINS.map(() => 1e-8)
  const factors = fitFactors(rows, s.balance)
  const order = rows.map((_, i) => i)
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, rand)
    for (const idx of order) {
      const r = rows[idx] as FitRow
      if (r.feats.length === 0) continue
      const v = 1 / lengthNorm(r.feats.length, s.lengthPower)
      const d = augmented ? domainOf(r) : -1
      const wd = dw[d]
      const gd2 = dg2[d]
      let z = bias + (d >= 0 ? dbias[d] ?? 0 : 0)
      for (const f of r.feats) z += ((w[f] ?? 0) + (wd?.[f] ?? 0)) * (ratio[f] ?? 1) * v
      const g = (sigmoid(z) - r.label) * r.weight * (factors[idx] ?? 0)
      for (const f of r.feats) {
        const grad = g * v * (ratio[f] ?? 1) + s.l2 * (w[f] ?? 0)
        g2[f] = (g2[f] ?? 0) + grad * grad
        w[f] = (w[f] ?? 0) - (s.learningRate * grad) / Math.sqrt(g2[f] ?? 1)
        if (wd !== undefined && gd2 !== undefined) {
          const gradD = g * v * (ratio[f] ?? 1) + s.l2 * (wd[f] ?? 0)
          gd2[f] = (gd2[f] ?? 0) + gradD * gradD
          wd[f] = (wd[f] ?? 0) - (s.learningRate * gradD) / Math.sqrt(gd2[f] ?? 1)
        }
      }
      bg2 += g * g
      bias -= (s.learningRate * g) / Math.sqrt(bg2)
      if (d >= 0) {
        dbg2[d] = (dbg2[d] ?? 0) + g * g
        dbias[d] = (dbias[d] ?? 0) - (s.learningRate * g) / Math.sqrt(dbg2[d] ?? 1)
      }
    }
  }
  // What ships: the shared copy, plus the forum copy with `domains: 'forum'`.
  const forum = s.domains === 'forum' ? dw[FORUM] : undefined
  for (let f = 0; f < DIM; f++) w[f] = ((w[f] ?? 0) + (forum?.[f] ?? 0)) * (ratio[f] ?? 1)
  return { w, bias: bias + (s.domains === 'forum' ? dbias[FORUM] ?? 0 : 0) }
}

/** Fits BAGS runs over different shuffles and averages them (less variance from the data order). */
export function fitModel(rows: readonly FitRow[], seed: number, s: FitSettings = fitSettings()): LinearModel {
  const w = new Float64Array(DIM)
  let bias = 0
  const nb = logCountRatios(rows, s)
  for (let k = 0; k < s.bags; k++) {
    const run = fitOnce(rows, seededRandom(seed + 1000 * k), nb.scale, s)
    for (let i = 0; i < DIM; i++) w[i] = (w[i] ?? 0) + (run.w[i] ?? 0) / s.bags
    bias += run.bias / s.bags
  }
  const beta = s.nbInterp ?? 1
  if (beta < 1) interpolateNb(w, nb, beta)
  return { w, bias }
}

/**
 * NBSVM's interpolation in place: w_j ← β·w_j + (1 − β)·w̄·r_j, with w̄ the mean |weight| in the
 * scaled space over the features seen in training and r_j the signed log-count ratio.
 */
function interpolateNb(w: Float64Array, nb: { scale: Float64Array; signed: Float64Array; seen: Uint8Array }, beta: number): void {
  let sum = 0
  let count = 0
  for (let f = 0; f < DIM; f++) {
    if (nb.seen[f] !== 1) continue
    sum += Math.abs((w[f] ?? 0) / (nb.scale[f] ?? 1))
    count++
  }
  const mean = count > 0 ? sum / count : 0
  for (let f = 0; f < DIM; f++) w[f] = beta * (w[f] ?? 0) + (1 - beta) * mean * (nb.signed[f] ?? 0)
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
