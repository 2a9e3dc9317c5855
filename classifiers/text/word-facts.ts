/**
 * What the classifier's steps know of a word, found with one lookup per token: a token carries
 * the facts of its text (`Token.facts`), so the SMS reader, the language markers, the first-name
 * check, the matcher and the sentiment cue read a field instead of each hashing the word into
 * their own set. Each step registers its words here when its module loads, before any post is read.
 */
import type { Form } from '../match/compile.js'

/** The facts of one word (every field set for every word, so all share one shape). */
export interface WordFacts {
  /** A common first name (text/names.ts). */
  name: boolean
  /** Language marker (language.ts): 1 French, 2 English, 0 none. */
  marker: number
  /** Read back by the SMS reader (text/sms.ts), alone or depending on its neighbours. */
  sms: boolean
  /** A real word whose letter-cut form must not be looked up (match/fuzzy-exceptions.ts). */
  realWord: boolean
  /** A contemptuous adjective (sentiment.ts). */
  negative: boolean
  /** The entry of the word as a token form in the lexicon registered by registerForms (match/compile.ts). */
  form: Form | undefined
}

const FACTS = new Map<string, WordFacts>()

/** The facts of a word, or undefined when no step knows it (then every fact is false). */
export function factsOf(text: string): WordFacts | undefined {
  return FACTS.get(text)
}

/** The facts of `word`, created (all false) when none are registered yet; for registration only. */
export function registerWord(word: string): WordFacts {
  let facts = FACTS.get(word)
  if (facts === undefined) {
    facts = { name: false, marker: 0, sms: false, realWord: false, negative: false, form: undefined }
    FACTS.set(word, facts)
  }
  return facts
}
