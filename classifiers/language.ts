/**
 * Language of a post: platform langs, a French-marker rule for short slangy
 * posts, then franc restricted to a short list. Never defaults to French.
 */
import { franc } from 'franc'
import type { Token } from './text/token.js'

const FRANC_ONLY = ['fra', 'eng', 'spa', 'ita', 'deu', 'por', 'nld', 'arb', 'tur', 'pol']
const ISO3_TO_1: Readonly<Record<string, string>> = {
  fra: 'fr', eng: 'en', spa: 'es', ita: 'it', deu: 'de', por: 'pt', nld: 'nl', arb: 'ar', tur: 'tr', pol: 'pl',
}
/** Words that are (almost) only French, SMS and slang included. */
const FRENCH = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'je', 'j', 'tu', 't', 'il', 'elle', 'nous', 'vous', 'ils', 'on', 'pas', 'ne', 'n',
  'une', 'un', 'que', 'qu', 'qui', 'pour', 'avec', 'dans', 'sur', 'mais', 'toi', 'moi', 'ce', 'c', 'ca', 'cette', 'mon', 'ma', 'mes',
  'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'au', 'aux', 'es', 'suis', 'sont', 'fait', 'trop', 'tres', 'bien', 'oui', 'non', 'tout',
  'mdr', 'ptdr', 'tkt', 'jsp', 'wsh', 'wesh', 'frr', 'ntm', 'fdp', 'tg', 'ftg', 'vtff', 'ptn', 'jtm', 'pk', 'stp', 'bcp', 'oklm',
  'jpp', 'slt', 'cc', 'dsl', 'mtn', 'tjrs', 'jvais', 'chui', 'bg', 'grave', 'genre', 'putain', 'merde', 'con', 'conne', 'salope',
  'pute', 'va', 'vas', 'crever', 'suicide', 'nique', 'sale', 'gueule', 'degage', 'te', 'me', 'se', 'y', 'a', 'quoi', 'comme', 'plus',
  'rien', 'personne', 'jamais', 'aussi', 'alors', 'donc', 'parce', 'quand', 'meme', 'encore', 'ici', 'lui', 'leur', 'cest',
])
const ENGLISH = new Set(['the', 'you', 'and', 'is', 'are', 'of', 'to', 'i', 'my', 'your', 'this', 'that', 'it', 'what', 'with', 'was', 'be', 'have', 'not', 'no', 'so', 'for', 'just', 'lol', 'omg', 'fuck'])

/** ISO 639-1 code of the post, or "und". */
export function detectLanguage(text: string, tokens: readonly Token[], langs?: readonly string[]): string {
  const declared = (langs ?? []).map((l) => l.toLowerCase().slice(0, 2))
  let fr = 0
  let en = 0
  let words = 0
  for (const t of tokens) {
    if (t.kind !== 'word' || t.fromHashtag) continue
    words++
    if (FRENCH.has(t.text)) fr++
    if (ENGLISH.has(t.text)) en++
  }
  if (declared.includes('fr') && fr >= en) return 'fr'
  // Short slangy French: a couple of French markers and nothing English.
  if (fr >= 2 && en === 0 && fr * 3 >= words) return 'fr'
  if (words <= 4 && fr >= 1 && en === 0) return 'fr'
  if (en >= 2 && fr === 0) return 'en'
  // franc is unreliable on very short text: leave it undetermined (still scored).
  if (text.replace(/[^\p{L}]/gu, '').length < 20) return declared[0] !== undefined && declared[0] !== 'fr' && en > 0 ? declared[0] : 'und'
  const code = franc(text, { only: FRANC_ONLY, minLength: 10 })
  const iso = ISO3_TO_1[code]
  if (iso !== undefined) {
    if (iso !== 'fr' && fr > en * 2 && fr >= 3) return 'fr'
    return iso
  }
  if (declared[0] !== undefined && declared[0].length === 2) return declared[0]
  return 'und'
}
