/**
 * Tokeniser that normalises as it goes (case, accents, repeated letters, leet,
 * spaced or dotted letters) while keeping every token's span in the original text.
 * Words joined by "_", "-" or "." ("sale_pute", "nique-ta-mère") come out as separate tokens.
 */
import { FOLDED_LETTER, foldChar, foldText, isDigit, isLetter } from './fold.js'
import { cutRuns } from './token.js'
import type { Token, TokenKind } from './token.js'
import { factsOf, factsOfSpan, LETTER_KEY_MAX, letterKey, spanHash, SPAN_HASH_START } from './word-facts.js'

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '€': 'e', '!': 'i', '|': 'i',
}

/** Leet symbols inside a word: @ $ € * ! | */
function isLeetSymbol(c: number): boolean {
  return c === 64 || c === 36 || c === 0x20ac || c === 42 || c === 33 || c === 124
}

/** Clause breaks: . , ; : ! ? newline … ( ) */
function isBreak(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 0x2026 || c === 40 || c === 41
}

/** « “ „ open a quotation, » ” close one. */
function isOpenQuote(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x201e
}

function isCloseQuote(c: number): boolean {
  return c === 0xbb || c === 0x201d
}
/** text[at] made small when it is a capital A–Z (as a case-insensitive regex compares it with a–z). */
function smallAt(text: string, at: number): number {
  const c = text.charCodeAt(at)
  return c >= 65 && c <= 90 ? c + 32 : c
}

/** True when a link starts at text[at]: « http:// », « https:// » or « www. », in any case (read without cutting the post). */
function urlAt(text: string, at: number): boolean {
  if (smallAt(text, at) === 119) return smallAt(text, at + 1) === 119 && smallAt(text, at + 2) === 119 && text.charCodeAt(at + 3) === 46
  if (smallAt(text, at) !== 104 || smallAt(text, at + 1) !== 116 || smallAt(text, at + 2) !== 116 || smallAt(text, at + 3) !== 112) return false
  const colon = smallAt(text, at + 4) === 115 ? at + 5 : at + 4
  return text.charCodeAt(colon) === 58 && text.charCodeAt(colon + 1) === 47 && text.charCodeAt(colon + 2) === 47
}

/** Separators allowed between the letters of a spaced-out word ("c o n", "s.a.l"): space . - _ * / */
function isSpacedGapChar(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 47
}

/** True when text[start, end) is one or two such separators. */
function spacedGap(text: string, start: number, end: number): boolean {
  const n = end - start
  return (n === 1 || n === 2) && isSpacedGapChar(text.charCodeAt(start)) && (n === 1 || isSpacedGapChar(text.charCodeAt(start + 1)))
}

/** 1 for codes that fold to a letter or are digits, below 0x250; computed once. */
const WORD_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x250)
  for (let c = 0; c < table.length; c++) table[c] = isLetter(foldChar(c).charCodeAt(0)) || isDigit(c) ? 1 : 0
  return table
})()

function isWordCode(code: number): boolean {
  if (code < 0x250) return WORD_CODES[code] === 1
  return isLetter(foldChar(code).charCodeAt(0))
}

/** True when text[at] is a capital letter followed by a small one ("Mongolie"; not "SALOPE", not "S@lope"). */
function capitalised(text: string, at: number): boolean {
  const a = text.charCodeAt(at)
  if (!((a >= 65 && a <= 90) || (a >= 0xc0 && a <= 0xde && a !== 0xd7))) {
    if (a < 0x100) return false
    const ch = text[at] ?? ''
    if (ch === ch.toLowerCase()) return false
  }
  const b = text.charCodeAt(at + 1)
  if ((b >= 97 && b <= 122) || (b >= 0xdf && b <= 0xff && b !== 0xf7)) return true
  if (b < 0x100) return false
  const next = text[at + 1] ?? ''
  return next !== next.toUpperCase() && next === next.toLowerCase()
}

function makeToken(raw: string, kind: TokenKind, start: number, end: number, breakBefore: boolean, quoted: boolean, capital = false): Token {
  let hasLetter = false
  let needsLeet = false
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (isLetter(c)) hasLetter = true
    else needsLeet = true
  }
  let mapped = raw
  if (hasLetter && needsLeet && kind === 'word') {
    mapped = ''
    for (const ch of raw) mapped += LEET[ch] ?? ch
  }
  const text = cutRuns(mapped)
  const plain = mapped === raw ? text : cutRuns(raw)
  const facts = factsOf(text)
  return { text, plain, dedup: facts.dedup, kind, start, end, breakBefore, quoted, fromHashtag: false, capital, facts }
}

/**
 * A word token text[start, end) whose characters fold to single letters a–z (FOLDED_LETTER), never
 * three alike in a row, with span hash `hash` and letter key `key` (of the folded letters, -1 when
 * more than LETTER_KEY_MAX): its text and plain forms are the folded word (as makeToken would make
 * them), the word of its facts, and its letter-cut form the facts' own (the word itself when no
 * letter is doubled).
 */
function simpleToken(text: string, hash: number, key: number, start: number, end: number, breakBefore: boolean, quoted: boolean, capital: boolean): Token {
  const facts = factsOfSpan(text, start, end, hash, key)
  const word = facts.word
  return { text: word, plain: word, dedup: facts.dedup, kind: 'word', start, end, breakBefore, quoted, fromHashtag: false, capital, facts }
}

/** Splits a text into normalised tokens; offsets point into `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let pendingBreak = true
  let quoted = false
  while (i < n) {
    const code = text.charCodeAt(i)
    if (code === 64 || code === 35) {
      let j = i + 1
      let raw = ''
      while (j < n) {
        const c = text.charCodeAt(j)
        if (isWordCode(c) || c === 95) raw += c === 95 ? '_' : foldChar(c)
        else if (c >= 0x300 && c <= 0x36f) { /* combining accent: skip */ }
        else break
        j++
      }
      if (raw.length > 0) {
        tokens.push(makeToken(raw, code === 64 ? 'mention' : 'hashtag', i, j, pendingBreak, quoted))
        pendingBreak = false
        i = j
        continue
      }
    }
    if ((code === 104 || code === 119 || code === 72 || code === 87) && urlAt(text, i)) {
      while (i < n && !/\s/.test(text[i] ?? ' ')) i++
      continue
    }
    if (isWordCode(code)) {
      // Fast path: a word of digits and characters that fold to one letter each (a–z, capitals, accented
      // letters: « Été », « ça ») followed by no word character, leet symbol or combining accent, is
      // read in one pass. Without digits or a letter three times in a row it is its own text and plain
      // form (its letter-cut form is kept in its facts), and needs not even be cut out of the post when
      // recently met (simpleToken: hence the hash and letter key of its folded letters, taken on the way); otherwise
      // makeToken does the rest as below.
      let e = i
      let digits = 0
      let tripled = false
      let folds = false
      let hash = SPAN_HASH_START
      let key = 0
      for (let c = code, p = -1, pp = -1; e < n; pp = p, p = c, c = text.charCodeAt(++e)) {
        if (c >= 48 && c <= 57) digits++
        else {
          const f = c < 0x250 ? (FOLDED_LETTER[c] ?? 0) : 0
          if (f === 0) break
          if (f !== c) folds = true
          c = f
        }
        if (c === p && c === pp) tripled = true
        hash = spanHash(hash, c)
        key = letterKey(key, c)
      }
      const stop = e < n ? text.charCodeAt(e) : 32
      if (e > i && !isWordCode(stop) && !(stop >= 0x300 && stop <= 0x36f) && !isLeetSymbol(stop)) {
        // Only a folded word can start with a capital (capitalised is false for a–z and digits).
        const capital = folds && capitalised(text, i)
        tokens.push(digits > 0 || tripled
          ? makeToken(folds ? foldText(text.slice(i, e)) : text.slice(i, e), digits === e - i ? 'number' : 'word', i, e, pendingBreak, quoted, capital)
          : simpleToken(text, hash, e - i <= LETTER_KEY_MAX ? key : -1, i, e, pendingBreak, quoted, capital))
        pendingBreak = false
        i = e
        continue
      }
      let j = i
      let raw = ''
      while (j < n) {
        const c = text.charCodeAt(j)
        const f = foldChar(c)
        if (isDigit(c)) raw += text[j]
        else if (f.length > 0 && isLetter(f.charCodeAt(0))) raw += f
        else if (c >= 0x300 && c <= 0x36f) { /* combining accent */ }
        else if (isLeetSymbol(c)) {
          let k = j
          while (k < n && isLeetSymbol(text.charCodeAt(k))) k++
          if (k < n && isWordCode(text.charCodeAt(k))) {
            raw += text.slice(j, k)
            j = k
            continue
          }
          if (c === 42 && raw.length >= 1) {
            // trailing mask "p*" "encul*": keep a single wildcard
            raw += '*'
            j = k
          }
          break
        } else break
        j++
      }
      let allDigits = true
      for (let k = 0; k < raw.length; k++) if (!isDigit(raw.charCodeAt(k))) allDigits = false
      tokens.push(makeToken(raw, allDigits ? 'number' : 'word', i, j, pendingBreak, quoted, capitalised(text, i)))
      pendingBreak = false
      i = j
      continue
    }
    // A dot glued between two letters ("ferme.ta.gueule", "site.fr") joins words, it ends no clause.
    if (isBreak(code) && !(code === 46 && i > 0 && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1)))) pendingBreak = true
    if (isOpenQuote(code)) quoted = true
    else if (isCloseQuote(code)) quoted = false
    else if (code === 34) quoted = !quoted
    i++
  }
  return mergeSpacedLetters(text, tokens)
}

/** Joins runs of 3+ single letters separated by spaces or dots ("c o n n a r d", "s.a.l.o.p.e"). */
function mergeSpacedLetters(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]
    if (first === undefined) break
    let j = i + 1
    if (first.kind === 'word' && first.text.length === 1) {
      while (j < tokens.length) {
        const prev = tokens[j - 1]
        const cur = tokens[j]
        if (prev === undefined || cur === undefined || cur.kind !== 'word' || cur.text.length !== 1) break
        if (!spacedGap(text, prev.end, cur.start)) break
        j++
      }
    }
    if (j - i >= 3) {
      out ??= tokens.slice(0, i)
      let raw = ''
      for (let k = i; k < j; k++) raw += tokens[k]?.text ?? ''
      const last = tokens[j - 1] ?? first
      out.push(makeToken(raw, 'word', first.start, last.end, first.breakBefore, first.quoted))
    } else if (out !== null) {
      for (let k = i; k < j; k++) {
        const t = tokens[k]
        if (t !== undefined) out.push(t)
      }
    }
    i = j
  }
  return out ?? tokens
}
