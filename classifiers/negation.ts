/**
 * Negation and modality of a span of a post, decided in one place: whether a negation
 * governs the span and by which cue, whether « personne » (nobody) is who does or undergoes
 * it, and whether a wish is a worry. Every context rule that asks « is this said? » asks
 * modalityOf().
 */
import type { Token } from './text/token.js'

/** A run of tokens the context rules look around: a lexicon hit, or a single hashtag. */
export interface Span {
  first: number
  last: number
  /** Words the span spells out itself (a negator among them does not negate it). */
  phrase: { readonly vocab: ReadonlySet<string> }
}

/**
 * What negates a span:
 * - 'inner': a negator among its words that its pattern skipped over (« je vais pas te tuer »);
 * - 'ne': a « ne » just before it or inside it, with « pas », « jamais », « plus », « personne »…
 *   just after (« il ne va pas te frapper », « j'espère qu'il ne meure pas »);
 * - 'before': a negator shortly before it in the same clause (« c'est pas une pute »);
 * - 'tout-sauf': « tout sauf » before it (« tout sauf un lâche »);
 * - 'spoken': for a wish or an order only, « pas » or « jamais » right after it with no « ne »
 *   (« j'espère qu'il crève pas », « crève pas stp »).
 */
export type NegationCue = 'inner' | 'ne' | 'before' | 'tout-sauf' | 'spoken'

/**
 * Where « personne » says nobody does or undergoes the span:
 * - 'subject': just before it, or before its « ne » (« personne va te frapper », « personne ne se
 *   fera agresser », « nul ne hait les … »);
 * - 'inner': among its words, not one its pattern spells (« je ne souhaite à personne un cancer »).
 */
export type NobodyCue = 'subject' | 'inner'

/** How a span is said: negated (by which cue) or not, by or to nobody or not, feared or wished. */
export interface Modality {
  negation: NegationCue | null
  nobody: NobodyCue | null
  /** A wish « qu'il … » said as a fear (« j'ai peur qu'il crève de froid », « avant qu'il meure »): a worry, not a wish. */
  worry: boolean
}

/** The words of a span that spells none (a single word or hashtag looked at by itself); shared, never written to. */
export const NO_WORDS: Span['phrase'] = { vocab: new Set<string>() }

/** A span said as it stands (shared: most spans are; never written to). */
const SAID: Modality = { negation: null, nobody: null, worry: false }

/** Negators that negate what follows them. */
const NEGATORS = new Set(['pas', 'jamais', 'point', 'aucun', 'aucune', 'ni', 'non', 'nullement', 'guere'])
/** Second halves of « ne … »: after the span they close a negation opened before it or inside it (« ne valent vraiment rien »). */
const POST_NEGATORS = new Set(['pas', 'jamais', 'plus', 'point', 'guere', 'nullement', 'personne', 'rien'])
/** Negations spoken without « ne » right after a verb (« crève pas »). */
const SPOKEN_NEGATORS = new Set(['pas', 'jamais'])
/** After a negator these undo it: "ne … que" (only), "pas moins" (not less). */
const RESTRICTIVE = new Set(['que', 'qu', 'seulement', 'juste', 'moins'])
/** After « pas que/qu' » these make a clause (« ne méritent pas qu'on les respecte »), not « only ». */
const CLAUSE_SUBJECTS = new Set(['on', 'il', 'ils', 'elle', 'elles', 'je', 'j', 'tu', 'nous', 'vous'])
/** A span that starts with its own subject (« je publie … ») is not negated by an earlier clause. */
const SUBJECTS = new Set(['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'jvais', 'jte'])
/** Words before « personne » that make it a noun, someone (« cette personne », « une seule personne », « en personne »), not nobody. */
const PERSON_NOUN = new Set([
  'une', 'la', 'l', 'cette', 'chaque', 'toute', 'quelle', 'ma', 'ta', 'sa', 'notre', 'votre', 'leur', 'en', 'de', 'd', 'quelque',
  'seule', 'meme', 'autre', 'bonne', 'mauvaise', 'belle', 'vraie', 'grande', 'petite', 'jeune', 'vieille', 'pauvre', 'sale', 'simple', 'premiere', 'derniere',
])
/** Words before « qu'il … » that make it a worry, not a wish (« j'ai peur qu'il meure », « pour éviter qu'il crève »). */
const FEAR = new Set(['peur', 'crains', 'craint', 'craignent', 'crainte', 'risque', 'risquent', 'eviter', 'evite', 'empecher', 'inquiet', 'inquiete', 'angoisse', 'avant', 'sans', 'pas'])
/** How many tokens before « qu'il … » a word of fear reaches it. */
const FEAR_WINDOW = 3
/** How many tokens before a span a negator reaches it. */
const NEG_WINDOW = 4
/** How many tokens after a span the second half of « ne … pas » closes it. */
const POST_WINDOW = 2

function textAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.text ?? ''
}

function isNe(text: string): boolean {
  return text === 'ne' || text === 'n'
}

/** True when a word of `set` stands at `k` and what follows does not restrict it (« ne … que »). */
function negatorAt(tokens: readonly Token[], k: number, set: ReadonlySet<string>): boolean {
  return set.has(textAt(tokens, k)) && !RESTRICTIVE.has(textAt(tokens, k + 1))
}

/**
 * The negation cue that governs the span, or null. `verbal` says the span is a wish or an
 * order, which a bare « pas » after it negates; `window`, how many tokens before the span a
 * negator reaches it.
 */
function negationOf(tokens: readonly Token[], span: Span, verbal: boolean, window: number): NegationCue | null {
  const vocab = span.phrase.vocab
  if (verbal && negatorAt(tokens, span.last + 1, SPOKEN_NEGATORS)) return 'spoken'
  let neInside = false
  for (let k = span.first + 1; k <= span.last; k++) {
    const t = textAt(tokens, k)
    // The span's own words are looked up only for a negator or a « ne »: most words are neither.
    if (negatorAt(tokens, k, NEGATORS) && !vocab.has(t)) return 'inner'
    if (isNe(t) && !vocab.has(t)) neInside = true
  }
  const ownSubject = SUBJECTS.has(textAt(tokens, span.first))
  const neBefore = !ownSubject && (isNe(textAt(tokens, span.first - 1)) || isNe(textAt(tokens, span.first - 2)))
  if (neInside || neBefore) {
    // In the same clause: « je ne veux pas de X ici, point » is not « ne … point ».
    for (let k = span.last + 1; k <= span.last + POST_WINDOW && tokens[k]?.breakBefore !== true; k++) if (negatorAt(tokens, k, POST_NEGATORS)) return 'ne'
  }
  if (ownSubject) return null
  let restrictive = false
  for (let k = span.first - 1; k >= 0 && k >= span.first - window; k--) {
    const t = tokens[k]
    if (t === undefined) break
    if (RESTRICTIVE.has(t.text) && !CLAUSE_SUBJECTS.has(textAt(tokens, k + 1))) restrictive = true
    if (NEGATORS.has(t.text)) return restrictive ? null : 'before'
    if (t.text === 'sauf' && textAt(tokens, k - 1) === 'tout') return restrictive ? null : 'tout-sauf'
    if (t.breakBefore) break
  }
  return null
}

/** Subjects that mean nobody only before « ne » (« nul ne hait … »); alone they are adjectives (« t'es nul »). */
const NOBODY_BEFORE_NE = new Set(['nul', 'nulle'])

/** True when « personne » at `k` is the pronoun, nobody (not « cette personne »). */
function isNobody(tokens: readonly Token[], k: number): boolean {
  return textAt(tokens, k) === 'personne' && !PERSON_NOUN.has(textAt(tokens, k - 1))
}

/** Where « personne » says nobody does or undergoes the span, or null. */
function nobodyOf(tokens: readonly Token[], span: Span): NobodyCue | null {
  const first = tokens[span.first]
  // The subject, in the span's clause: « personne va te frapper », not « on se voit en personne, je vais te … ».
  if (first !== undefined && !first.breakBefore) {
    if (isNobody(tokens, span.first - 1)) return 'subject'
    if (isNe(textAt(tokens, span.first - 1)) && tokens[span.first - 1]?.breakBefore === false && (isNobody(tokens, span.first - 2) || NOBODY_BEFORE_NE.has(textAt(tokens, span.first - 2)))) return 'subject'
  }
  for (let k = span.first + 1; k < span.last; k++) if (isNobody(tokens, k)) return span.phrase.vocab.has('personne') ? null : 'inner'
  return null
}

/** True when a wish « qu'il … » follows a word of fear (see FEAR). */
function isWorry(tokens: readonly Token[], span: Span): boolean {
  const head = textAt(tokens, span.first)
  if (head !== 'qu' && head !== 'que') return false
  for (let k = span.first - 1; k >= 0 && k >= span.first - FEAR_WINDOW; k--) if (FEAR.has(textAt(tokens, k))) return true
  return false
}

/**
 * How the span is said in the post: negated or not (and by which cue), by or to nobody or not,
 * a worry or not. `verbal`: the span is a wish or an order (« qu'il crève », « va te pendre »),
 * which a bare « pas » right after negates and a fear before makes a worry; a noun (« une pute
 * pas une princesse ») is neither. `window`: how many tokens before the span a negator reaches
 * it (NEG_WINDOW unless the caller knows where the span's clause starts, as aimedContempt does).
 */
export function modalityOf(tokens: readonly Token[], span: Span, verbal = false, window = NEG_WINDOW): Modality {
  const negation = negationOf(tokens, span, verbal, window)
  const nobody = nobodyOf(tokens, span)
  const worry = verbal && isWorry(tokens, span)
  return negation === null && nobody === null && !worry ? SAID : { negation, nobody, worry }
}
