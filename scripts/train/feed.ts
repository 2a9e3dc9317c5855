/**
 * How the held-out split is weighed to stand for a live feed, and the operating point chosen
 * on it. A feed is FEED_PREVALENCE harassment; its ordinary posts are mostly everyday talk
 * (the benign corpus and our ordinary examples), with some harder ones (the labelled sets'
 * negatives, our counter-speech, banter, news, negation and quoting examples).
 */
import { isHarassment } from '../../classifiers/harassment-rule.js'
import type { Thresholds } from '../../classifiers/harassment-rule.js'
import { FEED_PREVALENCE, precisionAt, rates } from './metrics.js'
import type { Sample } from './data.js'

/** The parts of the feed the held-out rows stand for. */
export type Bucket = 'benign' | 'ordinary' | 'labelled_neg' | 'noisy_neg' | 'own_hard' | 'templated_neg' | 'labelled_pos' | 'own_pos' | 'templated_pos'

/** Share of each bucket among the feed's negatives, then among its positives. */
const SHARES: Readonly<Record<Bucket, number>> = {
  benign: 0.45, ordinary: 0.35, labelled_neg: 0.08, noisy_neg: 0.02, own_hard: 0.08, templated_neg: 0.02,
  labelled_pos: 0.45, own_pos: 0.45, templated_pos: 0.1,
}

/** Buckets of ordinary posts (the false-positive rate wave detection uses as its noise floor). */
export const ORDINARY: ReadonlySet<Bucket> = new Set<Bucket>(['benign', 'ordinary'])
/**
 * MLMA's « normal » label is noisy (many of its normal tweets are offensive): its negatives weigh little in
 * calibration and set no constraint (they count in no false-positive rate or precision of the operating point).
 */
const NOISY_SOURCES: ReadonlySet<string> = new Set(['mlma'])

/** Buckets of hard negatives. */
export const HARD: ReadonlySet<Bucket> = new Set<Bucket>(['labelled_neg', 'own_hard'])

/** The bucket a sample falls in. */
export function bucketOf(s: Pick<Sample, 'group' | 'label' | 'kind' | 'source'>): Bucket {
  if (s.label === 1) return s.group === 'labelled' ? 'labelled_pos' : s.group === 'templated' ? 'templated_pos' : 'own_pos'
  switch (s.group) {
    case 'benign': return 'benign'
    case 'labelled': return NOISY_SOURCES.has(s.source) ? 'noisy_neg' : 'labelled_neg'
    case 'templated': return 'templated_neg'
    case 'own': return s.kind === 'ordinary' ? 'ordinary' : 'own_hard'
  }
}

/**
 * Rows up to which a source's weight in its bucket grows with its size: a source of 25 rows
 * weighs a quarter of one of 100 or more (a rate measured on 25 rows is mostly noise), and
 * beyond 100 rows every source of a bucket weighs the same.
 */
export const SOURCE_ROWS_CAP = 100

/**
 * Feed weights of the given samples: the positives sum to FEED_PREVALENCE, the negatives to the
 * rest; within a bucket a source weighs in proportion to its rows capped at SOURCE_ROWS_CAP, and
 * within a source every row the same.
 */
export function feedWeights(samples: readonly Pick<Sample, 'group' | 'label' | 'kind' | 'source'>[]): number[] {
  const perSource = new Map<string, number>()
  const sourcesIn = new Map<Bucket, Set<string>>()
  for (const s of samples) {
    const b = bucketOf(s)
    const key = `${b}|${s.source}`
    perSource.set(key, (perSource.get(key) ?? 0) + 1)
    const set = sourcesIn.get(b) ?? new Set<string>()
    set.add(s.source)
    sourcesIn.set(b, set)
  }
  const present = (label: 0 | 1): number => {
    let sum = 0
    for (const b of sourcesIn.keys()) if ((b.endsWith('_pos') ? 1 : 0) === label) sum += SHARES[b]
    return sum
  }
  const negShares = present(0)
  const posShares = present(1)
  const capped = new Map<Bucket, number>()
  for (const [b, sources] of sourcesIn) {
    let sum = 0
    for (const source of sources) sum += Math.min(SOURCE_ROWS_CAP, perSource.get(`${b}|${source}`) ?? 0)
    capped.set(b, sum)
  }
  return samples.map((s) => {
    const b = bucketOf(s)
    const classMass = s.label === 1 ? FEED_PREVALENCE / posShares : (1 - FEED_PREVALENCE) / negShares
    const rows = perSource.get(`${b}|${s.source}`) ?? 1
    const share = Math.min(SOURCE_ROWS_CAP, rows) / (capped.get(b) ?? 1)
    return (classMass * SHARES[b] * share) / rows
  })
}

/**
 * Whether the operating point gives weak evidence (LexiconOutcome.weak) its own bar: on unless
 * VIGIE_TRAIN_WEAK_TIER=0 (then weak rows face the model-only bar, as before the tier).
 */
export function weakTierOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VIGIE_TRAIN_WEAK_TIER !== '0'
}

/** The operating point's row of a scored sample. */
export function pointRow(s: Pick<Sample, 'group' | 'label' | 'kind' | 'source'>, score: number, evidence: boolean, weak: boolean, weight: number, tier = weakTierOn()): PointRow {
  return { score, evidence, weak: tier && weak, label: s.label, weight, bucket: bucketOf(s), source: s.source }
}

/** One held-out row as the operating point sees it. */
export interface PointRow {
  score: number
  evidence: boolean
  /** Weak evidence only (hostile words said of no one, LexiconOutcome.weak); absent is false. */
  weak?: boolean
  label: 0 | 1
  /** Feed weight. */
  weight: number
  bucket: Bucket
  /** Set or file the row comes from (for the per-set limit on labelled negatives). */
  source?: string
}

/** What three thresholds give on the held-out feed. */
export interface PointFigures {
  threshold: number
  /** The bar of a post with weak evidence only (between threshold and modelOnly). */
  weak: number
  modelOnly: number
  /** False-positive rate on ordinary posts. */
  ordinaryFpr: number
  /** False-positive rate on hard negatives. */
  hardFpr: number
  /** False-positive rate over the feed's negatives. */
  feedFpr: number
  recall: number
  precision: number
}

/** Rows the operating point's figures count: all but the noisy negatives. */
function counted(r: PointRow): boolean {
  return r.bucket !== 'noisy_neg'
}

/** Whether a row is marked by the classifier's own rule (classifiers/harassment-rule.ts) at these thresholds. */
export function isMarked(r: Readonly<PointRow>, p: Readonly<Thresholds>): boolean {
  return isHarassment(r.score, r.evidence, r.weak === true, p)
}

/**
 * Figures of the rule `score ≥ threshold and (evidence or score ≥ (weak evidence ? weak : modelOnly))`
 * on the held-out feed (`weak` defaults to `modelOnly`: no tier of its own).
 */
export function pointFigures(rows: readonly PointRow[], threshold: number, modelOnly: number, weak = modelOnly): PointFigures {
  const marked = (r: PointRow): boolean => isMarked(r, { threshold, weak, modelOnly })
  const sub = (set: ReadonlySet<Bucket>): PointRow[] => rows.filter((r) => r.label === 1 || set.has(r.bucket))
  const feed = rates(rows.filter(counted), (r) => marked(r as PointRow))
  const ordinaryFpr = rates(sub(ORDINARY), (r) => marked(r as PointRow)).fpr
  const hardFpr = rates(sub(HARD), (r) => marked(r as PointRow)).fpr
  return { threshold, weak, modelOnly, ordinaryFpr, hardFpr, feedFpr: feed.fpr, recall: feed.recall, precision: precisionAt(feed.recall, feed.fpr) }
}

/** Constraints of the operating point on the held-out feed. */
export const LIMITS = {
  /** Precision on the feed (3 % harassment) the operating point must reach. */
  precision: 0.5,
  /** Highest false-positive rate on ordinary posts. */
  ordinaryFpr: 0.01,
  /**
   * Highest false-positive rate on hard negatives (labelled sets' negatives, our counter-speech, banter, news…).
   * Wave and pile-on detection's noise floor (classifiers/waves/wave-score.ts, 0.06) assumes at most half of it.
   */
  hardFpr: 0.03,
  /**
   * The measuring sets' clean rows are taken to be like the labelled sets' clean rows, set by set: for each set
   * with at least `labelledMinNegatives` clean rows (ToxiFrench's agreement subset, FTR), the upper end of the
   * 95 % Wilson interval of its false-positive rate must stay at or below this.
   */
  labelledFprUpper: 0.05,
  labelledMinNegatives: 100,
  /** Precision the posts marked on the model alone (no evidence, weak or not) must reach by themselves: the « high bar ». */
  modelOnlyPrecision: 0.5,
  /** Precision the posts marked on weak evidence only must reach by themselves. */
  weakPrecision: 0.5,
} as const

/** Upper end of the 95 % Wilson score interval of a proportion `k / n`. */
export function wilsonUpper(k: number, n: number): number {
  if (n === 0) return 1
  const z = 1.96
  const p = k / n
  const centre = p + (z * z) / (2 * n)
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return (centre + spread) / (1 + (z * z) / n)
}

/** The labelled sets whose clean rows bound the operating point (see LIMITS.labelledFprUpper), by row: index or -1. */
function labelledSets(rows: readonly PointRow[]): { index: Int32Array; negatives: number[] } {
  const counts = new Map<string, number>()
  for (const r of rows) if (r.bucket === 'labelled_neg' && r.source !== undefined) counts.set(r.source, (counts.get(r.source) ?? 0) + 1)
  const sets = [...counts].filter(([, n]) => n >= LIMITS.labelledMinNegatives).map(([s]) => s).sort()
  const index = new Int32Array(rows.length).fill(-1)
  rows.forEach((r, i) => {
    if (r.bucket === 'labelled_neg' && r.source !== undefined) index[i] = sets.indexOf(r.source)
  })
  return { index, negatives: sets.map((s) => counts.get(s) ?? 0) }
}

/** Whether every bounding labelled set's false positives (`marked` per set) keep within LIMITS.labelledFprUpper. */
function labelledWithin(marked: readonly number[], negatives: readonly number[]): boolean {
  return negatives.every((n, k) => wilsonUpper(marked[k] ?? 0, n) <= LIMITS.labelledFprUpper)
}

/** Candidate thresholds: 0.05 to 0.98 by 0.01 (a post is never marked on less than a 5 % chance). */
function grid(): number[] {
  const out: number[] = []
  for (let k = 5; k <= 98; k++) out.push(k / 100)
  return out
}

/**
 * Recall differences smaller than this between two operating points are ties (the out-of-fold
 * recall's own sampling error is about as large).
 */
export const RECALL_TIE = 0.01

/** Index in grid() of the highest candidate threshold a score reaches, or -1 below them all. */
function gridIndex(ts: readonly number[], score: number): number {
  let k = Math.min(ts.length - 1, Math.floor(score * 100) - 5)
  while (k + 1 < ts.length && score >= (ts[k + 1] as number)) k++
  while (k >= 0 && score < (ts[k] as number)) k--
  return k
}

/** A row's path to a mark: 0 evidence, 1 weak evidence only, 2 the model alone. */
type Path = 0 | 1 | 2

/**
 * Per path and per row kind (0 positive, 1 ordinary negative, 2 hard negative, 3 other negative),
 * the feed weight of the rows whose score reaches each candidate threshold; and per bounding
 * labelled set and path, the number of its clean rows that do.
 */
interface Reach {
  mass: Float64Array[][]
  sets: Int32Array[][]
  totals: number[]
  negatives: number[]
}

function reach(rows: readonly PointRow[], ts: readonly number[]): Reach {
  const g = ts.length
  const mass = [0, 1, 2].map(() => [0, 1, 2, 3].map(() => new Float64Array(g + 1)))
  const labelled = labelledSets(rows)
  const sets = labelled.negatives.map(() => [0, 1, 2].map(() => new Int32Array(g + 1)))
  const totals = [0, 0, 0, 0]
  rows.forEach((r, i) => {
    const kind = r.label === 1 ? 0 : ORDINARY.has(r.bucket) ? 1 : HARD.has(r.bucket) ? 2 : 3
    const path: Path = r.evidence ? 0 : r.weak === true ? 1 : 2
    totals[kind] = (totals[kind] ?? 0) + r.weight
    const k = gridIndex(ts, r.score)
    if (k < 0) return
    const m = mass[path]?.[kind]
    if (m !== undefined) m[k] = (m[k] ?? 0) + r.weight
    const set = sets[labelled.index[i] as number]?.[path]
    if (set !== undefined) set[k] = (set[k] ?? 0) + 1
  })
  // Suffix sums: index k holds every row whose score reaches ts[k].
  for (const arrays of [...mass, ...sets]) {
    for (const a of arrays) for (let k = g - 1; k >= 0; k--) a[k] = (a[k] ?? 0) + (a[k + 1] ?? 0)
  }
  return { mass, sets, totals, negatives: labelled.negatives }
}

/**
 * Per candidate bar, whether a path's marks from that bar up are right at least `precision` of the
 * time by themselves (a bar that marks nothing on the path passes: no marks, no wrong ones).
 */
function precise(r: Reach, path: Path, ts: readonly number[], precision: number): boolean[] {
  const m = r.mass[path] ?? []
  return ts.map((_, k) => {
    const tp = m[0]?.[k] ?? 0
    const fp = (m[1]?.[k] ?? 0) + (m[2]?.[k] ?? 0)
    return tp + fp === 0 || tp / (tp + fp) >= precision
  })
}

/**
 * The operating point: of the triples (threshold ≤ weak ≤ model-only bar) that meet LIMITS on the
 * out-of-fold feed, the one with the highest recall; triples within RECALL_TIE of it count as ties,
 * and of those the one with the lowest evidence threshold is kept (a post with evidence — a lexicon
 * or pattern hit aimed at someone — is already precise: let it be marked from a lower score), with
 * the highest recall at that threshold (then the lowest model-only bar, then the highest weak bar).
 * Without weak rows the weak bar is the model-only bar and this is the pair (threshold, model-only).
 */
export function chooseOperatingPoint(rows: readonly PointRow[]): PointFigures {
  const ts = grid()
  const g = ts.length
  const r = reach(rows, ts)
  const at = (path: Path, kind: number, k: number): number => r.mass[path]?.[kind]?.[k] ?? 0
  const total = (kind: number): number => r.totals[kind] ?? 0
  const setMarks = new Array<number>(r.negatives.length).fill(0)
  const modelPrecise = precise(r, 2, ts, LIMITS.modelOnlyPrecision)
  const weakPrecise = precise(r, 1, ts, LIMITS.weakPrecision)
  const feasible: { t: number; w: number; m: number; recall: number }[] = []
  for (let t = 0; t < g; t++) {
    for (let m = t; m < g; m++) {
      if (modelPrecise[m] !== true) continue
      // Highest weak bar first: among equal recalls, the one that marks fewest.
      for (let w = m; w >= t; w--) {
        if (weakPrecise[w] !== true) continue
        const mark = (kind: number): number => at(0, kind, t) + at(1, kind, w) + at(2, kind, m)
        const recall = mark(0) / (total(0) || 1)
        const negMass = total(1) + total(2)
        const fpr = (mark(1) + mark(2)) / (negMass || 1)
        if (precisionAt(recall, fpr) < LIMITS.precision) continue
        if (mark(1) / (total(1) || 1) > LIMITS.ordinaryFpr || mark(2) / (total(2) || 1) > LIMITS.hardFpr) continue
        r.sets.forEach((paths, k) => { setMarks[k] = (paths[0]?.[t] ?? 0) + (paths[1]?.[w] ?? 0) + (paths[2]?.[m] ?? 0) })
        if (!labelledWithin(setMarks, r.negatives)) continue
        feasible.push({ t, w, m, recall })
      }
    }
  }
  if (feasible.length === 0) return pointFigures(rows, 0.98, 0.98, 0.98)
  const top = feasible.reduce((a, p) => Math.max(a, p.recall), 0)
  // Triples within RECALL_TIE of the best recall are ties: of those, the lowest evidence threshold, then the highest recall.
  const tied = feasible.filter((p) => p.recall >= top - RECALL_TIE - 1e-9)
  const t = tied.reduce((a, p) => Math.min(a, p.t), g)
  const best = tied.filter((p) => p.t === t).reduce((a, b) => (b.recall > a.recall + 1e-9 ? b : a))
  return pointFigures(rows, ts[best.t] as number, ts[best.m] as number, ts[best.w] as number)
}

/** Feed precision of the marked posts with evidence, with weak evidence only, and on the model alone, and their shares of the marks. */
export function precisionByPath(rows: readonly PointRow[], p: Pick<PointFigures, 'threshold' | 'weak' | 'modelOnly'>): { evidence: number; weak: number; weakShare: number; modelOnly: number; modelOnlyShare: number } {
  const tp = [0, 0, 0]
  const fp = [0, 0, 0]
  for (const r of rows) {
    if (!counted(r) || !isMarked(r, p)) continue
    const path = r.evidence ? 0 : r.weak === true ? 1 : 2
    if (r.label === 1) tp[path] = (tp[path] ?? 0) + r.weight
    else fp[path] = (fp[path] ?? 0) + r.weight
  }
  const of = (k: number): number => (tp[k] ?? 0) + (fp[k] ?? 0)
  const marked = of(0) + of(1) + of(2)
  return {
    evidence: (tp[0] ?? 0) / (of(0) || 1),
    weak: (tp[1] ?? 0) / (of(1) || 1),
    weakShare: of(1) / (marked || 1),
    modelOnly: (tp[2] ?? 0) / (of(2) || 1),
    modelOnlyShare: of(2) / (marked || 1),
  }
}
