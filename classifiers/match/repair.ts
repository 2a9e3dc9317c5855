/**
 * Repairs evasive tokens that matched nothing: a near miss of a lexicon word
 * ("salpoe" → salope) or words glued together ("grossepute" → grosse pute).
 * Real French words never get repaired (the generated REPAIR_EXCEPTIONS list).
 */
import type { Token } from '../text/token.js'
import { factsOf } from '../text/word-facts.js'
import { CATEGORIES } from '../verdict.js'
import { isRegistered } from './compile.js'
import type { CompiledLexicon } from './compile.js'
import { exactHits } from './exact.js'
import type { Hit, RepairKind } from './exact.js'
import { FUZZY_MIN_TOKEN, fuzzyTargets } from './fuzzy.js'
import { REPAIR_EXCEPTIONS } from './fuzzy-exceptions.js'
import { gluedPieces } from './glue.js'

/** What a token may be read as instead: one lexicon word, or several glued words. */
export interface Repair {
  kind: RepairKind
  words: readonly string[]
}

/** A token list with repaired tokens replaced, and where each token came from. */
export interface RepairedTokens {
  tokens: Token[]
  /** Index in the original list of each token. */
  origin: number[]
  /** How each token was repaired (undefined: kept as is). */
  repaired: (RepairKind | undefined)[]
}

function lettersOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}

/** Category kinds: a glued token must say one of these by itself (a hostile word alone is too weak a clue). */
const CATEGORY_KINDS: ReadonlySet<string> = new Set<string>(CATEGORIES)
const VOWELS = /[aeiouy]/

/** A vowel-less abbreviation ("fdp", "ntm", "pd"), trusted only at either end of a glued token. */
function isAbbreviation(piece: string): boolean {
  return !VOWELS.test(piece)
}

/**
 * True when the pieces, read as a post of their own, name a harassment category through words a
 * typo could hardly make: a phrase of two or more pieces, one word of 5+ letters, or an abbreviation
 * at either end ("fdpdemerde"). "con", "cul" or "cons" alone never do ("contete", "consils").
 */
function piecesHarm(pieces: readonly string[], lexicon: CompiledLexicon): boolean {
  let short = 0
  for (const p of pieces) if (p.length === 2) short++
  if (short > 2) return false
  const tokens = pieces.map((p, k) => wordToken(p, null, 0, 0, k === 0))
  for (const h of exactHits(tokens, lexicon)) {
    if (!CATEGORY_KINDS.has(h.phrase.kind)) continue
    if (h.last > h.first) return true
    const piece = pieces[h.first] ?? ''
    if (piece.length >= 5) return true
    if (isAbbreviation(piece) && (h.first === 0 || h.first === pieces.length - 1)) return true
  }
  return false
}

/**
 * The repair of a token's normalised text (`dedup`: its letter-cut form as the matcher sees it),
 * ignoring the exception list (the generator of that list calls this on every dictionary word):
 * a near one-word lexicon entry first, else glued words that name a harassment category by
 * themselves ("fdpdemerde" → fdp de merde).
 */
export function repairOf(text: string, dedup: string, lexicon: CompiledLexicon): Repair | null {
  if (text.length < FUZZY_MIN_TOKEN || !lettersOnly(text)) return null
  // A lexicon word, or a doubled-letter spelling of one ("chatt", "pourr"), is not a near miss.
  if (lexicon.vocabulary.has(text) || lexicon.vocabulary.has(dedup)) return null
  const near = fuzzyTargets(text, lexicon.fuzzy)[0]
  if (near !== undefined) return { kind: 'fuzzy', words: [near] }
  const pieces = gluedPieces(text, lexicon.glue)
  return pieces !== null && piecesHarm(pieces, lexicon) ? { kind: 'glued', words: pieces } : null
}

/** Remembered repairs per lexicon: word frequencies are skewed, so most tokens were seen before. */
const CACHE_LIMIT = 50_000
const CACHES = new WeakMap<CompiledLexicon, Map<string, Repair | null>>()

function cacheOf(lexicon: CompiledLexicon): Map<string, Repair | null> {
  let cache = CACHES.get(lexicon)
  if (cache === undefined) {
    cache = new Map()
    CACHES.set(lexicon, cache)
  }
  return cache
}

/**
 * repairOf for a token, with the exception list applied, memoised (the result depends on the text
 * alone): in the token's word facts for the registered lexicon, else in a cache per lexicon.
 */
function cachedRepair(tok: Token, lexicon: CompiledLexicon, cache: Map<string, Repair | null>): Repair | null {
  if (isRegistered(lexicon)) {
    let known = tok.facts.repair
    if (known === undefined) {
      known = REPAIR_EXCEPTIONS.has(tok.text) ? null : repairOf(tok.text, tok.dedup, lexicon)
      tok.facts.repair = known
    }
    return known
  }
  let repair = cache.get(tok.text)
  if (repair === undefined) {
    repair = REPAIR_EXCEPTIONS.has(tok.text) ? null : repairOf(tok.text, tok.dedup, lexicon)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(tok.text, repair)
  }
  return repair
}

/** A word token standing for (part of) the token `from`. */
function wordToken(word: string, from: Token | null, start: number, end: number, first: boolean): Token {
  const facts = factsOf(word)
  return {
    text: word, plain: word, dedup: facts.dedup, kind: 'word', start, end,
    breakBefore: first && (from?.breakBefore ?? true), quoted: from?.quoted ?? false, fromHashtag: from?.fromHashtag ?? false,
    capital: from?.capital ?? false, facts,
  }
}

/** True when token i lies inside one of the hits. */
function covered(i: number, hits: readonly Hit[]): boolean {
  for (const h of hits) if (h.first <= i && i <= h.last) return true
  return false
}

/**
 * The token list with each evasive word token that no exact hit covers repaired, or null when
 * there is none (the usual case, so the caller pays only this scan).
 */
export function repairTokens(tokens: readonly Token[], hits: readonly Hit[], lexicon: CompiledLexicon): RepairedTokens | null {
  let out: RepairedTokens | null = null
  let cache: Map<string, Repair | null> | null = null
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok === undefined) continue
    let repair: Repair | null = null
    // A capitalised word inside a sentence is a name ("en Mongolie", "avec Conrad"): left alone.
    if (tok.text.length >= FUZZY_MIN_TOKEN && tok.kind === 'word' && !(tok.capital && !tok.breakBefore) && !covered(i, hits)) {
      cache ??= cacheOf(lexicon)
      repair = cachedRepair(tok, lexicon, cache)
    }
    if (repair === null) {
      if (out !== null) {
        out.tokens.push(tok)
        out.origin.push(i)
        out.repaired.push(undefined)
      }
      continue
    }
    if (out === null) {
      out = { tokens: tokens.slice(0, i), origin: [], repaired: [] }
      for (let k = 0; k < i; k++) {
        out.origin.push(k)
        out.repaired.push(undefined)
      }
    }
    // Pieces get their own spans when the token's text maps letter for letter onto the original.
    const own = repair.kind === 'glued' && tok.end - tok.start === tok.text.length
    let at = tok.start
    for (let k = 0; k < repair.words.length; k++) {
      const word = repair.words[k] ?? ''
      out.tokens.push(wordToken(word, tok, own ? at : tok.start, own ? at + word.length : tok.end, k === 0))
      out.origin.push(i)
      out.repaired.push(repair.kind)
      at += word.length
    }
  }
  return out
}
