/**
 * The polarity of what a negated claim says of a group (negation.ts negatedClaimOf): denying a
 * group something good — a quality, an ability, trust, a welcome, a place or a role — is hate
 * (« les X ne sont pas intelligents », « on ne peut pas faire confiance à un X », « une X ne
 * devrait jamais être présidente »); denying it something bad is not (« les X ne sont pas des
 * criminels », « … ne volent pas nos emplois »), nor is a neutral statement (« les X ne mangent
 * pas de porc »). A predicate is positive when it holds a word of praise and no word of blame,
 * harm or lack (« pas sans valeur », « pas inutiles » praise); a word of role or belonging counts
 * only as a verdict — with « jamais » or a verb of duty, right or future (« ne sera jamais
 * présidente », « ne devraient pas avoir le droit de voter »), not as a fact (« n'ont pas le droit
 * de vote en 1930 »).
 */
import type { NegatedClaim } from './negation.js'
import type { Token } from './text/token.js'

/** The forms of an adjective: masculine and feminine, singular and plural. */
function adjective(masculine: string, feminine = `${masculine}e`, plural = `${masculine}s`): string[] {
  return [masculine, feminine, plural, `${feminine}s`]
}

/** The forms of a regular -er verb a claim uses (present, future, conditional, infinitive, participle). */
export function verbEr(infinitive: string): string[] {
  const s = infinitive.slice(0, -2)
  return ['e', 'es', 'ent', 'er', 'ez', 'ons', 'erai', 'erais', 'erait', 'eras', 'erons', 'eront', 'eraient', 'ait', 'aient', 'ee', 'ees'].map((e) => s + e)
}

/** Verbs of praise or trust a group may be denied or may itself give (see GIVEN): « respecter », « compter (sur) »… */
const PRAISE_INFINITIVES = ['respecter', 'aimer', 'accepter', 'tolerer', 'apprecier', 'admirer', 'estimer', 'embaucher', 'epouser', 'marier', 'louer', 'serrer', 'compter', 'confier', 'soigner',
  'aider', 'inviter', 'integrer', 'voter', 'ecouter']

/** The forms of the verbs of praise. */
export const PRAISE_VERB_FORMS: ReadonlySet<string> = new Set(PRAISE_INFINITIVES.flatMap(verbEr))

/** Qualities, worth and trust a group may be denied, as adjectives and nouns (question.ts reads them too). */
export const QUALITIES: ReadonlySet<string> = new Set([
  ...adjective('capable', 'capable'), ...adjective('intelligent'), ...adjective('digne', 'digne'), ...adjective('fiable', 'fiable'),
  ...adjective('honnete', 'honnete'), ...adjective('humain'), ...adjective('sain'), ...adjective('beau', 'belle', 'beaux'), ...adjective('joli'),
  ...adjective('bon', 'bonne'), ...adjective('propre', 'propre'), ...adjective('civilise'), ...adjective('competent'), ...adjective('frequentable', 'frequentable'),
  ...adjective('respectable', 'respectable'), ...adjective('bienvenu'), 'egal', 'egaux', 'egale', 'egales', 'normal', 'normaux', 'normale', 'normales',
  ...adjective('gentil', 'gentille'), ...adjective('courageux', 'courageuse', 'courageux'), ...adjective('travailleur', 'travailleuse'), ...adjective('utile', 'utile'),
  ...adjective('doue'), ...adjective('talentueux', 'talentueuse', 'talentueux'), ...adjective('serieux', 'serieuse', 'serieux'), ...adjective('sympathique', 'sympathique'),
  ...adjective('integre', 'integre'), 'loyal', 'loyaux', 'loyale', 'loyales', ...adjective('fidele', 'fidele'), ...adjective('raisonnable', 'raisonnable'),
  ...adjective('cultive'), ...adjective('instruit'), ...adjective('eduque'), ...adjective('poli'), ...adjective('tolerant'), ...adjective('pacifique', 'pacifique'),
  ...adjective('vrai'), ...adjective('fort'), ...adjective('precieux', 'precieuse', 'precieux'), ...adjective('attirant'), ...adjective('productif', 'productive'),
  ...adjective('sincere', 'sincere'),
  ...adjective('genereux', 'genereuse', 'genereux'),
  'humanite', 'respect', 'confiance', 'valeur', 'valeurs', 'merite', 'estime', 'consideration', 'dignite', 'intelligence', 'talent',
])

/** Words of praise: qualities, abilities, worth, trust and welcome a claim may deny a group. */
const POSITIVE: ReadonlySet<string> = new Set([
  ...QUALITIES, ...PRAISE_VERB_FORMS, ...verbEr('meriter'),
  'accueillir', 'accueille', 'accueilles', 'accueillent', 'accueillerai', 'accueillerais', 'accueillerait', 'accueillerons', 'accueilleront', 'accueilleraient', 'accueilli', 'accueillis', 'accueillie', 'accueillies',
  'valent', 'vaut', 'vaudra', 'vaudront', 'vaudrait', 'vaudraient', 'main',
])

/** Words of blame, harm or lack: with one, the claim denies something bad (« ne sont pas des criminels », « ne méritent pas de mourir »); question.ts reads them too. */
export const NEGATIVE: ReadonlySet<string> = new Set([
  ...adjective('criminel', 'criminelle'), ...adjective('dangereux', 'dangereuse', 'dangereux'), ...adjective('inferieur'), ...adjective('voleur', 'voleuse'),
  ...adjective('violeur', 'violeuse'), ...adjective('terroriste', 'terroriste'), ...adjective('malade', 'malade'), ...adjective('contagieux', 'contagieuse', 'contagieux'),
  ...adjective('violent'), ...adjective('mechant'), ...adjective('coupable', 'coupable'), ...adjective('inutile', 'inutile'), ...adjective('feignant'), ...adjective('paresseux', 'paresseuse', 'paresseux'),
  ...adjective('sale', 'sale'), ...adjective('sauvage', 'sauvage'), 'fou', 'fous', 'folle', 'folles', ...adjective('pire', 'pire'), ...adjective('stupide', 'stupide'), ...adjective('bete', 'bete'),
  ...adjective('parasite', 'parasite'), ...adjective('assiste'), ...adjective('profiteur', 'profiteuse'), ...adjective('mauvais', 'mauvaise', 'mauvais'),
  'menace', 'menaces', 'probleme', 'problemes', 'danger', 'dangers', 'fardeau', 'fardeaux', 'charge', 'plaie', 'fleau', 'honte', 'crime', 'crimes', 'delinquance', 'delinquants',
  'sans', 'moins', 'mal', 'peur', 'haine', 'racisme', 'violence', 'violences', 'insultes', 'insulte', 'traites', 'traite', 'traitees', 'traitement', 'sort', 'ca', 'cela', 'ainsi',
  'mourir', 'meurent', 'souffrir', 'souffrent', 'subir', 'subissent', 'crever', 'noyer', 'noyes', 'frapper', 'frappes', 'harceles', 'harcelees', 'discrimines', 'discriminees', 'discrimination',
  'rejetes', 'rejetees', 'exclus', 'exclues', 'expulses', 'agresses', 'agressees', 'insultes', 'insultees', 'humilies', 'humiliees', 'mepris', 'cliche', 'cliches', 'prejuges',
  ...verbEr('voler'), ...verbEr('tuer'), ...verbEr('agresser'), 'envahissent', 'envahir', ...verbEr('remplacer'), ...verbEr('controler'), ...verbEr('comploter'),
  ...verbEr('profiter'), ...verbEr('detester'), ...verbEr('imposer'), 'haissent', 'hair', 'volent', 'tous', 'toutes', 'seuls', 'seules', 'forcement', 'assez',
  // What is done to a group: « ne mérite d'être frappée », « ne méritent pas d'être moquées ».
  ...['moquer', 'insulter', 'frapper', 'violer', 'violenter', 'harceler', 'rejeter', 'juger', 'maltraiter', 'stigmatiser', 'persecuter', 'attaquer', 'humilier', 'discriminer',
    'abandonner', 'expulser', 'enfermer', 'menacer', 'traiter', 'mepriser', 'ignorer', 'blesser', 'torturer', 'chasser', 'accuser', 'lyncher', 'exploiter', 'marginaliser',
    'ridiculiser', 'rabaisser', 'caricaturer', 'brimer', 'insulter', 'tabasser', 'deporter', 'refouler', 'parquer', 'ghettoiser', 'opprimer', 'soupconner'].flatMap(verbEr),
  'battu', 'battus', 'battue', 'battues', 'battre', 'exclure', 'craindre', 'craint', 'craints', 'mort', 'morts', 'morte', 'mortes',
  // Relegation denied: « ne sont pas faites pour rester à la maison / pour la cuisine ».
  'ecart', 'retourner', 'denues', 'denuees', 'denue', 'denuee', 'depourvus', 'depourvues', 'depourvu', 'depourvue', 'prives', 'privees', 'manque', 'manquent',
  'maison', 'cuisine', 'foyer', 'menage', 'vaisselle', 'casseroles', 'fourneaux', 'enfermees', 'voilees', 'soumises', 'soumis', 'obeir',
])

/** Words of role or belonging: a verdict only with « jamais » or a verb of duty, right or future (DEONTIC). */
const ROLE: ReadonlySet<string> = new Set([
  ...adjective('president'), ...adjective('francais', 'francaise', 'francais'), ...adjective('europeen', 'europeenne'), ...adjective('citoyen', 'citoyenne'),
  ...adjective('ami'), ...adjective('voisin'), 'medecin', 'medecins', 'prof', 'profs', 'professeur', 'professeurs', 'professeure', 'professeures', 'ministre', 'ministres', 'maire', 'maires',
  'chef', 'chefs', 'pilote', 'pilotes', 'policier', 'policiers', 'policiere', 'soldat', 'soldats', 'parent', 'parents', 'mere', 'meres', 'pere', 'peres', 'collegue', 'collegues',
  'place', 'droit', 'droits', 'vote', 'nationalite', 'diriger', 'gouverner', 'commander', 'enseigner', 'adopter', 'elever', 'vivre', 'travailler', 'conduire', 'reflechir', 'penser',
])
/** Verbs of duty, right, ability or future that make a role a verdict (« ne devrait pas être », « ne sera jamais », « ne peuvent pas être »). */
export const DEONTIC: ReadonlySet<string> = new Set([
  'devrait', 'devraient', 'doit', 'doivent', 'devront', 'faudrait', 'faut', 'merite', 'meritent', 'sera', 'seront', 'serait', 'seraient', 'pourra', 'pourront',
  'peut', 'peuvent', 'sait', 'savent', 'saura', 'sauront', 'ferait', 'feraient', 'fera', 'feront', 'aura', 'auront', 'laisserai', 'laisserais', 'laisserait', 'laisseront',
])
/**
 * The verbs of praise and « supporter », « considérer » (which a claim may not deny a group: « les femmes ne sont pas
 * considérées » is a complaint). Refused to a group right after, a counter-speech cue refuses it (signals.ts refusesGroup).
 * Not « valoir »: what follows it is a measure, not an object (« une femme ne vaut pas un homme »).
 */
export const PRAISE_VERBS: ReadonlySet<string> = new Set([...PRAISE_VERB_FORMS, ...verbEr('supporter'), ...verbEr('considerer')])
/**
 * Words of praise the subject gives rather than receives (« les X ne respectent pas … », « … ne font pas
 * confiance à … », « … ne sont pas fans de … »): the verbs of praise, « supporter », « considérer »,
 * « accueillir », and the nouns a verb of giving carries (« confiance », « main », « fan »).
 */
const GIVEN: ReadonlySet<string> = new Set([
  ...PRAISE_VERBS,
  'accueillir', 'accueille', 'accueillent', 'confiance', 'main', 'fan', 'fans',
])
/** Words that open an object after a verb: someone's or something else than the group (see givenElsewhere). */
const OBJECT_START = new Set(['le', 'la', 'les', 'l', 'leur', 'leurs', 'ce', 'cette', 'ces', 'cet', 'un', 'une', 'des', 'du', 'de', 'd', 'a', 'au', 'aux', 'ses', 'son', 'sa',
  'mon', 'ma', 'mes', 'en', 'sur', 'qu', 'que'])
/** Objects that are ours (« nos valeurs », « notre pays »): a group denying them praise is judged by the claim (deniesPraise). */
const OURS = new Set(['nos', 'notre', 'vos', 'votre'])
/** Objects that are everyone (« ne respectent rien », « n'aiment personne »): a group denying them praise is judged by the lexicon's praise word. */
const EVERYONE = new Set(['personne', 'rien'])
/** Object pronouns before a verb (« les X m'aiment pas »: the group is who acts, on someone else). */
const CLITIC = new Set(['me', 'm', 'te', 't', 'nous', 'vous', 'le', 'la', 'l', 'lui', 'leur'])
/** Words skipped between a verb and its object (the negator, adverbs). */
const BETWEEN = new Set(['pas', 'jamais', 'plus', 'vraiment', 'du', 'tout', 'trop', 'beaucoup', 'toujours', 'meme', 'ne', 'n'])

/**
 * The word that opens the object of the verb at `k`: the first after the negator and adverbs (BETWEEN), in
 * the verb's clause; undefined at a break or the end.
 */
export function objectOpener(tokens: readonly Token[], k: number): string | undefined {
  let j = k + 1
  while (j < tokens.length && BETWEEN.has(tokens[j]?.text ?? '') && tokens[j]?.breakBefore !== true) j++
  const next = tokens[j]
  return next === undefined || next.breakBefore ? undefined : next.text
}

/**
 * Who is praised: true when the praise word at `k`, said after its group, is praise the group gives to
 * an object of its own (« les femmes ne font pas confiance aux partis », « les X ne sont pas fans de
 * ski », « … ne respectent pas le cessez-le-feu »), not praise the group is denied. `lexicon`: asked for
 * a lexicon praise word, whose group an object of ours leaves to the claim (« ne respecteront jamais nos
 * valeurs », judged by deniesPraise) while an object that is everyone judges it (« les X ne respectent
 * rien »); for a claim, an object that is everyone or someone a pronoun names (« les X m'aiment pas »)
 * is another's.
 */
export function givenElsewhere(tokens: readonly Token[], k: number, lexicon: boolean): boolean {
  if (!GIVEN.has(tokens[k]?.text ?? '')) return false
  if (!lexicon && CLITIC.has(tokens[k - 1]?.text ?? '')) return true
  const o = objectOpener(tokens, k) ?? ''
  return OBJECT_START.has(o) || (lexicon ? OURS : EVERYONE).has(o)
}

/** Past participles of care a group receives from others (« aidés », « soutenues », « payés », « écoutés », « accueillis »). */
export const CARE_RECEIVED: ReadonlySet<string> = new Set([
  ...['aid', 'proteg', 'pay', 'ecout', 'respect', 'consider', 'accompagn', 'represent', 'soign', 'log', 'integr', 'valoris', 'aim', 'remuner', 'inform', 'financ',
    'indemnis', 'form', 'encourag', 'consult', 'recompens', 'augment', 'rembours', 'subventionn', 'assist', 'trait', 'accept', 'entour', 'embauch', 'invit']
    .flatMap((stem) => [`${stem}e`, `${stem}es`, `${stem}ee`, `${stem}ees`]),
  'soutenu', 'soutenus', 'soutenue', 'soutenues', 'reconnu', 'reconnus', 'reconnue', 'reconnues', 'defendu', 'defendus', 'defendue', 'defendues',
  'entendu', 'entendus', 'entendue', 'entendues', 'accueilli', 'accueillis', 'accueillie', 'accueillies', 'inclus', 'incluse', 'incluses', 'suivi', 'suivis', 'suivie', 'suivies',
  'pris', 'prise', 'prises',
])
/** Forms of « être » that make a participle after them passive (« ne sont pas aidés », « n'ont jamais été écoutées »); not « être », which a verb governs (« ne méritent pas d'être aidés »). */
const ETRE = new Set(['sont', 'est', 'seront', 'sera', 'serait', 'seraient', 'etaient', 'etait', 'ete', 'soient', 'soit', 'sommes'])
/** Degree words between « être » and a participle of care (« pas assez », « pas bien », « jamais vraiment »). */
const DEGREE = new Set(['assez', 'suffisamment', 'bien', 'tres', 'mieux', 'correctement', 'dignement', 'vraiment', 'toujours', 'forcement', 'du', 'tout', 'jamais', 'pas', 'plus', 'ne', 'n', 'meme'])

/**
 * True when the word at `k` is care the group receives from others, said passive (« les réfugiés ne sont
 * pas assez aidés », « les musulmans ne sont pas respectés », « ne sont pas bien accueillis »): a complaint
 * on the group's behalf about how others treat it, not a quality denied to it.
 */
export function careReceived(tokens: readonly Token[], k: number): boolean {
  if (!CARE_RECEIVED.has(tokens[k]?.text ?? '')) return false
  let j = k - 1
  while (j >= 0 && j >= k - 5 && DEGREE.has(tokens[j]?.text ?? '') && tokens[j + 1]?.breakBefore !== true) j--
  return ETRE.has(tokens[j]?.text ?? '')
}

/** « faits pour … »: made for, a verdict of belonging. */
const MADE = new Set(['fait', 'faits', 'faite', 'faites'])
/** Prefixes that turn a word of praise into one of blame (« inhumains », « malhonnêtes », « anormaux », « indignes »). */
const PRIVATIVE = /^(?:in|im|ir|mal|a|des|dis)/

/** True when `word` is a word of praise turned into blame by a prefix (« incapables »). */
function privative(word: string): boolean {
  const m = PRIVATIVE.exec(word)
  return m !== null && word.length - m[0].length >= 4 && POSITIVE.has(word.slice(m[0].length))
}

/** True when a « que » follows the comparative at `k` by `until` (« plus que les autres »). */
function comparison(tokens: readonly Token[], k: number, until: number): boolean {
  for (let j = k + 1; j <= until && j < tokens.length; j++) if (tokens[j]?.text === 'que' || tokens[j]?.text === 'qu') return true
  return false
}

/** Determiners that make a verb form of praise a noun (« les aides sociales », « des votes »). */
const NOUN_DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'd', 'aux', 'au', 'ces', 'ce', 'cette'])

/** Articles that are object pronouns too (« je les respecte pas »): a verb's when a subject or a negator stands before them. */
const ALSO_CLITIC = new Set(['le', 'la', 'l', 'les'])
/** Subjects and negators before an object pronoun (« je les respecte », « on ne l'aide »). */
const BEFORE_CLITIC = new Set(['je', 'j', 'tu', 't', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ne', 'n', 'qui', 'jamais', 'pas', 'faut', 'va', 'vais', 'vont', 'peux', 'peut'])

/**
 * True when the word at `k` is a verb form of praise (not a quality) read as a noun after its determiner: « ne
 * comptent plus sur les aides »; not after an object pronoun (« je les respecte pas »).
 */
function praiseNoun(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? ''
  const det = tokens[k - 1]?.text ?? ''
  if (!PRAISE_VERB_FORMS.has(w) || QUALITIES.has(w) || !NOUN_DETERMINERS.has(det) || tokens[k]?.breakBefore === true) return false
  return !ALSO_CLITIC.has(det) || !BEFORE_CLITIC.has(tokens[k - 2]?.text ?? '')
}

/**
 * True when the claim's predicate praises (see the module comment): a word of praise, « faits pour »,
 * « des gens bien », or a role said as a verdict, and no word of blame, harm or lack (the caller
 * also checks that no harmful lexicon hit lies in it).
 */
export function deniesPraise(tokens: readonly Token[], claim: NegatedClaim): boolean {
  let praise = false
  let role = false
  let verdict = tokens[claim.negator]?.text === 'jamais'
  for (let k = claim.first; k <= claim.last; k++) {
    const t = tokens[k]
    if (t === undefined) continue
    const w = t.text
    if (NEGATIVE.has(w) || t.facts.negative || privative(w) || careReceived(tokens, k)) return false
    // « pas faits pour … plus que les autres »: a comparison denied is no verdict.
    if ((w === 'plus' || w === 'davantage') && comparison(tokens, k, claim.last + 2)) return false
    if (POSITIVE.has(w) || (w.length > 4 && w.startsWith('j') && POSITIVE.has(w.slice(1)))) {
      if (!(claim.role === 'subject' && givenElsewhere(tokens, k, false)) && !praiseNoun(tokens, k)) praise = true
    }
    else if (w === 'bien' && (tokens[k - 1]?.text === 'gens' || tokens[k - 1]?.text === 'personnes')) praise = true
    else if (claim.role === 'subject' && MADE.has(w) && tokens[k + 1]?.text === 'pour') praise = true
    else if (ROLE.has(w)) role = true
    if (DEONTIC.has(w)) verdict = true
  }
  return praise || (role && verdict)
}
