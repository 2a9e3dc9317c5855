/**
 * Finds lexicon phrases in a token list: the exact matcher first (exact.ts), then
 * a second chance for the tokens it left unmatched, read as near misses or glued
 * words (repair.ts).
 */
import type { Token } from '../text/token.js'
import { isHarmfulKind } from './compile.js'
import type { CompiledLexicon, Phrase } from './compile.js'
import { exactHits } from './exact.js'
import type { Hit, RepairKind } from './exact.js'
import { DEDUP_EXCEPTIONS } from './fuzzy-exceptions.js'
import { repairTokens } from './repair.js'
import { registerWord } from '../text/word-facts.js'

for (const w of DEDUP_EXCEPTIONS) registerWord(w).realWord = true

export type { Hit, RepairKind } from './exact.js'

/** Share of the lexicon weight a repaired hit keeps: a guess is a little less sure than an exact match. */
export const REPAIRED_WEIGHT: Readonly<Record<RepairKind, number>> = { fuzzy: 0.85, glued: 0.9 }

const SCALED: Record<RepairKind, Map<Phrase, Phrase>> = { fuzzy: new Map(), glued: new Map() }

/** The phrase weighing REPAIRED_WEIGHT[kind] of itself (one copy per phrase, made on first use). */
function scaled(phrase: Phrase, kind: RepairKind): Phrase {
  let copy = SCALED[kind].get(phrase)
  if (copy === undefined) {
    copy = { ...phrase, weight: phrase.weight * REPAIRED_WEIGHT[kind] }
    SCALED[kind].set(phrase, copy)
  }
  return copy
}

/** The tokens with the letter-cut key of real words emptied, so "baisse" is not read as "baise" nor "cône" as "conne". */
function withRealWords(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined || t.kind !== 'word' || t.text.length < 3 || !t.facts.realWord) continue
    out ??= tokens.slice()
    out[i] = { ...t, dedup: '' }
  }
  return out ?? tokens
}

/**
 * All phrase hits, longest per (start, kind); tokens are never consumed so kinds may overlap.
 * Tokens no exact hit covers get a second chance as near misses ("salpoe") or glued words
 * ("grossepute"); such hits carry `approx` and a lighter phrase weight.
 */
export function findHits(written: readonly Token[], lexicon: CompiledLexicon): Hit[] {
  const tokens = withRealWords(written)
  const hits = exactHits(tokens, lexicon)
  const fixed = repairTokens(tokens, hits, lexicon)
  if (fixed === null) return hits
  let added = false
  for (const h of exactHits(fixed.tokens, lexicon)) {
    if (!isHarmfulKind(h.phrase.kind)) continue
    let approx: RepairKind | undefined
    for (let k = h.first; k <= h.last; k++) {
      const r = fixed.repaired[k]
      if (r !== undefined && approx !== 'fuzzy') approx = r
    }
    if (approx === undefined) continue
    const first = fixed.origin[h.first] ?? 0
    const last = fixed.origin[h.last] ?? first
    const hit: Hit = { phrase: scaled(h.phrase, approx), first, last, approx }
    const at = hits.findIndex((e) => e.first === first && e.phrase.kind === hit.phrase.kind)
    const prev = hits[at]
    if (prev === undefined) hits.push(hit)
    else if (last > prev.last || (last === prev.last && hit.phrase.weight > prev.phrase.weight)) hits[at] = hit
    else continue
    added = true
  }
  if (added) hits.sort((a, b) => a.first - b.first)
  return hits
}
