/**
 * Rhetorical questions that deny a group a quality: asking since when a group can do something
 * (« depuis quand les X savent conduire ? »), whether the reader has ever seen one with a quality
 * (« t'as déjà vu un X intelligent ? », « tu connais une X qui soit compétente ? », « jamais vu un X
 * honnête »), or mocking one that has it (« un X qui sait lire ? on aura tout vu »). Such a question
 * asserts that the group lacks the quality, as « les X ne sont pas … » does. A real question stays
 * quiet: one about a fact, not a quality or an ability (« depuis quand les femmes votent en
 * France ? », « depuis quand les X peuvent se marier ? »), and one whose group is not what is seen
 * (« t'as déjà vu un film sur les Roms ? »). Asked by signals.ts only for a post with a group.
 */
import type { Hit } from './match/match.js'
import { markerTier } from './lexicon/stereotype.js'
import { NEGATIVE, QUALITIES } from './polarity.js'
import type { Token } from './text/token.js'

/** Verbs of seeing or knowing someone (« t'as déjà vu un X … », « tu connais une X qui … »). */
const SEEN = new Set(['vu', 'connais', 'connait', 'connaissez', 'croise', 'rencontre'])
/** Determiners of one member of a group, or of the group. */
const ONE = new Set(['un', 'une'])
const GROUP_DETS = new Set(['un', 'une', 'les', 'des'])
/** Forms of « savoir »: an ability asked about (« depuis quand les X savent … »). */
const ABILITY = new Set(['sait', 'savent', 'saura', 'sauront', 'savait', 'savaient'])
/** Deeds of worth a question may deny a member of a group (« t'as déjà vu un X travailler ? »). */
const DEEDS = new Set(['travailler', 'travaille', 'travaillent', 'bosser', 'bosse', 'bossent', 'lire', 'ecrire', 'reflechir', 'penser', 'payer', 'paye', 'payent'])
/** How many tokens of the clause after the group the quality may stand (« un X vraiment intelligent », « une X ingénieure qui soit compétente »). */
const REACH = 6

function textAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.text ?? ''
}

/**
 * True when the words after the group at `g`, up to the clause's end, credit it with a quality, an
 * ability or a deed of worth and hold no word of blame. `qualityOnly`:
 * only an ability or a quality counts (after « depuis quand », « ont » or « votent » ask a fact).
 */
function credits(tokens: readonly Token[], g: Hit, qualityOnly: boolean): boolean {
  let credit = false
  for (let k = g.last + 1; k <= g.last + REACH && k < tokens.length; k++) {
    const t = tokens[k]
    if (t === undefined || t.breakBefore) break
    const w = t.text
    if (NEGATIVE.has(w) || t.facts.negative) return false
    if (QUALITIES.has(w) || ABILITY.has(w) || (!qualityOnly && DEEDS.has(w))) credit = true
  }
  return credit
}

/**
 * True when mock surprise (« on aura tout vu », « j'aurai tout vu », « on aura tout entendu »…: the
 * lexicon's surprise markers, lexicon/stereotype.ts) stands in the post after token `k`.
 */
function seenItAll(hits: readonly Hit[], k: number): boolean {
  for (const h of hits) if (h.first > k && h.phrase.kind === 'stereotype' && markerTier(h.phrase.tag) === 'surprise') return true
  return false
}

/** The end of the clause after the group at `g`, at most REACH tokens on: where the question's denial ends. */
function clauseEnd(tokens: readonly Token[], g: Hit): number {
  let k = g.last
  while (k + 1 < tokens.length && k < g.last + REACH && tokens[k + 1]?.breakBefore !== true) k++
  return k
}

/**
 * The tokens of a rhetorical question denying the group at `g` a quality (see the module comment),
 * or null. `text` is the post, whose question mark after the group makes it a question; `hits`, the
 * post's lexicon hits, whose surprise markers mock what the group was said to do.
 */
export function deniedByQuestion(tokens: readonly Token[], g: Hit, text: string, hits: readonly Hit[]): { first: number; last: number } | null {
  const first = questionStart(tokens, g, text, hits)
  return first < 0 ? null : { first, last: clauseEnd(tokens, g) }
}

/** The first token of deniedByQuestion's question, or -1. */
function questionStart(tokens: readonly Token[], g: Hit, text: string, hits: readonly Hit[]): number {
  const det = g.first - 1
  if (!GROUP_DETS.has(textAt(tokens, det))) return -1
  const asked = text.indexOf('?', tokens[g.last]?.end ?? 0) >= 0
  // « depuis quand les X savent conduire ? »
  if (asked && textAt(tokens, det - 1) === 'quand' && textAt(tokens, det - 2) === 'depuis') return credits(tokens, g, true) ? det - 2 : -1
  if (!ONE.has(textAt(tokens, det))) return -1
  // « t'as déjà vu un X intelligent ? », « tu connais une X qui soit compétente ? », « jamais vu un X honnête ».
  // The verb in the group's sentence: not « on aura tout vu. Un X qui … ? ».
  for (let k = det - 1; k >= 0 && k >= det - 3 && tokens[k + 1]?.breakBefore !== true; k--) {
    if (SEEN.has(textAt(tokens, k))) {
      const never = textAt(tokens, k - 1) === 'jamais'
      return (asked || never) && credits(tokens, g, false) ? k : -1
    }
  }
  // « un X qui sait lire ? on aura tout vu »: a member of the group doing something, mocked as unheard of.
  if (tokens[det]?.breakBefore === true && textAt(tokens, g.last + 1) === 'qui' && asked && seenItAll(hits, g.last)) return det
  return -1
}
