/**
 * First names: in a group chat the victim is named, not mentioned (« Léa elle pue »).
 * A first name in a post aims its insults at someone, as an @mention does.
 */
import { FIRST_NAMES } from '../waves/first-names.js'
import type { Token } from './token.js'

const NAMES: ReadonlySet<string> = new Set(FIRST_NAMES)

/** True for a word token that is a common French first name of today's teenagers. */
export function isFirstName(t: Token): boolean {
  return t.kind === 'word' && NAMES.has(t.text)
}

/** True when a post names someone by first name. */
export function namesSomeone(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (isFirstName(t)) return true
  return false
}
