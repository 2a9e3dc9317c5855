/**
 * The combiner: per-category lexicon scores, post-level context dampers
 * (counter-speech, news, banter, aimed anger) and the model logit → one score.
 */
import type { Cues, Signal } from './signals.js'
import type { Category, Evidence } from './verdict.js'

/** Lexicon side of a post after context rules. */
export interface LexiconOutcome {
  /** Lexicon score in logit units (0 when nothing fired). */
  lex: number
  /** Multiplier for a positive model logit (context can only lower it). */
  modelDamp: number
  categories: Category[]
  evidence: Evidence[]
  /**
   * Weak evidence only: no evidence, but hostile vocabulary said of no one — profanity or
   * hostile words (« putain », « quel con ce type »), or an insult signal dropped as unaimed —
   * worth at least WEAK_MIN of lexicon score, with no context that softens or frames it (no
   * counter-speech, news, banter or affection damper, nothing negated, reported or quoted). Such
   * a post faces WEAK_THRESHOLD instead of the model-only bar (see classifiers/index.ts isHarassment).
   */
  weak: boolean
}

const SEVERE: ReadonlySet<Category> = new Set<Category>(['threat', 'self_harm', 'sexual', 'identity_hate', 'doxxing', 'pile_on'])
const CATEGORY_MIN = 1.0
const EVIDENCE_MIN = 0.5
const CATEGORY_CAP = 5
/**
 * Least lexicon score of weak evidence: a profanity said of no one (0.56) or an insult dropped as
 * unaimed (0.65 of its weight), or hostile words said directly or more than one; a single hostile
 * word said of no one (0.44: « faut les exterminer » of hornets, « retourne jouer ») is too
 * dependent on what it is said of, and a stray contempt cue less still.
 */
const WEAK_MIN = 0.5
/** The per-category map of a post without signals: always empty, never written to. */
const NO_SIGNALS: Map<Category, number[]> = new Map()

/** True for a post written mostly in capitals (shouting), at least 12 letters long. */
function isShouting(text: string): boolean {
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
  }
  return upper >= 12 && upper >= 3 * lower
}

/** Aggregates signals into a lexicon score, categories and evidence (evidence sliced from `text`). */
export function combineSignals(text: string, signals: readonly Signal[], cues: Cues, mention: boolean, affection: number): LexiconOutcome {
  const shouting = cues.profanity + cues.hostile > 0 || signals.length > 0 ? isShouting(text) : false
  // Most posts have no signal: no map for them (the loop below writes only for a signal).
  const byCat = signals.length === 0 ? NO_SIGNALS : new Map<Category, number[]>()
  let severe = false
  /** Every severe signal is a threat (no pile-on call, hate, sexual or self-harm signal). */
  let threatsOnly = true
  let direct = false
  let insultAimed = false
  let unaimed = false
  for (const s of signals) {
    if (SEVERE.has(s.category) && s.weight >= 1.5) {
      severe = true
      if (s.category !== 'threat') threatsOnly = false
    }
    if (s.direct && s.weight >= 1) direct = true
    if (s.category === 'insult' && s.weight >= 1.5 && mention) insultAimed = true
    if (s.unaimed === true) unaimed = true
  }
  let damp = 1
  let modelDamp = 1
  if (cues.counter >= 1 || (cues.counter > 0 && cues.neutralised)) {
    damp *= direct && !cues.neutralised ? 0.7 : 0.3
    modelDamp *= 0.4
  }
  // A story told to no one (story.ts tellsStory): the model reads its plot's words as abuse.
  if (cues.story && !direct) modelDamp *= 0.4
  if (cues.news >= 2 && !mention && !direct && cues.hostile === 0) {
    damp *= 0.35
    modelDamp *= 0.4
  }
  const banter = cues.banter + affection > 0
  /** What laughter and affection alone soften: an insult to the reader or to no one, not one at a third party (« mdr regardez-la, quelle cassos »). */
  let banterDamp = 1
  if (banter && !severe) {
    // Two signs of friendship (« mdr », a heart, « t'es mon … ») soften more than one.
    banterDamp = cues.banter + affection >= 2 ? 0.35 : 0.5
    modelDamp *= 0.6
  } else if (affection > 0 && threatsOnly && !mention) {
    // « je vais te tuer si tu spoil la fin 😂 »: a laughing emoji softens even a threat.
    damp *= 0.35
    modelDamp *= 0.5
  }
  if (cues.neutralised) modelDamp = 0
  const plain = damp * banterDamp === 1 && !cues.neutralised
  const weak = (0.8 * Math.min(cues.profanity, 2) + 0.7 * Math.min(cues.hostile, 3)) * damp * banterDamp
  if (signals.length === 0) {
    // Fast path: nothing but weak cues.
    const lex = weak > 0 && shouting ? weak + 0.4 * damp * banterDamp : weak
    return { lex, modelDamp, categories: [], evidence: [], weak: plain && weak > 0 && lex >= WEAK_MIN }
  }
  /** A signal's weight once laughter has softened it: all but one at a third party. */
  const laughed = (s: Signal): number => (s.third === true ? s.weight : s.weight * banterDamp)
  for (const s of signals) {
    const list = byCat.get(s.category) ?? []
    list.push(laughed(s))
    byCat.set(s.category, list)
  }
  const catScores: [Category, number][] = []
  for (const [cat, ws] of byCat) {
    ws.sort((a, b) => b - a)
    let v = 0
    ws.forEach((w, i) => { v += i === 0 ? w : i === 1 ? 0.35 * w : 0.15 * w })
    catScores.push([cat, Math.min(CATEGORY_CAP, v) * damp])
  }
  catScores.sort((a, b) => b[1] - a[1])
  let lex = 0
  catScores.forEach(([, v], i) => { lex += i === 0 ? v : 0.5 * v })
  lex += weak
  if (shouting && lex > 0) lex += 0.4 * damp * banterDamp
  if (insultAimed && !banter) lex += 0.4
  const categories = catScores.filter(([, v]) => v >= CATEGORY_MIN).map(([c]) => c)
  const listed = new Set(categories)
  const evidence: Evidence[] = signals
    .filter((s) => listed.has(s.category) && s.unaimed !== true && laughed(s) * damp >= EVIDENCE_MIN)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s, i, arr) => !arr.some((o, j) => j !== i && o.category === s.category && o.start <= s.start && o.end >= s.end && (j < i || o.end - o.start > s.end - s.start)))
    .map((s) => ({ category: s.category, match: text.slice(s.start, s.end), start: s.start, end: s.end }))
  return { lex, modelDamp, categories, evidence, weak: plain && evidence.length === 0 && (weak > 0 || unaimed) && lex >= WEAK_MIN }
}
