/**
 * Hashed n-gram features for the linear model: word unigrams and bigrams,
 * French stems (natural's Porter stemmer) and character 3–5-grams, the last
 * two memoised per word, and a negated copy of the stem of each word inside a
 * negation's scope (see NEGATION_SPAN).
 * Shared by scoring and by scripts/train.ts, so both see the same features.
 */
import { createRequire } from 'node:module'
import type * as Natural from 'natural'
import { isFirstName } from './text/names.js'
import type { Token } from './text/token.js'

const require = createRequire(import.meta.url)
const { PorterStemmerFr } = require('natural/lib/natural/stemmers/index.js') as typeof Natural

/** Number of hashed feature slots (2^18). */
export const FEATURE_BITS = 18
const MASK = (1 << FEATURE_BITS) - 1

/** FNV-1a offset basis and prime; a seed XORed into the basis separates feature families. */
const FNV_BASIS = 0x811c9dc5
export const FNV_PRIME = 0x01000193
/** Padding character around a word for its character n-grams (" word "). */
const PAD = 32
/** Seeds of the word-level families: words, bigram context, stems, named extras. */
export const WORD_SEED = 1
export const CONTEXT_SEED = 2
export const STEM_SEED = 3
const EXTRA_SEED = 4
/** Seed of the negated copies of stems: a word inside a negation's scope also hashes under this family. */
const NEGATED_SEED = 5
/** Seed of the character n-gram family (3-, 4- and 5-grams share it: their hashes cover different strings). */
export const GRAM_SEED = 10

/**
 * Negation scope. « ne »/« n' » and the adverbs that negate on their own (« pas », « jamais »,
 * « sans », « aucun(e) », « guère », « nullement ») open a scope over the next NEGATION_SPAN
 * tokens, ended early by a clause break; each word in it adds a negated copy of its stem, so
 * « je ne respecte pas les X » stops looking like « je respecte les X ». In spoken French the
 * verb comes before « pas » without « ne » (« je respecte pas »): the word just before
 * « pas »/« jamais » is negated too.
 */
const NEGATION_SPAN = 4
/** What a word does to negation: 0 nothing, 1 opens a scope (« ne »), 2 opens one and negates the word before it (« pas »). */
const NEGATION_OPENERS = new Map<string, number>([
  ['ne', 1], ['n', 1], ['sans', 1], ['aucun', 1], ['aucune', 1], ['guere', 1], ['nullement', 1],
  ['pas', 2], ['jamais', 2],
])

export function stem(word: string): string {
  return word.length > 3 && /^[a-z]+$/.test(word) ? PorterStemmerFr.stem(word) : word
}

/** FNV-1a of `text`, continuing from state `h` (start from `seedState(seed)`). */
function hashFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME)
  return h
}

export function seedState(seed: number): number {
  return (FNV_BASIS ^ seed) >>> 0
}

export function hashStr(seed: number, text: string): number {
  return hashFrom(seedState(seed), text)
}

export function mix2(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ (b >>> 13)
}

// Hashes of the fixed word forms, computed once rather than per token.
export const SENTENCE_START = hashStr(CONTEXT_SEED, '<s>')
const CLAUSE_BREAK = hashStr(CONTEXT_SEED, '<b>')
const MENTION = hashStr(WORD_SEED, '@user')
/** A first name hashes as one token, so what is learnt of « Léa elle pue » holds for « Inès elle pue ». */
const NAME = hashStr(WORD_SEED, '@name')
const LONG_NUMBER = hashStr(WORD_SEED, '#longnum')
/** State after "#": a hashtag hashes as "#" + its text without building that string. */
const HASHTAG_PREFIX = Math.imul(seedState(WORD_SEED) ^ 35, FNV_PRIME)

/** Hash of a token's form: "@user" for mentions, "#longnum" for 6+ digits, "#tag" for hashtags (words use wordFeatures). */
function wordHash(tok: Token): number {
  if (tok.kind === 'mention') return MENTION
  if (tok.kind === 'number' && tok.text.length >= 6) return LONG_NUMBER
  if (tok.kind === 'hashtag') return hashFrom(HASHTAG_PREFIX, tok.text)
  return hashStr(WORD_SEED, tok.text)
}

/** A token's unigram hash as the model sees it: a first name as « @name », otherwise wordHash (a word's equals its wordFeatures hash). */
export function tokenHash(tok: Token): number {
  return isFirstName(tok) ? NAME : wordHash(tok)
}

/** Named features ("__insult") hash the same in every post: memoised. */
const extraCache = new Map<string, number>()

function extraIndex(name: string): number {
  let index = extraCache.get(name)
  if (index === undefined) {
    index = hashStr(EXTRA_SEED, name) & MASK
    extraCache.set(name, index)
  }
  return index
}

/**
 * Pushes the character 3-, 4- and 5-grams of " word " (padded with spaces).
 * One pass per start position: the FNV state after 3 characters is the 3-gram's
 * hash, continued by one character it is the 4-gram's, then the 5-gram's.
 */
function pushCharGrams(word: string, out: number[]): void {
  const last = word.length // index of the closing pad; -1 is the opening pad
  for (let start = -1; start + 2 <= last; start++) {
    let h = seedState(GRAM_SEED)
    for (let n = 1; n <= 5 && start + n - 1 <= last; n++) {
      const i = start + n - 1
      h = Math.imul(h ^ (i < 0 || i === last ? PAD : word.charCodeAt(i)), FNV_PRIME)
      if (n >= 3) out.push(h & MASK)
    }
  }
}

/** What a word contributes regardless of its neighbours: its own hash, and its stem and character n-gram indices. */
export interface WordFeatures {
  hash: number
  /** Index of the negated copy of its stem (NEGATED_SEED). */
  negated: number
  /** Its part in negation (NEGATION_OPENERS). */
  negation: number
  indices: Int32Array
  /** indices.length, read here with the word's other fields rather than from the array. */
  count: number
  /** Sum of `sumOf`'s weights over the word's own features, its unigram (`hash`) and `indices` (filled on first use by sumFeatures). */
  sum: number
  sumOf: Int8Array | null
}

/**
 * A word token's features. Words recur from post to post: their stem and n-grams are computed once
 * and kept in the token's word facts (text/word-facts.ts), whose memo already bounds memory on a
 * stream of posts; reading them there costs no lookup of its own.
 */
function wordFeatures(tok: Token): WordFeatures {
  let cached = tok.facts.features
  if (cached === undefined) {
    const word = tok.text
    const indices: number[] = []
    const st = stem(word)
    if (st !== word) indices.push(hashStr(STEM_SEED, st) & MASK)
    if (word.length > 1) pushCharGrams(word, indices)
    cached = {
      hash: hashStr(WORD_SEED, word), negated: hashStr(NEGATED_SEED, st) & MASK, negation: NEGATION_OPENERS.get(word) ?? 0,
      indices: Int32Array.from(indices), count: indices.length, sum: 0, sumOf: null,
    }
    tok.facts.features = cached
  }
  return cached
}

/**
 * A post's feature indices, written into one typed array that is reused from
 * post to post (scoring is synchronous, so nothing else writes meanwhile):
 * scoring a post then allocates no feature list at all.
 */
export class FeatureBuffer {
  indices = new Int32Array(256)
  length = 0

  push(index: number): void {
    if (this.length === this.indices.length) {
      const bigger = new Int32Array(this.indices.length * 2)
      bigger.set(this.indices)
      this.indices = bigger
    }
    this.indices[this.length++] = index
  }

  pushAll(list: Int32Array): void {
    if (this.length + list.length > this.indices.length) {
      for (const index of list) this.push(index)
      return
    }
    this.indices.set(list, this.length)
    this.length += list.length
  }

  /** A copy of the indices as a plain array. */
  toArray(): number[] {
    return Array.from(this.indices.subarray(0, this.length))
  }
}

/**
 * The negation scope across one post's tokens, shared by writeFeatures and sumFeatures:
 * `word()` gives the negated feature a word adds (-1 for none) and moves the scope on.
 */
class NegationScope {
  /** Tokens left in the current scope. */
  private left = 0
  /** The previous word's negated feature when it was not negated (-1 otherwise). */
  private prevNegated = -1

  /** A clause break ends the scope. */
  reset(): void {
    this.left = 0
    this.prevNegated = -1
  }

  word(word: WordFeatures): number {
    if (word.negation !== 0) {
      const back = word.negation === 2 ? this.prevNegated : -1
      this.left = NEGATION_SPAN
      this.prevNegated = -1
      return back
    }
    if (this.left > 0) {
      this.left--
      this.prevNegated = -1
      return word.negated
    }
    this.prevNegated = word.negated
    return -1
  }

  /** A token that is not a word (mention, hashtag, number, first name) still counts in the span. */
  other(): void {
    if (this.left > 0) this.left--
    this.prevNegated = -1
  }
}

/**
 * Writes the hashed feature indices of a token list into `out` (emptied first; repeats
 * allowed, the model uses them as counts), plus `extra` named features (the lexicon
 * signal kinds found in the post).
 */
export function writeFeatures(tokens: readonly Token[], extra: readonly string[], out: FeatureBuffer): void {
  out.length = 0
  for (const name of extra) out.push(extraIndex(name))
  let prev = SENTENCE_START
  const negation = new NegationScope()
  for (const tok of tokens) {
    const name = isFirstName(tok)
    const word = tok.kind === 'word' && !name ? wordFeatures(tok) : undefined
    const hw = name ? NAME : word === undefined ? wordHash(tok) : word.hash
    out.push(hw & MASK)
    out.push(mix2(prev, hw) & MASK)
    if (tok.breakBefore) {
      out.push(mix2(CLAUSE_BREAK, hw) & MASK)
      negation.reset()
    }
    if (word !== undefined) {
      out.pushAll(word.indices)
      const negated = negation.word(word)
      if (negated >= 0) out.push(negated)
    } else negation.other()
    prev = hw
  }
}

/** What sumFeatures found: the weight sum over a post's feature indices, and their number. */
export const featureTotal = { sum: 0, count: 0 }

/** A word's unigram, stem and n-gram weights summed once per word (the memo holds the sum). */
function wordSum(word: WordFeatures, weights: Int8Array): number {
  if (word.sumOf !== weights) {
    let sum = weights[word.hash & MASK] ?? 0
    for (const i of word.indices) sum += weights[i] ?? 0
    word.sum = sum
    word.sumOf = weights
  }
  return word.sum
}

/**
 * The dot product of `weights` with the features writeFeatures would write, and their count,
 * into `featureTotal`, without writing them: what scoring needs. Weights are integers, so the
 * sum is exactly the one taken over the written indices.
 */
export function sumFeatures(tokens: readonly Token[], extra: readonly string[], weights: Int8Array): void {
  let sum = 0
  let count = 0
  for (const name of extra) {
    sum += weights[extraIndex(name)] ?? 0
    count++
  }
  let prev = SENTENCE_START
  const negation = new NegationScope()
  for (const tok of tokens) {
    const name = isFirstName(tok)
    const word = tok.kind === 'word' && !name ? wordFeatures(tok) : undefined
    const hw = name ? NAME : word === undefined ? wordHash(tok) : word.hash
    // A word's unigram weight is in its memoised sum (wordSum), read once per word instead of once per token.
    sum += (word === undefined ? (weights[hw & MASK] ?? 0) : wordSum(word, weights)) + (weights[mix2(prev, hw) & MASK] ?? 0)
    count += 2
    if (tok.breakBefore) {
      sum += weights[mix2(CLAUSE_BREAK, hw) & MASK] ?? 0
      count++
      negation.reset()
    }
    if (word !== undefined) {
      count += word.count
      const negated = negation.word(word)
      if (negated >= 0) {
        sum += weights[negated] ?? 0
        count++
      }
    } else negation.other()
    prev = hw
  }
  featureTotal.sum = sum
  featureTotal.count = count
}

/**
 * Each token's share of the weight sum sumFeatures takes, over the same features, and their
 * count (sumFeatures' count): a token's unigram, stem, character n-grams,
 * clause-break feature and the negated copy of its stem are its own; a bigram is shared half and
 * half with the token before it (wholly its own after the sentence start). The named `extra`
 * features belong to no token. The shares plus the extras' weights make featureTotal's sum.
 * For explaining a verdict (classifiers/hints.ts), not for scoring: it allocates one array.
 */
export function tokenShares(tokens: readonly Token[], extra: readonly string[], weights: Int8Array): { shares: number[]; count: number } {
  const shares = new Array<number>(tokens.length).fill(0)
  let count = extra.length
  let prev = SENTENCE_START
  const negation = new NegationScope()
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok === undefined) continue
    const name = isFirstName(tok)
    const word = tok.kind === 'word' && !name ? wordFeatures(tok) : undefined
    const hw = name ? NAME : word === undefined ? wordHash(tok) : word.hash
    // A word's unigram, stem and n-gram weights: the sum sumFeatures memoised.
    let own = word === undefined ? (weights[hw & MASK] ?? 0) : wordSum(word, weights)
    const bigram = weights[mix2(prev, hw) & MASK] ?? 0
    if (i === 0) own += bigram
    else {
      own += bigram / 2
      shares[i - 1] = (shares[i - 1] ?? 0) + bigram / 2
    }
    count += 2
    if (tok.breakBefore) {
      own += weights[mix2(CLAUSE_BREAK, hw) & MASK] ?? 0
      count++
      negation.reset()
    }
    if (word !== undefined) {
      count += word.count
      const negated = negation.word(word)
      if (negated >= 0) {
        // « pas » negates the word before it (its NEGATION_OPENERS value 2): that word's copy is that word's.
        if (word.negation === 2) shares[i - 1] = (shares[i - 1] ?? 0) + (weights[negated] ?? 0)
        else own += weights[negated] ?? 0
        count++
      }
    } else negation.other()
    shares[i] = (shares[i] ?? 0) + own
    prev = hw
  }
  return { shares, count }
}

/** featureIndices' buffer (its result is a copy, so one buffer serves every call). */
const spare = new FeatureBuffer()

/** Hashed feature indices of a token list as a new array (see writeFeatures). */
export function featureIndices(tokens: readonly Token[], extra: readonly string[] = []): number[] {
  writeFeatures(tokens, extra, spare)
  return spare.toArray()
}
