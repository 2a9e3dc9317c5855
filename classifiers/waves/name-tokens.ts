/**
 * Word tokens for name matching: folded (lower case, no accents), leet read back
 * as letters ("M1la", "m!la" → "mila"), spelled-out letters joined ("M.i.l.a"),
 * repeated letters collapsed ("Miiila" → "mila"), with UTF-16 offsets. Pure.
 */
import { foldChar } from '../text/fold.js'

/** One word of a text, with its key and where it sits in the original string. */
export interface NameToken {
  /** Folded, leet-decoded, repeated letters collapsed. */
  key: string
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number
  end: number
  /** Followed by an apostrophe ("d'Emma"): cannot stand for an initial. */
  elided: boolean
}

// Leet symbols read as letters inside a word that has letters.
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '!': 'i', $: 's', '|': 'l', '€': 'e',
}
const LEET_SYMBOLS = new Set(['@', '!', '$', '|', '€'])
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`'])
// Separators allowed between spelled-out letters ("M.i.l.a", "M I L A").
const SPELL_SEPARATORS = new Set(['.', ' ', '-', '_', '*'])
const UNICODE_LETTER = /\p{L}/u

// Folded word characters for the code units below 0x250, '' for the others.
const TABLE: readonly string[] = Array.from({ length: 0x250 }, (_, code) => {
  const f = foldChar(code)
  return /^[a-z0-9]+$/.test(f) ? f : ''
})

/** Folded letter(s) for one UTF-16 code unit, '' when it is not a letter or digit. */
function wordChars(code: number, ch: string): string {
  if (code < 0x250) return TABLE[code] ?? ''
  if (code >= 0xd800 && code <= 0xdfff) return '' // emoji and other astral symbols
  return UNICODE_LETTER.test(ch) ? ch.toLowerCase() : ''
}

/** Turns a raw folded word into its key: leet read as letters when the word has a letter, repeats collapsed. */
export function wordKey(raw: string): string {
  const hasLetter = /[a-z]/.test(raw)
  let out = ''
  let prev = ''
  for (const ch of raw) {
    const c = hasLetter ? (LEET[ch] ?? ch) : ch
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > '\u024f')) continue
    if (c === prev && c >= 'a') continue
    out += c
    prev = c
  }
  return out
}

/** Splits a text into name tokens. */
export function nameTokens(text: string): NameToken[] {
  const raw: { word: string; start: number; end: number; elided: boolean }[] = []
  let word = ''
  let start = -1
  const flush = (end: number, elided: boolean): void => {
    if (word.length > 0) raw.push({ word, start, end, elided })
    word = ''
    start = -1
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const folded = wordChars(text.charCodeAt(i), ch)
    if (folded.length > 0) {
      if (start < 0) start = i
      word += folded
      continue
    }
    // A leet symbol inside a word ("m!la", "j@de"); not at a word's start, so "@mila" stays a mention.
    if (LEET_SYMBOLS.has(ch) && word.length > 0 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (wordChars(next, text[i + 1]!).length > 0) { word += ch; continue }
    }
    flush(i, APOSTROPHES.has(ch))
  }
  flush(text.length, false)
  return joinSpelled(text, raw).map((t) => ({ key: wordKey(t.word), start: t.start, end: t.end, elided: t.elided }))
}

/** Joins ≥ 3 one-letter words separated by one spelling separator ("M.i.l.a" → "mila"). */
function joinSpelled<T extends { word: string; start: number; end: number; elided: boolean }>(text: string, raw: T[]): T[] {
  const out: T[] = []
  let i = 0
  while (i < raw.length) {
    let j = i
    while (
      j + 1 < raw.length &&
      raw[j]!.word.length === 1 &&
      raw[j + 1]!.word.length === 1 &&
      raw[j + 1]!.start === raw[j]!.end + 1 &&
      SPELL_SEPARATORS.has(text[raw[j]!.end]!)
    ) j++
    if (j - i >= 2) {
      const first = raw[i]!
      const last = raw[j]!
      out.push({ ...first, word: raw.slice(i, j + 1).map((t) => t.word).join(''), end: last.end, elided: last.elided })
      i = j + 1
    } else {
      out.push(raw[i]!)
      i++
    }
  }
  return out
}

/** True when `a` and `b` are at most one edit apart (insert, delete, substitute, swap neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Every string made by deleting one character of `s` (repeats possible when letters repeat). */
export function deletions(s: string): string[] {
  const out: string[] = new Array<string>(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.slice(0, i) + s.slice(i + 1)
  return out
}
