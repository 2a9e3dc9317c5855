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
 * - 'before': a negator shortly before it in the same clause (« c'est pas une pute », « loin d'être des criminels »);
 * - 'tout-sauf': « tout sauf » before it (« tout sauf un lâche »);
 * - 'spoken': for a wish or an order only, « pas » or « jamais » right after it with no « ne »
 *   (« j'espère qu'il crève pas », « crève pas stp »);
 * - 'opinion': in the clause a negated verb of opinion governs (« je ne pense pas que les X
 *   soient stupides », « je crois pas que t'es con »).
 */
export type NegationCue = 'inner' | 'ne' | 'before' | 'tout-sauf' | 'spoken' | 'opinion'

/**
 * Where « personne » says nobody does or undergoes the span:
 * - 'subject': just before it, or before its « ne », across its object pronouns (« personne va te
 *   frapper », « personne ne se fera agresser », « personne ne t'écoute », « nul ne hait les … »);
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
/** Negations spoken without « ne »: right after a verb (« crève pas »), or a claim's (« les X sont pas … »). */
const SPOKEN_NEGATORS = new Set(['pas', 'jamais'])
/** After a negator these undo it: "ne … que" (only), "pas moins" (not less). */
const RESTRICTIVE = new Set(['que', 'qu', 'seulement', 'juste', 'moins'])
/** After « pas que/qu' » these make a clause (« ne méritent pas qu'on les respecte »), not « only ». */
const CLAUSE_SUBJECTS = new Set(['on', 'il', 'ils', 'elle', 'elles', 'je', 'j', 'tu', 'nous', 'vous'])
/** A span that starts with its own subject (« je publie … ») is not negated by an earlier clause. */
const SUBJECTS = new Set([...CLAUSE_SUBJECTS, 'jvais', 'jte'])
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
/** Verbs of opinion whose negation denies the clause they govern (« je ne pense pas que … », « je crois pas que … »). */
const OPINION = new Set(['pense', 'pensais', 'crois', 'croyais', 'trouve', 'trouvais', 'jpense', 'jcrois', 'jtrouve'])
/**
 * How many tokens before a span the « que » of a negated opinion may stand: the clause's subject
 * and verb (« que les X soient », « que t'es »). Farther, the span is likely in a clause of its own
 * (« j'pense pas que ça soit utile ce nazi … »).
 */
const OPINION_REACH = 4

/**
 * True when the span sits in a clause governed by a negated verb of opinion: « je ne pense pas
 * que les X soient stupides », « je crois pas que t'es con » deny what they frame. A clause break
 * ends the scope (« je pense pas que t'es con, t'es juste bête »). A praise so denied reads as
 * negated too, which is what makes « je ne pense pas que les X soient capables » negated praise.
 */
function deniedOpinion(tokens: readonly Token[], span: Span): boolean {
  for (let k = span.first - 1; k >= 2 && k >= span.first - OPINION_REACH; k--) {
    if (tokens[k + 1]?.breakBefore === true) return false
    const t = textAt(tokens, k)
    // « crois pas que parce que t'es … » denies the consequence, not the cause.
    if (t === 'parce' || t === 'parceque' || t === 'puisque') return false
    if ((t === 'que' || t === 'qu') && SPOKEN_NEGATORS.has(textAt(tokens, k - 1)) && OPINION.has(textAt(tokens, k - 2))) return true
  }
  return false
}
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

/** Subject pronouns a question puts after its verb (« ne sont-ils pas », « n'est-elle pas »). */
const INVERTED = new Set(['il', 'ils', 'elle', 'elles', 'on'])

/**
 * True when the negator at `k` closes a negative question with its subject after the verb
 * (« les X ne sont-ils pas tous des voleurs ? », « n'est-elle pas une … ? »): such a question asks
 * the hearer to agree, so what follows is asserted, not denied. The « ne », the verb, the pronoun
 * and the negator stand together in one clause.
 */
function rhetorical(tokens: readonly Token[], k: number): boolean {
  if (!INVERTED.has(textAt(tokens, k - 1)) || !isNe(textAt(tokens, k - 3))) return false
  for (let j = k - 2; j <= k; j++) if (tokens[j]?.breakBefore === true) return false
  return true
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
  if (deniedOpinion(tokens, span)) return 'opinion'
  // A negator reaches the span within its clause only: « tu manges pas avec nous, va manger tout seul ».
  if (ownSubject || tokens[span.first]?.breakBefore === true) return null
  let restrictive = false
  for (let k = span.first - 1; k >= 0 && k >= span.first - window; k--) {
    const t = tokens[k]
    if (t === undefined) break
    if (RESTRICTIVE.has(t.text) && !CLAUSE_SUBJECTS.has(textAt(tokens, k + 1))) restrictive = true
    if (NEGATORS.has(t.text)) return restrictive || rhetorical(tokens, k) ? null : 'before'
    if (t.text === 'loin' && farFrom(tokens, k)) return restrictive ? null : 'before'
    if (t.text === 'sauf' && textAt(tokens, k - 1) === 'tout') return restrictive ? null : 'tout-sauf'
    if (t.breakBefore) break
  }
  return null
}

/** True when « loin » at `k` opens « loin d'être »: far from being, a negation (« les X sont loin d'être honnêtes / des criminels »). */
function farFrom(tokens: readonly Token[], k: number): boolean {
  const d = textAt(tokens, k + 1)
  return (d === 'd' || d === 'de') && textAt(tokens, k + 2) === 'etre'
}

/** Subjects that mean nobody only before « ne » (« nul ne hait … »); alone they are adjectives (« t'es nul »). */
const NOBODY_BEFORE_NE = new Set(['nul', 'nulle'])

/** True when « personne » at `k` is the pronoun, nobody (not « cette personne »). */
function isNobody(tokens: readonly Token[], k: number): boolean {
  return textAt(tokens, k) === 'personne' && !PERSON_NOUN.has(textAt(tokens, k - 1))
}

/**
 * Object pronouns that may stand between « personne (ne) » and its verb (« personne ne t'écoute »,
 * « personne ne te le dira », « personne ne se fera agresser »).
 */
const OBJECT_PRONOUNS = new Set(['te', 't', 'me', 'm', 'vous', 'nous', 'le', 'la', 'les', 'l', 'lui', 'leur', 'se', 's'])
/** How many object pronouns may stand there (« personne ne te le dira »). */
const PRONOUN_REACH = 2
/** Verbs of will or ability that may stand before the pronouns (« personne ne va t'aimer », « personne ne peut te supporter »). */
const MODALS = new Set(['va', 'vont', 'veut', 'voudra', 'voudrait', 'peut', 'pourra', 'pourrait'])

/**
 * When « personne » (or « nul » before « ne ») is the subject of the word at `k`, in its clause, with
 * at most PRONOUN_REACH object pronouns (and a modal before them: MODALS) between them: the index of the first of those pronouns (`k`
 * when there is none: « personne va te frapper », « personne ne te frappera », « personne ne
 * t'écoute »); else -1. What the reading means is the caller's: harm nobody does is reassurance,
 * care nobody gives is contempt.
 */
export function nobodySubjectOf(tokens: readonly Token[], k: number): number {
  let p = k
  while (p > k - PRONOUN_REACH && OBJECT_PRONOUNS.has(textAt(tokens, p - 1)) && tokens[p]?.breakBefore === false) p--
  if (tokens[p]?.breakBefore !== false) return -1
  // « personne ne va t'aimer »: a modal before the pronouns, « personne » (and « ne ») before it.
  const s = p < k && MODALS.has(textAt(tokens, p - 1)) && tokens[p - 1]?.breakBefore === false ? p - 1 : p
  if (isNobody(tokens, s - 1)) return p
  return isNe(textAt(tokens, s - 1)) && tokens[s - 1]?.breakBefore === false && (isNobody(tokens, s - 2) || NOBODY_BEFORE_NE.has(textAt(tokens, s - 2))) ? p : -1
}

/** Where « personne » says nobody does or undergoes the span, or null. */
function nobodyOf(tokens: readonly Token[], span: Span): NobodyCue | null {
  // The subject, in the span's clause: « personne va te frapper », not « on se voit en personne, je vais te … ».
  if (nobodySubjectOf(tokens, span.first) >= 0) return 'subject'
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

/**
 * A negated claim about a group: the clause that says something of the group, negated, found
 * around the group's span. `role` says where the group stands: the subject (« les X ne sont pas
 * …», « un X ne sera jamais … », « aucun X ne mérite … », « les X sont pas … ») or the object of
 * a negated verb (« on ne peut pas faire confiance à un X », « je louerai jamais à des X », « personne ne peut
 * faire confiance à un X »: nobody negates as « ne … pas » does); « loin d'être »
 * negates as « pas » does (« les X sont loin d'être honnêtes »).
 * `negator` is the negating token; `first`…`last` is the predicate: the verb(s) and what follows
 * the negator up to the clause's end (subject), or the words from the verb to the group (object).
 * Whether the claim is hate is the predicate's polarity (polarity.ts), judged by the caller.
 */
export interface NegatedClaim {
  role: 'subject' | 'object'
  negator: number
  first: number
  last: number
}

/** Determiners of a group said as a whole or generically (« les X », « un X », « aucun X », « ces X »). */
const GENERIC = new Set(['les', 'un', 'une', 'ces', 'aucun', 'aucune'])
/** Determiners of a group that is the object of a verb (« à un X », « aux X », « des X », « d'une X »). */
const OBJECT_DETS = new Set(['les', 'des', 'un', 'une', 'd', 'de', 'aux', 'au', 'a', 'ces'])
/** Words before a group's determiner that make it a complement, not the subject (« avec les X, on ne … »). */
const PREPOSITIONS = new Set(['a', 'au', 'aux', 'pour', 'avec', 'sur', 'contre', 'par', 'de', 'd', 'du', 'des', 'chez', 'entre', 'sans', 'envers', 'vers', 'dans', 'en', 'comme', 'parmi', 'selon', 'que', 'qu'])
/** Words that open a relative or subordinate clause after the group (« les X qui ne … » judges some, not all). */
const RELATIVE = new Set(['qui', 'que', 'qu', 'dont', 'ou', 'quand', 'si', 'lorsque', 'mais', 'et', 'car', 'parce'])
/** Subjects after the group that make it a topic, not the subject (« une X, tu peux pas lui dire … »); « ils », « elles » take it up. */
const OTHER_SUBJECT = new Set(['je', 'j', 'tu', 't', 'on', 'nous', 'vous', 'jsuis', 'chui'])
/** Negators of a claim with « ne » before: SPOKEN_NEGATORS and « plus », « guère », « point », « nullement ». */
const CLAIM_NE_NEGATORS = new Set([...SPOKEN_NEGATORS, 'plus', 'guere', 'point', 'nullement'])
/** How many tokens after the group its negator may stand (« les femmes musulmanes ne sont pas »). */
const CLAIM_REACH = 5
/** How many tokens before the group the negator of a verb that takes it as object may stand. */
const OBJECT_REACH = 7
/** How many tokens after the negator a subject's predicate runs at most. */
const PREDICATE_LENGTH = 10
/** Words that end a predicate (« … pas dangereux mais … »). */
const PREDICATE_END = new Set(['mais', 'car', 'parce', 'sauf', 'contrairement', 'comme'])

/** negatorAt for a claim: « pas que » opens a clause when a subject follows (« ne méritent pas qu'on les aide »), else it restricts. */
function claimNegatorAt(tokens: readonly Token[], k: number, set: ReadonlySet<string>): boolean {
  if (!set.has(textAt(tokens, k))) return false
  const next = textAt(tokens, k + 1)
  return !RESTRICTIVE.has(next) || ((next === 'que' || next === 'qu') && CLAUSE_SUBJECTS.has(textAt(tokens, k + 2)))
}

/**
 * The claim of which the group at `g` is the subject, negated, or null: « aucun X ne … » (the
 * predicate is what follows « ne »), or « les X [ne] verbe(s) pas … » with one to three words
 * between the group and its negator (the verb, « ne », a word of the group: « les femmes
 * musulmanes ne valent pas »).
 */
function subjectClaim(tokens: readonly Token[], g: { first: number; last: number }): NegatedClaim | null {
  const detAt = g.first - 1
  const det = textAt(tokens, detAt)
  if (!GENERIC.has(det)) return null
  if (tokens[detAt]?.breakBefore !== true && PREPOSITIONS.has(textAt(tokens, detAt - 1))) return null
  const aucun = det === 'aucun' || det === 'aucune'
  let first = -1
  let ne = false
  for (let k = g.last + 1; k <= g.last + CLAIM_REACH && k < tokens.length; k++) {
    const t = tokens[k]
    if (t === undefined || t.breakBefore || RELATIVE.has(t.text) || OTHER_SUBJECT.has(t.text)) return null
    if (isNe(t.text)) {
      if (aucun) return { role: 'subject', negator: detAt, first: k + 1, last: predicateEnd(tokens, k + 1) }
      ne = true
      continue
    }
    if (aucun) continue
    if (first >= 0 && (claimNegatorAt(tokens, k, ne ? CLAIM_NE_NEGATORS : SPOKEN_NEGATORS) || (!ne && t.text === 'loin' && farFrom(tokens, k)))) {
      return k - first - (ne ? 1 : 0) > 3 ? null : { role: 'subject', negator: k, first, last: predicateEnd(tokens, k + 1) }
    }
    if (first < 0) first = k
  }
  return null
}

/** The last token of a predicate starting at `from`: the clause's end, a word of PREDICATE_END, or PREDICATE_LENGTH tokens. */
function predicateEnd(tokens: readonly Token[], from: number): number {
  let k = from
  while (k + 1 < tokens.length && k + 1 < from + PREDICATE_LENGTH && tokens[k + 1]?.breakBefore !== true && !PREDICATE_END.has(textAt(tokens, k + 1))) k++
  return Math.min(k, tokens.length - 1)
}

/** The negated claim of which the group at `g` is the object (« je ne louerai jamais à un X »), or null. */
function objectClaim(tokens: readonly Token[], g: { first: number; last: number }): NegatedClaim | null {
  if (!OBJECT_DETS.has(textAt(tokens, g.first - 1))) return null
  for (let k = g.first - 2; k >= 0 && k >= g.first - OBJECT_REACH; k--) {
    const t = tokens[k]
    if (t === undefined || RELATIVE.has(t.text) || PREDICATE_END.has(t.text)) return null
    const spoken = SPOKEN_NEGATORS.has(t.text)
    // « personne ne peut faire confiance à un X », « personne peut compter sur un X »: nobody the subject of a verdict
    // (NOBODY_VERDICT); a fact (« personne n'a aidé les migrants ») is a complaint on the group's behalf.
    if (isNobody(tokens, k) && (isNe(textAt(tokens, k + 1)) || k === 0 || t.breakBefore)) {
      const first = isNe(textAt(tokens, k + 1)) ? k + 2 : k + 1
      return first >= g.first - 1 || !NOBODY_VERDICT.has(textAt(tokens, first)) || doublyNegated(tokens, k) ? null : { role: 'object', negator: k, first, last: g.first - 1 }
    }
    if (claimNegatorAt(tokens, k, CLAIM_NE_NEGATORS)) {
      // « ne » before the negator, or a spoken « jamais » / « pas »: the verb stands between « ne » and the negator, or just before or after it.
      let first = k + 1
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        if (isNe(textAt(tokens, j))) { first = j + 1; break }
        if (tokens[j + 1]?.breakBefore === true) break
      }
      if (first === k + 1 && !spoken) return null
      if (first === k + 1 && k > 0 && tokens[k]?.breakBefore !== true) first = k - 1
      // « pourquoi pas … », « je vois pas pourquoi on aiderait pas les X »: a question or a double negation, no claim;
      // « n'aimez-vous pas les X ? » asks the hearer, it claims nothing.
      if (doublyNegated(tokens, first) || askedOfHearer(tokens, k)) return null
      return { role: 'object', negator: k, first, last: g.first - 1 }
    }
    if (t.breakBefore) return null
  }
  return null
}

/** Verbs of ability, duty or future whose subject « personne » makes a verdict on the group (« personne ne peut / devrait / fera … »). */
const NOBODY_VERDICT = new Set(['peut', 'pourra', 'pourrait', 'devrait', 'doit', 'fera', 'ferait'])

/** The hearer as a subject put after its verb (« n'aimez-vous pas », « ne respectes-tu pas »). */
const HEARER = new Set(['vous', 'tu'])

/** True when the negator at `k` closes « ne » + verb + « vous » / « tu »: a question put to the hearer. */
export function askedOfHearer(tokens: readonly Token[], k: number): boolean {
  return HEARER.has(textAt(tokens, k - 1)) && isNe(textAt(tokens, k - 3)) && tokens[k - 1]?.breakBefore !== true && tokens[k - 2]?.breakBefore !== true
}

/** True when « pourquoi » or another negator stands in the clause before `first` (the verb of a claim): no claim is made. */
function doublyNegated(tokens: readonly Token[], first: number): boolean {
  if (textAt(tokens, first) === 'pourquoi' || textAt(tokens, first - 1) === 'pourquoi') return true
  for (let k = first - 1; k >= 0 && k >= first - NEG_WINDOW; k--) {
    const t = textAt(tokens, k)
    if (t === 'pourquoi' || (NEGATORS.has(t) && t !== 'aucun' && t !== 'aucune')) return true
    if (tokens[k]?.breakBefore === true) break
  }
  return false
}

/** Verbs of ability before « pas être X et … » (« on ne peut pas être X et honnête »). */
const ABLE = new Set(['peut', 'peux', 'pourra', 'pourrait', 'pourrais', 'pourras'])
/** Determiners a group may take after « être » in a pair claim (« on peut pas être une femme et … »). */
const ONE_OF = new Set(['un', 'une'])

/**
 * The claim that the group at `g` cannot go with a quality (« on ne peut pas être X et honnête »,
 * « on peut pas être une femme et compétente »), or null: « peut (pas|jamais) être [un|une] X et … »,
 * the predicate what follows « et » up to the clause's end. Whether the pair denies a quality is the
 * predicate's polarity, judged by the caller as for a subject (« … et manger du porc » states a rule,
 * no quality).
 */
function pairClaim(tokens: readonly Token[], g: { first: number; last: number }): NegatedClaim | null {
  if (textAt(tokens, g.last + 1) !== 'et' || tokens[g.last + 1]?.breakBefore === true || tokens[g.last + 2] === undefined) return null
  const be = ONE_OF.has(textAt(tokens, g.first - 1)) ? g.first - 2 : g.first - 1
  const negator = be - 1
  if (textAt(tokens, be) !== 'etre' || !CLAIM_NE_NEGATORS.has(textAt(tokens, negator)) || !ABLE.has(textAt(tokens, negator - 1))) return null
  for (let k = negator; k <= g.last + 1; k++) if (tokens[k]?.breakBefore === true) return null
  if (doublyNegated(tokens, negator - 1)) return null
  return { role: 'subject', negator, first: g.last + 2, last: predicateEnd(tokens, g.last + 2) }
}

/**
 * The negated claim said of the group at `g`, as its subject first, then paired with a quality it cannot go
 * with (pairClaim, read as a subject's: « on peut pas être une X et … » is no object claim), then as its object; null when
 * no negation governs a clause about it. A negator a restriction undoes (« pas moins … », « ne … que »)
 * makes no claim (negatorAt).
 */
export function negatedClaimOf(tokens: readonly Token[], g: { first: number; last: number }): NegatedClaim | null {
  return subjectClaim(tokens, g) ?? pairClaim(tokens, g) ?? objectClaim(tokens, g)
}
