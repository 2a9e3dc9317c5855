/**
 * Consensual sex told: « baiser » said of a plural subject, taking no object (« ils ont fini par baiser »,
 * « on a baisé toute la nuit »), is sex two people had together, not a taunt, so signals.ts drops it. Not
 * with an object, a crowd or a third person after it, in a post that speaks to the reader or names someone,
 * nor when the post says someone did not consent (« elle dormait », « …, elle voulait pas »).
 */
import type { Hit } from './match/match.js'
import { READER } from './story.js'
import { isFirstName } from './text/names.js'
import type { Token } from './text/token.js'

/** Forms of « baiser » the verb, said of two people together (« ils ont fini par baiser », « on a baisé »). */
const HAVE_SEX = new Set(['baiser', 'baise', 'baisent', 'baisait', 'baisaient', 'baisions', 'baisons'])
/** Subjects that are two people or more: their « baiser » is sex they have together. */
const TOGETHER = new Set(['ils', 'elles', 'on', 'nous'])
/** Words a plural subject may have before « baiser » (« ils ont fini par baiser », « on va enfin baiser »). */
const SEX_AUX = new Set(['ont', 'a', 'avons', 'avaient', 'avait', 'vont', 'va', 'allons', 'fini', 'finissent', 'par', 'enfin', 'encore', 'bien', 'deja', 'pour', 'de', 'd', 'veulent', 'voulaient', 'voulait', 'aller', 'pu', 'peuvent'])
/** After « baiser », words that give it an object (« … sa femme », « … toute la classe »): not sex had together. */
const SEX_OBJECT = new Set(['ta', 'sa', 'ma', 'vos', 'nos', 'mes', 'tes', 'ses', 'leur', 'leurs', 'la', 'le', 'les', 'l', 'toi', 'moi', 'lui', 'cette', 'ce', 'cet', 'un', 'une', 'des', 'tout', 'tous', 'toutes', 'cette'])
/** After « avec », words of a crowd (« avec tout le monde », « avec n'importe qui », « avec tous les mecs »): promiscuity alleged, not sex had together. */
const CROWD = new Set(['tout', 'tous', 'toutes', 'n', 'nimporte', 'importe', 'la', 'plein', 'des', 'beaucoup', 'chaque'])
/**
 * After « avec », a crowd or one third person (« ils ont baisé avec elle »): the subject are not two who had sex
 * together, it is someone they had, alleged.
 */
const PARTNER: ReadonlySet<string> = new Set([...CROWD, 'elle', 'lui', 'eux', 'elles'])
/** The same after the time it lasted, without the determiners a thing takes (« toute la nuit avec la musique à fond »). */
const PARTNER_AFTER_TIME: ReadonlySet<string> = new Set([...PARTNER].filter((w) => w !== 'la' && w !== 'des'))
/** After « toute la », the time it lasted (« toute la nuit »), not a crowd. */
const SEX_TIME = new Set(['nuit', 'journee', 'soiree', 'matinee', 'apres'])

/** Words that say one of them did not consent (« elle dormait », « inconsciente », « forcée »). */
const NO_CONSENT = new Set(['dormait', 'dormaient', 'inconsciente', 'inconscient', 'forcee', 'forcees', 'force', 'viol', 'violee'])
/** Verbs of will denied just after (« elle voulait pas », « elle voulait plus »). */
const WILL = new Set(['voulait', 'voulaient', 'veut', 'veux', 'voulu'])

/** True when the post says someone did not consent (« …, elle voulait pas », « elle dormait »): no sex had together. */
function noConsent(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]?.text ?? ''
    if (NO_CONSENT.has(t)) return true
    const next = tokens[k + 1]?.text ?? ''
    if (WILL.has(t) && (next === 'pas' || next === 'plus') && (tokens[k + 2] === undefined || tokens[k + 2]?.breakBefore === true)) return true
  }
  return false
}

/**
 * True for « baiser » said of a plural subject and taking no object (« ils ont fini par baiser sur le
 * canapé », « on a baisé toute la nuit »): consensual sex told, not a taunt. Not with an object pronoun
 * before it (« on va te baiser », « ils vont nous baiser »), an object after (« ils ont baisé sa femme »,
 * « … toute la classe ») or a crowd or a third person (« … avec tous les mecs du lycée », « … toute la nuit avec elle »), nor in a post that speaks to the
 * reader (« on a baisé avec ta sœur ») or names someone (« Léa et Inès elles baisent … »: gossip, not a story), nor when
 * the post says someone did not consent (« …, elle voulait pas », « elle dormait »).
 */
export function sexTogether(tokens: readonly Token[], h: Hit): boolean {
  if (h.first !== h.last || !HAVE_SEX.has(tokens[h.first]?.text ?? '') || tokens[h.first]?.breakBefore === true) return false
  for (const t of tokens) if (t.kind === 'mention' || READER.has(t.text) || isFirstName(t)) return false
  if (noConsent(tokens)) return false
  let k = h.first - 1
  while (k >= 0 && SEX_AUX.has(tokens[k]?.text ?? '') && tokens[k]?.breakBefore !== true) k--
  // « ils vont nous baiser »: « nous » just before the verb is its object.
  if (!TOGETHER.has(tokens[k]?.text ?? '') || (k === h.first - 1 && tokens[k]?.text === 'nous')) return false
  const next = tokens[h.first + 1]
  if (next === undefined || next.breakBefore) return true
  if (next.text === 'toute') {
    if (tokens[h.first + 2]?.text !== 'la' || !SEX_TIME.has(tokens[h.first + 3]?.text ?? '')) return false
    // « ils ont baisé toute la nuit avec elle »: the time, then a partner.
    return tokens[h.first + 4]?.text !== 'avec' || tokens[h.first + 4]?.breakBefore === true || !PARTNER_AFTER_TIME.has(tokens[h.first + 5]?.text ?? '')
  }
  if (next.text === 'avec' && PARTNER.has(tokens[h.first + 2]?.text ?? '')) return false
  return !SEX_OBJECT.has(next.text)
}
