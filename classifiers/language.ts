/**
 * Language of a post: platform langs, a French-marker rule for short slangy
 * posts, then franc's trigram guess restricted to a short list. Never defaults to French.
 */
import type { Token } from './text/token.js'
import { registerWord } from './text/word-facts.js'
import { TrigramGuesser } from './trigram-language.js'

const FRANC_ONLY = ['fra', 'eng', 'spa', 'ita', 'deu', 'por', 'nld', 'arb', 'tur', 'pol']
/** franc's answer over FRANC_ONLY, computed faster (see trigram-language.ts). */
const FRANC = new TrigramGuesser(FRANC_ONLY, 10)
const ISO3_TO_1: Readonly<Record<string, string>> = {
  fra: 'fr', eng: 'en', spa: 'es', ita: 'it', deu: 'de', por: 'pt', nld: 'nl', arb: 'ar', tur: 'tr', pol: 'pl',
}
/** Words that are (almost) only French, SMS and slang included. */
const FRENCH = [
  'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'je', 'j', 'tu', 't', 'il', 'elle', 'nous', 'vous', 'ils', 'on', 'pas', 'ne', 'n',
  'une', 'un', 'que', 'qu', 'qui', 'pour', 'avec', 'dans', 'sur', 'mais', 'toi', 'moi', 'ce', 'c', 'ca', 'cette', 'mon', 'ma', 'mes',
  'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'au', 'aux', 'es', 'suis', 'sont', 'fait', 'trop', 'tres', 'bien', 'oui', 'non', 'tout',
  'mdr', 'ptdr', 'tkt', 'jsp', 'wsh', 'wesh', 'frr', 'ntm', 'fdp', 'tg', 'ftg', 'vtff', 'ptn', 'jtm', 'pk', 'stp', 'bcp', 'oklm',
  'jpp', 'slt', 'cc', 'dsl', 'mtn', 'tjrs', 'jvais', 'chui', 'bg', 'grave', 'genre', 'putain', 'merde', 'con', 'conne', 'salope',
  'pute', 'va', 'vas', 'crever', 'suicide', 'nique', 'sale', 'gueule', 'degage', 'te', 'me', 'se', 'y', 'a', 'quoi', 'comme', 'plus',
  'rien', 'personne', 'jamais', 'aussi', 'alors', 'donc', 'parce', 'quand', 'meme', 'encore', 'ici', 'lui', 'leur', 'cest',
  // elided forms and teen words (« espèce d'idiot tu m'as tué », « wsh frr »)
  'm', 'd', 'l', 's', 'ai', 'vais', 'veux', 'peux', 'fais', 'espece', 'frr', 'frere', 'ouais', 'bah', 'hein', 'mec', 'meuf', 'wesh',
  'koi', 'quoi', 'trop', 'ptdr', 'jsuis', 'chui', 'avez', 'etes', 'sommes', 'ont', 'cette', 'ces', 'toujours', 'vraiment',
]
const ENGLISH = ['the', 'you', 'and', 'is', 'are', 'of', 'to', 'i', 'my', 'your', 'this', 'that', 'it', 'what', 'with', 'was', 'be', 'have', 'not', 'no', 'so', 'for', 'just', 'lol', 'omg', 'fuck']
/** Marker facts of the words (1 French, 2 English; no word is in both): a token carries its own. */
const MARKER_FR = 1
const MARKER_EN = 2
for (const w of FRENCH) registerWord(w).marker = MARKER_FR
for (const w of ENGLISH) registerWord(w).marker = MARKER_EN

/** 1 for the codes below 0x250 that are letters (\p{L}), computed once from the regex itself. */
const LATIN_LETTERS: Uint8Array = (() => {
  const table = new Uint8Array(0x250)
  for (let c = 0; c < table.length; c++) table[c] = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0
  return table
})()
/** Sticky: tests the code point at `lastIndex` only, without slicing the text. */
const LETTER_AT = /\p{L}/uy

/**
 * Number of UTF-16 units of `text` that are letters, counting stops at `enough`;
 * the same as `text.replace(/[^\p{L}]/gu, '').length` when that is below `enough`.
 */
function letterUnits(text: string, enough: number): number {
  let n = 0
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x250) {
      n += LATIN_LETTERS[c] ?? 0
      continue
    }
    const wide = (text.codePointAt(i) ?? c) > 0xffff
    LETTER_AT.lastIndex = i
    if (LETTER_AT.test(text)) n += wide ? 2 : 1
    if (wide) i++
  }
  return n
}

/** Two-letter lower-case code of a declared language ("FR-fr" → "fr"). */
function shortCode(lang: string): string {
  return lang.toLowerCase().slice(0, 2)
}

function declaresFrench(langs: readonly string[] | undefined): boolean {
  if (langs === undefined) return false
  for (const l of langs) if (shortCode(l) === 'fr') return true
  return false
}

/** ISO 639-1 code of the post, or "und". */
export function detectLanguage(text: string, tokens: readonly Token[], langs?: readonly string[]): string {
  let fr = 0
  let en = 0
  let words = 0
  for (const t of tokens) {
    if (t.kind !== 'word' || t.fromHashtag) continue
    words++
    const marker = t.facts.marker
    if (marker === MARKER_FR) fr++
    else if (marker === MARKER_EN) en++
  }
  if (fr >= en && declaresFrench(langs)) return 'fr'
  // Short slangy French: a couple of French markers and nothing English.
  if (fr >= 2 && en === 0 && fr * 3 >= words) return 'fr'
  if (words <= 4 && fr >= 1 && en === 0) return 'fr'
  if (en >= 2 && fr === 0) return 'en'
  const first = langs?.[0]
  const declared = first === undefined ? undefined : shortCode(first)
  // franc is unreliable on very short text: leave it undetermined (still scored).
  if (letterUnits(text, 20) < 20) return declared !== undefined && declared !== 'fr' && en > 0 ? declared : 'und'
  const code = FRANC.guess(text)
  const iso = ISO3_TO_1[code]
  if (iso !== undefined) {
    if (iso !== 'fr' && fr > en * 2 && fr >= 3) return 'fr'
    return iso
  }
  if (declared !== undefined && declared.length === 2) return declared
  return 'und'
}
