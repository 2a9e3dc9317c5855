/**
 * Context rules around a lexicon hit: reporting / quoting and whether the
 * words are aimed at someone (negation and « personne »: negation.ts).
 */
import type { Token } from './text/token.js'
import type { Hit } from './match/match.js'
import { modalityOf } from './negation.js'
import type { Modality, Span } from './negation.js'
import { isThing } from './lookalike.js'
import { isFirstName } from './text/names.js'

const SECOND_PERSON = new Set(['t', 'tu', 'te', 'toi', 'ta', 'ton', 'tes', 'vous', 'v', 'votre', 'vos', 'espece', 'sale', 'ty', 'tqt', 'jte', 'jtai', 'ptn'])
const THIRD_PERSON = new Set(['elle', 'il', 'lui', 'cette', 'cet', 'ce', 'cte', 'ces', 'sa', 'son', 'celle', 'celui', 'ils', 'elles', 'leur', 'bande'])
const REPORT_WINDOW = 8

/**
 * Report words that are nouns (« messages », « commentaire », « mots »): they report the words they
 * introduce (« des messages genre t'es moche », « le message est simple : … »), not abuse said to
 * the reader after a break (« t'as un message sur ton changement, va te faire foutre ») nor a
 * judgement of themselves (« ton message est une merde »).
 */
const REPORT_NOUNS = new Set([
  'message', 'messages', 'commentaire', 'commentaires', 'mot', 'mots', 'termes', 'expression', 'expressions', 'propos', 'phrase', 'phrases',
  'insultes', 'slogan', 'slogans', 'tweet', 'tweets', 'post', 'posts',
])
const COPULA = new Set(['est', 'etait', 'sont', 'etaient', 'sera', 'seront'])
/** Present-tense « dire » that the speaker says now (« je te dis que t'es un connard », « je vais te le dire »). */
const SAY_NOW = new Set(['dis', 'dire'])
const SAY_FILLERS = new Set(['te', 't', 'vous', 'v', 'le', 'l', 'lui', 'leur', 'vais', 'veux', 'voulais', 'juste', 'vraiment', 'franchement', 'bien'])
/** Words before « je dis » that make it a word named (« quand je dis nazi »). */
const MENTION_FRAME = new Set(['quand', 'si', 'lorsque', 'lorsqu', 'qd'])
const SAY_NEGATION = new Set(['pas', 'jamais', 'plus', 'ne', 'n'])

/**
 * True for a report hit that reports nothing: the speaker's own words, said now (« je te dis que
 * t'es un connard », « je vais te le dire simplement : … », not « je dis pas que … »).
 */
export function isOwnSaying(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || !SAY_NOW.has(tokens[first]?.text ?? '')) return false
  if (SAY_NEGATION.has(tokens[last + 1]?.text ?? '')) return false
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k]
    if (t === undefined || SAY_NEGATION.has(t.text)) return false
    // « quand je dis nazi, … », « si je dis « pute » … »: a word named, not said.
    if (t.text === 'je' || t.text === 'j' || t.text === 'jte' || t.text === 'jvais') return !MENTION_FRAME.has(tokens[k - 1]?.text ?? '')
    if (!SAY_FILLERS.has(t.text) || t.breakBefore) return false
  }
  return false
}

const US = new Set(['je', 'j', 'jte', 'tu', 't', 'ty'])
const SPEAKER_FILLERS = new Set(['me', 'm', 'ne', 'n', 'te', 'vous', 'v', 'lui', 'l', 'le', 'la', 'les', 'as', 'a', 'ai', 'avez', 'avais', 'avait', 'bien', 'meme', 'deja', 'pas', 'jamais', 'toujours', 'moi', 'toi', 'pourquoi', 'ce', 'que', 'qu'])

/**
 * True when the report verb at `k` is said by the reader or the speaker, or is an order (« tu m'as
 * bien entendu », « je dis », « ne me dis pas de rester calme »): not someone else's words told.
 */
function saidByUs(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= k - 4; j--) {
    // the clause starts with the verb or with fillers only: an order
    if (j < 0 || tokens[j + 1]?.breakBefore === true) return true
    const t = tokens[j]?.text ?? ''
    if (US.has(t)) return true
    if (!SPEAKER_FILLERS.has(t)) return false
  }
  return false
}

const DETERMINERS = new Set(['un', 'une', 'des', 'le', 'la', 'les', 'l', 'du', 'ce', 'cet', 'cette', 'ces'])

/** « espèce de connard », « sale bâtard » (not « un sale arabe »): aimed at the reader by its own first word. */
function isVocative(tokens: readonly Token[], hit: Span): boolean {
  const first = tokens[hit.first]?.text
  return (first === 'espece' || first === 'sale') && !DETERMINERS.has(tokens[hit.first - 1]?.text ?? '')
}

/** Verbs of proof: « ton message me prouve que … » draws the speaker's own conclusion from what was written. */
const PROOF = new Set(['prouve', 'prouvent', 'confirme', 'confirment', 'montre', 'montrent', 'demontre', 'demontrent'])

/** True when the tokens at `k`, `k + 1` are a verb of proof and its « que » (« me confirme que … »). */
function provesThat(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text
  return PROOF.has(tokens[k]?.text ?? '') && (next === 'que' || next === 'qu')
}

/** True when a report verb (not a report noun, the proof's subject) sits in the clause of the verb of proof at `k`, before it. */
function toldProof(tokens: readonly Token[], k: number, reportTokens: ReadonlySet<number>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REPORT_WINDOW; j--) {
    if (reportTokens.has(j) && !REPORT_NOUNS.has(tokens[j]?.text ?? '')) return true
    if (tokens[j]?.breakBefore === true) return false
  }
  return false
}

/**
 * True when a report word shortly before governs the hit: a verb ("traiter de", "m'a dit") across
 * a comma too (« il m'a traitée de grosse, de moche »), unless a verb of proof comes between (« ton
 * message me prouve que … », the speaker's conclusion; not « il m'a dit que ça prouve que … »), or the reader or the speaker said it
 * and a vocative follows the break (« ne me dis pas de rester calme, espèce de connard », « tu m'as
 * bien entendu. Sale bâtard »; not « ne dis pas ça, tu … »); a noun as REPORT_NOUNS says.
 */
export function isReported(tokens: readonly Token[], hit: Span, reportTokens: ReadonlySet<number>): boolean {
  let broken = tokens[hit.first]?.breakBefore === true
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - REPORT_WINDOW; k--) {
    // « chaque message me confirme que tes parents … »: what follows a verb of proof is the speaker's conclusion, not words
    // told, unless a report verb of its clause governs the proof too (« il m'a dit que ça prouve que … »).
    if (provesThat(tokens, k)) return toldProof(tokens, k, reportTokens)
    if (reportTokens.has(k)) {
      const noun = REPORT_NOUNS.has(tokens[k]?.text ?? '')
      const toReader = broken && (noun ? isVocative(tokens, hit) || aimOf(tokens, hit) === 'second' : saidByUs(tokens, k) && isVocative(tokens, hit))
      const judged = noun && !broken && COPULA.has(tokens[k + 1]?.text ?? '')
      if (!toReader && !judged) return true
    }
    if (tokens[k]?.breakBefore === true) broken = true
  }
  return false
}

/** How far before a span a report word of its clause governs it (reportedInClause). */
const CLAUSE_REPORT_WINDOW = 6

/**
 * True when a report word shortly before `first`, in its clause or just before it opens, governs it
 * (« répète que les X … », not « … raciste. Les X … »). The narrow form of isReported: it reaches
 * back less far and stops at a break, but knows none of its exceptions (a vocative to the reader
 * after the break, a report noun judged by a copula). signals.ts asks it of a group a claim or a
 * hateful verb is said of.
 */
export function reportedInClause(tokens: readonly Token[], first: number, reportTokens: ReadonlySet<number>): boolean {
  for (let k = first; k >= 1 && k > first - CLAUSE_REPORT_WINDOW; k--) {
    if (reportTokens.has(k - 1)) return true
    if (tokens[k]?.breakBefore === true) return false
  }
  return false
}

/** True when the hit sits inside quotation marks. */
export function isQuoted(tokens: readonly Token[], hit: Hit): boolean {
  return tokens[hit.first]?.quoted === true
}

/** True when the hit is said as it stands: not negated (`m`, its modality), reported or quoted. */
export function saidAsItStands(tokens: readonly Token[], hit: Hit, reportTokens: ReadonlySet<number>, m: Modality = modalityOf(tokens, hit)): boolean {
  return m.negation === null && !isReported(tokens, hit, reportTokens) && !isQuoted(tokens, hit)
}

const EXCLAIM = new Set(['quel', 'quelle', 'quels', 'quelles'])
/** Words after a closing insult that still leave it closing the post (« quel abruti celui-là »). */
const CLOSING_TAIL = new Set(['celui', 'celle', 'ceux', 'celles', 'la', 'va', 'vraiment', 'franchement', 'serieux'])
/** Nouns that name a person the post is about (« le gars », « la meuf »). */
const PERSON_NOUNS = new Set(['gars', 'mec', 'meuf', 'type', 'keum', 'nana', 'gonze', 'gonzesse', 'gamin', 'gamine', 'gosse', 'mome', 'bonhomme', 'zouave', 'zgeg'])
/** Words after « il » that make it impersonal (« il faut », « il y a », « il pleut »). */
const IMPERSONAL = new Set(['faut', 'fallait', 'faudrait', 'y', 'pleut', 'pleuvait', 'neige', 'fait', 'faisait', 'parait', 'suffit', 'reste', 'semble', 'manque', 'arrive', 's', 'est', 'etait', 'sera'])
const FIRST_PERSON_SUBJECTS = new Set(['je', 'j', 'jsuis', 'chui', 'jai', 'jme', 'moi'])

/**
 * True when the hit closes the post as a lone vocative after a break (« …, boulet ») or as an
 * exclamation (« …, quel naze », « quel abruti celui-là »): it judges whoever the post is about.
 */
function closesPost(tokens: readonly Token[], hit: Span): boolean {
  for (let k = hit.last + 1; k < tokens.length; k++) if (!CLOSING_TAIL.has(tokens[k]?.text ?? '') || tokens[k]?.breakBefore === true) return false
  const head = tokens[hit.first]
  if (head === undefined) return false
  if (EXCLAIM.has(head.text)) return true
  const before = tokens[hit.first - 1]
  return head.breakBefore || (before !== undefined && EXCLAIM.has(before.text) && (before.breakBefore || hit.first === 1))
}

/**
 * Who a closing insult (closesPost) judges: the reader when the post speaks to someone (« t'aurais été
 * viré depuis longtemps, boulet »), a person the post is about when it tells of one (« le gars … il vient
 * corriger le budget, quel naze ») and the speaker says nothing of themself (« j'ai encore raté mon bus,
 * quel con » judges the speaker), or no one.
 */
function closingAim(tokens: readonly Token[], hit: Span): 'second' | 'third' | 'none' {
  let third = false
  for (let k = 0; k < hit.first; k++) {
    const t = tokens[k]
    if (t === undefined) continue
    if (t.kind === 'mention' || SECOND_PERSON.has(t.text)) return 'second'
    if (FIRST_PERSON_SUBJECTS.has(t.text)) return 'none'
    if (PERSON_NOUNS.has(t.text) || isFirstName(t) || ((t.text === 'il' || t.text === 'elle') && !IMPERSONAL.has(tokens[k + 1]?.text ?? ''))) third = true
  }
  return third ? 'third' : 'none'
}

/** Where the hit is aimed: at the reader / a mention ('second'), at a third party, named or not ('third'), or nowhere. */
export function aimOf(tokens: readonly Token[], hit: Span): 'second' | 'third' | 'none' {
  const near = nearAim(tokens, hit)
  return near === 'none' && closesPost(tokens, hit) ? closingAim(tokens, hit) : near
}

/** aimOf from the words around the hit only. */
function nearAim(tokens: readonly Token[], hit: Span): 'second' | 'third' | 'none' {
  let third = false
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 5; k--) {
    const t = tokens[k]
    if (t === undefined) break
    if (t.kind === 'mention' || SECOND_PERSON.has(t.text)) return 'second'
    // « ces sacs … sont des déchets »: a determiner of a thing points at no one.
    if ((THIRD_PERSON.has(t.text) && !isThing(tokens[k + 1]?.text ?? '')) || isFirstName(t)) third = true
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
