/**
 * The harassment rule: which score a post must reach to be marked, given what the lexicon
 * found in it. One rule for the classifier (classifiers/index.ts) and for the training script
 * that chooses its bars (scripts/train/feed.ts). Imports no lexicon and no weights.
 */
import { MODEL_ONLY_THRESHOLD, OPERATING_POINT, WEAK_THRESHOLD } from './model/operating-point.js'

/** The three thresholds of the harassment rule (see isHarassment). */
export interface Thresholds {
  /** With evidence. */
  threshold: number
  /** With weak evidence only (LexiconOutcome.weak). */
  weak: number
  /** With neither. */
  modelOnly: number
}

/** The shipped thresholds (classifiers/model/operating-point.ts). */
export const SHIPPED: Readonly<Thresholds> = { threshold: OPERATING_POINT.threshold, weak: WEAK_THRESHOLD, modelOnly: MODEL_ONLY_THRESHOLD }

/**
 * The threshold with evidence, the weak-evidence bar with weak evidence only (`weak`: hostile
 * words said of no one, see LexiconOutcome.weak), the model-only bar with neither. The bars are
 * ordered threshold ≤ weak ≤ modelOnly.
 */
export function isHarassment(score: number, evidence: boolean, weak = false, t: Readonly<Thresholds> = SHIPPED): boolean {
  return score >= t.threshold && (evidence || score >= (weak ? t.weak : t.modelOnly))
}
