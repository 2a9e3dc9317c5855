/**
 * franc's language guess (same data, same answer) for a fixed short list of languages, without
 * franc's per-call work: franc runs 30 script regexes over the whole text and scores every
 * trigram against each language model stored as an object. Here each character's scripts are
 * looked up in a table filled on first sight of the character (by franc's own regexes), and
 * each trigram's ranks in every listed language come from one map. test/classifiers/
 * trigram-language.test.ts checks the answers against franc itself.
 */
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

/** franc's constants: texts are cut to 2048 characters; a trigram a model lacks costs 300. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

const SCRIPTS: readonly string[] = Object.keys(expressions)
/** franc's script expressions, sticky: each is tried at one position of the text. */
const STICKY: readonly RegExp[] = SCRIPTS.map((s) => new RegExp(expressions[s]?.source ?? '(?!)', 'y'))
/** Bit of each script in a character's mask (franc has 30 scripts, fewer than 31 bits). */
const LATIN = SCRIPTS.indexOf('Latin')
const LATIN_BIT = 1 << LATIN

/** Scripts mask of each UTF-16 unit outside the surrogates; -1 until first seen. */
const UNIT_MASK = new Int32Array(0x10000).fill(-1)
/** Scripts mask of each surrogate pair (by code point) and lone surrogate (by unit), once seen. */
const PAIR_MASK = new Map<number, number>()

/** Bits of the scripts whose expression matches the whole of `chars` (one unit or one surrogate pair). */
function scriptsOf(chars: string): number {
  let mask = 0
  for (let k = 0; k < STICKY.length; k++) {
    const re = STICKY[k]
    if (re === undefined) continue
    re.lastIndex = 0
    if (re.test(chars) && re.lastIndex === chars.length) mask |= 1 << k
  }
  return mask
}

/**
 * The trigram models of the languages a script leaves to compare, in a form counted without
 * building strings: each character of the models gets a small id, each trigram of ids a row of
 * ranks (franc stores a model as trigram → position, writing positions from last to first, so a
 * repeated trigram keeps its first position; -1 when the model lacks it).
 */
interface TrigramModels {
  languages: readonly string[]
  /** Id (1..) of each UTF-16 unit the models use; 0 for the others. */
  ids: Uint8Array
  /** Number of ids plus one: trigram key = (a·base + b)·base + c. */
  base: number
  /** Trigram key → row number + 1 (0: no listed model has the trigram). */
  rows: Int32Array
  /** Row r holds the trigram's rank in each language, at r·languages.length. */
  ranks: Int16Array
}

function trigramModels(languages: readonly string[], models: readonly string[][]): TrigramModels {
  const ids = new Uint8Array(0x10000)
  let base = 1
  for (const model of models) {
    for (const gram of model) {
      for (let i = 0; i < gram.length; i++) {
        const c = gram.charCodeAt(i)
        if (ids[c] === 0) ids[c] = base++
      }
    }
  }
  if (base > 255) throw new Error('trigram-language: too many characters in the models')
  const rows = new Int32Array(base * base * base)
  const ranks: number[] = []
  const n = languages.length
  models.forEach((model, lang) => {
    for (let pos = model.length - 1; pos >= 0; pos--) {
      const gram = model[pos] ?? ''
      if (gram.length !== 3) continue
      const key = ((ids[gram.charCodeAt(0)] ?? 0) * base + (ids[gram.charCodeAt(1)] ?? 0)) * base + (ids[gram.charCodeAt(2)] ?? 0)
      let row = (rows[key] ?? 0) - 1
      if (row < 0) {
        row = ranks.length / n
        for (let l = 0; l < n; l++) ranks.push(-1)
        rows[key] = row + 1
      }
      ranks[row * n + lang] = pos
    }
  })
  return { languages, ids, base, rows, ranks: Int16Array.from(ranks) }
}

/** What the guesser does once the top script is known: say nothing, name one language, or compare trigrams. */
type ScriptPlan = { kind: 'und' } | { kind: 'one'; language: string } | { kind: 'trigrams'; models: TrigramModels }

/** franc's choice for each top script, given the allowed languages (franc's `only`). */
function plans(only: readonly string[]): ScriptPlan[] {
  const models = data as Readonly<Record<string, Readonly<Record<string, string>>>>
  return SCRIPTS.map((script): ScriptPlan => {
    const languages = models[script]
    // A script of one language is named by that language's code.
    if (languages === undefined) return only.includes(script) ? { kind: 'one', language: script } : { kind: 'und' }
    const allowed = Object.keys(languages).filter((l) => only.includes(l))
    if (allowed.length === 0) return { kind: 'und' }
    const [first] = allowed
    if (allowed.length === 1 && first !== undefined) return { kind: 'one', language: first }
    return { kind: 'trigrams', models: trigramModels(allowed, allowed.map((l) => (languages[l] ?? '').split('|'))) }
  })
}

/**
 * The UTF-16 units of JavaScript's white space (\s: ECMAScript's WhiteSpace and LineTerminator,
 * Unicode's Space_Separator), as inclusive ranges.
 */
const WHITE_SPACE: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]

/**
 * 1 for the UTF-16 units clean() turns into a space: ASCII punctuation and digits (U+0021–U+0040) and
 * white space (\s), filled by ranges (a regex test per unit cost ~10 ms at start-up).
 */
const GAP: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  table.fill(1, 0x21, 0x41)
  for (const [a, b] of WHITE_SPACE) table.fill(1, a, b + 1)
  return table
})()

/** The units of the last cleaned text (reused: guessing is synchronous). */
let cleaned = new Uint16Array(MAX_LENGTH + 2)

/**
 * The UTF-16 units of ` ${clean(value)} `, where trigram-utils' clean() turns ASCII punctuation and
 * digits into spaces, collapses white space, trims and lower-cases: here in one pass over the
 * lower-cased text, building no string but the lower-cased one. Lower-casing first gives the same
 * units, as no character lower-cases to or from punctuation, a digit or white space, save « Σ »,
 * whose lower case depends on its neighbours (« ς » at the end of a word): a text holding one
 * takes clean()'s own steps.
 */
export function cleanedUnits(value: string): Uint16Array {
  if (value.includes('Σ')) {
    const text = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
    const units = new Uint16Array(text.length)
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
    return units
  }
  const lower = value.toLowerCase()
  // « İ » lower-cases to two units: room for each unit twice, and the two pads.
  if (cleaned.length < 2 * lower.length + 2) cleaned = new Uint16Array(2 * lower.length + 2)
  let n = 0
  cleaned[n++] = 32
  let gap = false
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (GAP[c] === 1) {
      gap = n > 1
      continue
    }
    if (gap) {
      cleaned[n++] = 32
      gap = false
    }
    cleaned[n++] = c
  }
  cleaned[n++] = 32
  return cleaned.subarray(0, n)
}

/** A language guesser over a fixed list of ISO 639-3 codes, answering as `franc(text, { only, minLength })` does. */
export class TrigramGuesser {
  private readonly plans: readonly ScriptPlan[]
  private readonly counts = new Int32Array(SCRIPTS.length)
  private counts3 = new Int32Array(0)
  /** The rows met in the text being guessed, the first `touchedCount` (reused, not emptied: setting an array's length is a call into the runtime). */
  private readonly touched: number[] = []
  private readonly distances: Int32Array

  constructor(only: readonly string[], private readonly minLength = 10) {
    this.plans = plans(only)
    this.distances = new Int32Array(only.length)
  }

  /** ISO 639-3 code of the most likely listed language, or "und". */
  guess(text: string): string {
    if (text.length < this.minLength) return 'und'
    const value = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text
    const plan = this.plans[this.topScript(value)]
    if (plan === undefined || plan.kind === 'und') return 'und'
    if (plan.kind === 'one') return plan.language
    return this.closest(value, plan.models)
  }

  /** Index of the script with the most characters (the first on a tie), or -1 when none has any. */
  private topScript(value: string): number {
    const counts = this.counts
    counts.fill(0)
    let latin = 0
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i)
      let mask: number
      if (c < 0xd800 || c > 0xdfff) {
        mask = UNIT_MASK[c] ?? 0
        if (mask < 0) {
          mask = scriptsOf(String.fromCharCode(c))
          UNIT_MASK[c] = mask
        }
      } else {
        // A pair counts once (the low half alone matches no script); a lone surrogate is looked up alone.
        const d = value.charCodeAt(i + 1)
        const pair = c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff
        const key = pair ? 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) : c
        let m = PAIR_MASK.get(key)
        if (m === undefined) {
          m = scriptsOf(pair ? value.slice(i, i + 2) : value.charAt(i))
          PAIR_MASK.set(key, m)
        }
        mask = m
        if (pair && m !== 0) i++
      }
      if (mask === 0) continue
      if (mask === LATIN_BIT) {
        latin++
        continue
      }
      for (let k = 0; k < SCRIPTS.length; k++) if ((mask & (1 << k)) !== 0) counts[k] = (counts[k] ?? 0) + 1
    }
    counts[LATIN] = (counts[LATIN] ?? 0) + latin
    let top = -1
    let best = 0
    for (let k = 0; k < counts.length; k++) {
      const n = counts[k] ?? 0
      if (n > best) {
        best = n
        top = k
      }
    }
    return top
  }

  /**
   * The language whose trigram model is nearest (franc's distance; the first listed on a tie).
   * franc adds 300 for each distinct trigram a model lacks; trigrams no listed model has add
   * the same to every language, so they are skipped.
   */
  private closest(value: string, m: TrigramModels): string {
    const { ids, base, rows, ranks, languages } = m
    const counts = this.gramCounts(ranks.length / languages.length)
    const touched = this.touched
    let touchedCount = 0
    // The trigrams of trigram-utils' clean(value) padded with a space on each side (see cleanedUnits).
    const units = cleanedUnits(value)
    let a = 0
    let b = 0
    for (let i = 0; i < units.length; i++) {
      const c = ids[units[i] ?? 0] ?? 0
      if (i >= 2 && a !== 0 && b !== 0 && c !== 0) {
        const row = (rows[(a * base + b) * base + c] ?? 0) - 1
        if (row >= 0) {
          const n = counts[row] ?? 0
          if (n === 0) touched[touchedCount++] = row
          counts[row] = n + 1
        }
      }
      a = b
      b = c
    }
    const n = languages.length
    const distances = this.distances
    distances.fill(0, 0, n)
    for (let t = 0; t < touchedCount; t++) {
      const row = touched[t] ?? 0
      const count = counts[row] ?? 0
      counts[row] = 0
      for (let l = 0; l < n; l++) {
        const rank = ranks[row * n + l] ?? -1
        distances[l] = (distances[l] ?? 0) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1))
      }
    }
    let bestLanguage = languages[0] ?? 'und'
    let best = Number.POSITIVE_INFINITY
    for (let l = 0; l < n; l++) {
      const d = distances[l] ?? 0
      if (d < best) {
        best = d
        bestLanguage = languages[l] ?? bestLanguage
      }
    }
    return bestLanguage
  }

  /** The per-trigram counts (all zero between calls), sized for the largest row count seen. */
  private gramCounts(size: number): Int32Array {
    if (this.counts3.length < size) this.counts3 = new Int32Array(size)
    return this.counts3
  }
}
