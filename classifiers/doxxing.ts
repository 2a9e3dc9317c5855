/**
 * Doxxing signals: phone numbers, street addresses, school + class, full name
 * + place. Regexes on the original text, so offsets are exact.
 */

/** One doxxing signal. */
export interface DoxHit {
  weight: number
  match: string
  start: number
  end: number
}

const PHONE = /(?:\+33\s?|0033\s?|\b0)[67](?:[\s.-]?\d{2}){4}\b/g
const ADDRESS = /\b\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|all[ée]e|impasse|chemin|place|route|cours|quai|r[ée]sidence|lotissement|cit[ée])\s+[A-Za-zÀ-ÿ'’ -]{2,40}/gi
const SCHOOL = /\b(?:coll[èe]ge|lyc[ée]e|[ée]cole)\s+(?:[A-ZÀ-Ý][\wÀ-ÿ'’-]+)(?:\s+(?:de\s+|du\s+|des\s+)?[A-ZÀ-Ý][\wÀ-ÿ'’-]+)*/g
const CLASS = /\b(?:en|classe(?:\sde)?|la)\s+(?:[3-6]\s?(?:e|è|ème|eme|em)\s?[A-H1-9]?|seconde|2nde|premi[èe]re|1[èe]re|terminale|tle|cm[12]|ce[12])\b/gi
const NAME_PLACE = /\b(?:elle|il)\s+s['’ ]?appelle\s+[A-ZÀ-Ý][a-zà-ÿ-]+\s+[A-ZÀ-Ý][A-Za-zà-ÿ-]+/g
const LIVES = /\b(?:elle|il)\s+(?:habite|vit|loge|cr[èe]che)\s+(?:à|a|au|aux|dans|rue|vers|pr[èe]s)\s+[\wÀ-ÿ'’ -]{2,30}/gi
const GIVE = /\b(?:voici|voil[àa]|v'la|vla|tiens|son|sa|leur)\s+(?:son|sa|ses)?\s*(?:adresse|num(?:[ée]ro)?|t[ée]l[ée]phone|tel|snap|insta|vrai nom|nom complet|nom de famille|compte perso|domicile)\b/gi

const PRECHECK = /rue|av|boulevard|bd|all[ée]e|impasse|chemin|place|route|cours|quai|sidence|lotissement|cit[ée]|appelle|habite|vit|loge|cr[èe]che|adresse|num|t[ée]l|snap|insta|nom|domicile|compte|coll[èe]ge|lyc[ée]e|[ée]cole/i
/**
 * PRECHECK without the address words, for a text without digits: with no house number no address
 * can match, so only the words of the other signals matter (GIVE, NAME, LIVE and SCHOOL words).
 * « av » (« avec », « avoir ») alone let most posts through PRECHECK into five more scans.
 */
const PRECHECK_NO_DIGIT = /appelle|habite|vit|loge|cr[èe]che|adresse|num|t[ée]l|snap|insta|nom|domicile|compte|coll[èe]ge|lyc[ée]e|[ée]cole/i
const ADDRESS_WORDS = /rue|av|boulevard|bd|all[ée]e|impasse|chemin|place|route|cours|quai|sidence|lotissement|cit[ée]/i
const GIVE_WORDS = /adresse|num|t[ée]l|snap|insta|nom|domicile|compte/i
const LIVE_WORDS = /habite|vit|loge|cr[èe]che/i
const SCHOOL_WORDS = /coll[èe]ge|lyc[ée]e|[ée]cole/
const NAME_WORD = /appelle/i

function countDigits(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

function collect(text: string, re: RegExp, weight: number, out: DoxHit[]): number {
  let n = 0
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0
    out.push({ weight, match: m[0], start, end: start + m[0].length })
    n++
  }
  return n
}

/** Doxxing hits; school alone or class alone stay weak, together they count. */
export function findDoxxing(text: string): DoxHit[] {
  const out: DoxHit[] = []
  const digits = countDigits(text)
  if (digits < 8 && !(digits === 0 ? PRECHECK_NO_DIGIT : PRECHECK).test(text)) return out
  if (digits >= 8) collect(text, PHONE, 3.0, out)
  // An address starts with a house number, so it needs a digit.
  if (digits > 0 && ADDRESS_WORDS.test(text)) collect(text, ADDRESS, 2.8, out)
  const gives = GIVE_WORDS.test(text) ? collect(text, GIVE, 1.2, out) : 0
  const names = NAME_WORD.test(text) ? collect(text, NAME_PLACE, 1.0, out) : 0
  const lives = LIVE_WORDS.test(text) ? collect(text, LIVES, 1.0, out) : 0
  const school: DoxHit[] = []
  const schools = SCHOOL_WORDS.test(text) ? collect(text, SCHOOL, 0.4, school) : 0
  const classes = schools > 0 || names + lives + gives > 0 ? collect(text, CLASS, 0.4, school) : 0
  const combo = (schools > 0 && classes > 0) || (schools > 0 && names + lives + gives > 0) || names + lives > 1
  for (const h of school) out.push(combo ? { ...h, weight: h.weight + 1.6 } : h)
  if (names > 0 && lives > 0) for (const h of out) h.weight += 0.8
  return out
}
