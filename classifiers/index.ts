/**
 * Vigie's French harassment classifier: `classify(text, langs?)` → Verdict.
 * Pure and synchronous; the trained weights come in through module import.
 *
 * `score` is the probability that the post is harassment on a live feed where about 3 % of
 * posts are (calibrated on held-out data by scripts/train.ts). A post is marked `harassment`
 * when its score reaches the operating threshold and it either carries evidence (a lexicon or
 * pattern hit aimed at someone, listed in `evidence`), or carries only weak evidence (hostile
 * words said of no one) and its score clears the weak-evidence bar, or its score clears the
 * higher bar set for the model alone. A post marked without evidence carries `hints` instead:
 * where its weak evidence is, or the words that weighed most toward the model's score.
 *
 * @example classify("t'es qu'une grosse vache @lea") // { harassment: true, categories: ['body_shaming', …], … }
 */
import { scoreParts } from './analyse.js'
import { isHarassment } from './harassment-rule.js'
import { lastHints } from './hints.js'
import type { ScoreParts } from './analyse.js'
import { LEXICON_VERSION } from './lexicon/index.js'
import { MIX, WEIGHTS_ID } from './model/linear.js'
import { MODEL_ONLY_THRESHOLD, OPERATING_POINT, WEAK_THRESHOLD } from './model/operating-point.js'
import type { Mix } from './model/linear.js'
import type { Verdict } from './verdict.js'

export type { Category, Evidence, Hint, Verdict } from './verdict.js'
export { CATEGORIES } from './verdict.js'

/** Scores at or above this are harassment when the post carries evidence (see model/operating-point.ts). */
export const THRESHOLD = OPERATING_POINT.threshold

/** Without any lexicon content, the score must reach this higher bar (the model alone). */
export { MODEL_ONLY_THRESHOLD }

/** With weak evidence only (hostile words said of no one), the score must reach this bar. */
export { WEAK_THRESHOLD }

export { isHarassment, SHIPPED } from './harassment-rule.js'
export type { Thresholds } from './harassment-rule.js'

/** Version of lexicon + weights: changes whenever either changes. */
export const MODEL_VERSION = `${WEIGHTS_ID}.${LEXICON_VERSION}`

/** The parts of an analysis the final score is made of. */
export type MixParts = Pick<ScoreParts, 'model' | 'modelDamp' | 'lex'> & { evidence: boolean }

/** The inputs of the final mix, in the order of its coefficients (model, negative, lexicon, evidence). */
export function mixInputs(a: Readonly<MixParts>): [number, number, number, number] {
  return [a.model > 0 ? a.model * a.modelDamp : 0, a.model < 0 ? a.model : 0, a.lex, a.evidence ? 1 : 0]
}

/** Final logit from an analysis (the training script fits the mix on the same inputs). */
export function mixLogit(a: Readonly<MixParts>, mix: Readonly<Mix> = MIX): number {
  const [pos, neg, lex, ev] = mixInputs(a)
  return mix.bias + mix.model * pos + mix.negative * neg + mix.lexicon * lex + mix.evidence * ev
}

/** Classifies one post; `langs` are the platform's declared languages (ISO 639-1). */
export function classify(text: string, langs?: readonly string[]): Verdict {
  const a = scoreParts(text, langs)
  const evidence = a.evidence.length > 0
  const z = mixLogit({ model: a.model, modelDamp: a.modelDamp, lex: a.lex, evidence })
  const score = Math.round((1 / (1 + Math.exp(-z))) * 10_000) / 10_000
  const harassment = isHarassment(score, evidence, a.weak)
  const verdict: Verdict = {
    score,
    harassment,
    lang: a.lang,
    categories: harassment ? a.categories : [],
    evidence: harassment ? a.evidence : [],
    modelVersion: MODEL_VERSION,
  }
  // A mark without evidence says where its weak evidence is or which words the model weighed,
  // read from what scoreParts left (hints.ts), only for such a post.
  if (harassment && !evidence) verdict.hints = lastHints(text, a.weak)
  return verdict
}
