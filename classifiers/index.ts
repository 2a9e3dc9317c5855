/**
 * Vigie's French harassment classifier: `classify(text, langs?)` → Verdict.
 * Pure and synchronous; the trained weights come in through module import.
 *
 * @example classify("t'es qu'une grosse vache @lea") // { harassment: true, categories: ['body_shaming', …], … }
 */
import { scoreParts } from './analyse.js'
import type { ScoreParts } from './analyse.js'
import { LEXICON_VERSION } from './lexicon/index.js'
import { MIX, WEIGHTS_ID } from './model/linear.js'
import { OPERATING_POINT } from './model/operating-point.js'
import type { Mix } from './model/linear.js'
import type { Verdict } from './verdict.js'

export type { Category, Evidence, Verdict } from './verdict.js'
export { CATEGORIES } from './verdict.js'

/** Scores at or above this are harassment (see model/operating-point.ts). */
export const THRESHOLD = OPERATING_POINT.threshold

/** Version of lexicon + weights: changes whenever either changes. */
export const MODEL_VERSION = `${WEIGHTS_ID}.${LEXICON_VERSION}`

/** Final logit from an analysis (the training script uses the same mixing). */
export function mixLogit(a: Pick<ScoreParts, 'model' | 'modelDamp' | 'lex'>, mix: Readonly<Mix> = MIX): number {
  const m = a.model > 0 ? mix.model * a.model * a.modelDamp : mix.negative * a.model
  return mix.bias + m + mix.lexicon * a.lex
}

/** Classifies one post; `langs` are the platform's declared languages (ISO 639-1). */
export function classify(text: string, langs?: readonly string[]): Verdict {
  const a = scoreParts(text, langs)
  const z = mixLogit(a)
  const score = Math.round((1 / (1 + Math.exp(-z))) * 10_000) / 10_000
  return {
    score,
    harassment: score >= THRESHOLD,
    lang: a.lang,
    categories: score >= THRESHOLD ? a.categories : [],
    evidence: score >= THRESHOLD ? a.evidence : [],
    modelVersion: MODEL_VERSION,
  }
}
