/**
 * Hints for a post marked without evidence (Verdict.hints): where its weak evidence is, or which
 * words weighed most toward the model's score. Read, right after the post's verdict and only for
 * such a post, from what its analysis left in `lastAnalysis` (its tokens, lexicon-kind features and
 * weak-cue places, kept at no allocation): a post that marks nothing (about 97 %) costs nothing more.
 */
import { lastAnalysis, scoreParts } from './analyse.js'
import { tokenShares } from './features.js'
import { MODEL_WEIGHTS, logitShare } from './model/linear.js'
import { isFirstName } from './text/names.js'
import type { Hint } from './verdict.js'

/** How many words a model-only mark lists, at most. */
export const MODEL_HINTS = 3
/** Least share of the model logit a listed word has (below, it explains nothing). */
const MODEL_HINT_MIN = 0.05
/**
 * Function words (folded, as tokens hold them): a counsellor reads « qui », « des » or « te »
 * highlighted as noise, though bigram halves can give them a share. They are not listed; the words
 * that are listed keep their own share.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'avec', 'c', 'ca', 'ce', 'ces', 'cet', 'cette', 'd', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en',
  'est', 'et', 'eux', 'il', 'ils', 'j', 'je', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'm', 'ma', 'me', 'mes', 'moi',
  'mon', 'n', 'ne', 'nos', 'notre', 'nous', 'on', 'ou', 'par', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'si',
  'son', 'sur', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'va', 'vos', 'votre', 'vous', 'y',
])

/** The last analysis's weak cues, sorted by start, a span inside another dropped (a hostile word inside an unaimed insult). */
function lastWeakHints(text: string): Hint[] {
  const { data, length } = lastAnalysis.weakSpans
  const spans: { start: number; end: number }[] = []
  for (let i = 0; i < length; i++) spans.push({ start: data[2 * i] ?? 0, end: data[2 * i + 1] ?? 0 })
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Hint[] = []
  for (const s of spans) {
    const last = out.at(-1)
    if (last !== undefined && s.start >= last.start && s.end <= last.end) continue
    out.push({ kind: 'weak', match: text.slice(s.start, s.end), start: s.start, end: s.end })
  }
  return out
}

/**
 * The last analysis's words with the largest positive share of the model's logit (features.ts
 * tokenShares), at most MODEL_HINTS, each at least MODEL_HINT_MIN, in text order. Only words and
 * hashtags, and no function word: a mention, a number or a first name is hashed as a class
 * (« @user », « @name »), not as what it says. Tokens sharing one span (an SMS spelling read as two words) add up.
 */
function lastModelHints(text: string): Hint[] {
  const { tokens, kinds } = lastAnalysis
  const { shares, count } = tokenShares(tokens, kinds, MODEL_WEIGHTS)
  const spans: { start: number; end: number; sum: number }[] = []
  tokens.forEach((t, i) => {
    if ((t.kind !== 'word' && t.kind !== 'hashtag') || isFirstName(t) || FUNCTION_WORDS.has(t.text)) return
    const same = spans.find((e) => e.start === t.start && e.end === t.end)
    if (same !== undefined) same.sum += shares[i] ?? 0
    else spans.push({ start: t.start, end: t.end, sum: shares[i] ?? 0 })
  })
  return spans
    .map((e) => ({ start: e.start, end: e.end, weight: Math.round(logitShare(e.sum, count) * 100) / 100 }))
    .filter((e) => e.weight >= MODEL_HINT_MIN)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, MODEL_HINTS)
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ kind: 'model', match: text.slice(e.start, e.end), start: e.start, end: e.end, weight: e.weight }))
}

/**
 * Hints for the post `text` whose analysis was the last (classify() calls it right after
 * scoreParts): its weak cues when it is marked through them (`weak`), else (or when none is
 * placed: a coded stereotype) the model's words.
 */
export function lastHints(text: string, weak: boolean): Hint[] {
  if (weak) {
    const hints = lastWeakHints(text)
    if (hints.length > 0) return hints
  }
  return lastModelHints(text)
}

/** The weak cues of a post that count toward its weak evidence: profanity, hostile words, contemptuous adjectives, unaimed insults. */
export function weakHints(text: string, langs?: readonly string[]): Hint[] {
  scoreParts(text, langs)
  return lastWeakHints(text)
}

/** The words that weighed most toward the model's score on a post (see lastModelHints). */
export function modelHints(text: string, langs?: readonly string[]): Hint[] {
  scoreParts(text, langs)
  return lastModelHints(text)
}
