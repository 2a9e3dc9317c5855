/**
 * Runs every step on one post and returns the parts the final score is made
 * of. Exposed for the training script, which fits how the parts are mixed.
 */
import { combineSignals } from './combine.js'
import type { LexiconOutcome } from './combine.js'
import { findDoxxing } from './doxxing.js'
import { countAffection, findEmoji } from './emoji.js'
import { featureIndices } from './features.js'
import { detectLanguage } from './language.js'
import { HASHTAG_VOCABULARY, LEXICON } from './lexicon/index.js'
import { findHits } from './match/match.js'
import type { Hit } from './match/match.js'
import { modelLogit } from './model/linear.js'
import { collectSignals } from './signals.js'
import { expandHashtags } from './text/hashtag.js'
import { tokenize } from './text/tokenize.js'
import type { Token } from './text/token.js'

/** Everything the combiner needs about one post. */
export interface Analysis extends LexiconOutcome {
  lang: string
  /** French (or undetermined) text: the French lexicon and the model apply. */
  french: boolean
  /** Raw n-gram model logit (before context damping); 0 when not French. */
  model: number
  /** The model's hashed feature indices (empty when not French). */
  features: number[]
}

/** Named model features for the lexicon kinds present, so the model can weigh the lexicon too. */
function kindFeatures(hits: readonly Hit[]): string[] {
  const names: string[] = []
  for (const h of hits) {
    const name = `__${h.phrase.kind}`
    if (!names.includes(name)) names.push(name)
  }
  return names
}

/** Normalised tokens of a text, glued hashtags split. */
export function tokensOf(text: string): Token[] {
  return expandHashtags(text, tokenize(text), HASHTAG_VOCABULARY)
}

/** Analyses one post. */
export function analyse(text: string, langs?: readonly string[]): Analysis {
  const tokens = tokensOf(text)
  const lang = detectLanguage(text, tokens, langs)
  const french = lang === 'fr' || lang === 'und'
  const hits = french ? findHits(tokens, LEXICON) : []
  const { signals, cues } = collectSignals(tokens, hits, findEmoji(text), findDoxxing(text))
  let mention = false
  for (const t of tokens) if (t.kind === 'mention') mention = true
  const outcome = combineSignals(text, signals, cues, mention, countAffection(text))
  const features = french ? featureIndices(tokens, kindFeatures(hits)) : []
  const model = french ? modelLogit(features) : 0
  return { ...outcome, lang, french, model, features }
}
