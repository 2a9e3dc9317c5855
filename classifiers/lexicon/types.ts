/**
 * Lexicon entry types. A pattern is a list of phrases separated by `|`; a
 * phrase is space-separated slots; `[a|b]` is a slot with alternatives, a
 * trailing `?` makes a slot optional, `~` skips up to two tokens; `@` in a slot
 * matches a mention, `@name` a mention or a first name (a first slot `@name` a first name). Accents and
 * case do not matter (patterns are folded at compile time); write apostrophes
 * as spaces ("t es", "qu une").
 */
import type { Category } from '../verdict.js'

/** Internal signal kinds: the categories plus cues that only steer the context rules. */
export type SignalKind =
  | Category
  | 'profanity'
  | 'hostile'
  | 'pos_pred'
  | 'group'
  | 'hate_pred'
  | 'counter'
  | 'news'
  | 'banter'
  | 'report'
  | 'harm_event'
  | 'cheer'
  | 'stereotype'
  | 'trait'

/** How an entry needs a target: `target` words (insults) count fully only when aimed at someone. */
export type Aim = 'inherent' | 'target'

/**
 * One lexicon entry: [pattern, weight (logit units), aim, tag]. The tag names a class of entries
 * within a kind that a rule reads (the tier of a stereotype marker, lexicon/stereotype.ts).
 */
export type Entry = readonly [pattern: string, weight: number, aim?: Aim, tag?: string]

/** A group of entries for one signal kind. */
export interface LexiconGroup {
  kind: SignalKind
  entries: readonly Entry[]
}
