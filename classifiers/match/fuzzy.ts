/**
 * Fuzzy word lookup: finds the lexicon words one typing edit away from a token
 * ("salpoe", "connrd", "connaprd" → salope, connard), through a deletion index
 * built once (every target word and each of its one-letter deletions → the word).
 */

/** The one edit that turns a lexicon word into the token. */
export type EditKind = 'transposition' | 'deletion' | 'insertion' | 'substitution'

/** Shortest token the fuzzy lookup looks at. */
export const FUZZY_MIN_TOKEN = 5
/** Shortest lexicon word that may lose a letter ("encule" → "encul"). */
const MIN_FOR_DELETION = 6
/** Shortest lexicon word that may gain a letter ("salope" → "salozpe"). */
const MIN_FOR_INSERTION = 5
/** Shortest lexicon word that may have two neighbours swapped ("salope" → "salpoe"). */
const MIN_FOR_TRANSPOSITION = 5
/** Shortest lexicon word that may have a letter replaced: long words only, where a wrong letter is rarely another word. */
const MIN_FOR_SUBSTITUTION = 7

/** Lexicon words reachable by one edit: keyed by each word and each of its one-letter deletions. */
export interface FuzzyIndex {
  byKey: ReadonlyMap<string, readonly string[]>
  /** Hashes of the keys (see keyHash): a token's deletions are hashed first, and sliced only on a hash hit. */
  hashes: ReadonlySet<number>
}

const BASE = 0x01000193
const MAX_HASHED = 64
/** BASE to the power n (mod 2^32), n < MAX_HASHED. */
const POWERS: Int32Array = (() => {
  const p = new Int32Array(MAX_HASHED)
  p[0] = 1
  for (let i = 1; i < MAX_HASHED; i++) p[i] = Math.imul(p[i - 1] ?? 0, BASE)
  return p
})()

/** Scratch prefix hashes for fuzzyTargets (synchronous, so one buffer serves every call). */
const PREFIX = new Int32Array(MAX_HASHED + 1)

/** Polynomial hash of a string (mod 2^32): h = h·BASE + code, letter by letter. */
function keyHash(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0
  return h
}

/** Builds the deletion index over the given target words (a–z only). */
export function buildFuzzyIndex(targets: Iterable<string>): FuzzyIndex {
  const byKey = new Map<string, string[]>()
  const add = (key: string, word: string): void => {
    const list = byKey.get(key)
    if (list === undefined) byKey.set(key, [word])
    else if (!list.includes(word)) list.push(word)
  }
  for (const word of targets) {
    add(word, word)
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word)
  }
  return { byKey, hashes: new Set([...byKey.keys()].map(keyHash)) }
}

/** The single edit turning `target` into `token`, or null when they are not exactly one edit apart. */
export function singleEdit(token: string, target: string): EditKind | null {
  const a = token.length
  const b = target.length
  let p = 0
  while (p < a && p < b && token.charCodeAt(p) === target.charCodeAt(p)) p++
  if (a === b) {
    if (p === a) return null
    if (token.slice(p + 1) === target.slice(p + 1)) return 'substitution'
    if (p + 1 < a && token[p] === target[p + 1] && token[p + 1] === target[p] && token.slice(p + 2) === target.slice(p + 2)) return 'transposition'
    return null
  }
  if (a === b - 1) return token.slice(p) === target.slice(p + 1) ? 'deletion' : null
  if (a === b + 1) return token.slice(p + 1) === target.slice(p) ? 'insertion' : null
  return null
}

/** True when this kind of edit is allowed on a lexicon word of this length. */
function allowed(edit: EditKind, targetLength: number): boolean {
  switch (edit) {
    case 'transposition': return targetLength >= MIN_FOR_TRANSPOSITION
    case 'deletion': return targetLength >= MIN_FOR_DELETION
    case 'insertion': return targetLength >= MIN_FOR_INSERTION
    case 'substitution': return targetLength >= MIN_FOR_SUBSTITUTION
  }
}

function probe(index: FuzzyIndex, key: string, word: string, out: string[]): void {
  const list = index.byKey.get(key)
  if (list === undefined) return
  for (const target of list) {
    // The first letter is kept: a wrong first letter is far more often another word than a disguise.
    if (target === word || target.charCodeAt(0) !== word.charCodeAt(0) || out.includes(target)) continue
    const edit = singleEdit(word, target)
    if (edit !== null && allowed(edit, target.length)) out.push(target)
  }
}

/**
 * Lexicon words one allowed edit away from `word` (a–z only, at least FUZZY_MIN_TOKEN letters),
 * with the same first letter; empty when none. Exceptions (real words) are the caller's business.
 */
export function fuzzyTargets(word: string, index: FuzzyIndex): string[] {
  const out: string[] = []
  const n = word.length
  if (n < FUZZY_MIN_TOKEN || n >= MAX_HASHED) return out
  // prefix[i] = hash of word[0, i); the hash of word minus letter i is then two products away.
  const prefix = PREFIX
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] ?? 0, BASE) + word.charCodeAt(i)) | 0
  const whole = prefix[n] ?? 0
  if (index.hashes.has(whole)) probe(index, word, word, out)
  // Deleting the first letter can only reach words with another first letter (or, for a doubled
  // first letter, the key that deleting the second one gives), so deletions start at 1.
  for (let i = 1; i < n; i++) {
    // Deleting one of a doubled letter gives the same key twice: probe it once.
    if (i > 1 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue
    const tail = (whole - Math.imul(prefix[i + 1] ?? 0, POWERS[n - i - 1] ?? 0)) | 0
    const h = (Math.imul(prefix[i] ?? 0, POWERS[n - i - 1] ?? 0) + tail) | 0
    if (index.hashes.has(h)) probe(index, word.slice(0, i) + word.slice(i + 1), word, out)
  }
  return out
}
