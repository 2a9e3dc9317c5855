/**
 * Context rules around a lexicon hit: reporting / quoting and whether the
 * words are aimed at someone (negation and « personne »: negation.ts).
 */
import type { Token } from './text/token.js'
import type { Hit } from './match/match.js'
import type { Span } from './negation.js'
import { isFirstName } from './text/names.js'

const SECOND_PERSON = new Set(['t', 'tu', 'te', 'toi', 'ta', 'ton', 'tes', 'vous', 'v', 'votre', 'vos', 'espece', 'sale', 'ty', 'tqt', 'jte', 'jtai', 'ptn'])
const THIRD_PERSON = new Set(['elle', 'il', 'lui', 'cette', 'cet', 'ce', 'cte', 'ces', 'sa', 'son', 'celle', 'celui', 'ils', 'elles', 'leur', 'bande'])
const REPORT_WINDOW = 8

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
