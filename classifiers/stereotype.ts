/**
 * Stereotypes said in passing (issue 11): a group tied to a vice, a crime or a stereotyped trade by a
 * marker that generalises (lexicon/stereotype.ts), as in « les X et les jantes, comme d'hab » or « chez
 * eux le vol c'est génétique ». A group, a trait and a marker near one another, each said (not negated,
 * reported or quoted), are identity hate; an inborn marker with a group only, mock surprise after a
 * group (« un X qui travaille ? on aura tout vu »), or a coded marker
 * (« toujours les mêmes », « suivez mon regard ») with a trait only, is weak evidence. A warning to guard one's
 * belongings (« cache ton tel ») with a group is identity hate by itself: it says the theft. An everyday trait
 * (LOOSE_TRAIT: « en retard », « disparaît ») counts only with a group.
 */
import { saidAsItStands } from './context.js'
import { SPORT_WORDS } from './lexicon/sport.js'
import { LOOSE_TRAIT, markerTier } from './lexicon/stereotype.js'
import type { Hit } from './match/match.js'
import type { Cues, Signal } from './signals.js'
import type { Token } from './text/token.js'

/** The lexicon kinds read here only: the main loop of signals.ts skips them. */
export const STEREOTYPE_KINDS: ReadonlySet<string> = new Set(['stereotype', 'trait'])

/** How far apart (in tokens) a marker, its group and its trait may be. */
const WINDOW = 14
/** Added to a marker's weight when it meets a group and a trait: the frame is clear (a plain marker then weighs 2.2, as a hateful predicate does). */
const FRAMED = 1.0
/** Hostile weight of weak evidence: over combine.ts WEAK_MIN (0.7 × 0.75 = 0.53), the least that marks. */
const WEAK_HOSTILE = 0.75
/** Words before a group that make it one person or one's own people (« mon voisin gitan », « mes cousins portugais », « cette Roumaine »). */
const OWNER = new Set(['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'cette', 'cet'])
/** Words shortly before a trait that make the group its victim, not its doer (« les violences contre les femmes », « fuient la violence »). */
const SUFFERED = new Set(['contre', 'subissent', 'subit', 'subir', 'victime', 'victimes', 'fuient', 'fuir', 'fuyant', 'fuyaient', 'envers', 'face', 'anti', 'lutte', 'lutter', 'accuses', 'accusees', 'accuse', 'soupconnes', 'cible', 'cibles', 'peur', 'craignent', 'redoutent', 'denoncent', 'denoncer', 'protege', 'proteger', 'protegent'])
/** Words just after a trait that make the group its victim (« la violence faite aux femmes », « les agressions contre les Juifs »). */
const SUFFERED_AFTER = new Set(['contre', 'envers', 'faite', 'faites', 'subie', 'subies', 'visant', 'anti', 'raciste', 'racistes', 'antisemite', 'antisemites', 'homophobe', 'homophobes', 'sexiste', 'sexistes'])
/** Words before « chez eux » that make it a home (« on mange chez eux dimanche », « sortir de chez elles »), not a people. */
const HOME = new Set([
  'de', 'd', 'a', 'rentrer', 'rentre', 'rentrent', 'rentres', 'retourner', 'retournent', 'aller', 'vont', 'va', 'vais', 'alles', 'passe', 'passer', 'passons',
  'mange', 'manger', 'mangeons', 'dormir', 'dort', 'dorment', 'invite', 'invites', 'invitee', 'inviter', 'reste', 'restent', 'rester', 'sortir', 'sortent',
  'venir', 'viennent', 'vient', 'habite', 'habitent', 'vivent', 'vit', 'arrive', 'arrivent', 'partir', 'partent', 'fete', 'soiree', 'diner', 'dejeuner',
])

/** Words that deny a frame they sit in (« aucun X n'est Y par nature », « les X ne volent pas tous, c'est un cliché »). */
const DENIAL = new Set(['pas', 'jamais', 'aucun', 'aucune', 'nullement', 'ni', 'non'])

/** True when a denial sits in the frame's tokens `a`..`b` or just before it. */
function deniedFrame(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.max(0, a - 2); k <= b; k++) if (DENIAL.has(tokens[k]?.text ?? '')) return true
  return false
}

/** True when a possessive or demonstrative shortly before the group, in its clause, makes it one person or one's own. */
function ownedGroup(tokens: readonly Token[], g: Hit): boolean {
  for (let k = g.first - 1; k >= 0 && k >= g.first - 3; k--) {
    if (OWNER.has(tokens[k]?.text ?? '')) return true
    if (tokens[k + 1]?.breakBefore === true) return false
  }
  return false
}

/** True when the words around a trait make the group its victim rather than its doer. */
function suffered(tokens: readonly Token[], t: Hit): boolean {
  for (let k = t.first - 1; k >= 0 && k >= t.first - 3; k--) if (SUFFERED.has(tokens[k]?.text ?? '')) return true
  return SUFFERED_AFTER.has(tokens[t.last + 1]?.text ?? '')
}

/** Markers that generalise only after a group is named (« un X videur ? normal », « … comme d'hab », « … on aura tout vu »). */
function needsGroupBefore(m: Hit): boolean {
  if (markerTier(m.phrase.tag) === 'surprise') return true
  const v = m.phrase.vocab
  return v.has('normal') || v.has('etonnant') || v.has('hab') || v.has('dhab') || v.has('habitude') || (v.has('comme') && v.has('toujours'))
}

/**
 * Finds the stereotypes of a post: pushes an identity-hate signal for each marker that meets a group
 * and a trait, and returns the hostile weight of weak evidence (0 or WEAK_HOSTILE) for a marker that
 * meets only one of them. Nothing when counter-speech or news words frame the post.
 */
export function codedStereotypes(tokens: readonly Token[], hits: readonly Hit[], reportTokens: ReadonlySet<number>, cues: Readonly<Cues>, signals: Signal[]): number {
  let marked = false
  for (const h of hits) if (h.phrase.kind === 'stereotype') { marked = true; break }
  if (!marked) return 0
  const markers: Hit[] = []
  const traits: Hit[] = []
  const groups: Hit[] = []
  let team = false
  for (const t of tokens) if (SPORT_WORDS.has(t.text)) { team = true; break }
  for (const h of hits) {
    const kind = h.phrase.kind
    if (kind === 'group') { if (!ownedGroup(tokens, h) && !(team && h.phrase.weight === 1)) groups.push(h) }
    else if (kind === 'stereotype') { if (saidAsItStands(tokens, h, reportTokens) && !(h.phrase.vocab.has('chez') && HOME.has(tokens[h.first - 1]?.text ?? ''))) markers.push(h) }
    else if (kind === 'trait') { if (!suffered(tokens, h) && saidAsItStands(tokens, h, reportTokens)) traits.push(h) }
  }
  // A crime or vice before an everyday trait (LOOSE_TRAIT): « les faits divers … la délinquance » is read by its « délinquance ».
  traits.sort((a, b) => b.phrase.weight - a.phrase.weight)
  let weak = 0
  for (const m of markers) {
    const after = needsGroupBefore(m)
    const g = groups.find((x) => Math.abs(x.first - m.first) <= WINDOW && (!after || x.last < m.first) && (x.last < m.first || x.first > m.last))
    const t = traits.find((x) => Math.abs(x.first - m.first) <= WINDOW && (x.last < m.first || x.first > m.last) && (g === undefined || Math.abs(x.first - g.first) <= WINDOW))
    const tier = markerTier(m.phrase.tag)
    // A warning to guard one's belongings says the theft itself: with a group it is the whole frame.
    if (g !== undefined && tier === 'warning') {
      const a = Math.min(m.first, g.first)
      const b = Math.max(m.last, g.last)
      if (deniedFrame(tokens, a, b)) continue
      signals.push({ category: 'identity_hate', weight: m.phrase.weight, start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0, direct: false })
      return 0
    }
    if (g !== undefined && t !== undefined) {
      const a = Math.min(m.first, g.first, t.first)
      const b = Math.max(m.last, g.last, t.last)
      if (deniedFrame(tokens, a, b)) continue
      signals.push({ category: 'identity_hate', weight: m.phrase.weight + FRAMED, start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0, direct: false })
      return 0
    }
    const other = g ?? t
    if (other === undefined || deniedFrame(tokens, Math.min(m.first, other.first), Math.max(m.last, other.last))) continue
    if ((g !== undefined && (tier === 'inborn' || tier === 'surprise')) || (g === undefined && tier === 'coded' && other.phrase.tag !== LOOSE_TRAIT)) weak = WEAK_HOSTILE
  }
  return cues.counter > 0 || cues.news > 0 ? 0 : weak
}
