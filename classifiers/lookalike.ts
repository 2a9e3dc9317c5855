/**
 * Lexicon words used in their other, ordinary sense: said of a thing rather than of a person
 * (« ces sacs noirs », « le moteur bridé », « ta série à la con », « vos frites de merde »,
 * « une grosse erreur », « ferme la porte »), naming a people (« Gengis Khan est un Mongol »),
 * a passive verb (« bridé par son coach »), waste (« les ordures ménagères »), or another word its neighbour shows (« un baiser »,
 * « lâche-moi », « as-tu pu », « il est mort à 70 ans », « battu à mort »), or pest control (« ces
 * frelons, faut les exterminer »), or a swear word cursing a thing (« cette foutue table », « l'hôtel était dégueulasse »).
 * Such a hit judges no one.
 */
import type { Hit } from './match/match.js'
import type { Span } from './negation.js'
import { sameClause } from './text/token.js'
import type { Token } from './text/token.js'
import { registerWord } from './text/word-facts.js'

/**
 * Things, by their singular (THING_FORMS adds the plurals in « s » and « x »): objects,
 * food, vehicles, machines, works, places, and abstract nouns an adjective of the lexicon
 * qualifies (« une grosse erreur »). No person, animal or body part (« ta grosse tête », « ta
 * mère à la con » stay what they are), nor what a person writes or thinks (« ton avis à la con »,
 * « ta vidéo de merde », said to its author), nor a person's language, culture or traditions (« ta
 * culture à la con » aims at their origin).
 */
const THINGS = new Set([
  // objects and containers
  'sac', 'sachet', 'poubelle', 'boite', 'carton', 'bouteille', 'verre', 'tasse', 'assiette', 'plat', 'casserole', 'poele', 'bol',
  'porte', 'fenetre', 'volet', 'rideau', 'mur', 'toit', 'table', 'chaise', 'canape', 'lit', 'armoire', 'tiroir', 'lampe', 'cle',
  'stylo', 'crayon', 'cahier', 'classeur', 'trousse', 'cartable', 'valise', 'parapluie', 'montre', 'lunette', 'chaussure', 'basket',
  'chaussette', 'pull', 'manteau', 'veste', 'pantalon', 'robe', 'chemise', 'casquette', 'bonnet', 'gilet', 'tissu', 'cable',
  'chargeur', 'batterie', 'ecran', 'clavier', 'souris', 'imprimante', 'ordi', 'ordinateur', 'telephone', 'portable', 'appli',
  'application', 'wifi', 'reseau', 'connexion', 'console', 'manette', 'micro', 'casque', 'enceinte', 'tele', 'television', 'radio',
  'frigo', 'four', 'micro-onde', 'machine', 'aspirateur', 'outil', 'marteau', 'arme', 'caillou', 'ballon', 'balle',
  'bague', 'collier', 'jouet', 'papier', 'feuille', 'colis', 'paquet', 'truc', 'machin', 'objet',
  // food
  'frite', 'pizza', 'burger', 'kebab', 'sandwich', 'pain', 'gateau', 'cafe', 'biere', 'vin', 'soupe', 'sauce', 'pate',
  'riz', 'viande', 'poisson', 'truite', 'legume', 'fruit', 'pomme', 'banane', 'bonbon', 'chocolat', 'glace', 'repas', 'menu',
  'cantine', 'bouffe', 'dessert', 'fromage', 'oeuf', 'salade', 'boisson', 'soda',
  // vehicles and machines
  'moteur', 'voiture', 'caisse', 'bagnole', 'berline', 'camion', 'scooter', 'moto', 'velo', 'trottinette', 'bus', 'train', 'metro',
  'tram', 'avion', 'bateau', 'pneu', 'roue', 'frein', 'volant', 'essence', 'diesel',
  // works and media
  'serie', 'film', 'episode', 'saison', 'livre', 'roman', 'bd', 'manga', 'jeu', 'chanson', 'musique', 'album', 'emission', 'pub',
  'publicite', 'affiche', 'photo', 'image', 'dessin', 'tableau', 'fin', 'scenario', 'spectacle', 'concert',
  // places
  'maison', 'appart', 'appartement', 'chambre', 'salle', 'couloir', 'escalier', 'ascenseur', 'immeuble', 'batiment',
  'rue', 'route', 'autoroute', 'pont', 'gare', 'parking', 'magasin', 'boutique', 'restau', 'restaurant', 'hotel', 'ville', 'quartier',
  'empire', 'steppe', 'yourte', 'plaine', 'montagne', 'foret', 'plage', 'mer', 'riviere', 'lac',
  // everyday abstract nouns
  'erreur', 'faute', 'affaire', 'blague', 'histoire', 'question', 'probleme', 'panne', 'bug', 'journee', 'semaine', 'soiree',
  'matinee', 'nuit', 'meteo', 'pluie', 'temps', 'chaleur', 'froid', 'bruit', 'odeur', 'couleur', 'forme', 'taille',
  'prix', 'facture', 'loyer', 'impot', 'controle', 'exam', 'examen', 'devoir', 'exercice', 'cours', 'note', 'bulletin', 'emploi',
  'horaire', 'reunion', 'panique', 'besogne', 'voix', 'armee', 'invasion',
])

/** Determiners a thing after the hit may come with (« ferme la porte », « lâche mon sac »; not « des », « du »: « la pute du quartier » is a complement of the word). */
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'ce', 'cet', 'cette', 'ces', 'notre', 'votre', 'nos', 'vos', 'leur', 'leurs'])

/** Peoples whose name is also an insult: written with a capital inside a sentence, the people (« un Mongol », « les Mongols »). */
const PEOPLES = new Set(['mongol', 'mongols', 'mongole', 'mongoles'])

/** THINGS and their plurals in « s » and « x », made once so that a look-up slices no word. */
const THING_FORMS: ReadonlySet<string> = new Set([...THINGS].flatMap((w) => [w, `${w}s`, `${w}x`]))

/** True when `word` names a thing (see THINGS), singular or plural. */
export function isThing(word: string): boolean {
  return THING_FORMS.has(word)
}

/** The token before `k` once « à la » is stepped over (« série à la con »; not « de »: « des bruits de singe » is abuse). */
function headBefore(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text
  if ((t === 'la' || t === 'l') && tokens[k - 1]?.text === 'a') return k - 2
  return k
}

/** Things that after « gros », « grosse » are a body insult (« gros sac »): not read as a thing after a hit. */
const BODY_AFTER = new Set(['sac', 'sacs'])

/**
 * True when the hit qualifies a thing rather than a person: a thing just before it, in the same
 * clause, past « à la » (« ces sacs noirs », « ta série à la con », « vos frites de
 * merde » — the hit's own « de » counts), or a thing just after it, past a determiner (« une
 * grosse erreur », « ferme la porte ») when `thingAfter` (a word that can be an adjective or a verb).
 */
function qualifiesThing(tokens: readonly Token[], span: Span, thingAfter: boolean): boolean {
  const firstText = tokens[span.first]?.text
  // « l'histoire de la salope »: a hit with its own determiner names someone, whatever precedes it.
  const before = firstText === 'de' || firstText === 'd' ? span.first - 1 : DETERMINERS.has(firstText ?? '') ? -1 : headBefore(tokens, span.first - 1)
  if (before >= 0 && isThing(tokens[before]?.text ?? '') && sameClause(tokens, before, span.first)) return true
  if (!thingAfter) return false
  let after = span.last + 1
  if (DETERMINERS.has(tokens[after]?.text ?? '')) after++
  const word = tokens[after]?.text ?? ''
  return after < tokens.length && isThing(word) && !BODY_AFTER.has(word) && sameClause(tokens, span.last, after)
}

/** Swear words said before their noun (« cette foutue table basse »): a thing just after one is what it curses. */
const BEFORE_NOUN = new Set(['foutu', 'foutue', 'foutus', 'foutues'])
/** Swear words that take their noun after « de » (« putain de bus », « saloperie d'ordi », « bordel de wifi »). */
const SWEAR_OF = new Set(['putain', 'putains', 'saloperie', 'saloperies', 'bordel'])
/** Copulas and their adverbs between a thing and a swear word said of it (« l'hôtel était vraiment dégueulasse »). */
const THING_COPULA = new Set(['est', 'etait', 'sont', 'etaient', 'c', 'reste', 'restait'])
const COPULA_ADVERBS = new Set(['vraiment', 'trop', 'completement', 'carrement', 'franchement', 'super', 'grave', 'tellement', 'si', 'hyper', 'bien'])

/** How far after a curse a « comme » carries it on to someone (« la cantine est dégueulasse, comme la gueule de Nathan »). */
const LIKENESS_WINDOW = 3

/** True when « comme » follows the token at `k` shortly, across one break at most: what is cursed is likened to something else. */
function likensAfter(tokens: readonly Token[], k: number): boolean {
  let breaks = 0
  for (let j = k + 1; j < tokens.length && j <= k + LIKENESS_WINDOW; j++) {
    if (tokens[j]?.breakBefore === true && ++breaks > 1) return false
    if (tokens[j]?.text === 'comme') return true
  }
  return false
}

/**
 * True for a one-word profanity cursing a thing: before it, « foutu(e)(s) » (« cette foutue table »), or before
 * « de » (« putain de bus », « saloperie d'ordi »); or said of a thing the clause opens with, past a copula (« l'hôtel
 * était dégueulasse »). Not a person (« putain de connard », « ta mère était dégueulasse »), nor a curse likened
 * to something after it (« … dégueulasse, comme la gueule de Nathan »).
 */
function cursesThing(tokens: readonly Token[], span: Span): boolean {
  if (span.first !== span.last || likensAfter(tokens, span.last)) return false
  const w = tokens[span.first]?.text ?? ''
  const next = tokens[span.first + 1]
  if (BEFORE_NOUN.has(w)) return next !== undefined && !next.breakBefore && isThing(next.text)
  if (SWEAR_OF.has(w)) return (next?.text === 'de' || next?.text === 'd') && !next.breakBefore && isThing(tokens[span.first + 2]?.text ?? '') && tokens[span.first + 2]?.breakBefore !== true
  let k = span.first - 1
  while (k > 0 && COPULA_ADVERBS.has(tokens[k]?.text ?? '')) k--
  if (!THING_COPULA.has(tokens[k]?.text ?? '') || tokens[span.first]?.breakBefore === true) return false
  // « l'hôtel était … »: the thing opens the clause, after its determiner at most.
  const subject = k - 1
  const opens = (j: number): boolean => j === 0 || tokens[j]?.breakBefore === true
  return isThing(tokens[subject]?.text ?? '') && sameClause(tokens, subject, span.first) && (opens(subject) || (DETERMINERS.has(tokens[subject - 1]?.text ?? '') && opens(subject - 1)))
}

/** Lexicon words that are also participles (« bridé », « lâché », « crevé », « dégagé »): with « par » after them, a passive verb. */
const PARTICIPLES = new Set([
  'bride', 'brides', 'bridee', 'bridees', 'lache', 'laches', 'lachee', 'lachees', 'creve', 'creves', 'crevee', 'crevees',
  'degage', 'degages', 'degagee', 'degagees', 'balance', 'balances', 'balancee', 'balancees',
])

/** True for a one-word hit that is a passive participle, its agent after « par » (« bridé par son coach », « lâché par son club »). */
function isPassive(tokens: readonly Token[], span: Span): boolean {
  const next = tokens[span.last + 1]
  return span.first === span.last && PARTICIPLES.has(tokens[span.first]?.text ?? '') && next !== undefined && !next.breakBefore && next.text === 'par'
}

/** True for a one-word hit that names a people: capitalised inside a sentence (« Gengis Khan est un Mongol »). */
function isPeople(tokens: readonly Token[], span: Span): boolean {
  const t = tokens[span.first]
  return span.first === span.last && t !== undefined && span.first > 0 && t.capital && PEOPLES.has(t.text)
}

/**
 * True when the hit is a lexicon word in its ordinary sense (a thing's quality, a people, a passive
 * verb): it judges no one. `thingAfter`: a thing after it counts too (see qualifiesThing).
 */
function isLookalike(tokens: readonly Token[], span: Span, thingAfter: boolean): boolean {
  return qualifiesThing(tokens, span, thingAfter) || cursesThing(tokens, span) || isPassive(tokens, span) || isPeople(tokens, span) || isWaste(tokens, span)
}

/** Words before « baiser » that make it the noun, a kiss (« un baiser », « son premier baiser »). */
const KISS = new Set(['un', 'le', 'du', 'au', 'ce', 'cet', 'mon', 'ton', 'son', 'notre', 'votre', 'leur', 'premier', 'dernier', 'petit', 'gros', 'long', 'doux', 'tendre', 'chaste'])
/** Feminine determiners: before « demeure », the noun (« sa demeure », « cette demeure », « à demeure »). */
const FEMININE = new Set(['la', 'une', 'sa', 'ta', 'ma', 'cette', 'votre', 'notre', 'leur', 'a'])
/** Before « pipe », a possessive or demonstrative: the pipe one smokes (« sa pipe »; not « une pipe », « tailler une pipe »). */
const SMOKED = new Set(['sa', 'ta', 'ma', 'cette', 'votre', 'notre', 'leur'])
/** After « lâche », an object: the verb, let go (« lâche-moi », « lâche mon bras », « lâche rien »). */
const LET_GO = new Set(['moi', 'toi', 'nous', 'vous', 'le', 'la', 'les', 'l', 'lui', 'leur', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'rien', 'prise', 'pas', 'jamais'])
/** Before « traîne », a pronoun: the verb, to drag or hang around (« il me traîne », « elle traîne »). */
const DRAG = new Set(['me', 'm', 'te', 't', 'se', 's', 'le', 'les', 'l', 'il', 'elle', 'on', 'qui', 'ca', 'je', 'j', 'tu', 'ils', 'elles', 'nous', 'vous'])
/** Before « tu pu », avoir: « as-tu pu », could you. */
const HAVE = new Set(['as', 'avais', 'aurais', 'avez', 'aviez', 'auriez'])
/** Before « mort à », être or a determiner: a death told (« il est mort à 70 ans », « une mort à sa hauteur »), not « mort à … ! ». */
const TOLD_DEATH = new Set(['est', 'suis', 'es', 'sont', 'etait', 'etaient', 'soit', 'sera', 'serait', 'etre', 'etes', 'sommes', 'fut', 'une', 'la', 'sa', 'ta', 'ma', 'leur', 'cette'])
/** Before « à mort », a participle or a verb of degree: how hard, not a call to kill (« battu à mort », « condamné à mort », « je kiffe à mort »). */
const TO_DEATH = new Set([
  'battu', 'battue', 'battus', 'battues', 'battit', 'condamne', 'condamnee', 'condamnes', 'condamnees', 'poignarde', 'poignardee', 'frappe', 'frappee',
  'blesse', 'blessee', 'gele', 'geles', 'gelee', 'gelames', 'saoule', 'saoulee', 'enivre', 'enivree', 'travaille', 'bosse', 'kiffe', 'aime', 'adore',
  'rigole', 'marre', 'stresse', 'flippe', 'combattrai', 'combattre', 'lutte', 'serre', 'ennuye', 'ennuyee',
])

/** Words of killing said of pests as often as of people (« les exterminer »). */
const KILL = new Set(['exterminer', 'eradiquer'])
/**
 * Pests: named shortly before or after a word of killing, it is pest control (« ces frelons, faut
 * les exterminer »). Not « rats », « cafards », « vermine », « parasites », « nuisibles »: said of people too.
 */
const PESTS = new Set([
  'frelon', 'frelons', 'guepe', 'guepes', 'moustique', 'moustiques', 'punaise', 'punaises', 'termite', 'termites', 'mite', 'mites',
  'puceron', 'pucerons', 'chenille', 'chenilles', 'limace', 'limaces', 'tique', 'tiques', 'fourmi', 'fourmis', 'taupe', 'taupes',
  'ragondin', 'ragondins', 'moisissure', 'moisissures', 'mauvaises', 'herbes', 'germes', 'bacteries', 'acariens',
])
/** How far from a word of killing a pest is looked for. */
const PEST_WINDOW = 6

/** True for a one-word hit of killing with a pest named near it (« ces frelons, faut les exterminer »). */
function isPestControl(tokens: readonly Token[], span: Span): boolean {
  if (span.first !== span.last || !KILL.has(tokens[span.first]?.text ?? '')) return false
  for (let k = Math.max(0, span.first - PEST_WINDOW); k <= span.last + PEST_WINDOW && k < tokens.length; k++) if (PESTS.has(tokens[k]?.text ?? '')) return true
  return false
}

/** Waste words that are also insults (« t'es une ordure », « un déchet »). */
const WASTE = new Set(['dechet', 'dechets', 'ordure', 'ordures', 'poubelle', 'poubelles', 'detritus'])
/**
 * Words of waste collection and sorting: near one, a waste word is waste (« les ordures ménagères », « des déchets
 * recyclables », « le bac à ordures »). Not « sac » or « poubelle » (« sac à merde », « va à la poubelle » are said of people), nor a colour,
 * nor « recyclé » (« un handicapé dans un mur ? un déchet recyclé » is a joke about a person).
 */
const WASTE_CONTEXT = new Set([
  'recyclable', 'recyclables', 'menager', 'menagers', 'menagere', 'menageres', 'recyclage', 'tri', 'trier', 'triez',
  'dechetterie', 'dechetteries', 'compost', 'composter', 'encombrants', 'collecte', 'ramassage', 'eboueur', 'eboueurs', 'benne', 'bennes', 'bac', 'bacs',
  'organique', 'organiques', 'plastique', 'plastiques', 'emballage', 'emballages', 'nucleaire', 'nucleaires', 'radioactif', 'radioactifs', 'toxique', 'toxiques',
  'industriel', 'industriels', 'alimentaire', 'alimentaires', 'verts', 'incinerateur', 'decharge', 'decharges',
])
/** How far from a waste word a word of waste collection is looked for (in its clause). */
const WASTE_WINDOW = 4

/** True for a one-word waste hit with a word of waste collection near it in its clause (« les ordures ménagères »). */
function isWaste(tokens: readonly Token[], span: Span): boolean {
  if (span.first !== span.last || !WASTE.has(tokens[span.first]?.text ?? '')) return false
  for (let k = Math.max(0, span.first - WASTE_WINDOW); k <= span.last + WASTE_WINDOW && k < tokens.length; k++) {
    if (k !== span.first && WASTE_CONTEXT.has(tokens[k]?.text ?? '') && sameClause(tokens, Math.min(k, span.first), Math.max(k, span.first))) return true
  }
  return false
}

/**
 * True when the hit's words are another, ordinary word (a noun, a verb, a tense) by the word next to
 * them: « un baiser », « sa pipe », « cette demeure », « lâche-moi », « il me traîne », « as-tu pu »,
 * « il est mort à 70 ans », « battu à mort ».
 */
function otherWord(tokens: readonly Token[], span: Span): boolean {
  const w = tokens[span.first]?.text ?? ''
  const before = span.first > 0 && tokens[span.first]?.breakBefore !== true ? (tokens[span.first - 1]?.text ?? '') : ''
  if (span.first === span.last) {
    if (w === 'baiser') return KISS.has(before)
    if (w === 'pipe') return SMOKED.has(before)
    if (w === 'demeure') return FEMININE.has(before)
    if (w === 'traine') return DRAG.has(before)
    if (w === 'lache' || w === 'lachez') {
      const next = tokens[span.last + 1]
      return next !== undefined && !next.breakBefore && LET_GO.has(next.text)
    }
    return false
  }
  if (span.last !== span.first + 1) return false
  const w2 = tokens[span.last]?.text ?? ''
  if (w === 'tu' && w2 === 'pu') return HAVE.has(before)
  if (w === 'mort' && w2 === 'a') return TOLD_DEATH.has(before)
  if (w === 'a' && w2 === 'mort') return TO_DEATH.has(before)
  return false
}

/** First-person words right after « la honte »: the speaker's own shame (« la honte jsuis tombé dans l'escalier »). */
const SELF_AFTER = new Set(['je', 'j', 'jsuis', 'chui', 'jme', 'jmsuis', 'jai', 'moi', 'me', 'm'])
/** Words right before « la honte » that make it shame one feels or gets (« j'ai eu la honte », « je me suis tapé la honte »). */
const SELF_BEFORE = new Set(['eu', 'tape', 'tapee', 'pris', 'prise', 'avais', 'avoir'])

/** True for an exclusion hit ending in « la honte » that tells the speaker's own shame (see SELF_AFTER, SELF_BEFORE). */
function isOwnShame(tokens: readonly Token[], h: Hit): boolean {
  if (h.phrase.kind !== 'exclusion' || tokens[h.last]?.text !== 'honte' || tokens[h.last - 1]?.text !== 'la') return false
  if (SELF_AFTER.has(tokens[h.last + 1]?.text ?? '')) return true
  return h.first === h.last - 1 && SELF_BEFORE.has(tokens[h.first - 1]?.text ?? '')
}

/** Kinds whose hits are words that may be said of a thing or a people; a one-word self-harm hit too (« un pneu crevé »). */
const WORD_KINDS: ReadonlySet<string> = new Set(['insult', 'body_shaming', 'identity_hate', 'hostile', 'profanity', 'group', 'self_harm'])
/** Kinds whose words are nouns: a thing after one is not its object (« gauchiste cours d'arguments », « l'islam, langue … »). */
const NOUN_KINDS: ReadonlySet<string> = new Set(['hostile', 'profanity', 'group'])

/** The first words of the hits otherWord and isPestControl read. */
const OTHER_HEADS: ReadonlySet<string> = new Set(['baiser', 'pipe', 'demeure', 'traine', 'lache', 'lachez', 'tu', 'mort', 'a', ...KILL])

/** Longest hit that may be a word in its ordinary sense (« une grosse », « ferme la », « de merde »); longer ones are phrases. */
const MAX_WORDS = 2

/**
 * True for a hit that tells the speaker's own shame (isOwnShame), or one or two words long that is another word (otherWord), or of a word kind and in
 * its ordinary sense (isLookalike); not a slur
 * (an identity-hate word abusive whoever it is said of: « j'ai fini l'jeu negro »), nor a
 * self-harm phrase.
 */
function isLookalikeHit(tokens: readonly Token[], h: Hit): boolean {
  const kind = h.phrase.kind
  if (isOwnShame(tokens, h)) return true
  if (h.last - h.first >= MAX_WORDS) return false
  // Most hits start with none of otherWord's and isPestControl's words: one look-up says so.
  if (OTHER_HEADS.has(tokens[h.first]?.text ?? '') && (otherWord(tokens, h) || isPestControl(tokens, h))) return true
  if (!WORD_KINDS.has(kind)) return false
  if (kind === 'identity_hate' && h.phrase.aim !== 'target') return false
  if (kind === 'self_harm' && h.first !== h.last) return false
  return isLookalike(tokens, h, !NOUN_KINDS.has(kind))
}

/**
 * Words one of which a look-alike hit needs in the post, as each test reads them: a thing before or
 * after it (qualifiesThing), its participle (isPassive), people (isPeople) or waste collection (isWaste), « honte » (isOwnShame), and for otherWord and
 * isPestControl the one-word heads and, of the two-word ones, « pu » and « mort » (« a » and « tu »
 * are in most posts). Registered as a word fact (WordFacts.lookalikeCue), read without a lookup.
 */
const LOOKALIKE_CUES: readonly string[] = [
  ...THING_FORMS, ...PARTICIPLES, ...PEOPLES, ...KILL, ...WASTE_CONTEXT, 'baiser', 'pipe', 'demeure', 'traine', 'lache', 'lachez', 'pu', 'mort', 'honte',
]
for (const w of LOOKALIKE_CUES) registerWord(w).lookalikeCue = true

/** True when a token of the post is a LOOKALIKE_CUES word (a token's facts are its text's). */
function hasLookalikeCue(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).facts.lookalikeCue) return true
  return false
}

/**
 * The hits without the look-alikes (isLookalike): neither the context rules nor the model's
 * lexicon-kind features see them. The same array when there is none (the usual post; a post
 * without a LOOKALIKE_CUES word has none).
 */
export function withoutLookalikes(tokens: readonly Token[], hits: readonly Hit[]): readonly Hit[] {
  if (hits.length === 0 || !hasLookalikeCue(tokens)) return hits
  let dropped = false
  for (const h of hits) if (isLookalikeHit(tokens, h)) dropped = true
  return dropped ? hits.filter((h) => !isLookalikeHit(tokens, h)) : hits
}
