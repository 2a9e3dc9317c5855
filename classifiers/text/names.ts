/**
 * First names: in a group chat the victim is named, not mentioned (« Léa elle pue »).
 * A first name in a post aims its insults at someone, as an @mention does.
 */
import { FIRST_NAMES } from '../waves/first-names.js'
import type { Token } from './token.js'
import { registerWord } from './word-facts.js'

/**
 * More first names, folded, that classmates are often named by in group chats (West and North
 * African, Comorian, Turkish, Portuguese origins): a jibe at « Moussa » is aimed as one at « Léa ».
 */
export const MORE_FIRST_NAMES: readonly string[] = (
  'moussa mamadou youssef yousef amine aicha fatou fatoumata kadiatou aminata mariam mariama ousmane djibril ' +
  'issa souleymane boubacar seydou oumar abdoulaye ibrahima moustapha mustapha hamza walid nassim ayoub ' +
  'bilel samir farid rachid nabil sofiane soufiane khadija fatima zineb imane salma malak hiba rania ' +
  'nadia leila layla amira yasmina selim emre yusuf elif zeynep joao tiago diogo beatriz'
).split(' ')

for (const name of [...FIRST_NAMES, ...MORE_FIRST_NAMES]) registerWord(name).name = true

/** True for a word token that is a common French first name of today's teenagers. */
export function isFirstName(t: Token): boolean {
  return t.kind === 'word' && t.facts.name
}

/** True when a post names someone by first name. */
export function namesSomeone(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (isFirstName(t)) return true
  return false
}
