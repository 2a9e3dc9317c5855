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
 *  6. strip evasive suffixes (repeatedly; also once before step 5's collapse, so a class letter survives: "anti3emeBbis") and a year's edition counter ("anti20102" →
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
// A grade ending followed by a class letter or number ("4e2", "3emeb", "1rec").
const CLASS_AFTER = /^(?:e|eme|em|ieme|ere|re|nde?)(?:[a-z]|\d{1,2})$/

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
    // At a segment's end: leet when another segment follows ("ant1_2010"), and a final 0 after letters is an o ("Hug0").
    if (letters.length === 0) return rest.length === 0 && (hasNext || d === '0') ? (LETTER_LEET[d] ?? d) : d
    if (letters.length === rest.length && GRADE_AFTER.test(letters)) return d
    if (/^(?:ans|eme|ere)/.test(letters)) return d
    // A class: grade then a class letter or number ("anti4e2", "anti4eb", "anti1rec").
    if (CLASS_AFTER.test(rest)) return d
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
    // Grade names (cm2, ce2) and classes ("anti4e2", "anti6eme3") keep their digit.
    const isGrade = bare !== null && (/(?:cm|ce)$/.test(bare[1]!) || /\d(?:e|eme|em|ieme|ere|re|nde?)$/.test(bare[1]!))
    if (!changed && bare !== null && bare[1]!.length >= 4 && !isGrade) { k = bare[1]!; changed = true }
  }
  return k
}

/** The canonical key of a hashtag (with or without '#'): "#Anti_2O1O" → "anti2010". */
export function hashtagKey(tag: string): string {
  const segments = fold(tag).split(/[^a-z0-9]+/).filter((s) => s.length > 0)
  const joined = segments.map((seg, i) => letterContext(digitContext(seg), i < segments.length - 1)).join('')
  const years = joined.replace(/(?<![0-9])2k(\d\d)(?![0-9])/g, '20$1')
  // Suffixes come off before and after collapsing letters: « anti3emeBbis » is « anti3emeb » + « bis », not « anti3emebis ».
  const key = stripSuffixes(collapseLetters(stripSuffixes(years)))
  return key.startsWith('teamanti') ? key.slice(4) : key
}

/**
 * What a group-targeting tag aims at: a birth year, an age, a grade, a class of one school (« 3eme B »), a group,
 * a school (« college Jean Moulin », or just the person it is named after: « Victor Hugo »), a person (first name,
 * or first name + surname), a team of young players (« U13 », « les poussins ») or a neighbourhood (« cité des Fleurs »).
 */
export interface GroupTarget {
  kind: 'year' | 'age' | 'grade' | 'class' | 'group' | 'school' | 'name' | 'team' | 'neighbourhood'
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

/** Folds a word list the way hashtagKey folds a tag body (accents off, repeated letters collapsed). */
const foldWords = (words: string): string[] => words.split(' ').filter((w) => w.length > 0).map((w) => hashtagKey(`anti${w}`).slice(4))

// People French schools are most often named after (surname, or the whole name when the surname alone is ambiguous).
// « #antiVictorHugo » is then read as a school (or its pupils), « #antiHugo » is not (too many other Hugos).
const EPONYMS: ReadonlySet<string> = new Set(
  foldWords(
    'hugo moulin ferry jaures pasteur curie prevert eluard camus zola moliere voltaire montaigne rabelais condorcet picasso ' +
      'brassens claudel rostand langevin rolland wallon eiffel degaulle monnet mendesfrance lamartine musset peguy valery verne ' +
      'dolto mandela degouges parks manouchian cesaire mace buisson pagnol rimbaud verlaine philipe zay aubrac tillion ' +
      'frank michel berlioz debussy ravel mermoz bert ' +
      'veil sand colette diderot rousseau montesquieu descartes pascal racine corneille ' +
      'baudelaire apollinaire aragon cocteau malraux monod perrin ronsard duras yourcenar weil beauvoir',
  ),
)
// Eponyms read as a school without a first name (compound names nobody else carries).
const BARE_EPONYMS: ReadonlySet<string> = new Set(foldWords('saintexupery mendesfrance degaulle lafontaine delafontaine devinci joliotcurie condorcet manouchian montesquieu'))
// First names of the people schools are named after (adults), beside FIRST_NAMES.
const EPONYM_FIRST: readonly string[] = foldWords(
  'victor jean jules louis marie jacques paul albert simone emile anne louise pierre charles georges rosa nelson olympe ' +
    'francoise aime ferdinand marcel arthur gerard lucie germaine antoine leonard hector claude maurice denis rene blaise ' +
    'missak camille romain henri gustave alfred alphonse irene frederic boris elsa marguerite jean-jacques',
)
// Frequent French surnames: « #antiLeaMartin » names one pupil.
const SURNAMES: ReadonlySet<string> = new Set(
  foldWords(
    'martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia david ' +
      'bertrand roux vincent fournier morel girard andre lefevre mercier dupont lambert bonnet francois martinez legrand ' +
      'garnier faure rousseau blanc guerin muller henry roussel nicolas perrin morin mathieu clement gauthier dumont lopez ' +
      'fontaine chevalier robin masson sanchez gerard nguyen boyer denis lemaire duval joly gautier roger roche roy noel ' +
      'meyer lucas meunier jean perez marchand dufour blanchard marie barbier brun dumas brunet schmitt leroux colin fernandez',
  ),
)
const PERSON_FIRST: readonly string[] = [...new Set([...FIRST_NAMES.map((n) => foldWords(n)[0]!), ...EPONYM_FIRST])].sort((a, b) => b.length - a.length)

// Youth sport categories (« #antiPoussins », « #antiU13 ») and words before a team's name.
const TEAM_CATEGORIES: readonly string[] = foldWords('debutant poussin benjamin minime cadet junior')
const TEAM_PREFIXES: readonly string[] = foldWords('equipe team club fc as us es les')
// Words that start a neighbourhood's name (« #antiCitéDesFleurs », « #antiQuartierNord »).
const PLACE_PREFIXES: readonly string[] = foldWords('quartier cite residence resid hlm zup batiment')

/** « victorhugo » → the person a school is named after, « leamartin » → a pupil; null otherwise. */
function personTarget(body: string): GroupTarget | null {
  for (const first of PERSON_FIRST) {
    if (!body.startsWith(first)) continue
    const surname = body.slice(first.length)
    if (EPONYMS.has(surname) || EPONYMS.has(body)) return { kind: 'school', value: body }
    if (SURNAMES.has(surname)) return { kind: 'name', value: body }
  }
  return BARE_EPONYMS.has(body) ? { kind: 'school', value: body } : null
}

/** « u13 », « lesu15fcnantes », « poussins », « equipeu11 » → a team of young players; null otherwise. */
function teamTarget(body: string): GroupTarget | null {
  let b = body
  for (const prefix of TEAM_PREFIXES) if (b.startsWith(prefix) && b.length > prefix.length + 1) { b = b.slice(prefix.length); break }
  const under = /^(?:u|moins)(\d{1,2})/.exec(b)
  if (under !== null && Number(under[1]) >= 6 && Number(under[1]) <= 21) return { kind: 'team', value: b }
  for (const c of TEAM_CATEGORIES) if (b === c || b === `${c}s` || b === `${c}e` || b === `${c}es`) return { kind: 'team', value: c }
  return null
}

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
// Grades as keys fold them, longest first (« 3eme » before « 3e »); « 2nde »'s digit stays.
const GRADE_KEYS: readonly string[] = [...new Set(GRADES.map((g) => hashtagKey(`anti${g}`).slice(4)))].sort((a, b) => b.length - a.length)

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
  const body = k.slice(4)
  // A class of a grade: « anti3emeb », « anti4e2 », « anti6a », « antitroisiemeb ».
  for (const g of GRADE_KEYS) {
    if (body.length > g.length && body.startsWith(g) && /^(?:[a-z]|\d{1,2})$/.test(body.slice(g.length))) return { kind: 'class', value: body }
  }
  const person = personTarget(body)
  if (person !== null) return person
  const team = teamTarget(body)
  if (team !== null) return team
  for (const prefix of PLACE_PREFIXES) {
    if (body.startsWith(prefix) && body.length - prefix.length >= 3) return { kind: 'neighbourhood', value: body }
  }
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
