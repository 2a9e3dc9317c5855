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

/** One piece of evidence: what matched, where in the original text. */
export interface Evidence {
  category: Category
  /** The matched text, as written in the post. */
  match: string
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number
  end: number
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
  /** Changes whenever the lexicon or the model weights change. */
  modelVersion: string
}

/** A verdict for text the classifier did not score. */
export function unscoredVerdict(lang = 'und'): Verdict {
  return { score: 0, harassment: false, lang, categories: [], evidence: [], modelVersion: 'none' }
}
