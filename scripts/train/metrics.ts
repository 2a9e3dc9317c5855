/**
 * Figures of a scored set, shared by the training script and the quality benchmark:
 * ROC-AUC, rates at a threshold, recall at a false-positive rate, precision at a
 * prevalence, expected calibration error. Every function takes optional row weights.
 */

/** One scored row: a score, its gold label and how much it weighs (1 when omitted). */
export interface Scored {
  score: number
  label: 0 | 1
  weight?: number
}

/** The prevalence Vigie is calibrated for: about 3 % of a live feed is harassment. */
export const FEED_PREVALENCE = 0.03

/** Weighted ROC-AUC (ties count half), NaN when a class is empty. */
export function rocAuc(rows: readonly Scored[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score)
  let negSeen = 0
  let wins = 0
  let pos = 0
  for (let i = 0; i < sorted.length;) {
    let j = i
    let tiePos = 0
    let tieNeg = 0
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) {
      const r = sorted[j] as Scored
      if (r.label === 1) tiePos += r.weight ?? 1
      else tieNeg += r.weight ?? 1
      j++
    }
    wins += tiePos * negSeen + tiePos * tieNeg * 0.5
    pos += tiePos
    negSeen += tieNeg
    i = j
  }
  return pos > 0 && negSeen > 0 ? wins / (pos * negSeen) : Number.NaN
}

/** Share of negatives (weighted) a predicate marks, and share of positives. */
export function rates(rows: readonly Scored[], marked: (r: Scored) => boolean): { fpr: number; recall: number } {
  let neg = 0
  let fp = 0
  let pos = 0
  let tp = 0
  for (const r of rows) {
    const w = r.weight ?? 1
    const m = marked(r)
    if (r.label === 1) { pos += w; if (m) tp += w } else { neg += w; if (m) fp += w }
  }
  return { fpr: neg > 0 ? fp / neg : Number.NaN, recall: pos > 0 ? tp / pos : Number.NaN }
}

/** Precision on a feed where `prevalence` of posts are positive, from a recall and a false-positive rate. */
export function precisionAt(recall: number, fpr: number, prevalence = FEED_PREVALENCE): number {
  const tp = prevalence * recall
  const fp = (1 - prevalence) * fpr
  return tp + fp > 0 ? tp / (tp + fp) : Number.NaN
}

/**
 * Recall at the highest threshold whose false-positive rate stays at or below `maxFpr`
 * (thresholds taken between distinct scores), and that threshold.
 */
export function recallAtFpr(rows: readonly Scored[], maxFpr: number): { recall: number; threshold: number } {
  const sorted = [...rows].sort((a, b) => b.score - a.score)
  let neg = 0
  let pos = 0
  for (const r of rows) {
    if (r.label === 1) pos += r.weight ?? 1
    else neg += r.weight ?? 1
  }
  let fp = 0
  let tp = 0
  let best = { recall: 0, threshold: Number.POSITIVE_INFINITY }
  for (let i = 0; i < sorted.length;) {
    let j = i
    let dfp = 0
    let dtp = 0
    const s = sorted[i]?.score ?? 0
    while (j < sorted.length && sorted[j]?.score === s) {
      const r = sorted[j] as Scored
      if (r.label === 1) dtp += r.weight ?? 1
      else dfp += r.weight ?? 1
      j++
    }
    if ((fp + dfp) / Math.max(neg, 1e-12) > maxFpr) break
    fp += dfp
    tp += dtp
    best = { recall: tp / Math.max(pos, 1e-12), threshold: s }
    i = j
  }
  return best
}

/**
 * Expected calibration error: the weighted mean gap between the mean score and the share of
 * positives over `bins` equal-width score bins.
 */
export function expectedCalibrationError(rows: readonly Scored[], bins = 10): number {
  const sum = new Float64Array(bins)
  const hits = new Float64Array(bins)
  const mass = new Float64Array(bins)
  let total = 0
  for (const r of rows) {
    const w = r.weight ?? 1
    const b = Math.min(bins - 1, Math.floor(r.score * bins))
    sum[b] = (sum[b] ?? 0) + w * r.score
    hits[b] = (hits[b] ?? 0) + w * r.label
    mass[b] = (mass[b] ?? 0) + w
    total += w
  }
  let ece = 0
  for (let b = 0; b < bins; b++) {
    const m = mass[b] ?? 0
    if (m > 0) ece += (m / total) * Math.abs((sum[b] ?? 0) / m - (hits[b] ?? 0) / m)
  }
  return ece
}
