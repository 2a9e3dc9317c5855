/**
 * Hints for a post marked without evidence (Verdict.hints): where its weak evidence is, or which
 * words weighed most toward the model's score. Computed again from the text, and only for such a
 * post, after its verdict: scoring itself records no position (about 97 % of posts mark nothing).
 */
import { kindFeatures, scoreParts, tokensOf } from './analyse.js'
import { tokenShares } from './features.js'
import { LEXICON } from './lexicon/index.js'
import { withoutLookalikes } from './lookalike.js'
import { findHits } from './match/match.js'
import { MODEL_WEIGHTS, logitShare } from './model/linear.js'
import type { WeakSpan } from './signals.js'
import { isFirstName } from './text/names.js'
import type { Hint } from './verdict.js'

/** How many words a model-only mark lists, at most. */
export const MODEL_HINTS = 3
/** Least share of the model logit a listed word has (below, it explains nothing). */
const MODEL_HINT_MIN = 0.05

/** Spans sorted by start, a span inside another dropped (a hostile word inside an unaimed insult). */
function outermost(spans: readonly WeakSpan[]): WeakSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: WeakSpan[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last !== undefined && s.start >= last.start && s.end <= last.end) continue
    out.push(s)
  }
  return out
}

/** The weak cues of a post that count toward its weak evidence: profanity, hostile words, contemptuous adjectives, unaimed insults. */
export function weakHints(text: string, langs?: readonly string[]): Hint[] {
  const spans: WeakSpan[] = []
  scoreParts(text, langs, false, spans)
  return outermost(spans).map((s) => ({ kind: 'weak', match: text.slice(s.start, s.end), start: s.start, end: s.end }))
}

/**
 * The words with the largest positive share of the model's logit (features.ts tokenShares), at
 * most MODEL_HINTS, each at least MODEL_HINT_MIN, in text order. Only words and hashtags: a
 * mention, a number or a first name is hashed as a class (« @user », « @name »), not as what it says.
 * Tokens sharing one span (an SMS spelling read as two words) add up.
 */
export function modelHints(text: string): Hint[] {
  const tokens = tokensOf(text)
  const extra = kindFeatures(withoutLookalikes(tokens, findHits(tokens, LEXICON)))
  const { shares, count } = tokenShares(tokens, extra, MODEL_WEIGHTS)
  const bySpan = new Map<string, { start: number; end: number; sum: number }>()
  tokens.forEach((t, i) => {
    if ((t.kind !== 'word' && t.kind !== 'hashtag') || isFirstName(t)) return
    const key = `${t.start}:${t.end}`
    const entry = bySpan.get(key) ?? { start: t.start, end: t.end, sum: 0 }
    entry.sum += shares[i] ?? 0
    bySpan.set(key, entry)
  })
  return [...bySpan.values()]
    .map((e) => ({ start: e.start, end: e.end, weight: Math.round(logitShare(e.sum, count) * 100) / 100 }))
    .filter((e) => e.weight >= MODEL_HINT_MIN)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, MODEL_HINTS)
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ kind: 'model', match: text.slice(e.start, e.end), start: e.start, end: e.end, weight: e.weight }))
}

/** Hints for a post marked without evidence: its weak cues when it is marked through them (`weak`), else (or when none is placed) the model's words. */
export function hintsFor(text: string, langs: readonly string[] | undefined, weak: boolean): Hint[] {
  if (weak) {
    const hints = weakHints(text, langs)
    if (hints.length > 0) return hints
  }
  return modelHints(text)
}
