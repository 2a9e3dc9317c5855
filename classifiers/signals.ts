/**
 * Turns lexicon hits, emoji and doxxing matches into weighted category
 * signals, applying the per-hit context rules (negation, reporting, aim).
 * Rules that read one frame live in files named for it and are applied here:
 * story.ts (a story told to no one), self-insult.ts (an insult said of oneself),
 * sex-told.ts (sex had together), care-denied.ts (care nobody gives the hearer),
 * question.ts, polarity.ts, negation.ts, context.ts.
 */
import { careComparedOrFelt, careDenied } from './care-denied.js'
import { aimOf, isOwnSaying, isQuoted, isReported, reportedInClause, saidAsItStands } from './context.js'
import type { DoxHit } from './doxxing.js'
import type { EmojiHit } from './emoji.js'
import type { Hit } from './match/match.js'
import { SPORT_WORDS } from './lexicon/sport.js'
import { NO_WORDS, askedOfHearer, modalityOf, negatedClaimOf } from './negation.js'
import { CARE_RECEIVED, DEONTIC, PRAISE_VERBS, careReceived, deniesPraise, givenElsewhere } from './polarity.js'
import { deniedByQuestion } from './question.js'
import type { Modality, Span } from './negation.js'
import { aimedContempt } from './sentiment.js'
import { saidOfSelf } from './self-insult.js'
import { sexTogether } from './sex-told.js'
import { STEREOTYPE_KINDS, codedStereotypes } from './stereotype.js'
import { SCENE_STORY, STORY_WORDS, tellsStory } from './story.js'
import { namesSomeone } from './text/names.js'
import { sameClause } from './text/token.js'
import type { Token } from './text/token.js'
import { registerWord } from './text/word-facts.js'
import type { Category } from './verdict.js'
import { isCategory } from './verdict.js'

/** One weighted signal for a category, with its span in the original text. */
export interface Signal {
  category: Category
  weight: number
  start: number
  end: number
  /** Aimed at the reader or a mention. */
  direct: boolean
  /** An insult word aimed at no one ("quel con ce bus"): it weighs less and is not evidence. */
  unaimed?: boolean
  /** Aimed at a third party the post tells of (« il », « la meuf », a first name), not at the reader: laughter does not soften it. */
  third?: boolean
}

/**
 * Where the weak cues of the last post sit (UTF-16 offsets into its text, end exclusive), as
 * pairs in one typed array reused from post to post: recording a cue allocates nothing, and a
 * post without one writes nothing.
 */
export class SpanBuffer {
  data = new Int32Array(16)
  /** Number of spans (pairs) held. */
  length = 0

  push(start: number, end: number): void {
    if (2 * this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[2 * this.length] = start
    this.data[2 * this.length + 1] = end
    this.length++
  }
}

/** Counts of context cues over the whole post. */
export interface Cues {
  counter: number
  news: number
  banter: number
  profanity: number
  /** Sum of hostile-vocabulary weights. */
  hostile: number
  /** A hit was neutralised by negation, reporting or quoting. */
  neutralised: boolean
  /** The post tells a story and speaks to no one (story.ts tellsStory): its hits are the characters' deeds. */
  story: boolean
}

const GROUP_WINDOW = 12
/** Weight kept by an insult aimed at no one ("quel con ce bus"). */
const UNAIMED = 0.65
const ANTI_OK = /^(?:harcelement|cyberharcelement|racisme|homophobie|transphobie|sexisme|haine|violence|bullying|gaspi|gaspillage|vax|covid|pass|corruption|fascisme|fa|capitalisme|pub|bruit|moustique|rides|age|chute|cerne|cernes|virus|pollution|guerre|nucleaire|chasse|corrida|g)$/

/** Words that name a hashtag rather than use it ("le hashtag #anti2010", "ceux qui relaient #anti2010"). */
const TAG_NAMING = new Set([
  'hashtag', 'hashtags', 'tag', 'tags', 'tendance', 'trend', 'diese', 'publications', 'publication', 'posts', 'messages', 'tweets', 'videos', 'comptes', 'contenus', 'mention', 'mentions',
  'postent', 'publient', 'relaient', 'relayent', 'partagent', 'utilisent', 'relaye',
])
/** How far before a hashtag a naming word or counter-speech cue takes it as its object. */
const TAG_OBJECT_WINDOW = 3

const IDIOM_HEADS = new Set(['creve', 'crever', 'creves', 'crevez', 'mort', 'morte', 'morts', 'tue', 'tuer', 'mourir'])
const FIRST_PERSON = new Set(['je', 'j', 'on', 'nous', 'me', 'm', 'chui', 'jsuis'])

/** "je crève de faim", "mort de rire": a death word followed by "de" or said of oneself. */
function isIdiom(tokens: readonly Token[], h: Hit): boolean {
  if (h.phrase.kind !== 'self_harm' && h.phrase.kind !== 'threat') return false
  const last = tokens[h.last]?.text ?? ''
  if (!IDIOM_HEADS.has(last)) return false
  const next = tokens[h.last + 1]?.text
  if (next === 'de' || next === 'd') return true
  return h.first === h.last && FIRST_PERSON.has(tokens[h.first - 1]?.text ?? '')
}

/** Orders that are abuse only as orders: « retourne au bled », not « je retourne au bled cet été ». */
const ORDER_HEADS = new Set(['retourne', 'retournes', 'rentre', 'rentres', 'repars', 'reparts', 'va', 'vas', 'retournez', 'rentrez', 'degage'])
const SUBJECTS = new Set([
  'je', 'j', 'on', 'nous', 'tu', 'il', 'elle', 'ils', 'elles', 'vous', 'qui',
  // « mes grands-parents sont retournés au Maroc »: a past tense tells, it does not order.
  'sont', 'est', 'suis', 'sommes', 'etes', 'etait', 'etaient', 'etais', 'ai', 'a', 'as', 'ont', 'avons', 'avez', 'se', 's', 'me', 'm',
])
/** After « tu vas le payer », words that make it a question about a price. */
const PRICE = new Set([
  'combien', 'en', 'par', 'avec', 'comment', 'ou', 'quand', 'moins', 'plus',
  // « tu vas payer la pizza ? »: a thing to pay for
  'la', 'le', 'les', 'l', 'un', 'une', 'des', 'ta', 'ton', 'tes', 'ma', 'mon', 'mes', 'sa', 'son', 'ses', 'cette', 'cet', 'leur',
])
/**
 * Words of a friendly plan or of a game: next to them a threat or pile-on phrase is talk about
 * meeting up or playing (« je t'attends devant chez toi pour aller au collège », « je vais te
 * détruire à Fortnite », « on va les défoncer en finale »).
 */
const FRIENDLY = new Set([
  'anniv', 'anniversaire', 'soiree', 'cine', 'cinema', 'kebab', 'mcdo', 'pizza', 'gouter', 'film', 'fete', 'bisous', 'bisou',
  'vacances', 'ensemble', 'grouille', 'depeche', 'prochaine', 'bientot', 'hate', 'merci', 'revisions', 'reviser', 'expose',
  'pluie', 'pleut', 'velo', 'trottinette', 'cdi', 'joue', 'jouer',
  // « je vais te tuer si tu me spoiles la fin »: a spoiler, a show or a share of food is no cause for a real threat.
  'spoil', 'spoiles', 'spoile', 'spoiler', 'spoilers', 'spoilez', 'divulgaches', 'saison', 'episode', 'episodes', 'serie', 'frites',
])
/** Games and competitions: « je vais te détruire à Fortnite » is a boast, whatever its verb. */
const GAME = new Set([
  'fortnite', 'fifa', 'mario', 'kart', 'minecraft', 'roblox', 'brawl', 'valorant', 'jeu', 'jeux', 'game', 'boss', 'niveau', 'console', 'ps5', 'switch',
  'finale', 'tournoi', 'uno', 'belote', 'echecs', 'ping', 'pong', 'tennis', 'manette',
])
/** « ta mère va te tuer » (for coming home late): a parent's anger told as a joke. */
const PARENTS = new Set(['mere', 'pere', 'daronne', 'daron', 'parents', 'reum', 'mamie', 'papy', 'prof', 'soeur', 'frere'])
/** Kinds a story frame softens (tellsStory): what its characters do and say to one another. */
const STORY_SOFTENED = new Set(['threat', 'insult', 'sexual', 'body_shaming', 'pile_on', 'self_harm'])
/** Threat and pile-on kinds that a friendly or game context softens. */
const SOFTENED = new Set(['threat', 'pile_on'])
/** Animal words of insults: said among pet, farm or biology words they are about animals. */
const ANIMALS = new Set([
  'chien', 'chienne', 'chiens', 'chiennes', 'rat', 'rats', 'porc', 'porcs', 'truie', 'cochon', 'vache', 'vaches', 'dinde', 'boeuf', 'veau', 'poule',
  'singe', 'singes', 'baleine', 'serpent', 'crapaud', 'blaireau', 'ane', 'mouton', 'chacal', 'hyene', 'cafard', 'limace', 'pou',
])
const PET_CONTEXT = new Set([
  'chiot', 'chiots', 'chaton', 'chatons', 'veto', 'veterinaire', 'croquettes', 'promener', 'promene', 'aboie', 'ferme', 'zoo', 'svt', 'portee',
  'laisse', 'adopte', 'adopter', 'refuge', 'aquarium', 'cage', 'domestique', 'tante', 'oncle', 'voisin', 'voisine', 'grenouille', 'viande',
])


/**
 * Scene bits of a word (WordFacts.scene): in FRIENDLY, GAME, PET_CONTEXT, SPORT_WORDS, STORY_WORDS (story.ts, whose
 * bit SCENE_STORY it is). A token carries its word's, so a post's scene is read from its tokens' facts rather than five
 * set lookups per token.
 */
const SCENE_FRIENDLY = 1
const SCENE_GAME = 2
const SCENE_PETS = 4
const SCENE_SPORT = 8
for (const [words, bit] of [[FRIENDLY, SCENE_FRIENDLY], [GAME, SCENE_GAME], [PET_CONTEXT, SCENE_PETS], [SPORT_WORDS, SCENE_SPORT], [STORY_WORDS, SCENE_STORY]] as const) {
  for (const w of words) registerWord(w).scene |= bit
}

/** The scene bits of a post: those of its tokens' words, together. */
function sceneOf(tokens: readonly Token[]): number {
  let scene = 0
  for (const t of tokens) scene |= t.facts.scene
  return scene
}

/** Pronouns that point back to a group named earlier (« ils ont ça dans le sang », « c'est dans leurs gènes »). */
const ANAPHORA = new Set(['leur', 'leurs', 'eux', 'ils', 'elles'])
/** True when the hit's own words, or the word just before it, are such a pronoun (not merely a word its pattern could have matched). */
function spellsAnaphora(tokens: readonly Token[], h: Hit): boolean {
  for (let k = Math.max(0, h.first - 1); k <= h.last; k++) if (ANAPHORA.has(tokens[k]?.text ?? '')) return true
  return false
}
/** Between a negated praise or a hateful verb and a later group, words that give it another object (« je n'aime pas qu'on insulte les femmes », « ceux qui tapent sur les migrants »). */
const OTHER_OBJECT = new Set(['qui', 'que', 'qu', 'ceux', 'celles', 'celui', 'celle', 'sur', 'contre', 'dont', 'quand', 'lorsque', 'si', 's', 'gens', 'remarques', 'propos', 'blagues', 'insultes', 'sondages', 'chiffres', 'articles', 'cliches', 'prejuges', 'idees', 'discours'])
/** Determiners that make a group word one person (« cette femme », « ma voisine musulmane »). */
const ONE_PERSON = new Set(['cette', 'ce', 'cet', 'ma', 'ta', 'sa', 'mon', 'ton', 'son', 'notre', 'votre'])
/** Words before a comparison's « que » (« autant que », « plus que »). */
const COMPARATIVE = new Set(['autant', 'plus', 'moins', 'aussi', 'tant', 'davantage', 'mieux', 'pire', 'pis'])

/** True when a praise (or a hateful verb) does not take the group as its object, or the group gives it (see OTHER_OBJECT, polarity.ts givenElsewhere). */
function praiseMissesGroup(tokens: readonly Token[], h: Hit, g: Hit): boolean {
  if (g.first > h.last) {
    for (let k = h.last + 1; k < g.first; k++) {
      const t = tokens[k]?.text ?? ''
      // « rien ne me répugne autant que les Noirs »: a comparison's « que » keeps the group as object.
      if (OTHER_OBJECT.has(t) && !((t === 'que' || t === 'qu') && COMPARATIVE.has(tokens[k - 1]?.text ?? ''))) return true
    }
    return false
  }
  // The group before a praise it gives to an object of its own: its subject, not its object.
  return givenElsewhere(tokens, h.last, true)
}

/**
 * Whether a hateful verb, or a praise said negated, judges the group `g` near it: not one person
 * (« je n'apprécie pas cette femme »), not a group another word takes as object nor a praise verb's
 * subject (praiseMissesGroup); a praise also needs its group outside it (« je ne rencontre pas trop
 * de femmes » names no group it judges).
 */
function judgesGroup(tokens: readonly Token[], h: Hit, g: Hit, hateful: boolean): boolean {
  if (ONE_PERSON.has(tokens[g.first - 1]?.text ?? '')) return false
  if (hateful) return !(g.first > h.last && praiseMissesGroup(tokens, h, g))
  return (g.last < h.first || g.first > h.last) && !praiseMissesGroup(tokens, h, g)
}

/** After « ne méritent pas de vivre », words that make it a life not deserved to be lived so (« … de vivre ça », « … dans ces conditions »). */
const LIVED_SO = new Set(['ca', 'cela', 'ce', 'cet', 'cette', 'ces', 'un', 'une', 'ainsi', 'pareil', 'pareille', 'pareils', 'pareilles', 'sous', 'dehors', 'entasses', 'entassees'])
const HARDSHIP = new Set(['rue', 'peur', 'misere', 'precarite', 'honte', 'terreur', 'crainte', 'angoisse', 'souffrance', 'violence', 'boue', 'froid', 'conditions', 'camps', 'tentes', 'squats'])
/**
 * True when a group predicate is denied by its frame rather than said: a hateful verb nobody
 * holds (« personne ne hait les juifs »), or a life « not deserved » because of what it suffers
 * (« ils ne méritent pas de vivre ça »). A predicate refuted (« ce n'est pas parce qu'ils sont X
 * que … ») is reported (context.ts isReported, the refutation cues of lexicon/cues.ts).
 */
function deniedJudgement(tokens: readonly Token[], h: Hit, m: Modality): boolean {
  if (h.phrase.kind !== 'hate_pred') return false
  if (m.nobody === 'subject') return true
  if (tokens[h.last]?.text !== 'vivre') return false
  const next = tokens[h.last + 1]
  return next !== undefined && !next.breakBefore && (LIVED_SO.has(next.text) || (next.text === 'dans' && HARDSHIP.has(tokens[h.last + 3]?.text ?? tokens[h.last + 2]?.text ?? '')))
}

/**
 * True when a praise the group is denied is care it receives from others (polarity.ts careReceived:
 * « les réfugiés ne sont pas assez aidés », « les musulmans ne sont pas respectés ») or too little of
 * (« pas assez payées »): a complaint on its behalf, not a judgement of it. A quality denied « assez »
 * (« pas assez intelligentes ») stays a judgement.
 */
function tooLittleCare(tokens: readonly Token[], h: Hit): boolean {
  return h.phrase.kind === 'pos_pred' && (careReceived(tokens, h.first) || (CARE_RECEIVED.has(tokens[h.first]?.text ?? '') && TOO_LITTLE.has(tokens[h.first - 1]?.text ?? '')))
}
/**
 * True for rights denied as a fact of inequality, not as a verdict: « les mêmes droits » in a clause with no verb of duty,
 * right or future nor « jamais » (polarity.ts DEONTIC: « les gays n'ont pas les mêmes droits partout en Europe » is a
 * complaint, « … ne devraient pas avoir les mêmes droits », « … n'auront jamais les mêmes droits » are verdicts).
 */
function unequalRights(tokens: readonly Token[], h: Hit): boolean {
  const w = tokens[h.first]?.text
  if (h.phrase.kind !== 'pos_pred' || h.first !== h.last || (w !== 'droits' && w !== 'droit') || tokens[h.first - 1]?.text !== 'memes') return false
  for (let k = h.first - 1; k >= 0; k--) {
    const t = tokens[k]?.text ?? ''
    if (DEONTIC.has(t) || t === 'jamais') return false
    if (tokens[k]?.breakBefore === true) break
  }
  // « … et c'est tant mieux », « …, et heureusement », « … c'est normal »: the inequality approved, no complaint (not « c'est pas
  // normal », nor « heureusement que des associations se battent »).
  for (let k = h.last + 1; k < tokens.length; k++) {
    const t = tokens[k]?.text ?? ''
    const ends = k + 1 >= tokens.length || tokens[k + 1]?.breakBefore === true
    if (t === 'tant' && tokens[k + 1]?.text === 'mieux') return false
    if ((t === 'heureusement' || t === 'normal') && ends && tokens[k - 1]?.text !== 'pas') return false
  }
  return true
}
/** Degree words that make a denial a complaint of too little (« pas assez », « pas suffisamment »). */
const TOO_LITTLE = new Set(['assez', 'suffisamment'])

/** Pronouns that take up what was just said (« …, ça me dégoûte »). */
const THAT = new Set(['ca', 'cela', 'ce', 'c'])

/** True for a hateful verb said of what was just said, not of a group (« ça me dégoûte », « cela m'écœure »). */
function reactsToSaying(tokens: readonly Token[], h: Hit): boolean {
  const before = tokens[h.first - 1]?.text ?? ''
  return THAT.has(before) || ((before === 'me' || before === 'm') && THAT.has(tokens[h.first - 2]?.text ?? ''))
}

/** Negators that make a clause's care a complaint (« ne sont pas bien accueillis », « ne sont jamais écoutés »). */
const CARE_NEGATORS = new Set(['pas', 'jamais', 'plus', 'guere'])

/**
 * True for a hateful predicate that reacts to a complaint just made on a group's behalf (« les réfugiés ne sont pas bien
 * accueillis dans cette ville, c'est une honte »): it opens its clause on « c' », « ça » (reactsToSaying) and the clause
 * before denies the group care it receives (polarity.ts careReceived, negated). The shame is the treatment's, not the
 * group's; « les réfugiés sont accueillis comme des rois, c'est une honte » still judges the group.
 */
function reactsToComplaint(tokens: readonly Token[], h: Hit): boolean {
  if (!reactsToSaying(tokens, h)) return false
  let k = h.first - 1
  while (k > 0 && tokens[k]?.breakBefore !== true) k--
  if (k === 0 || k < h.first - 2) return false
  let care = false
  let negated = false
  for (let j = k - 1; j >= 0; j--) {
    if (careReceived(tokens, j)) care = true
    if (CARE_NEGATORS.has(tokens[j]?.text ?? '')) negated = true
    if (tokens[j]?.breakBefore === true) break
  }
  return care && negated
}

/** How far after a praise verb its group object may start (« ne tolère pas les musulmans »). */
const OBJECT_WINDOW = 2

/**
 * True for a counter-speech cue that spells a praise verb refused to a group right after it (« je ne tolère pas les
 * musulmans »): it refuses the group, it defends no one (« je ne tolère pas le racisme » is still counter-speech).
 */
function refusesGroup(tokens: readonly Token[], h: Hit, groups: readonly Hit[]): boolean {
  if (!PRAISE_VERBS.has(tokens[h.last - 1]?.text ?? '') && !PRAISE_VERBS.has(tokens[h.last]?.text ?? '')) return false
  for (const g of groups) if (g.first > h.last && g.first - h.last <= OBJECT_WINDOW && !ONE_PERSON.has(tokens[g.first - 1]?.text ?? '')) return true
  return false
}

/**
 * True when the group `g` is the object of a hateful verb said negated before it (« je ne hais pas
 * les Arabes, je hais … »): a later hateful verb does not judge it. `negatedHateful`: the hateful
 * verbs the main loop found negated so far (hits come in order, so every one before `g` is there).
 */
function deniedObject(negatedHateful: readonly Hit[], g: Hit): boolean {
  for (const n of negatedHateful) if (n.last < g.first && g.first - n.last <= 3) return true
  return false
}

/** A cheer and a harm event of the same post, both said (not negated, reported or quoted): the harm is wished. */
function cheeredHarm(tokens: readonly Token[], hits: readonly Hit[], reportTokens: ReadonlySet<number>): Signal | undefined {
  let harm: Hit | undefined
  let cheer: Hit | undefined
  for (const h of hits) {
    if (h.phrase.kind !== 'harm_event' && h.phrase.kind !== 'cheer') continue
    const m = modalityOf(tokens, h)
    if (!saidAsItStands(tokens, h, reportTokens, m)) continue
    // « j'espère que personne ne se fera agresser »: harm that befalls no one.
    if (h.phrase.kind === 'harm_event' && m.nobody !== null) continue
    if (h.phrase.kind === 'harm_event') { if (harm === undefined || h.phrase.weight > harm.phrase.weight) harm = h } else if (cheer === undefined) cheer = h
  }
  if (harm === undefined || cheer === undefined || (cheer.first >= harm.first && cheer.last <= harm.last)) return undefined
  const a = Math.min(harm.first, cheer.first)
  const b = Math.max(harm.last, cheer.last)
  return { category: 'threat', weight: harm.phrase.weight + 0.3, start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0, direct: false }
}

/** How a parent speaks to a child (« mon chéri », « ma puce »; not « maman », which taunts use: « va pleurer chez ta maman »): a « va jouer », « va finir ton goûter » is then an errand, not a put-down. */
const PARENT_TALK = new Set(['cheri', 'cherie', 'puce', 'poussin', 'loulou', 'bichon', 'tresor', 'doudou', 'bibou'])
/** Heads of the put-downs that send someone back to a child's place. */
const CHILD_PLACE = new Set(['retourne', 'retournes', 'retournez', 'va', 'vas', 'allez', 'file', 'filez'])

/** True for a wish or an order (« qu'il crève », « je lui souhaite… », « va te pendre »): a bare « pas » after it negates it. */
function isWishOrOrder(tokens: readonly Token[], h: Hit): boolean {
  if (h.phrase.kind === 'self_harm') return true
  const head = tokens[h.first]?.text ?? ''
  return h.phrase.kind === 'threat' && (head === 'qu' || head === 'que' || h.phrase.vocab.has('espere') || h.phrase.vocab.has('souhaite'))
}

/**
 * True when the order head at `k` follows its subject in its clause (« je retourne au bled cet été »): a
 * statement, not an order. A clause break before it, or « nous » and « vous » before a form that is not
 * theirs (« tu manges pas avec nous va manger tout seul »), leave it an order.
 */
function toldBySubject(tokens: readonly Token[], k: number, head: string): boolean {
  if (tokens[k]?.breakBefore === true) return false
  const before = tokens[k - 1]?.text ?? ''
  if (before === 'nous' || (before === 'vous' && !head.endsWith('ez'))) return false
  return SUBJECTS.has(before)
}

/**
 * True for a hit that only looks like abuse: a wish or an order negated without « ne » (« j'espère
 * qu'il crève pas ») or said as a fear (« j'ai peur qu'il crève de froid »), a threat or a wish by
 * or for nobody (« personne va te frapper », « je ne souhaite à personne un cancer »), care nobody
 * gives compared or felt (« personne ne t'aime autant que moi »), an order
 * said of oneself, « tu vas le payer combien ».
 */
function isOrdinary(tokens: readonly Token[], h: Hit, m: Modality): boolean {
  if (m.negation === 'spoken' || m.worry) return true
  if (h.phrase.kind === 'threat' && m.nobody !== null) return true
  // « personne ne t'aime autant que moi », « si personne ne t'écoute, … »: care compared or felt, not denied.
  if (careComparedOrFelt(tokens, h)) return true
  const head = tokens[h.first]?.text ?? ''
  if (ORDER_HEADS.has(head) && toldBySubject(tokens, h.first, head)) return true
  // « va finir ton goûter mon chéri »: an order to a child from a parent.
  if (h.phrase.kind === 'insult' && CHILD_PLACE.has(head) && (h.phrase.vocab.has('jouer') || h.phrase.vocab.has('finir') || h.phrase.vocab.has('gouter'))) {
    for (const t of tokens) if (PARENT_TALK.has(t.text)) return true
  }
  if (h.phrase.kind === 'threat' && PARENTS.has(tokens[h.first - 1]?.text ?? '') && (head === 'va' || head === 'vont')) return true
  // « tu vas regretter de pas être venu »: a regret of missing out.
  if (h.phrase.kind === 'threat' && tokens[h.last]?.text === 'regretter' && tokens[h.last + 1]?.text === 'de' && (tokens[h.last + 2]?.text === 'pas' || tokens[h.last + 2]?.text === 'ne')) return true
  return h.phrase.kind === 'threat' && tokens[h.last]?.text === 'payer' && PRICE.has(tokens[h.last + 1]?.text ?? '')
}

/** Bare orders of counter-speech (« arrête », « arrêtez », « stop », « écoute »): a defender's only when said to attackers. */
const STOP = new Set(['arrete', 'arretez', 'arretes', 'arreter', 'stop', 'ecoute', 'ecoutez'])

/** Words before « arrête » or « écoute » that make it a statement, not an order (« j'arrête », « il a été arrêté », « je t'écoute », « à l'écoute »). */
const NOT_ORDER = new Set(['je', 'j', 'il', 'elle', 'on', 'ils', 'elles', 'ca', 'a', 'ai', 'as', 'ont', 'est', 'ete', 'sont', 's', 'me', 'm', 'se', 'nous', 'ne', 'n', 'jamais', 'pas', 't', 'te', 'l', 'la', 'le', 'les', 'vous'])
/** Words that end what an order to stop is about (« arrête de remettre mes modifs sinon je te tue »). */
const ORDER_END = new Set(['sinon', 'ou', 'avant', 'parce', 'car', 'espece', 'sale'])

/**
 * True when the stop word at `k` is written as a past participle (« arrêté », « arrêtées »: a final é the
 * order never has), as in « un homme arrêté pour vol »: news of an arrest, not an order to stop. Read
 * from the original text, since the folded token loses the accent (« arrete » unaccented stays an order).
 */
function writtenParticiple(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t === undefined || !STOP.has(t.text) || !t.text.startsWith('arret')) return false
  const written = text.slice(t.start, t.end).toLowerCase()
  return written.endsWith('é') || written.endsWith('ée') || written.endsWith('és') || written.endsWith('ées')
}

/** Cue kinds that steer the context rules (counted over the post, never signals themselves). */
const CUE_KINDS: ReadonlySet<string> = new Set(['counter', 'news', 'banter'])

/**
 * True when a cue hit lies inside a longer hit of a harassment category (« s'arrêter » and « auraient »
 * in « tes parents auraient dû s'arrêter »): its words are the abuse's own, not counter-speech or news
 * around it. Said only of cue hits; `hits` are the post's.
 */
function insideAbuse(hits: readonly Hit[], h: Hit): boolean {
  for (const o of hits) {
    if (o === h || !isCategory(o.phrase.kind) || o.first > h.first || o.last < h.last || o.last - o.first <= h.last - h.first) continue
    return true
  }
  return false
}

/** True when the token at `k` is an order to stop (« arrête », « stop »), not a statement (« j'arrête »). */
function isStopAt(tokens: readonly Token[], k: number): boolean {
  return STOP.has(tokens[k]?.text ?? '') && !NOT_ORDER.has(tokens[k - 1]?.text ?? '')
}

/** True for a counter cue that is a bare order to stop (« arrête », « stop »), not a defender's longer phrase (« arrêtez de l'embêter »). */
function isStopOrder(tokens: readonly Token[], h: Hit): boolean {
  return h.first === h.last && isStopAt(tokens, h.first)
}

/** The token after the last one an order to stop is about: its clause, up to a break or a word of ORDER_END. */
function orderEnd(tokens: readonly Token[], h: Hit): number {
  let k = h.last + 1
  while (k < tokens.length && tokens[k]?.breakBefore !== true && !ORDER_END.has(tokens[k]?.text ?? '')) k++
  return k
}

/** True for a hit said as what the addressee should stop being (« arrête d'être un connard »): aimed at them. */
function stopBefore(tokens: readonly Token[], h: Hit): boolean {
  for (let k = h.first - 1; k >= 2 && k >= h.first - 4; k--) {
    if (tokens[k]?.text === 'etre' && isStopAt(tokens, k - 2) && (tokens[k - 1]?.text === 'd' || tokens[k - 1]?.text === 'de')) return true
    if (tokens[k]?.breakBefore === true) break
  }
  return false
}

/**
 * True when the post itself attacks the one an order to stop is said to: a said threat (« arrête …
 * sinon je te tue ») or a said insult aimed at the reader (« espèce de bâtard, arrête de supprimer
 * mes trucs », « arrête d'être un connard »), outside what the order is about (« arrête de frapper
 * ton frère »). The order is then the attacker's, not a defender's.
 */
function ordersAttack(tokens: readonly Token[], orders: readonly Hit[], signals: readonly Signal[], aimedOrders: readonly number[]): boolean {
  if (aimedOrders.length > 0) return true
  for (const s of signals) {
    if (s.weight < 1 || !(s.category === 'threat' || (s.direct && s.category !== 'self_harm'))) continue
    let about = false
    for (const o of orders) if (s.start >= (tokens[o.last]?.end ?? 0) && s.start < (tokens[orderEnd(tokens, o)]?.start ?? Infinity)) about = true
    if (!about) return true
  }
  return false
}

/** Hit kinds whose words make a predicate one of blame (« ne sont pas des criminels » denies blame, it praises). */
const HARMFUL_KINDS = new Set(['hate_pred', 'insult', 'identity_hate', 'hostile', 'threat', 'profanity', 'body_shaming', 'self_harm'])

/** True when a harmful hit (an insult, a hateful predicate…) lies in the tokens `first`…`last`: the predicate blames, it does not praise. */
function harmfulIn(hits: readonly Hit[], first: number, last: number): boolean {
  for (const h of hits) if (HARMFUL_KINDS.has(h.phrase.kind) && h.first <= last && h.last >= first) return true
  return false
}

/**
 * Identity hate said as a negated claim about a group whose predicate praises (negation.ts
 * negatedClaimOf, polarity.ts deniesPraise): « un X ne sera jamais un bon voisin », « on ne peut
 * pas compter sur un X », « les X ne sont pas faits pour vivre ici ». A group already judged by
 * a signal, one person (« cette femme »), a group a report in its clause governs (« dire que les
 * X ne sont pas … »), a quoted claim, a claim whose words name another object between the verb
 * and the group (OTHER_OBJECT: « je n'aime pas qu'on insulte les X ») and a nationality among
 * sport words (a team) make none.
 */
function negatedClaims(tokens: readonly Token[], hits: readonly Hit[], groups: readonly Hit[], signals: Signal[], reportTokens: ReadonlySet<number>): void {
  let sport: boolean | undefined
  for (const g of groups) {
    if (ONE_PERSON.has(tokens[g.first - 1]?.text ?? '')) continue
    // « les femmes de ménage »: a trade, not the group.
    if (tokens[g.last + 1]?.text === 'de' && TRADE.has(tokens[g.last + 2]?.text ?? '')) continue
    const claim = negatedClaimOf(tokens, g)
    if (claim === null) continue
    if (claim.role === 'object') {
      let other = false
      // « compter sur » takes the group as its object (« on ne peut pas compter sur un X »), unlike « taper sur ».
      for (let k = claim.negator + 1; k < g.first; k++) if (OTHER_OBJECT.has(tokens[k]?.text ?? '') && !(tokens[k]?.text === 'sur' && (tokens[k - 1]?.text ?? '').startsWith('compt'))) other = true
      if (other) continue
    }
    if (!deniesPraise(tokens, claim) || harmfulIn(hits, claim.first, claim.last)) continue
    const a = Math.min(g.first, claim.first, claim.negator)
    const b = Math.max(g.last, claim.last)
    const said = saidDenial(tokens, signals, a, b, reportTokens)
    if (said === 0) continue
    sport ??= (sceneOf(tokens) & SCENE_SPORT) !== 0
    signals.push({ category: 'identity_hate', weight: CLAIM_WEIGHT * said * (sport && g.phrase.weight === 1 ? 0.15 : 1), start: tokens[a]?.start ?? 0, end: tokens[b]?.end ?? 0, direct: false })
  }
}

/**
 * How much of a denial of a quality over tokens `a`…`b` (negatedClaims, rhetoricalQuestions) is said: 0 when an
 * identity-hate signal already judges the group there or a report governs it (« dire que les X ne sont pas … »),
 * 0.35 when quoted, else 1.
 */
function saidDenial(tokens: readonly Token[], signals: readonly Signal[], a: number, b: number, reportTokens: ReadonlySet<number>): number {
  const start = tokens[a]?.start ?? 0
  const end = tokens[b]?.end ?? 0
  for (const sg of signals) if (sg.category === 'identity_hate' && sg.start < end && sg.end > start) return 0
  if (reportedInClause(tokens, a, reportTokens) || isReported(tokens, { first: a, last: b, phrase: NO_WORDS }, reportTokens)) return 0
  for (let k = a; k <= b; k++) if (tokens[k]?.quoted === true) return 0.35
  return 1
}

/**
 * Identity hate asked as a rhetorical question that denies a group a quality (question.ts:
 * « depuis quand les X savent conduire ? », « t'as déjà vu un X intelligent ? »), weighed as a
 * negated claim. A group already judged by a signal, a reported or a quoted question make none.
 */
function rhetoricalQuestions(tokens: readonly Token[], hits: readonly Hit[], groups: readonly Hit[], signals: Signal[], reportTokens: ReadonlySet<number>, text: string): void {
  for (const g of groups) {
    const q = deniedByQuestion(tokens, g, text, hits)
    if (q === null) continue
    const said = saidDenial(tokens, signals, q.first, q.last, reportTokens)
    if (said === 0) continue
    signals.push({ category: 'identity_hate', weight: CLAIM_WEIGHT * said, start: tokens[q.first]?.start ?? 0, end: tokens[q.last]?.end ?? 0, direct: false })
  }
}
/** Nouns after « femme de » that make a trade (« femmes de ménage », « femme de chambre »). */
const TRADE = new Set(['menage', 'chambre', 'service', 'lettres', 'affaires', 'loi', 'science', 'sciences', 'ouvrage', 'charge', 'confiance', 'marin', 'pecheur'])
/** A negated praise of a group weighs as a listed one does (POSITIVE_PREDICATES' 2.2, plus the group's 0.6). */
const CLAIM_WEIGHT = 2.8

/** Shared empty values for the usual post (no report hit, no hit at all); never written to. */
const NO_TOKENS: Set<number> = new Set<number>()
const NO_HITS: readonly Hit[] = []
const NO_NEGATED: Hit[] = []

/** True when a naming word or a counter-speech cue shortly before, in the same sentence, takes the tag at `k` as its object. */
function tagIsNamed(tokens: readonly Token[], k: number, counterEnds: readonly number[]): boolean {
  for (let j = k - 1; j >= 0 && j >= k - TAG_OBJECT_WINDOW; j--) {
    if (TAG_NAMING.has(tokens[j]?.text ?? '') || counterEnds.includes(j)) return true
    if (tokens[j]?.breakBefore === true) break
  }
  return false
}

/** True for an insult or body-shaming hit that names an animal (« la chienne de ma tante »). */
function isAnimalHit(tokens: readonly Token[], h: Hit): boolean {
  if (h.phrase.kind !== 'insult' && h.phrase.kind !== 'body_shaming') return false
  for (let k = h.first; k <= h.last; k++) if (ANIMALS.has(tokens[k]?.text ?? '')) return true
  return false
}

/**
 * Weighted signals plus cue counts for a tokenised post (`text`, the original, is read for accents the
 * folded tokens lose: writtenParticiple). With `weakSpans`, the place of each weak
 * cue that counts (a profanity or hostile word not negated, a contemptuous adjective aimed at
 * someone, an insult dropped as unaimed) is pushed there, for classifiers/hints.ts.
 */
export function collectSignals(tokens: readonly Token[], hits: readonly Hit[], emoji: readonly EmojiHit[], dox: readonly DoxHit[], weakSpans?: SpanBuffer, text = ''): { signals: Signal[]; cues: Cues } {
  const cues: Cues = { counter: 0, news: 0, banter: 0, profanity: 0, hostile: 0, neutralised: false, story: false }
  let reportTokens: Set<number> = NO_TOKENS
  for (const h of hits) {
    if (h.phrase.kind !== 'report' || isOwnSaying(tokens, h.first, h.last)) continue
    if (reportTokens === NO_TOKENS) reportTokens = new Set<number>()
    for (let k = h.first; k <= h.last; k++) reportTokens.add(k)
  }
  const signals: Signal[] = []
  let mention = false
  let nobody = false
  for (const t of tokens) {
    if (t.kind === 'mention') mention = true
    else if (t.text === 'personne') nobody = true
  }
  const groups = hits.length === 0 ? NO_HITS : hits.filter((g) => g.phrase.kind === 'group')
  const counterEnds: number[] = []
  const stopOrders: Hit[] = []
  /** Hateful verbs said negated, in order (deniedObject reads them). */
  let negatedHateful: Hit[] = NO_NEGATED
  /** Hits said as what the addressee should stop being (« arrête d'être un connard »). */
  const aimedOrders: number[] = []
  // Friendly, game and pet words matter only to a hit the context rules weigh: looked for on the first such hit.
  let looked = false
  let friendly = false
  let game = false
  let pets = false
  let sport = false
  let story = false
  for (const h of hits) {
    const kind = h.phrase.kind
    if (CUE_KINDS.has(kind) && insideAbuse(hits, h)) continue
    if (kind === 'counter') {
      // Support nobody gives is no counter-speech (« personne ne t'écoute », « personne te soutient »).
      const cm = modalityOf(tokens, h)
      if (cm.negation !== null || cm.nobody !== null || refusesGroup(tokens, h, groups)) continue
      if (h.first === h.last && writtenParticiple(text, tokens, h.first)) continue
      if (isStopOrder(tokens, h)) { stopOrders.push(h); continue }
      cues.counter += h.phrase.weight
      counterEnds.push(h.last)
      continue
    }
    if (kind === 'news') { cues.news++; continue }
    if (kind === 'banter') { cues.banter++; continue }
    if (kind === 'group') continue
    if (kind === 'report') continue
    if (kind === 'harm_event' || kind === 'cheer' || STEREOTYPE_KINDS.has(kind)) continue
    const m = modalityOf(tokens, h, isWishOrOrder(tokens, h))
    if (kind === 'hate_pred' && m.negation !== null) {
      if (negatedHateful === NO_NEGATED) negatedHateful = []
      negatedHateful.push(h)
    }
    if (isIdiom(tokens, h) || isOrdinary(tokens, h, m) || saidOfSelf(tokens, h) || sexTogether(tokens, h)) continue
    if (!looked) {
      looked = true
      const scene = sceneOf(tokens)
      friendly = (scene & SCENE_FRIENDLY) !== 0
      game = (scene & SCENE_GAME) !== 0
      pets = (scene & SCENE_PETS) !== 0
      sport = (scene & SCENE_SPORT) !== 0
      story = (scene & SCENE_STORY) !== 0 && !mention && tellsStory(text, tokens)
      cues.story = story
    }
    let w = h.phrase.weight
    if (game && SOFTENED.has(kind)) w *= 0.2
    else if (friendly && SOFTENED.has(kind)) w *= w >= 3 ? 0.5 : 0.3
    if (pets && isAnimalHit(tokens, h)) w *= 0.2
    // « personne n'aime les X »: a praise nobody gives is denied, as a negated one is.
    const negated = m.negation !== null || (kind === 'pos_pred' && m.nobody === 'subject')
    const reported = isReported(tokens, h, reportTokens)
    const quoted = isQuoted(tokens, h)
    if (negated) w *= 0.1
    else if (reported) w *= 0.15
    else if (quoted) w *= 0.35
    // A negated positive predicate ("ne sont pas humains") is the abuse itself, not a neutralised one.
    if ((negated && kind !== 'pos_pred') || reported || quoted) cues.neutralised = true
    const stopBeing = !negated && !reported && !quoted && kind === 'insult' && stopBefore(tokens, h)
    if (stopBeing) aimedOrders.push(h.first)
    const aim = stopBeing ? 'second' : aimOf(tokens, h)
    const direct = aim === 'second' || mention
    // « Dans la dernière scène, elle lui tire une balle dans la tête »: a character's deed, told.
    if (story && STORY_SOFTENED.has(kind) && !direct) w *= 0.2
    if (kind === 'profanity' || kind === 'hostile') {
      if (negated) continue
      if (kind === 'profanity') cues.profanity += direct ? 1 : 0.7
      else cues.hostile += w * (direct ? 1 : 0.7)
      weakSpans?.push(tokens[h.first]?.start ?? 0, tokens[h.last]?.end ?? 0)
      continue
    }
    if (kind === 'hate_pred' || kind === 'pos_pred') {
      // a negative predicate counts when affirmed, a positive one when negated
      if (kind === 'hate_pred' ? negated : !negated) continue
      if (reported) continue
      if (kind === 'pos_pred') w = h.phrase.weight
      // « ne respectes-tu pas les X ? »: a negative question put to the hearer asks, it claims nothing (as negation.ts's objectClaim).
      if (deniedJudgement(tokens, h, m) || tooLittleCare(tokens, h) || unequalRights(tokens, h) || (kind === 'hate_pred' && reactsToComplaint(tokens, h)) || (kind === 'pos_pred' && askedOfHearer(tokens, h.last + 2))) continue
      const anaphoric = kind === 'hate_pred' && spellsAnaphora(tokens, h)
      const near = groups.find((g) => (Math.abs(g.first - h.first) <= GROUP_WINDOW || (anaphoric && g.last < h.first)) && judgesGroup(tokens, h, g, kind === 'hate_pred') && !(kind === 'hate_pred' && g.last < h.first && deniedObject(negatedHateful, g)))
      if (near === undefined) continue
      // « mon voisin répète que les X ne sont pas dignes de confiance, ça me dégoûte »: a report that governs the group in its clause
      // governs what the post says of it after.
      if (near.first < h.first && reportedInClause(tokens, near.first, reportTokens) && (sameClause(tokens, near.first, h.first) || reactsToSaying(tokens, h))) continue
      const a = tokens[h.first]?.start ?? 0
      const b = tokens[h.last]?.end ?? 0
      const c = tokens[near.first]?.start ?? 0
      const d = tokens[near.last]?.end ?? 0
      signals.push({ category: 'identity_hate', weight: (w + 0.6) * (quoted ? 0.35 : 1) * (sport && near.phrase.weight === 1 ? 0.15 : 1), start: Math.min(a, c), end: Math.max(b, d), direct })
      continue
    }
    if (!isCategory(kind)) continue
    const unaimed = h.phrase.aim === 'target' && aim === 'none' && !mention && !(h.first === 0 && tokens.length <= 6)
    if (unaimed) w *= UNAIMED
    const start = tokens[h.first]?.start ?? 0
    const end = tokens[h.last]?.end ?? 0
    if (unaimed) weakSpans?.push(start, end)
    signals.push(unaimed ? { category: kind, weight: w, start, end, direct, unaimed } : aim === 'third' && !direct ? { category: kind, weight: w, start, end, direct, third: true } : { category: kind, weight: w, start, end, direct })
  }
  if (nobody) for (const s of careDenied(tokens, hits)) signals.push(s)
  if (groups.length > 0) {
    negatedClaims(tokens, hits, groups, signals, reportTokens)
    rhetoricalQuestions(tokens, hits, groups, signals, reportTokens, text)
  }
  if (stopOrders.length > 0 && !ordersAttack(tokens, stopOrders, signals, aimedOrders)) {
    for (const h of stopOrders) { cues.counter += h.phrase.weight; counterEnds.push(h.last) }
  }
  const wished = hits.length === 0 ? undefined : cheeredHarm(tokens, hits, reportTokens)
  if (wished !== undefined) signals.push(wished)
  cues.hostile += aimedContempt(tokens, weakSpans) + codedStereotypes(tokens, hits, reportTokens, cues, signals)
  // "#anti…" tags call for a pile-on, unless the post names the tag to denounce, report or report on it.
  let own = false
  for (const sg of signals) if (sg.weight >= 1) own = true
  const denounced = cues.counter >= 1 && !own && cues.hostile < 1
  const newsFrame = cues.news >= 2 && !mention
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (t === undefined || t.kind !== 'hashtag' || !t.plain.startsWith('anti') || t.plain.length < 6) continue
    const rest = t.plain.slice(4).replace(/^_/, '')
    if (ANTI_OK.test(rest)) continue
    const weight = /^\d{2,4}$/.test(rest) ? 2.8 : 2.2
    const named = tagIsNamed(tokens, k, counterEnds)
    const tag: Span = { phrase: NO_WORDS, first: k, last: k }
    const framed = named || denounced || newsFrame || modalityOf(tokens, tag).negation !== null || isReported(tokens, tag, reportTokens)
    if (framed) cues.neutralised = true
    signals.push({ category: 'pile_on', weight: framed ? weight * 0.15 : weight, start: t.start, end: t.end, direct: !framed })
  }
  // Emoji are aimed when the post speaks to someone or names them (« Léa 🐷🐷 »); at one named and not
  // spoken to, a third party, laughter does not soften them (« 🐖🐖 Lina en maillot jpp »).
  let second = mention
  let named = false
  if (emoji.length > 0) {
    if (!second) for (const t of tokens) if (t.text === 'tu' || t.text === 'toi' || t.text === 't' || t.text === 'te') second = true
    named = namesSomeone(tokens)
  }
  const aimed = second || named
  for (const e of emoji) {
    const weight = aimed ? e.weight : e.weight * 0.3
    signals.push(named && !second ? { category: e.category, weight, start: e.start, end: e.end, direct: aimed, third: true } : { category: e.category, weight, start: e.start, end: e.end, direct: aimed })
  }
  for (const d of dox) signals.push({ category: 'doxxing', weight: d.weight, start: d.start, end: d.end, direct: true })
  return { signals, cues }
}
