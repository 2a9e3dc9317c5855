/**
 * What the classifier says of one post. Pure data: no I/O, no clock.
 */

/** Harassment categories the classifier can name. */
export const CATEGORIES = [
  'insult',
  'threat',
  'self_harm',
  'sexual',
  'identity_hate',
  'body_shaming',
  'doxxing',
  'pile_on',
  'exclusion',
] as const

export type Category = (typeof CATEGORIES)[number]

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES)

/** True when a hit kind is a category the classifier names (not a cue, a group or a praise). */
export function isCategory(kind: string): kind is Category {
  return CATEGORY_SET.has(kind)
}

/** One piece of evidence: what matched, where in the original text. */
export interface Evidence {
  category: Category
  /** The matched text, as written in the post. */
  match: string
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number
  end: number
}

/**
 * A hint of why a post was marked without evidence (no lexicon or pattern hit aimed at
 * someone): not evidence, and named by no category.
 * - `weak`: hostile vocabulary said of no one (a profanity, a hostile word or contemptuous
 *   adjective, an insult dropped as unaimed) — the weak-evidence tier of a mark;
 * - `model`: a word that weighed most toward the linear model's score on a model-only mark,
 *   with `weight`, its share of the model's logit (features of the word: unigram, stem,
 *   character n-grams, negated copy, half of each bigram it is in).
 */
export interface Hint {
  kind: 'weak' | 'model'
  /** The hinted text, as written in the post. */
  match: string
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number
  end: number
  /** `model` hints only: the word's share of the model logit, rounded to 0.01 (positive). */
  weight?: number
}

/** The classifier's answer for one post. */
export interface Verdict {
  /** Harassment score in 0..1. */
  score: number
  /** score ≥ the shipped threshold. */
  harassment: boolean
  /** ISO 639-1 code, or "und" when unknown. */
  lang: string
  categories: Category[]
  evidence: Evidence[]
  /**
   * Only on a post marked without evidence: where its weak evidence is, or the words that
   * weighed most toward the model's score (see Hint). Absent otherwise, and in verdicts
   * stored before hints existed.
   */
  hints?: Hint[]
  /** Changes whenever the lexicon or the model weights change. */
  modelVersion: string
}

/** A verdict for text the classifier did not score. */
export function unscoredVerdict(lang = 'und'): Verdict {
  return { score: 0, harassment: false, lang, categories: [], evidence: [], modelVersion: 'none' }
}
