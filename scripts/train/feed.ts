/**
 * How the held-out split is weighed to stand for a live feed, and the operating point chosen
 * on it. A feed is FEED_PREVALENCE harassment; its ordinary posts are mostly everyday talk
 * (the benign corpus and our ordinary examples), with some harder ones (the labelled sets'
 * negatives, our counter-speech, banter, news, negation and quoting examples).
 */
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

/** One held-out row as the operating point sees it. */
export interface PointRow {
  score: number
  evidence: boolean
  label: 0 | 1
  /** Feed weight. */
  weight: number
  bucket: Bucket
  /** Set or file the row comes from (for the per-set limit on labelled negatives). */
  source?: string
}

/** What a pair of thresholds gives on the held-out feed. */
export interface PointFigures {
  threshold: number
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

/** Figures of the rule `score ≥ threshold and (evidence or score ≥ modelOnly)` on the held-out feed. */
export function pointFigures(rows: readonly PointRow[], threshold: number, modelOnly: number): PointFigures {
  const marked = (r: PointRow): boolean => r.score >= threshold && (r.evidence || r.score >= modelOnly)
  const sub = (set: ReadonlySet<Bucket>): PointRow[] => rows.filter((r) => r.label === 1 || set.has(r.bucket))
  const feed = rates(rows.filter(counted), (r) => marked(r as PointRow))
  const ordinaryFpr = rates(sub(ORDINARY), (r) => marked(r as PointRow)).fpr
  const hardFpr = rates(sub(HARD), (r) => marked(r as PointRow)).fpr
  return { threshold, modelOnly, ordinaryFpr, hardFpr, feedFpr: feed.fpr, recall: feed.recall, precision: precisionAt(feed.recall, feed.fpr) }
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
  /** Precision the posts marked on the model alone (no evidence) must reach by themselves: the « high bar ». */
  modelOnlyPrecision: 0.5,
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

/**
 * The operating point: of the pairs (threshold, model-only bar ≥ threshold) that meet LIMITS on
 * the out-of-fold feed, the one with the highest recall; pairs within RECALL_TIE of it count as
 * ties, and of those the one with the lowest evidence threshold is kept (a post with evidence — a
 * lexicon or pattern hit aimed at someone — is already precise: let it be marked from a lower
 * score), with the highest recall at that threshold.
 */
export function chooseOperatingPoint(rows: readonly PointRow[]): PointFigures {
  // Per row: 0 positive, 1 ordinary negative, 2 hard negative, 3 other negative.
  const n = rows.length
  const score = new Float64Array(n)
  const weight = new Float64Array(n)
  const kind = new Uint8Array(n)
  const ev = new Uint8Array(n)
  const totals = [0, 0, 0, 0]
  rows.forEach((r, i) => {
    score[i] = r.score
    weight[i] = r.weight
    ev[i] = r.evidence ? 1 : 0
    kind[i] = r.label === 1 ? 0 : ORDINARY.has(r.bucket) ? 1 : HARD.has(r.bucket) ? 2 : 3
    totals[kind[i] as number] = (totals[kind[i] as number] ?? 0) + r.weight
  })
  const sets = labelledSets(rows)
  const setMarks = new Array<number>(sets.negatives.length).fill(0)
  const ts = grid()
  const feasible: { t: number; m: number; recall: number }[] = []
  const marked = [0, 0, 0, 0]
  // The lowest model-only bar whose marks (posts without evidence from that score up) reach their precision.
  let floor = 0.98
  for (const m of ts) {
    let tp = 0
    let fp = 0
    for (let i = 0; i < n; i++) {
      if (ev[i] === 1 || (score[i] as number) < m) continue
      if (kind[i] === 0) tp += weight[i] as number
      else if (kind[i] !== 3) fp += weight[i] as number
    }
    if (tp + fp > 0 && tp / (tp + fp) >= LIMITS.modelOnlyPrecision) { floor = m; break }
  }
  for (const t of ts) {
    for (const m of ts) {
      if (m < t || m < floor) continue
      marked.fill(0)
      setMarks.fill(0)
      for (let i = 0; i < n; i++) {
        const sc = score[i] as number
        if (sc >= t && (ev[i] === 1 || sc >= m)) {
          marked[kind[i] as number] = (marked[kind[i] as number] ?? 0) + (weight[i] as number)
          const k = sets.index[i] as number
          if (k >= 0) setMarks[k] = (setMarks[k] ?? 0) + 1
        }
      }
      const recall = (marked[0] ?? 0) / (totals[0] || 1)
      const negMass = (totals[1] ?? 0) + (totals[2] ?? 0)
      const fpr = ((marked[1] ?? 0) + (marked[2] ?? 0)) / (negMass || 1)
      if (precisionAt(recall, fpr) < LIMITS.precision) continue
      if ((marked[1] ?? 0) / (totals[1] || 1) > LIMITS.ordinaryFpr || (marked[2] ?? 0) / (totals[2] || 1) > LIMITS.hardFpr) continue
      if (!labelledWithin(setMarks, sets.negatives)) continue
      feasible.push({ t, m, recall })
    }
  }
  if (feasible.length === 0) return pointFigures(rows, 0.98, 0.98)
  const top = Math.max(...feasible.map((p) => p.recall))
  // Pairs within RECALL_TIE of the best recall are ties: of those, the lowest evidence threshold, then the highest recall.
  const tied = feasible.filter((p) => p.recall >= top - RECALL_TIE - 1e-9)
  const t = Math.min(...tied.map((p) => p.t))
  const best = tied.filter((p) => p.t === t).reduce((a, b) => (b.recall > a.recall + 1e-9 ? b : a))
  return pointFigures(rows, best.t, best.m)
}

/** Feed precision of the marked posts with evidence and of those marked on the model alone. */
export function precisionByPath(rows: readonly PointRow[], p: Pick<PointFigures, 'threshold' | 'modelOnly'>): { evidence: number; modelOnly: number; modelOnlyShare: number } {
  const sums = { evTp: 0, evFp: 0, moTp: 0, moFp: 0 }
  for (const r of rows) {
    if (r.score < p.threshold || !counted(r)) continue
    if (r.evidence) {
      if (r.label === 1) sums.evTp += r.weight
      else sums.evFp += r.weight
    } else if (r.score >= p.modelOnly) {
      if (r.label === 1) sums.moTp += r.weight
      else sums.moFp += r.weight
    }
  }
  const marked = sums.evTp + sums.evFp + sums.moTp + sums.moFp
  return {
    evidence: sums.evTp / (sums.evTp + sums.evFp || 1),
    modelOnly: sums.moTp / (sums.moTp + sums.moFp || 1),
    modelOnlyShare: (sums.moTp + sums.moFp) / (marked || 1),
  }
}
