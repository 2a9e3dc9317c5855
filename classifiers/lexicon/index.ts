/**
 * The whole lexicon, compiled once at import, and its version (a hash of the entries).
 */
import { compileLexicon, registerForms } from '../match/compile.js'
import type { CompiledLexicon } from '../match/compile.js'
import { BODY_SHAMING } from './body-shaming.js'
import { BANTER, COUNTER, NEWS, REPORT } from './cues.js'
import { EXCLUSION } from './exclusion.js'
import { FORUM_CONTEMPT, FORUM_HARM, FORUM_HATE, FORUM_POSITIVE, FORUM_REFUSAL, MORE_GROUPS } from './forum-hostility.js'
import { GROUPS, HATE_PREDICATES, IDENTITY_HATE, POSITIVE_PREDICATES } from './identity-hate.js'
import { HOSTILE } from './hostile.js'
import { CHEERS, HARM_EVENTS, IMPLICIT_WISHES, IMPLICIT_CONTEMPT, IMPLICIT_GROUPS, IMPLICIT_NEGATED_PRAISE, IMPLICIT_PRAISE, IMPLICIT_REFUSAL, IMPLICIT_SEXISM, IMPLICIT_STEREOTYPES } from './implicit-hate.js'
import { INSULT } from './insult.js'
import { PILE_ON } from './pile-on.js'
import { PROFANITY } from './profanity.js'
import { SELF_HARM } from './self-harm.js'
import { SEXUAL } from './sexual.js'
import { STEREOTYPE_IDIOMS, STEREOTYPE_LOOSE_TRAITS, STEREOTYPE_MARKERS, STEREOTYPE_SURPRISE, STEREOTYPE_TRAITS, STEREOTYPE_WARNINGS } from './stereotype.js'
import { TEEN_EXCLUSION, TEEN_IDENTITY, TEEN_INSULT, TEEN_POSITIVE, TEEN_SEXUAL, TEEN_THREAT } from './teen-talk.js'
import { THREAT } from './threat.js'
import type { LexiconGroup } from './types.js'
import { WEB_IDENTITY, WEB_INSULT, WEB_SEXUAL, WEB_THREAT } from './web-talk.js'
import { FIRST_NAMES } from '../waves/first-names.js'
import { MORE_FIRST_NAMES } from '../text/names.js'

/** Every lexicon group, harassment categories first. */
export const LEXICON_GROUPS: readonly LexiconGroup[] = [
  INSULT, THREAT, SELF_HARM, SEXUAL, IDENTITY_HATE, BODY_SHAMING, EXCLUSION, PILE_ON,
  TEEN_INSULT, TEEN_THREAT, TEEN_SEXUAL, TEEN_IDENTITY, TEEN_EXCLUSION,
  WEB_INSULT, WEB_THREAT, WEB_SEXUAL, WEB_IDENTITY,
  FORUM_HARM, FORUM_CONTEMPT, FORUM_REFUSAL, STEREOTYPE_IDIOMS, IMPLICIT_REFUSAL, IMPLICIT_NEGATED_PRAISE, IMPLICIT_SEXISM, IMPLICIT_CONTEMPT, IMPLICIT_WISHES,
  GROUPS, MORE_GROUPS, IMPLICIT_GROUPS, HATE_PREDICATES, FORUM_HATE, IMPLICIT_STEREOTYPES, POSITIVE_PREDICATES, FORUM_POSITIVE, IMPLICIT_PRAISE, TEEN_POSITIVE, HARM_EVENTS, CHEERS, STEREOTYPE_MARKERS, STEREOTYPE_WARNINGS, STEREOTYPE_SURPRISE, STEREOTYPE_TRAITS, STEREOTYPE_LOOSE_TRAITS, HOSTILE, PROFANITY, REPORT, COUNTER, NEWS, BANTER,
]

/** Small words that glued hashtags are made of, besides the lexicon's own words. */
const HASHTAG_WORDS = [
  'toi', 'te', 'moi', 'la', 'le', 'les', 'de', 'du', 'des', 'un', 'une', 'et', 'va', 'vas', 'anti', 'sale', 'gros', 'grosse',
  'stop', 'non', 'au', 'aux', 'ta', 'ton', 'tes', 'sa', 'son', 'ses', 'est', 'c', 'on', 'nous', 'vous', 'elle', 'il', 'tous',
  'balance', 'ton', 'porc', 'justice', 'pour', 'soutien', 'courage', 'vache', 'suicide', 'crever', 'mort', 'pute', 'honte',
]

/** The compiled lexicon used at scoring time. */
export const LEXICON: CompiledLexicon = compileLexicon(LEXICON_GROUPS)
registerForms(LEXICON)

/** Words known to the hashtag splitter. */
export const HASHTAG_VOCABULARY: ReadonlySet<string> = new Set([...LEXICON.vocabulary, ...HASHTAG_WORDS])

function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** Changes whenever any lexicon entry changes, or the first names that aim insults (`@name`, classifiers/text/names.ts). */
export const LEXICON_VERSION: string = fnv1a(JSON.stringify(LEXICON_GROUPS) + HASHTAG_WORDS.join(',') + FIRST_NAMES.join(',') + MORE_FIRST_NAMES.join(','))
