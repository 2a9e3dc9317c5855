/**
 * Runs every step on one post and returns the parts the final score is made
 * of. `analyse` adds the model features, for the training script, which fits
 * how the parts are mixed; `scoreParts` leaves them out, for classify().
 */
import { combineSignals } from './combine.js'
import type { LexiconOutcome } from './combine.js'
import { findDoxxing } from './doxxing.js'
import { countAffection, findEmoji, hasSymbols } from './emoji.js'
import { FeatureBuffer, featureTotal, sumFeatures, writeFeatures } from './features.js'
import { detectLanguage } from './language.js'
import { HASHTAG_VOCABULARY, LEXICON } from './lexicon/index.js'
import { withoutLookalikes } from './lookalike.js'
import { findHits } from './match/match.js'
import type { Hit } from './match/match.js'
import { MODEL_WEIGHTS, modelLogit, modelLogitOfSum } from './model/linear.js'
import { SpanBuffer, collectSignals } from './signals.js'
import { expandHashtags } from './text/hashtag.js'
import { readSms } from './text/sms.js'
import { tokenize } from './text/tokenize.js'
import type { Token } from './text/token.js'

/** The parts one post's score is made of (what classify() needs). */
export interface ScoreParts extends LexiconOutcome {
  lang: string
  /** French (or undetermined) text: the French lexicon and the model apply. */
  french: boolean
  /** Raw n-gram model logit (before context damping); 0 when not French. */
  model: number
}

/** The score parts plus the model's input (what the training script needs). */
export interface Analysis extends ScoreParts {
  /** The model's hashed feature indices (empty when not French). */
  features: number[]
}

/** The last post's model features; reused so scoring allocates no feature list. */
const scratch = new FeatureBuffer()

/**
 * What the last scoreParts call saw, kept for hints.ts (which explains a marked post right after
 * its verdict): its tokens, its lexicon-kind model features and where its weak cues are. Keeping
 * them costs three assignments; valid until the next call.
 */
export const lastAnalysis: { tokens: readonly Token[]; kinds: readonly string[]; weakSpans: SpanBuffer } = { tokens: [], kinds: [], weakSpans: new SpanBuffer() }
const NO_KINDS: readonly string[] = []

/** "__insult" etc.: built once per kind instead of once per hit. */
const kindNames = new Map<string, string>()

function kindName(kind: string): string {
  let name = kindNames.get(kind)
  if (name === undefined) {
    name = `__${kind}`
    kindNames.set(kind, name)
  }
  return name
}

/** Named model features for the lexicon kinds present, so the model can weigh the lexicon too. */
function kindFeatures(hits: readonly Hit[]): string[] {
  const names: string[] = []
  for (const h of hits) {
    const name = kindName(h.phrase.kind)
    if (!names.includes(name)) names.push(name)
  }
  return names
}

function hasMention(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'mention') return true
  return false
}

/** Normalised tokens of a text: SMS spellings read back, glued hashtags split. */
export function tokensOf(text: string): Token[] {
  return expandHashtags(text, readSms(tokenize(text)), HASHTAG_VOCABULARY)
}

/**
 * Scores the parts of one post. With `keepFeatures` its model features are left in `scratch`
 * (for analyse); without, the model's dot product is taken without writing them (for classify).
 * What hints.ts needs of it is left in `lastAnalysis`.
 */
export function scoreParts(text: string, langs?: readonly string[], keepFeatures = false): ScoreParts {
  const tokens = tokensOf(text)
  const weakSpans = lastAnalysis.weakSpans
  weakSpans.length = 0
  lastAnalysis.tokens = tokens
  const lang = detectLanguage(text, tokens, langs)
  const french = lang === 'fr' || lang === 'und'
  const hits = french ? withoutLookalikes(tokens, findHits(tokens, LEXICON)) : []
  // One scan for emoji-range characters serves both emoji steps.
  const symbols = hasSymbols(text)
  const emoji = symbols ? findEmoji(text) : []
  const { signals, cues } = collectSignals(tokens, hits, emoji, findDoxxing(text), weakSpans, text)
  const outcome = combineSignals(text, signals, cues, hasMention(tokens), symbols ? countAffection(text) : 0)
  let model = 0
  const kinds = french ? kindFeatures(hits) : NO_KINDS
  lastAnalysis.kinds = kinds
  if (keepFeatures) {
    scratch.length = 0 // no features when not French
    if (french) writeFeatures(tokens, kinds, scratch)
    if (french) model = modelLogit(scratch.indices, scratch.length)
  } else if (french) {
    sumFeatures(tokens, kinds, MODEL_WEIGHTS)
    model = modelLogitOfSum(featureTotal.sum, featureTotal.count)
  }
  // Fields listed one by one: a spread of `outcome` here cost more than the rest of the analysis.
  return {
    lex: outcome.lex,
    modelDamp: outcome.modelDamp,
    categories: outcome.categories,
    evidence: outcome.evidence,
    weak: outcome.weak,
    lang,
    french,
    model,
  }
}

/** Analyses one post: its score parts and its model features. */
export function analyse(text: string, langs?: readonly string[]): Analysis {
  const parts = scoreParts(text, langs, true)
  return {
    lex: parts.lex,
    modelDamp: parts.modelDamp,
    categories: parts.categories,
    evidence: parts.evidence,
    weak: parts.weak,
    lang: parts.lang,
    french: parts.french,
    model: parts.model,
    features: scratch.toArray(),
  }
}
