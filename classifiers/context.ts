/**
 * Context rules around a lexicon hit: negation, reporting / quoting and
 * whether the words are aimed at someone.
 */
import type { Token } from './text/token.js'
import type { Hit } from './match/match.js'
import { isFirstName } from './text/names.js'

const NEGATORS = new Set(['pas', 'jamais', 'point', 'aucun', 'aucune', 'ni', 'non', 'nullement', 'guere'])
const POST_NEGATORS = new Set(['pas', 'jamais', 'plus', 'point', 'guere', 'nullement', 'personne'])
/** After a negator these undo it: "ne … que" (only), "pas moins" (not less). */
const RESTRICTIVE = new Set(['que', 'qu', 'seulement', 'juste', 'moins'])
const SECOND_PERSON = new Set(['t', 'tu', 'te', 'toi', 'ta', 'ton', 'tes', 'vous', 'v', 'votre', 'vos', 'espece', 'sale', 'ty', 'tqt', 'jte', 'jtai', 'ptn'])
const THIRD_PERSON = new Set(['elle', 'il', 'lui', 'cette', 'cet', 'ce', 'cte', 'ces', 'sa', 'son', 'celle', 'celui', 'ils', 'elles', 'leur', 'bande'])
const SUBJECTS = new Set(['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'jvais', 'jte'])
const NEG_WINDOW = 4

/** A run of tokens the context rules look around: a lexicon hit, or a single hashtag. */
export interface Span {
  first: number
  last: number
  /** Words the span spells out itself (a negator among them does not negate it). */
  phrase: { readonly vocab: ReadonlySet<string> }
}
const REPORT_WINDOW = 8

/** After « pas que/qu' » these make a clause (« ne méritent pas qu'on les respecte »), not « only ». */
const CLAUSE_SUBJECTS = new Set(['on', 'il', 'ils', 'elle', 'elles', 'je', 'j', 'tu', 'nous', 'vous'])

/** True when a negation governs the hit ("ce n'est pas une pute"), but not "t'es qu'une …". */
export function isNegated(tokens: readonly Token[], hit: Span): boolean {
  for (let k = hit.first; k <= hit.last; k++) {
    const t = tokens[k]
    if (t !== undefined && NEGATORS.has(t.text) && k > hit.first && !hit.phrase.vocab.has(t.text) && !RESTRICTIVE.has(tokens[k + 1]?.text ?? '')) return true
  }
  // A « ne » inside the hit (skipped by a gap) with its « pas » just after: « j'espère qu'il ne meure pas ».
  for (let k = hit.first + 1; k <= hit.last; k++) {
    const t = tokens[k]?.text ?? ''
    if ((t === 'ne' || t === 'n') && !hit.phrase.vocab.has(t)) {
      for (let j = hit.last + 1; j <= hit.last + 2; j++) {
        const after = tokens[j]
        if (after !== undefined && POST_NEGATORS.has(after.text) && !RESTRICTIVE.has(tokens[j + 1]?.text ?? '')) return true
      }
    }
  }
  // A hit that starts with its own subject ("je publie …") is not negated by an earlier clause.
  if (SUBJECTS.has(tokens[hit.first]?.text ?? '')) return false
  const before = tokens[hit.first - 1]?.text ?? ''
  const before2 = tokens[hit.first - 2]?.text ?? ''
  if (before === 'ne' || before === 'n' || before2 === 'ne' || before2 === 'n') {
    for (let k = hit.last + 1; k <= hit.last + 2; k++) {
      const t = tokens[k]
      if (t !== undefined && POST_NEGATORS.has(t.text) && !RESTRICTIVE.has(tokens[k + 1]?.text ?? '')) return true
    }
  }
  let restrictive = false
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - NEG_WINDOW; k--) {
    const t = tokens[k]
    if (t === undefined) break
    if (RESTRICTIVE.has(t.text) && !CLAUSE_SUBJECTS.has(tokens[k + 1]?.text ?? '')) restrictive = true
    if (NEGATORS.has(t.text) || (t.text === 'sauf' && tokens[k - 1]?.text === 'tout')) return !restrictive
    if (t.breakBefore) break
  }
  return false
}

/** True when a reporting verb or word ("traiter de", "m'a dit", "messages") comes shortly before. */
export function isReported(hit: Span, reportTokens: ReadonlySet<number>): boolean {
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - REPORT_WINDOW; k--) if (reportTokens.has(k)) return true
  return false
}

/** True when the hit sits inside quotation marks. */
export function isQuoted(tokens: readonly Token[], hit: Hit): boolean {
  return tokens[hit.first]?.quoted === true
}

/** Where the hit is aimed: at the reader / a mention ('second'), at a third party, named or not ('third'), or nowhere. */
export function aimOf(tokens: readonly Token[], hit: Hit): 'second' | 'third' | 'none' {
  let third = false
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 5; k--) {
    const t = tokens[k]
    if (t === undefined) break
    if (t.kind === 'mention' || SECOND_PERSON.has(t.text)) return 'second'
    if (THIRD_PERSON.has(t.text) || isFirstName(t)) third = true
    if (t.breakBefore && k < hit.first - 2) break
  }
  for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 3; k++) {
    const t = tokens[k]
    if (t === undefined || t.breakBefore) break
    if (t.kind === 'mention' || t.text === 'toi' || t.text === 'vous' || t.text === 'va') return 'second'
    if (isFirstName(t)) third = true
  }
  return third ? 'third' : 'none'
}

/** True when the post mentions someone (@handle) or addresses the reader directly. */
export function postAddressesSomeone(tokens: readonly Token[]): { mention: boolean; second: boolean } {
  let mention = false
  let second = false
  for (const t of tokens) {
    if (t.kind === 'mention') mention = true
    else if (t.text === 'tu' || t.text === 'toi' || t.text === 'te' || t.text === 't' || t.text === 'vous' || t.text === 'ta' || t.text === 'ton' || t.text === 'tes') second = true
  }
  return { mention, second }
}
