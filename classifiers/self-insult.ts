/**
 * An insult the speaker says of themself (« je suis trop con », « chui vraiment une abrutie », « quelle
 * conne je suis », « j'ai hurlé comme un idiot »): it judges no one, so signals.ts drops it. Not a slur on
 * a disability (it offends the group whoever it is said of), nor in a clause that also speaks to the reader
 * (« je suis con mais toi t'es pire »).
 */
import type { Hit } from './match/match.js'
import { READER } from './story.js'
import type { Token } from './text/token.js'

/**
 * Insults that name a disability (« mongol », « attardé », « triso »): they offend the group whoever they are said of, so
 * said of oneself they stay what they were (« je suis attardé », « comme un mongol »).
 */
const DISABILITY_SLURS = new Set(['mongol', 'mongole', 'mongolien', 'mongolienne', 'attarde', 'attardee', 'attardes', 'gogol', 'gogole', 'golmon', 'triso', 'trisomique', 'autiste', 'handicape', 'handicapee', 'debilos', 'tare', 'taree'])
/** Subjects that are the speaker (« je », « j' », « moi je »). */
const SELF = new Set(['je', 'j', 'jme'])
/** First-person copulas, their subject spelled in (« chui », « jsuis »), or after « je » (« suis »). */
const SELF_IS = new Set(['suis', 'jsuis', 'chui'])
/** Words between a first-person copula and its insult (« je suis trop con », « chui vraiment une abrutie »). */
const SELF_COPULA = new Set(['trop', 'vraiment', 'tellement', 'grave', 'si', 'tout', 'un', 'une', 'juste', 'completement', 'bien', 'parfois', 'encore', 'tres'])

/**
 * True for a one-word insult the speaker says of themself: after a first-person copula (« je suis trop
 * con », « chui vraiment une abrutie »), in an exclamation at themself (« quelle conne je suis ») or as a likeness (« comme un idiot », « comme une débile ») in a
 * clause whose subject is the speaker (« j'ai hurlé comme un idiot »). Not when the clause speaks to the
 * reader too (« je t'ai vu hurler comme un idiot », « je suis con mais toi t'es pire »).
 */
export function saidOfSelf(tokens: readonly Token[], h: Hit): boolean {
  if (h.phrase.kind !== 'insult' || h.first !== h.last || DISABILITY_SLURS.has(tokens[h.first]?.text ?? '')) return false
  if (exclaimsOfSelf(tokens, h.first)) return true
  const likeness = (tokens[h.first - 1]?.text === 'un' || tokens[h.first - 1]?.text === 'une') && tokens[h.first - 2]?.text === 'comme'
  let self = false
  let copula = false
  let between = true
  for (let k = h.first - 1; k >= 0; k--) {
    const t = tokens[k] as Token
    if (READER.has(t.text) || t.kind === 'mention') return false
    if (SELF_IS.has(t.text)) copula ||= between
    else if (SELF.has(t.text)) { self = true; break }
    else if (!SELF_COPULA.has(t.text)) between = false
    if (t.breakBefore) { self ||= t.text === 'chui' || t.text === 'jsuis'; break }
  }
  if (!(likeness ? self : self && copula)) return false
  for (let k = h.last + 1; k < tokens.length && tokens[k]?.breakBefore !== true; k++) if (READER.has(tokens[k]?.text ?? '') || tokens[k]?.kind === 'mention') return false
  return true
}

/** Exclamations before an insult (« quelle conne je suis »). */
const EXCLAIM_SELF = new Set(['quel', 'quelle'])
/** After the insult, the speaker as subject (« je suis », « je fais », « chui »). */
const SELF_AFTER = new Set(['suis', 'fais'])

/** True for « quel(le) X je suis / je fais / chui » at `k`: the speaker exclaims at themself. */
function exclaimsOfSelf(tokens: readonly Token[], k: number): boolean {
  if (!EXCLAIM_SELF.has(tokens[k - 1]?.text ?? '')) return false
  const next = tokens[k + 1]
  if (next === undefined || next.breakBefore) return false
  if (next.text === 'chui' || next.text === 'jsuis') return true
  return (next.text === 'je' || next.text === 'j') && SELF_AFTER.has(tokens[k + 2]?.text ?? '') && tokens[k + 2]?.breakBefore !== true
}
