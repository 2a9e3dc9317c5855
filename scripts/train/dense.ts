/**
 * Experiment (issue 11): a small dense nonlinear model next to the linear one, judged out of fold.
 *
 * The dense model reads the same hashed feature indices the linear model scores (words, bigrams,
 * stems, character 3–5-grams, negated stems), folded to 2^bits buckets: an embedding table
 * E [buckets × dim], pooled as a sum divided by count^pool (0.5: what the linear model does, 1:
 * the mean), one hidden layer (ReLU or tanh) and a scalar output — a fastText-style bag of
 * embeddings with one nonlinear layer, so it can learn interactions of features the linear model
 * cannot. Trained from scratch (Float32Array, Adagrad, the two classes weighing the same as in
 * logistic.ts, the same row weights), fixed seeds, no pretrained vectors and no data beyond the
 * training rows.
 *
 * Wide & deep by stacking: each non-templated row gets out-of-fold logits from the shipped pair
 * of linear models (stack.ts, same folds and seeds as cv.ts's `{"stack":["labelled"]}`) and from
 * the dense model fitted on the same training folds; the three logits are stacked by a logistic
 * regression over the labelled sets and our examples (as fitStack does for the two linear ones),
 * then the final mix and the operating point are fitted on the stacked out-of-fold logits
 * exactly as scripts/train.ts does. A variant with `joint: true` instead trains the dense model
 * on top of a linear part fitted jointly with it (a true wide & deep network: both logits summed
 * before the loss), then stacks as above.
 *
 * Prints, for the baseline and each configuration: ToxiFrench agreement subset (model-logit AUC,
 * score AUC, recall at 5 % FPR, rows marked at the operating point), our forum examples' score
 * AUC, labelled sets' score AUC, our examples' score AUC, the operating point (ordinary and hard
 * FPR, recall, precision at 3 %), the feed-weighted ECE, and the CPU cost of the dense forward pass
 * per post against the linear dot product (interleaved). VIGIE_CV_DUMP=<prefix> writes dumps for
 * compare-dumps.ts (paired bootstrap of the AUC differences). VIGIE_DENSE_TIMING_ONLY=1 times
 * untrained models of each configuration's shape and stops (the cost does not depend on the weights).
 *
 * Run (2 bags, as the other experiments):
 *   VIGIE_TRAIN_BAGS=2 VIGIE_CV_DUMP=/tmp/dense VIGIE_DENSE='[{"name":"d16h32"}]' nice -n 5 npx tsx scripts/train/dense.ts
 *   npx tsx scripts/train/compare-dumps.ts /tmp/dense.base.jsonl /tmp/dense.d16h32.jsonl
 *   VIGIE_DENSE_TIMING_ONLY=1 VIGIE_DENSE='[{"name":"d16","bits":15},{"name":"d32","dim":32,"hidden":64}]' npx tsx scripts/train/dense.ts
 * The baseline's out-of-fold logits are cached in /tmp (keyed by rows, bags and fit seed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../../src/project-root.js'
import { seededRandom } from '../../src/util/seeded-random.js'
import { loadSamples, mixSettings } from './data.js'
import { classWeights, fitSettings, shuffle } from './logistic.js'
import { calibrateOutOfFold } from './out-of-fold-point.js'
import { expectedCalibrationError, recallAtFpr, rocAuc } from './metrics.js'
import { FOLDS, analysed, dataDir } from './rows.js'
import type { Row } from './rows.js'
import { fitStackN, inSecond, outOfFold } from './stack.js'

const ROOT = projectRoot()
const SEED = 20_261_127
const FIT_SEED = SEED + Number(process.env.VIGIE_CV_FIT_SEED ?? 0)

/** One dense configuration. */
interface DenseConfig {
  name: string
  /** log2 of the embedding buckets (feature indices folded by masking). */
  bits: number
  dim: number
  hidden: number
  activation: 'relu' | 'tanh'
  /** Pooling: sum / count^pool. */
  pool: number
  epochs: number
  learningRate: number
  l2: number
  /** Seed offset (a different seed for the noise of the dense model itself). */
  seed: number
  /** Train a linear part jointly (wide & deep proper) instead of the dense part alone. */
  joint: boolean
  /** Dense fits (over different seeds) whose logits are averaged. */
  bags: number
  /** Groups the dense model learns from (all when absent). */
  groups?: string[]
  /**
   * Control: the third stacked input is not a dense model but one more linear model (logistic.ts,
   * the shipped settings) fitted over other shuffles — what stacking a third logit gains by itself.
   */
  linear?: boolean
}

const DEFAULTS: Omit<DenseConfig, 'name'> = { bits: 16, dim: 16, hidden: 32, activation: 'relu', pool: 0.5, epochs: 4, learningRate: 0.05, l2: 0, seed: 0, joint: false, bags: 1 }

/** A fitted dense model in full precision. */
interface DenseModel {
  c: DenseConfig
  emb: Float32Array
  w1: Float32Array
  b1: Float32Array
  w2: Float32Array
  b2: number
  /** The jointly trained linear part (joint only). */
  lin?: Float32Array
  linBias: number
}

/** Scratch buffers of a forward pass. */
interface Scratch {
  pooled: Float32Array
  pre: Float32Array
  act: Float32Array
}

function scratch(c: DenseConfig): Scratch {
  return { pooled: new Float32Array(c.dim), pre: new Float32Array(c.hidden), act: new Float32Array(c.hidden) }
}

/** The dense model's logit (plus the joint linear part) for one row's feature indices; fills `s`. */
function forward(m: DenseModel, feats: readonly number[], s: Scratch): number {
  const { dim, hidden } = m.c
  const mask = (1 << m.c.bits) - 1
  s.pooled.fill(0)
  let linSum = 0
  for (const f of feats) {
    const o = (f & mask) * dim
    for (let k = 0; k < dim; k++) s.pooled[k] = (s.pooled[k] as number) + (m.emb[o + k] as number)
    if (m.lin !== undefined) linSum += m.lin[f] as number
  }
  const n = feats.length
  const norm = n === 0 ? 0 : 1 / n ** m.c.pool
  for (let k = 0; k < dim; k++) s.pooled[k] = (s.pooled[k] as number) * norm
  let z = m.b2
  for (let j = 0; j < hidden; j++) {
    let a = m.b1[j] as number
    const o = j * dim
    for (let k = 0; k < dim; k++) a += (m.w1[o + k] as number) * (s.pooled[k] as number)
    s.pre[j] = a
    const h = m.c.activation === 'relu' ? (a > 0 ? a : 0) : Math.tanh(a)
    s.act[j] = h
    z += (m.w2[j] as number) * h
  }
  if (m.lin !== undefined && n > 0) z += m.linBias + linSum / Math.sqrt(n)
  return z
}

/** Fits the dense model with Adagrad over shuffled rows, the classes weighing the same (as logistic.ts). */
function fitDense(rows: readonly { label: 0 | 1; weight: number; feats: readonly number[] }[], c: DenseConfig, seed: number): DenseModel {
  const rand = seededRandom(seed)
  const buckets = 1 << c.bits
  const mask = buckets - 1
  const { dim, hidden } = c
  const init = (n: number, a: number): Float32Array => {
    const x = new Float32Array(n)
    for (let i = 0; i < n; i++) x[i] = (rand() * 2 - 1) * a
    return x
  }
  const m: DenseModel = {
    c, emb: init(buckets * dim, 0.1), w1: init(hidden * dim, Math.sqrt(6 / (dim + hidden))), b1: new Float32Array(hidden).fill(c.activation === 'relu' ? 0.01 : 0),
    w2: init(hidden, Math.sqrt(6 / (hidden + 1))), b2: 0, linBias: 0,
  }
  if (c.joint) m.lin = new Float32Array(1 << 18)
  const gEmb = new Float32Array(buckets * dim).fill(1e-6)
  const gW1 = new Float32Array(hidden * dim).fill(1e-6)
  const gB1 = new Float32Array(hidden).fill(1e-6)
  const gW2 = new Float32Array(hidden).fill(1e-6)
  const gLin = c.joint ? new Float32Array(1 << 18).fill(1e-6) : undefined
  let gB2 = 1e-6
  let gLinBias = 1e-6
  const { posWeight, negWeight } = classWeights(rows)
  const s = scratch(c)
  const dPooled = new Float32Array(dim)
  const lr = c.learningRate
  const order = rows.map((_, i) => i)
  for (let epoch = 0; epoch < c.epochs; epoch++) {
    shuffle(order, rand)
    for (const idx of order) {
      const r = rows[idx] as { label: 0 | 1; weight: number; feats: readonly number[] }
      const n = r.feats.length
      if (n === 0) continue
      const z = forward(m, r.feats, s)
      const g = (1 / (1 + Math.exp(-z)) - r.label) * r.weight * (r.label === 1 ? posWeight : negWeight)
      dPooled.fill(0)
      for (let j = 0; j < hidden; j++) {
        const hg = g * (s.act[j] as number)
        gW2[j] = (gW2[j] as number) + hg * hg
        const w2j = m.w2[j] as number
        m.w2[j] = w2j - (lr * hg) / Math.sqrt(gW2[j] as number)
        const a = s.pre[j] as number
        const dAct = c.activation === 'relu' ? (a > 0 ? 1 : 0) : 1 - (s.act[j] as number) ** 2
        const dPre = g * w2j * dAct
        if (dPre === 0) continue
        gB1[j] = (gB1[j] as number) + dPre * dPre
        m.b1[j] = (m.b1[j] as number) - (lr * dPre) / Math.sqrt(gB1[j] as number)
        const o = j * dim
        for (let k = 0; k < dim; k++) {
          const w = m.w1[o + k] as number
          dPooled[k] = (dPooled[k] as number) + dPre * w
          const gw = dPre * (s.pooled[k] as number)
          gW1[o + k] = (gW1[o + k] as number) + gw * gw
          m.w1[o + k] = w - (lr * gw) / Math.sqrt(gW1[o + k] as number)
        }
      }
      gB2 += g * g
      m.b2 -= (lr * g) / Math.sqrt(gB2)
      const norm = 1 / n ** c.pool
      for (const f of r.feats) {
        const o = (f & mask) * dim
        for (let k = 0; k < dim; k++) {
          const e = m.emb[o + k] as number
          const ge = (dPooled[k] as number) * norm + c.l2 * e
          gEmb[o + k] = (gEmb[o + k] as number) + ge * ge
          m.emb[o + k] = e - (lr * ge) / Math.sqrt(gEmb[o + k] as number)
        }
      }
      if (m.lin !== undefined && gLin !== undefined) {
        const v = g / Math.sqrt(n)
        for (const f of r.feats) {
          gLin[f] = (gLin[f] as number) + v * v
          m.lin[f] = (m.lin[f] as number) - (0.15 * v) / Math.sqrt(gLin[f] as number)
        }
        gLinBias += g * g
        m.linBias -= (0.15 * g) / Math.sqrt(gLinBias)
      }
    }
  }
  return m
}

/** int8 quantisation of every weight array (one scale per array), as a shipped model would be; returns the dequantised model. */
function quantized(m: DenseModel): DenseModel {
  const q = (x: Float32Array): Float32Array => {
    let max = 0
    for (const v of x) max = Math.max(max, Math.abs(v))
    const scale = max / 127 || 1
    return x.map((v) => Math.round(v / scale) * scale)
  }
  return { ...m, emb: q(m.emb), w1: q(m.w1), w2: q(m.w2) }
}

/** Out-of-fold dense logits of the non-templated rows (templated rows always trained on, as stack.ts). */
function denseOutOfFold(rows: readonly Row[], c: DenseConfig): number[] {
  const logits = new Array<number>(rows.length).fill(0)
  const keep = (r: Row): boolean => c.groups === undefined || c.groups.includes(r.group)
  for (let k = 0; k < FOLDS; k++) {
    const t0 = Date.now()
    const train = rows.filter((r) => keep(r) && (r.group === 'templated' || r.fold !== k))
    const s = scratch(c)
    let m: DenseModel | undefined
    for (let b = 0; b < c.bags; b++) {
      m = quantized(fitDense(train, c, FIT_SEED + 7001 + 100 * c.seed + 50 * b + k))
      const model = m
      rows.forEach((r, i) => {
        if (r.group !== 'templated' && r.fold === k) logits[i] = (logits[i] ?? 0) + forward(model, r.feats, s) / c.bags
      })
    }
    console.log(`  ${c.name} fold ${k}: ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    if (k === 0 && m !== undefined) lastModel = m
  }
  return logits
}

let lastModel: DenseModel | undefined

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3))

/** Calibrates on the out-of-fold logits as train.ts does and prints the figures of one configuration. */
function evaluate(all: readonly Row[], logits: readonly number[], name: string): void {
  const { rows, scores, points, op } = calibrateOutOfFold(all, logits, name)
  const marked = (i: number): boolean => (scores[i] ?? 0) >= op.threshold && ((rows[i] as Row).parts.evidence || (scores[i] ?? 0) >= op.modelOnly)
  const pick = (keep: (r: Row) => boolean): number[] => rows.map((r, i) => [r, i] as const).filter(([r]) => keep(r)).map(([, i]) => i)
  const tf = pick((r) => r.source === 'toxifrench_agreement')
  const tfModel = tf.map((i) => ({ score: (rows[i] as Row).parts.model, label: (rows[i] as Row).label }))
  const tfScore = tf.map((i) => ({ score: scores[i] ?? 0, label: (rows[i] as Row).label }))
  const tfPos = tf.filter((i) => (rows[i] as Row).label === 1)
  const tfNeg = tf.filter((i) => (rows[i] as Row).label === 0)
  const scored = (list: number[]): { score: number; label: 0 | 1 }[] => list.map((i) => ({ score: scores[i] ?? 0, label: (rows[i] as Row).label }))
  const forum = pick((r) => r.group === 'own' && r.source.startsWith('forum'))
  const own = pick((r) => r.group === 'own')
  const labelled = pick((r) => r.group === 'labelled')
  const ftr = pick((r) => r.source === 'ftr').map((i) => ({ score: (rows[i] as Row).parts.model, label: (rows[i] as Row).label }))
  console.log(`${name.padEnd(12)} | TF ${f3(rocAuc(tfModel))}/${f3(rocAuc(tfScore))} r5 ${f3(recallAtFpr(tfScore, 0.05).recall)} op ${tfPos.filter(marked).length}/${tfPos.length} clean ${tfNeg.filter(marked).length}/${tfNeg.length}` +
    ` | FTR ${f3(rocAuc(ftr))} | labelled ${f3(rocAuc(scored(labelled)))} r5 ${f3(recallAtFpr(scored(labelled), 0.05).recall)} | own ${f3(rocAuc(scored(own)))} forum ${f3(rocAuc(scored(forum)))}` +
    ` | op ${op.threshold}/${op.modelOnly} ordFPR ${f3(op.ordinaryFpr)} hardFPR ${f3(op.hardFpr)} rec ${f3(op.recall)} P ${f3(op.precision)} | ECE ${f3(expectedCalibrationError(points))}`)
}

/** The baseline's two out-of-fold linear logits, cached in /tmp. */
function baseline(rows: readonly Row[]): { first: number[]; second: number[] } {
  const fit = fitSettings()
  const file = `/tmp/vigie-dense-base-${rows.length}-${fit.bags}-${FIT_SEED}.json`
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { first: number[]; second: number[] }
  const t0 = Date.now()
  const first = outOfFold(rows, fit, FIT_SEED + 1)
  const second = outOfFold(rows, fit, FIT_SEED + 101, inSecond)
  console.log(`baseline out of fold in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  writeFileSync(file, JSON.stringify({ first, second }))
  return { first, second }
}

/**
 * The dense logit as shipped inference would compute it: monomorphic, over a FeatureBuffer-like
 * Int32Array of indices, dequantised Float32 weights, ReLU, sqrt pooling.
 */
function denseLogitFast(indices: Int32Array, count: number, m: DenseModel, pooled: Float32Array): number {
  const dim = m.c.dim
  const hidden = m.c.hidden
  const mask = (1 << m.c.bits) - 1
  const emb = m.emb
  const w1 = m.w1
  pooled.fill(0)
  for (let i = 0; i < count; i++) {
    const o = ((indices[i] as number) & mask) * dim
    for (let k = 0; k < dim; k++) pooled[k] = (pooled[k] as number) + (emb[o + k] as number)
  }
  const norm = count === 0 ? 0 : 1 / Math.sqrt(count)
  let z = m.b2
  for (let j = 0; j < hidden; j++) {
    let a = 0
    const o = j * dim
    for (let k = 0; k < dim; k++) a += (w1[o + k] as number) * (pooled[k] as number)
    a = (m.b1[j] as number) + a * norm
    if (a > 0) z += (m.w2[j] as number) * a
  }
  return z
}

/** CPU cost per post (user time, µs) of the dense forward pass against the linear dot product over the same indices, interleaved rounds. */
function timing(rows: readonly Row[], m: DenseModel): void {
  const sample = rows.filter((_, i) => i % 37 === 0).map((r) => Int32Array.from(r.feats))
  const q = new Int8Array(1 << 18).map((_, i) => ((i * 7) % 255) - 127)
  const pooled = new Float32Array(m.c.dim)
  let sink = 0
  const lin: number[] = []
  const dense: number[] = []
  for (let round = 0; round < 9; round++) {
    let t = process.cpuUsage()
    for (const f of sample) {
      let sum = 0
      for (let k = 0; k < f.length; k++) sum += q[f[k] as number] as number
      sink += sum / Math.sqrt(f.length || 1)
    }
    lin.push(process.cpuUsage(t).user / sample.length)
    t = process.cpuUsage()
    for (const f of sample) sink += denseLogitFast(f, f.length, m, pooled)
    dense.push(process.cpuUsage(t).user / sample.length)
  }
  const med = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)] ?? 0
  const feats = sample.reduce((a, f) => a + f.length, 0) / sample.length
  console.log(`  timing (${sample.length} posts, ${feats.toFixed(0)} features each on average, median of 9 interleaved rounds, CPU time): linear dot product ${med(lin).toFixed(2)} µs, dense forward ${med(dense).toFixed(2)} µs per post${Number.isNaN(sink) ? ' (NaN)' : ''}`)
}

function main(): void {
  const configs = (JSON.parse(process.env.VIGIE_DENSE ?? '[{"name":"d16h32"}]') as (Partial<DenseConfig> & { name: string })[]).map((c) => ({ ...DEFAULTS, ...c }))
  const t0 = Date.now()
  const rows = analysed(loadSamples(dataDir(ROOT), join(ROOT, 'scripts/training-examples'), seededRandom(SEED), mixSettings()))
  console.log(`rows ${rows.length}, analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  if (process.env.VIGIE_DENSE_TIMING_ONLY === '1') {
    // Speed only: untrained models of each configuration's shape (the cost does not depend on the weights).
    for (const c of configs) {
      console.log(`  ${c.name}: dim ${c.dim}, hidden ${c.hidden}, 2^${c.bits} buckets`)
      timing(rows, fitDense([], c, SEED))
    }
    return
  }
  const { first, second } = baseline(rows)
  const stack = fitStackN(rows, [first, second])
  console.log(`baseline stack ${JSON.stringify(stack)}`)
  evaluate(rows, first.map((x, i) => (stack[0] ?? 0) * x + (stack[1] ?? 0) * (second[i] ?? 0)), 'base')
  for (const c of configs) {
    const t1 = Date.now()
    const dense = c.linear === true ? outOfFold(rows, fitSettings(), FIT_SEED + 5001 + 100 * c.seed) : denseOutOfFold(rows, c)
    const tf = rows.map((r, i) => [r, i] as const).filter(([r]) => r.source === 'toxifrench_agreement' && r.group !== 'templated')
    console.log(`  ${c.name} ${JSON.stringify(c)} in ${((Date.now() - t1) / 1000).toFixed(0)} s; dense alone, ToxiFrench subset model AUC ${f3(rocAuc(tf.map(([r, i]) => ({ score: dense[i] ?? 0, label: r.label }))))}`)
    const coef = fitStackN(rows, [first, second, dense])
    console.log(`  stack ${JSON.stringify(coef)}`)
    evaluate(rows, first.map((x, i) => (coef[0] ?? 0) * x + (coef[1] ?? 0) * (second[i] ?? 0) + (coef[2] ?? 0) * (dense[i] ?? 0)), c.name)
    if (process.env.VIGIE_DENSE_ALONE === '1') evaluate(rows, dense, `${c.name}-alone`)
    if (lastModel !== undefined && c.linear !== true) timing(rows, lastModel)
  }
}

main()
