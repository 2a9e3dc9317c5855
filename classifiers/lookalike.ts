/**
 * Lexicon words used in their other, ordinary sense: said of a thing rather than of a person
 * (« ces sacs noirs », « le moteur bridé », « ta série à la con », « vos frites de merde »,
 * « une grosse erreur », « ferme la porte »), naming a people (« Gengis Khan est un Mongol »)
 * or a passive verb (« bridé par son coach »). Such a hit judges no one.
 */
import type { Hit } from './match/match.js'
import type { Span } from './negation.js'
import type { Token } from './text/token.js'

/**
 * Things, by their singular (a trailing « s » or « x » is dropped before the look-up): objects,
 * food, vehicles, machines, works, places, and abstract nouns an adjective of the lexicon
 * qualifies (« une grosse erreur »). No person, animal or body part (« ta grosse tête », « ta
 * mère à la con » stay what they are), nor what a person writes or thinks (« ton avis à la con »,
 * « ta vidéo de merde », said to its author).
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
  'horaire', 'reunion', 'panique', 'besogne', 'voix', 'langue', 'culture', 'tradition', 'armee', 'invasion',
])

/** Determiners a thing after the hit may come with (« ferme la porte », « lâche mon sac »; not « des », « du »: « la pute du quartier » is a complement of the word). */
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'ce', 'cet', 'cette', 'ces', 'notre', 'votre', 'nos', 'vos', 'leur', 'leurs'])

/** Peoples whose name is also an insult: written with a capital inside a sentence, the people (« un Mongol », « les Mongols »). */
const PEOPLES = new Set(['mongol', 'mongols', 'mongole', 'mongoles'])

/** True when `word` names a thing (see THINGS). */
export function isThing(word: string): boolean {
  if (THINGS.has(word)) return true
  const last = word.charCodeAt(word.length - 1)
  // 's' or 'x': a plural
  return (last === 115 || last === 120) && THINGS.has(word.slice(0, -1))
}

/** The token before `k` once « à la » is stepped over (« série à la con »; not « de »: « des bruits de singe » is abuse). */
function headBefore(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text
  if ((t === 'la' || t === 'l') && tokens[k - 1]?.text === 'a') return k - 2
  return k
}

/** Things that after « gros », « grosse » are a body insult (« gros sac »): not read as a thing after a hit. */
const BODY_AFTER = new Set(['sac', 'sacs'])

/** True when no clause break sits between the tokens `a` and `b` (a < b). */
function sameClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a + 1; j <= b; j++) if (tokens[j]?.breakBefore === true) return false
  return true
}

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
  return qualifiesThing(tokens, span, thingAfter) || isPassive(tokens, span) || isPeople(tokens, span)
}

/** Kinds whose hits are words that may be said of a thing or a people; a one-word self-harm hit too (« un pneu crevé »). */
const WORD_KINDS: ReadonlySet<string> = new Set(['insult', 'body_shaming', 'identity_hate', 'hostile', 'profanity', 'group', 'self_harm'])
/** Kinds whose words are nouns: a thing after one is not its object (« gauchiste cours d'arguments », « l'islam, langue … »). */
const NOUN_KINDS: ReadonlySet<string> = new Set(['hostile', 'profanity', 'group'])

/** Longest hit that may be a word in its ordinary sense (« une grosse », « ferme la », « de merde »); longer ones are phrases. */
const MAX_WORDS = 2

/**
 * True for a hit of a word kind, one or two words long, in its ordinary sense; not a slur
 * (an identity-hate word abusive whoever it is said of: « j'ai fini l'jeu negro »), nor a
 * self-harm phrase.
 */
function isLookalikeHit(tokens: readonly Token[], h: Hit): boolean {
  const kind = h.phrase.kind
  if (!WORD_KINDS.has(kind) || h.last - h.first >= MAX_WORDS) return false
  if (kind === 'identity_hate' && h.phrase.aim !== 'target') return false
  if (kind === 'self_harm' && h.first !== h.last) return false
  return isLookalike(tokens, h, !NOUN_KINDS.has(kind))
}

/**
 * The hits without the look-alikes (isLookalike): neither the context rules nor the model's
 * lexicon-kind features see them. The same array when there is none (the usual post).
 */
export function withoutLookalikes(tokens: readonly Token[], hits: readonly Hit[]): readonly Hit[] {
  let dropped = false
  for (const h of hits) if (isLookalikeHit(tokens, h)) dropped = true
  return dropped ? hits.filter((h) => !isLookalikeHit(tokens, h)) : hits
}
