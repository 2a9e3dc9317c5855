/**
 * What the classifier's steps know of a word, found with one lookup per token: a token carries
 * the facts of its text (`Token.facts`), so the SMS reader, the language markers, the first-name
 * check, the matcher, the repair of near misses, the sentiment cue and the model's word features
 * read a field instead of each hashing the word into their own set or memo. Each step registers its words here when its
 * module loads, before any post is read; other words get blank facts on first sight (a memo of
 * at most SEEN_LIMIT of them, emptied when full).
 */
import type { WordFeatures } from '../features.js'
import { FOLDED_LETTER, foldText } from './fold.js'
import { dedupLetters } from './token.js'
import type { Form } from '../match/compile.js'
import type { Repair } from '../match/repair.js'

/** The facts of one word (every field set for every word, so all share one shape). */
export interface WordFacts {
  /** The word itself (factsOfSpan hands it out as the token's text, instead of a fresh slice). */
  word: string
  /** letterKey of the word, or -1 (not LETTER_KEY_MAX letters a–z or fewer): factsOfSpan recognises the word by it. */
  key: number
  /** The word with every letter run cut to one (dedupLetters(word)): the token's letter-cut form, made once per word. */
  dedup: string
  /** A common first name (text/names.ts). */
  name: boolean
  /** Language marker (language.ts): 1 French, 2 English, 0 none. */
  marker: number
  /** Read back by the SMS reader (text/sms.ts), alone or depending on its neighbours. */
  sms: boolean
  /** A real word whose letter-cut form must not be looked up (match/fuzzy-exceptions.ts). */
  realWord: boolean
  /** A contemptuous adjective (sentiment.ts). */
  negative: boolean
  /** The scenes the word belongs to (signals.ts: friendly plan, game, pet, sport), as bits; 0 for none. */
  scene: number
  /** A word without which no hit is a look-alike (lookalike.ts LOOKALIKE_CUES): a post with none skips that step. */
  lookalikeCue: boolean
  /** The entry of the word as a token form in the lexicon registered by registerForms (match/compile.ts). */
  form: Form | undefined
  /** The word's repair in the registered lexicon (match/repair.ts), once computed; undefined before. */
  repair: Repair | null | undefined
  /** The form of the word's letter-cut spelling in the registered lexicon, once looked up (null before). */
  dedupForm: Form | undefined | null
  /** The word holds a `*` mask (« p*te »): the matcher tries the lexicon words it may hide. */
  masked: boolean
  /** The word's model features (features.ts), once computed; undefined before. Kept here rather than in
   * a memo of their own, which cost a second string-keyed lookup per word token. */
  features: WordFeatures | undefined
}

/** Words seen in posts that no step registered, remembered at most (then forgotten all at once). */
const SEEN_LIMIT = 100_000
/** The words the steps registered. */
const REGISTERED = new Map<string, WordFacts>()
/** The registered words and the words seen since the memo was last emptied. */
const FACTS = new Map<string, WordFacts>()

/** Longest word a letter key spells exactly: 10 letters of 5 bits are 50 bits, within a double's 53. */
export const LETTER_KEY_MAX = 10

/** One step of a letter key: the key of the letters so far (0 for none), then the letter a–z `code`, as base-32 digits 1–26. */
export function letterKey(key: number, code: number): number {
  return key * 32 + (code - 96)
}

/** The letter key of a word of LETTER_KEY_MAX letters a–z or fewer, else -1: two such words have the same key only when equal. */
function keyOf(word: string): number {
  if (word.length > LETTER_KEY_MAX) return -1
  let key = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 97 || c > 122) return -1
    key = letterKey(key, c)
  }
  return key
}

function blank(word: string): WordFacts {
  return { word, key: keyOf(word), dedup: dedupLetters(word), name: false, marker: 0, sms: false, realWord: false, negative: false, scene: 0, lookalikeCue: false, form: undefined, repair: undefined, dedupForm: null, masked: word.includes('*'), features: undefined }
}

/** The facts of a word (blank for a word no step registered). */
export function factsOf(text: string): WordFacts {
  let facts = FACTS.get(text)
  if (facts === undefined) {
    if (FACTS.size >= REGISTERED.size + SEEN_LIMIT) {
      FACTS.clear()
      FRONT_FACTS.fill(undefined)
      for (const [word, registered] of REGISTERED) FACTS.set(word, registered)
    }
    facts = blank(text)
    FACTS.set(text, facts)
  }
  return facts
}

/**
 * A front to factsOf for the tokeniser's plain words, looked up without cutting the word out of the
 * post: the tokeniser hashes the folded letters as it scans them (spanHash), and a word met recently
 * sits in a direct-mapped table at that hash, recognised by its letter key (letterKey, for a word of
 * LETTER_KEY_MAX letters or fewer) or by comparing letters. A hit costs no slice and
 * no hashing of a new string (most of factsOf's cost on a fresh token), and its facts' `word` then
 * serves as the token's text. A miss goes to factsOf and takes the slot.
 *
 * 2^17 slots: on the 40–280-character mix (27,000 distinct words) a slot shared by two words sends
 * 1.9 % of the tokens to factsOf, against 6.0 % with 2^15 slots; a miss, a string cut out, folded and
 * looked up in a map of 50,000 words, costs about as much as the rest of a token. No table of hashes
 * beside it: a hit is checked on the slot's facts anyway (key or letters), and a second table read per
 * token cost more than the rare check that fails.
 */
const FRONT_BITS = 17
const FRONT_MASK = (1 << FRONT_BITS) - 1
const FRONT_FACTS = new Array<WordFacts | undefined>(1 << FRONT_BITS).fill(undefined)

/** One step of the span hash (FNV-1a): `hash` of the characters so far, then `code`. Start from SPAN_HASH_START. */
export function spanHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}
export const SPAN_HASH_START = 0x811c9dc5 | 0

/**
 * The facts of the word text[start, end) spells once folded (foldText), every character of which is
 * below 0x250 and folds to one letter a–z (FOLDED_LETTER); `hash` is the span hash of those letters,
 * `key` their letterKey when there are LETTER_KEY_MAX of them or fewer (else -1). Their `word` is that
 * folded word.
 */
export function factsOfSpan(text: string, start: number, end: number, hash: number, key = -1): WordFacts {
  const slot = hash & FRONT_MASK
  const cached = FRONT_FACTS[slot]
  // A short word is recognised by its key, read with its facts: its letters are not read again.
  if (cached !== undefined && (key >= 0 ? cached.key === key : spells(cached.word, text, start, end))) return cached
  const facts = factsOf(foldText(text.slice(start, end)))
  FRONT_FACTS[slot] = facts
  return facts
}

/** word === foldText(text.slice(start, end)), for a span as factsOfSpan takes, without making either string. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== FOLDED_LETTER[text.charCodeAt(start + i)]) return false
  return true
}

/** The facts of `word` for a step to fill in; for registration at import only. */
export function registerWord(word: string): WordFacts {
  let facts = REGISTERED.get(word)
  if (facts === undefined) {
    facts = blank(word)
    REGISTERED.set(word, facts)
    FACTS.set(word, facts)
  }
  return facts
}
