/**
 * Canonical hashtag keys: one key for a hashtag and the variants that evade a
 * ban (#Anti_2010, #anti2O1O, #anti2010bis, #antí2010 → "anti2010"). Pure.
 *
 * Steps, in order:
 *  1. fold: strip '#', map common Cyrillic/Greek look-alikes, lower case, strip accents (NFD), œ → oe;
 *  2. split into segments on anything that is not a-z/0-9 (`_ - . ·`, emoji, spaces);
 *  3. per segment, leet in digit context: o → 0 and l/i → 1 between digits, or after the
 *     last digit to finish a 19xx/20xx year ("2o1o" → "2010"); letters before the first
 *     digit stay letters (the "i" of "anti2010");
 *  4. per segment, leet in letter context: 1 → i, 0 → o, 3 → e, 4 → a for a lone digit
 *     between letters ("m1la"), or at a segment's end when another segment follows
 *     ("ant1_2010"), but not before a grade/age ending ("anti3eme", "anti1ere", "anti13ans");
 *  5. join, "2k10" → "2010", collapse repeated letters ("antiii" → "anti"; digits are kept);
 *  6. strip evasive suffixes (repeatedly) and a year's edition counter ("anti20102" →
 *     "anti2010": a 4-digit 19xx/20xx year glued to 1–2 more digits is read as year + edition;
 *     "anti2010s" is the plural),
 *     and a leading "team" before "anti".
 */

import { FIRST_NAMES } from './first-names.js'

// Look-alike letters from other scripts seen in evasion (Cyrillic, Greek).
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
  α: 'a', ε: 'e', ο: 'o', ι: 'i', κ: 'k', ν: 'v', τ: 't', ρ: 'p',
}

const LETTER_LEET: Readonly<Record<string, string>> = { '1': 'i', '0': 'o', '3': 'e', '4': 'a' }
const DIGIT_LEET: Readonly<Record<string, string>> = { o: '0', l: '1', i: '1' }

// Endings after a digit that make it a grade or an age, not leet ("3eme", "1ere", "13ans", "2nde").
const GRADE_AFTER = /^(?:e|eme|em|ieme|er|ere|re|ans|an|nd|nde|k)$/

// Suffixes added to dodge a ban, as they look after step 5 (repeated letters collapsed).
const EVASIVE_SUFFIXES: readonly string[] = [
  'pourdevrai', 'pourdevrais', 'leveritable', 'laveritable', 'veritable', 'leretour', 'retour', 'lesvrais', 'lesvrai',
  'lavraie', 'levrai', 'vrai', 'oficiel', 'oficiele', 'oficial', 'encore', 'again', 'back', 'return', 'returns',
  'saison2', 'partie2', 'v2', 'v3', 'bis', 'ter',
].map(collapseLetters).sort((a, b) => b.length - a.length)

/** Lower case, accents stripped, look-alikes mapped, '#' removed. */
function fold(tag: string): string {
  let s = ''
  for (const ch of tag.replace(/^#+/, '').toLowerCase()) s += HOMOGLYPHS[ch] ?? ch
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** Step 3: look-alike letters to digits inside a digit run ("2o1o" → "2010"). */
function digitContext(seg: string): string {
  const out = seg.split('')
  let i = 0
  while (i < out.length) {
    if (!isDigit(out[i])) { i++; continue }
    // A run starting at a real digit, made of digits and convertible letters.
    const start = i
    let end = i
    while (end < out.length && (isDigit(out[end]) || DIGIT_LEET[out[end]!] !== undefined)) end++
    let lastDigit = start
    let digits = 0
    for (let k = start; k < end; k++) if (isDigit(out[k])) { lastDigit = k; digits++ }
    for (let k = start; k < lastDigit; k++) out[k] = DIGIT_LEET[out[k]!] ?? out[k]!
    // Letters after the last digit (in a run with ≥ 2 real digits or a 4-long year, so "m1la" stays):
    // convert when the segment ends there, or to finish a 19xx/20xx year ("2o1obis").
    const yearLike = out[start] === '1' || out[start] === '2'
    const year4 = yearLike && end - start === 4
    for (let k = lastDigit + 1; k < end && (digits >= 2 || year4); k++) {
      const ends = end === out.length
      if (ends || (yearLike && k - start < 4)) out[k] = DIGIT_LEET[out[k]!] ?? out[k]!
      else break
    }
    i = end
  }
  return out.join('')
}

/** Step 4: lone leet digits inside letter runs back to letters ("m1la" → "mila"). */
function letterContext(seg: string, hasNext: boolean): string {
  return seg.replace(/(?<=[a-z])[0134](?![0-9])/g, (d, offset: number) => {
    const rest = seg.slice(offset + 1)
    const letters = /^[a-z]+/.exec(rest)?.[0] ?? ''
    if (letters.length === 0) return hasNext && rest.length === 0 ? (LETTER_LEET[d] ?? d) : d
    if (letters.length === rest.length && GRADE_AFTER.test(letters)) return d
    if (/^(?:ans|eme|ere)/.test(letters)) return d
    return LETTER_LEET[d] ?? d
  })
}

/** Collapses runs of one repeated letter ("anttti" → "anti"); digits are left alone. */
export function collapseLetters(s: string): string {
  return s.replace(/([a-z])\1+/g, '$1')
}

function stripSuffixes(key: string): string {
  let k = key
  for (let changed = true; changed; ) {
    changed = false
    // A year glued to an edition counter ("anti20102") or a plural s ("anti2010s").
    const edition = /^(.*[a-z])((?:19|20)\d\d)(?:\d{1,2}|s)$/.exec(k)
    if (edition !== null) { k = `${edition[1]}${edition[2]}`; changed = true }
    for (const suffix of EVASIVE_SUFFIXES) {
      if (!k.endsWith(suffix) || k.length - suffix.length < 4) continue
      const stem = k.slice(0, -suffix.length)
      // "ter" only after a digit (anti2010ter), so "antimaster" keeps its end.
      if (suffix === 'ter' && !isDigit(stem.at(-1))) continue
      k = stem
      changed = true
      break
    }
    // A bare "2"/"3" after a letter is an edition ("antiroux2"), except grade names (cm2, ce2).
    const bare = /^(.*[a-z])[23]$/.exec(k)
    if (!changed && bare !== null && bare[1]!.length >= 4 && !/(?:cm|ce)$/.test(bare[1]!)) { k = bare[1]!; changed = true }
  }
  return k
}

/** The canonical key of a hashtag (with or without '#'): "#Anti_2O1O" → "anti2010". */
export function hashtagKey(tag: string): string {
  const segments = fold(tag).split(/[^a-z0-9]+/).filter((s) => s.length > 0)
  const joined = segments.map((seg, i) => letterContext(digitContext(seg), i < segments.length - 1)).join('')
  const years = joined.replace(/(?<![0-9])2k(\d\d)(?![0-9])/g, '20$1')
  const key = stripSuffixes(collapseLetters(years))
  return key.startsWith('teamanti') ? key.slice(4) : key
}

/** What a group-targeting tag aims at: a birth year, an age, a grade, a group, a school or a first name. */
export interface GroupTarget {
  kind: 'year' | 'age' | 'grade' | 'group' | 'school' | 'name'
  value: string
}

// Groups of young people named after "anti" (singular; plurals/feminines are derived).
const GROUPS: readonly string[] = (
  'roux rousse gros grosse moche fille meuf gay gai lesbienne trans pd noir renoi arabe rebeu juif juive feuj ' +
  'intello geek otaku emo nerd handicape autiste asiatique chinois noich musulman musulmane blanc blonde maigre ' +
  'obese boutonneux bolos boloss thon cassos gitan rom garcon mec nain petit moldu intelo binoclard'
).split(' ')

const GRADES: readonly string[] = (
  '6e 6eme 6em 6ieme 5e 5eme 5em 5ieme 4e 4eme 4em 4ieme 3e 3eme 3em 3ieme 2nde 2de 1ere 1re ' +
  'sixieme cinquieme quatrieme troisieme seconde premiere terminale tle term cm1 cm2 ce1 ce2 cp'
).split(' ')

const SCHOOL_PREFIXES: readonly string[] = ['college', 'clg', 'lycee', 'lyc', 'ecole', 'ecol'].map((w) => hashtagKey(`anti${w}`))

function buildTargets(): Map<string, GroupTarget> {
  const map = new Map<string, GroupTarget>()
  const add = (word: string, target: GroupTarget): void => {
    const key = hashtagKey(`anti${word}`)
    if (!map.has(key)) map.set(key, target)
  }
  for (const g of GROUPS) for (const end of ['', 's', 'x', 'e', 'es']) add(`${g}${end}`, { kind: 'group', value: g })
  for (const g of GRADES) for (const end of ['', 's']) add(`${g}${end}`, { kind: 'grade', value: g })
  for (const n of FIRST_NAMES) add(n, { kind: 'name', value: n })
  return map
}

const TARGETS = buildTargets()

/** The group a canonical key ("anti2010", "teamantiroux") targets, or null for benign "anti" tags. */
export function groupTarget(key: string): GroupTarget | null {
  const k = key.startsWith('teamanti') ? key.slice(4) : key
  if (!k.startsWith('anti')) return null
  const year = /^anti((?:19[89]|20[0-3])\d)$/.exec(k)
  if (year !== null) return { kind: 'year', value: year[1]! }
  const age = /^anti(\d{1,2})ans?$/.exec(k)
  if (age !== null && Number(age[1]) >= 6 && Number(age[1]) <= 20) return { kind: 'age', value: `${age[1]} ans` }
  const known = TARGETS.get(k)
  if (known !== undefined) return known
  // A named school: "anticollegejeanmoulin"; a bare "anticollege" is dislike of school, not a target.
  for (const prefix of SCHOOL_PREFIXES) {
    if (k.startsWith(prefix) && k.length - prefix.length >= 3) return { kind: 'school', value: k.slice(4) }
  }
  return null
}

/** True when a canonical key is "anti" (or "teamanti") + a group of young people. */
export function isGroupTargetingTag(key: string): boolean {
  return groupTarget(key) !== null
}
