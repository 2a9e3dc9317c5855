/**
 * Negative adjectives from natural's French sentiment lexicon (Pattern, BSD),
 * loaded once at import: an adjective of contempt aimed at the reader or at a
 * group is a weak hostility cue ("vous êtes pathétiques", "les X sont ignobles").
 */
import { createRequire } from 'node:module'
import { NO_WORDS, modalityOf } from './negation.js'
import { foldText } from './text/fold.js'
import type { Token } from './text/token.js'
import { registerWord } from './text/word-facts.js'

const require = createRequire(import.meta.url)
const PATTERN = require('natural/lib/natural/sentiment/French/pattern-sentiment-fr.json') as Record<string, { polarity: string }>
/** Feelings the lexicon rates negative that say nothing hostile about anyone. */
const NOT_HOSTILE = /^(decu|triste|malheureu|douloureu|dechir|inquiet|ennuy|las|lasse|fatigu|pleur|blem|embarrass|confus|incredul|effray|mecontent|solennel|morne|terne|tragique|longs?|interminable|froiss|croise|eteint|obscur|sovietique)/
const THRESHOLD = -0.5

const NEGATIVE: ReadonlySet<string> = (() => {
  const set = new Set<string>()
  for (const [word, entry] of Object.entries(PATTERN)) {
    const folded = foldText(word)
    if (Number(entry.polarity) <= THRESHOLD && !NOT_HOSTILE.test(folded)) set.add(folded)
  }
  return set
})()
for (const w of NEGATIVE) registerWord(w).negative = true

const SECOND = new Set(['t', 'tu', 'toi', 'vous', 'es', 'etes'])
/** How many tokens before the adjective its subject is looked for. */
const SUBJECT_WINDOW = 3

/** The adjective's weight for its subject at `k`: 1 for the reader or a mention, 0.6 for a plural subject, 0 for no subject. */
function subjectWeight(t: Token): number {
  if (SECOND.has(t.text) || t.kind === 'mention') return 1
  if (t.text === 'sont' || t.text === 'ces' || t.text === 'les') return 0.6
  return 0
}

/**
 * Hostility weight of contemptuous adjectives aimed at the reader (1 each) or said of a plural
 * subject (0.6), found at most SUBJECT_WINDOW tokens back in the same clause; an adjective a
 * negation governs (modalityOf, its negator reaching back only to the subject: « vous n'êtes pas
 * pathétiques », « t'es tout sauf pathétique », not « t'es pas que pathétique ») weighs nothing.
 * With `spans`, the place of each adjective that counts is pushed there (classifiers/hints.ts).
 */
export function aimedContempt(tokens: readonly Token[], spans?: { push(start: number, end: number): void }): number {
  let total = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok === undefined || !tok.facts.negative) continue
    for (let k = i - 1; k >= 0 && k >= i - SUBJECT_WINDOW; k--) {
      const t = tokens[k]
      if (t === undefined) break
      const w = subjectWeight(t)
      if (w > 0) {
        if (modalityOf(tokens, { first: i, last: i, phrase: NO_WORDS }, false, i - k - 1).negation === null) {
          total += w
          spans?.push(tok.start, tok.end)
        }
        break
      }
      if (t.breakBefore) break
    }
  }
  return total
}
