import type { WordFacts } from './word-facts.js'

/**
 * The token type shared by the normaliser, the lexicon matcher, the context
 * rules and the model features.
 */

/** What a token is: a word, an @mention, a #hashtag (whole) or a bare number. */
export type TokenKind = 'word' | 'mention' | 'hashtag' | 'number'

/** One token, normalised, with its span in the ORIGINAL text. */
export interface Token {
  /** Folded, leet undone ("c0nn4rd" → "connard"), runs of 3+ letters cut to 2. */
  text: string
  /** Folded without leet mapping (keeps digits: "2010"). */
  plain: string
  /** Every letter run cut to one ("connasse" → "conase"): fallback lookup key (the matcher empties it for real words such as "baisse"). */
  dedup: string
  kind: TokenKind
  /** UTF-16 offset of the first character in the original text. */
  start: number
  /** UTF-16 offset just after the last character in the original text. */
  end: number
  /** A clause break (. , ; : ! ? newline) sits before this token. */
  breakBefore: boolean
  /** The token sits inside quotation marks. */
  quoted: boolean
  /** The token is a piece of a segmented hashtag ("#suicidetoi" → "suicide", "toi"). */
  fromHashtag: boolean
  /** Written with a capital then a small letter ("Mongolie", not "SALOPE"): a name when inside a sentence. */
  capital: boolean
  /** What the classifier's steps know of `text` (factsOf(text), see word-facts.ts). */
  facts: WordFacts
}

/** Cuts every run of one letter to a single letter ("conasse" → "conase"). */
export function dedupLetters(word: string): string {
  if (!hasRun(word, 2)) return word
  let out = ''
  let prev = ''
  for (const ch of word) {
    if (ch !== prev) out += ch
    prev = ch
  }
  return out
}

/** Cuts runs of 3 or more identical characters to 2 ("connnnasse" → "connasse"). */
export function cutRuns(word: string): string {
  if (!hasRun(word, 3)) return word
  let out = ''
  let run = 0
  for (let i = 0; i < word.length; i++) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1
    if (run <= 2) out += word[i]
  }
  return out
}

/** True when some character repeats `len` times in a row. */
function hasRun(word: string, len: number): boolean {
  let run = 1
  for (let i = 1; i < word.length; i++) {
    run = word.charCodeAt(i) === word.charCodeAt(i - 1) ? run + 1 : 1
    if (run >= len) return true
  }
  return false
}

/** True when no clause break stands between the tokens `a` and `b` (a < b): `b` is said in `a`'s clause. */
export function sameClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (tokens[k]?.breakBefore === true) return false
  return true
}
