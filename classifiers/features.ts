/**
 * Hashed n-gram features for the linear model: word unigrams and bigrams,
 * French stems (natural's Porter stemmer, memoised) and character 3–5-grams.
 * Shared by scoring and by scripts/train.ts, so both see the same features.
 */
import { createRequire } from 'node:module'
import type * as Natural from 'natural'
import type { Token } from './text/token.js'

const require = createRequire(import.meta.url)
const { PorterStemmerFr } = require('natural/lib/natural/stemmers/index.js') as typeof Natural

/** Number of hashed feature slots (2^18). */
export const FEATURE_BITS = 18
const MASK = (1 << FEATURE_BITS) - 1
const STEM_CACHE_LIMIT = 50_000
const stemCache = new Map<string, string>()

function stem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
    s = word.length > 3 && /^[a-z]+$/.test(word) ? PorterStemmerFr.stem(word) : word
    stemCache.set(word, s)
  }
  return s
}

function hashStr(seed: number, text: string, from = 0, to = text.length): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

function wordForm(tok: Token): string {
  if (tok.kind === 'mention') return '@user'
  if (tok.kind === 'number') return tok.text.length >= 6 ? '#longnum' : tok.text
  if (tok.kind === 'hashtag') return `#${tok.text}`
  return tok.text
}

function mix2(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ (b >>> 13)
}

/** Hash of the n-gram [from, from+n) of " word " (index -1 and word.length are the padding spaces). */
function hashGram(seed: number, word: string, from: number, n: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = from; i < from + n; i++) {
    const c = i < 0 || i >= word.length ? 32 : word.charCodeAt(i)
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h
}

/**
 * Hashed feature indices of a token list (repeats allowed; the model uses them as counts),
 * plus `extra` named features (the lexicon signal kinds found in the post).
 */
export function featureIndices(tokens: readonly Token[], extra: readonly string[] = []): number[] {
  const out: number[] = []
  for (const name of extra) out.push(hashStr(4, name) & MASK)
  let prev = hashStr(2, '<s>')
  const brk = hashStr(2, '<b>')
  for (const tok of tokens) {
    const w = wordForm(tok)
    const hw = hashStr(1, w)
    out.push(hw & MASK)
    out.push(mix2(prev, hw) & MASK)
    if (tok.breakBefore) out.push(mix2(brk, hw) & MASK)
    if (tok.kind === 'word') {
      const st = stem(w)
      if (st !== w) out.push(hashStr(3, st) & MASK)
      if (w.length > 1) {
        for (let n = 3; n <= 5; n++) {
          for (let i = -1; i + n <= w.length + 1; i++) out.push(hashGram(10 + n, w, i, n) & MASK)
        }
      }
    }
    prev = hw
  }
  return out
}
