/**
 * Care nobody gives the hearer (« personne ne t'aime », « personne te respecte », « personne ne te
 * regretterait »): contempt, an exclusion signal, where harm nobody does is reassurance (signals.ts
 * isOrdinary); protection nobody gives (« personne pourra te protéger ») is a threat. Quiet when the care is
 * compared (« … autant que ta mère », « … comme moi »), made a condition or a feeling (« si personne ne
 * t'écoute », « j'ai l'impression que personne ne m'aime »), unless the speaker turns it into hatred (« …
 * comme moi je te hais ») or endorses the doubt (« … ? t'as raison »). Asked by signals.ts only for a post
 * with « personne »; « personne » is found as the verb's subject by negation.ts nobodySubjectOf.
 */
import type { Hit } from './match/match.js'
import { nobodySubjectOf } from './negation.js'
import { verbEr } from './polarity.js'
import type { Token } from './text/token.js'
import type { Category } from './verdict.js'
import { isCategory } from './verdict.js'

/** A signal of care denied, as signals.ts's Signal takes it (aimed at the hearer). */
export interface CareSignal {
  category: Category
  weight: number
  start: number
  end: number
  direct: true
}

/**
 * Verbs of care, affection, worth or support: given to the hearer by nobody, they are contempt
 * (« personne ne t'aime », « personne ne te respecte », « personne ne te regrettera »), where harm
 * done by nobody is reassurance (« personne ne te frappera »: isOrdinary).
 */
const CARE_GIVEN: ReadonlySet<string> = new Set(['aimer', 'apprecier', 'respecter', 'estimer', 'kiffer', 'supporter', 'ecouter', 'calculer', 'accepter', 'inviter', 'regretter', 'pleurer', 'admirer', 'epouser']
  .flatMap((v) => [...verbEr(v), `${v.slice(0, -2)}era`]).concat(['kif']))
/** Protection nobody gives the hearer is intimidation (« personne pourra te protéger », « personne ne va te défendre »): a threat signal. */
const PROTECTION_GIVEN: ReadonlySet<string> = new Set(['proteger', 'sauver']
  .flatMap((v) => [...verbEr(v), `${v.slice(0, -2)}era`]).concat(['defend', 'defendra', 'defendrait', 'defendre']))
/** Object pronouns that make the hearer the one nobody cares for (not « vous », often a plural shared with the speaker: « personne ne vous écoute dans cette boîte »). */
const HEARER_OBJECTS = new Set(['te', 't'])
/** Words after the verb that make it a comparison (« personne ne t'aime autant que ta mère », « … mieux que moi »). */
const COMPARED = new Set(['autant', 'mieux'])
/** Words after the verb that compare it only with the speaker (« … comme moi », « … sauf moi », « … à part moi »; « à part ta mère » mocks). */
const SAVE = new Set(['comme', 'sauf', 'part'])
/** The speaker or the hearer, whom SAVE compares (« personne ne t'aime comme moi », « personne ne peut te sauver à part toi-même »). */
const SPEAKER = new Set(['moi', 'nous', 'toi'])
/** Words of feeling, belief or saying whose « que » makes « personne … » a feeling or a doubt (« j'ai l'impression que personne ne m'aime », « tu crois que personne ne t'aime ? »). */
const FELT = new Set(['impression', 'crois', 'croire', 'pense', 'penses', 'penser', 'sens', 'sentir', 'peur', 'dis', 'faux'])
/** How many tokens after the verb a comparison, and before « personne » a feeling, may stand. */
const FRAME_REACH = 4
/** The weight of care nobody gives the hearer: the lexicon's phrases of it (« personne ne t'aime », « personne ne te supporte », 2.8). */
export const CARE_DENIED_WEIGHT = 2.8

/** Verbs of hatred the speaker may turn the comparison into (« personne ne t'aime comme moi je te déteste »). */
const HATRED = new Set(['deteste', 'detestent', 'hais', 'hait', 'haissent', 'meprise', 'meprisent', 'vomis', 'vomit', 'degoute', 'degoutes'])

/**
 * True when the verb at `k` is compared (« … autant que moi », « … plus que ta mère », « … à part moi »); not when
 * « moi » opens the speaker's own clause of hatred (« … autant que moi je te hais »: no comparison, a verdict).
 */
function compared(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + FRAME_REACH + 1 && j < tokens.length && tokens[j]?.breakBefore !== true; j++) {
    if (tokens[j]?.text === 'moi' && hatredAfter(tokens, j + 1)) return false
  }
  for (let j = k + 1; j <= k + FRAME_REACH && j < tokens.length && tokens[j]?.breakBefore !== true; j++) {
    const t = tokens[j]?.text ?? ''
    const next = tokens[j + 1]?.text ?? ''
    if (COMPARED.has(t) || (SAVE.has(t) && SPEAKER.has(next))) return true
    if ((t === 'plus' || t === 'moins') && (next === 'que' || next === 'qu')) return true
  }
  return false
}

/** True for « je te » / « je t' » / « jte » and a verb of hatred at `k` (« moi je te déteste »). */
function hatredAfter(tokens: readonly Token[], k: number): boolean {
  let j = k
  if (tokens[j]?.text === 'je' || tokens[j]?.text === 'j') j++
  else if (tokens[j]?.text !== 'jte') return false
  if (tokens[j - 1]?.text !== 'jte') {
    if (tokens[j]?.text !== 'te' && tokens[j]?.text !== 't') return false
    j++
  }
  return HATRED.has(tokens[j]?.text ?? '')
}

/**
 * True when a condition (« si personne ne t'écoute, … ») or a feeling or doubt (FELT … « que ») governs « personne » at `k`;
 * not a doubt the speaker then endorses (« tu crois que personne ne t'aime ? t'as raison »).
 */
function felt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? ''
  if (before === 'si') return true
  if (before !== 'que' && before !== 'qu') return false
  for (let j = k - 2; j >= 0 && j >= k - FRAME_REACH; j--) {
    if (FELT.has(tokens[j]?.text ?? '')) return !endorsed(tokens, k)
    if (tokens[j + 1]?.breakBefore === true) break
  }
  return false
}

/**
 * True when « raison » after `k` ending its clause, not denied (« t'as pas raison », « tu n'as pas raison »), endorses the
 * doubt before it; « tu as raison de venir en parler » praises the hearer.
 */
function endorsed(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]?.text !== 'raison' || (j + 1 < tokens.length && tokens[j + 1]?.breakBefore !== true)) continue
    const a = tokens[j - 1]?.text ?? ''
    const b = tokens[j - 2]?.text ?? ''
    if (a !== 'pas' && b !== 'pas' && a !== 'tort') return true
  }
  return false
}

/**
 * True for the lexicon's phrase of care nobody gives (« personne ne t'aime … », hit `h`) when it is compared or felt
 * (« personne ne t'aime autant que moi », « si personne ne t'écoute, … »): care compared or felt, not denied (signals.ts isOrdinary).
 */
export function careComparedOrFelt(tokens: readonly Token[], h: Hit): boolean {
  return tokens[h.first]?.text === 'personne' && CARE_GIVEN.has(tokens[h.last]?.text ?? '') && (compared(tokens, h.last) || felt(tokens, h.first))
}

/**
 * Care nobody gives the hearer (« personne ne t'aime », « personne te respecte », « personne ne te
 * regretterait »): an exclusion signal for each verb of CARE_GIVEN (a threat for one of PROTECTION_GIVEN:
 * « personne pourra te protéger ») whose subject is « personne » across
 * « te » or « t' » (negation.ts nobodySubjectOf), unless it is compared, felt or doubted (see
 * COMPARED, FELT), or a hit of a category already covers it (the lexicon's « personne ne t'aime »). Returns the signals
 * (signals.ts Signal), in the order of their verbs.
 */
export function careDenied(tokens: readonly Token[], covered: readonly Hit[]): CareSignal[] {
  const signals: CareSignal[] = []
  for (let k = 2; k < tokens.length; k++) {
    const verb = tokens[k]?.text ?? ''
    const protection = PROTECTION_GIVEN.has(verb)
    if (!protection && !CARE_GIVEN.has(verb)) continue
    const p = nobodySubjectOf(tokens, k)
    if (p < 0 || !HEARER_OBJECTS.has(tokens[p]?.text ?? '')) continue
    // « personne », before « ne » and a modal (« personne ne va t'aimer »).
    let who = p - 1
    while (who > p - 3 && tokens[who]?.text !== 'personne') who--
    if (compared(tokens, k) || felt(tokens, who)) continue
    if (covered.some((h) => h.first <= k && h.last >= k && isCategory(h.phrase.kind))) continue
    signals.push({ category: protection ? 'threat' : 'exclusion', weight: CARE_DENIED_WEIGHT, start: tokens[who]?.start ?? 0, end: tokens[k]?.end ?? 0, direct: true })
  }
  return signals
}
