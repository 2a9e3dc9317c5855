/**
 * The story frame: a post that tells a story (a film, a series, a book, a game's plot) and speaks to no
 * one, whose insults, threats and sex are its characters' deeds and weigh less (signals.ts softens them,
 * STORY_SOFTENED), and what ends that frame: a reader spoken to, a first name, a word of real life or of
 * the story brought home (« dans la vraie vie », « pareil », « ma classe », a class's code « 4eB »), or a
 * likeness to someone placed outside the story (« …, comme le nouveau du bus »). Also the reader's words
 * (READER), which end the self-aimed insult and sex told together as well (self-insult.ts, sex-told.ts).
 */
import { isFirstName } from './text/names.js'
import type { Token } from './text/token.js'

/** Works that tell a story: « dans le film », « dans la dernière scène », « au troisième épisode ». */
const STORY_WORKS = new Set([
  'film', 'films', 'serie', 'series', 'roman', 'livre', 'manga', 'anime', 'bd', 'episode', 'saison', 'scene', 'chapitre', 'tome', 'piece', 'conte', 'fiction', 'intrigue',
])
/**
 * Characters of a story: « le héros », « le personnage principal ». A frame only beside a work the post names or
 * as « personnage principal » (tellsStory): « le personnage » and « le héros du jour » are also said of real people.
 */
const CHARACTERS = new Set(['personnage', 'personnages', 'heros', 'heroine', 'heroines', 'narrateur', 'narratrice', 'protagoniste', 'protagonistes', 'antagoniste'])
/** After a character, words that make it the story's (« le personnage principal », « l'héroïne secondaire »). */
const CAST = new Set(['principal', 'principale', 'principaux', 'secondaire', 'secondaires'])
/** Story words, works and characters: a post's scene holds the story bit when it has one (SCENE_STORY). */
export const STORY_WORDS: ReadonlySet<string> = new Set([...STORY_WORKS, ...CHARACTERS])
/** The scene bit of a story word (STORY_WORDS; signals.ts registers it and reads a post's scene). */
export const SCENE_STORY = 16

/** Determiners before a story's work or character (« dans le film », « la scène où », « le héros »). */
const STORY_DETERMINERS = new Set(['le', 'la', 'l', 'les', 'ce', 'cet', 'cette', 'ces', 'un', 'une'])
/** Words between the determiner and the work (« dans la dernière scène », « au troisième épisode »). */
const ORDINALS = new Set(['premier', 'premiere', 'dernier', 'derniere', 'deuxieme', 'second', 'seconde', 'troisieme', 'quatrieme', 'cinquieme', 'meme', 'nouveau', 'nouvelle'])
/** Works that are no story told (« le film porno de la classe » films someone). */
const NOT_STORY = new Set(['porno', 'x', 'amateur', 'perso'])
/**
 * Words of the real world that end a story's frame (« … et c'est pareil dans la vraie vie », « en vrai »),
 * and the real people who make the work (« l'actrice qui joue la mère, elle est tellement moche »).
 */
const REAL_LIFE = new Set([
  'vraie', 'vrai', 'reel', 'reelle', 'realite', 'acteur', 'acteurs', 'actrice', 'actrices', 'comedien', 'comedienne', 'comediens', 'comediennes',
  'realisateur', 'realisatrice', 'chanteur', 'chanteuse', 'auteur', 'autrice', 'auteure', 'ecrivain', 'ecrivaine', 'scenariste', 'scenaristes',
  'youtubeur', 'youtubeuse', 'streamer', 'streameuse', 'influenceur', 'influenceuse', 'casting', 'interprete', 'joue', 'jouent',
  // Reality TV films real people: « dans l'épisode d'hier, la candidate est une grosse pute ».
  'telerealite', 'candidat', 'candidate', 'candidats', 'candidates', 'emission', 'presentateur', 'presentatrice',
  // The story brought home (« … et ma sœur c'est pareil », « comme toutes les meufs de ma classe ») or endorsed (« et il a raison »).
  'pareil', 'pareille', 'pareils', 'pareilles', 'classe', 'lycee', 'college', 'bahut', 'raison', 'realiste',
  // … or taken as a model (« ça donne des idées pour la meuf du bus »).
  'idee', 'idees',
])
/**
 * A school class named by its code (« 4eB », « la 3ème A », « 2nde », « 1ère »): like « ma classe », it brings a
 * story home. Read from the original text, since the tokeniser reads digits as letters (« 4eb » → « aeb »); not a bare
 * digit and letter (« en 3D »).
 */
const CLASS_CODE = /^(?:[3-6](?:e|eme|ème)|2n?de|1(?:ere|ère))[a-h]?\d?$/i
/** Words that place a person a likeness points at (« comme le nouveau du bus », « comme la grosse de 4eB »). */
const PLACED = new Set(['de', 'du', 'des', 'd'])
/** Determiners after « comme » that open a likeness to someone of the post's world (« comme le nouveau du bus »). */
const LIKENED = new Set(['le', 'la', 'l', 'les'])

/**
 * True when « comme » (or « même que ») at `k` likens the story to someone placed outside it (« …, comme le nouveau du bus
 * bientôt », « la même que la grosse du cdi »): « comme », a determiner, a word and « de » / « du », with no story word in
 * its clause (« comme le héros du premier film », « comme la fin du livre » stay the story's).
 */
function likensOutside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text
  if ((t !== 'comme' && !((t === 'que' || t === 'qu') && tokens[k - 1]?.text === 'meme')) || !LIKENED.has(tokens[k + 1]?.text ?? '') || !PLACED.has(tokens[k + 3]?.text ?? '')) return false
  for (let j = k + 1; j < tokens.length && tokens[j]?.breakBefore !== true; j++) if (((tokens[j] as Token).facts.scene & SCENE_STORY) !== 0) return false
  return true
}

/** The reader, spoken to: with one of these in the post a story frame softens nothing (« t'es aussi con que le perso du film »). */
export const READER = new Set(['tu', 't', 'te', 'toi', 'ta', 'ton', 'tes', 'tien', 'tienne', 'tiens', 'tiennes', 'vous', 'votre', 'vos', 'votres', 'ty', 'jte', 'tkt'])

/**
 * True when the post tells a story (a film, a series, a book, a game's plot) and speaks to no one: a
 * work placed by « dans » or « au » (« dans le film », « dans la dernière scène », « au troisième
 * épisode »), « la scène où » beside another story word, or a character opening a clause beside a
 * work the post names or as « le personnage principal » (« Le héros meurt à la fin du livre »),
 * not after « comme » (« comme dans le film, on va te buter » is a likeness), no work that films
 * someone (« le film porno »), no word of real life (« dans la vraie vie », « en vrai », « pareil », « ma
 * classe », « il a raison », a class's code: « la grosse de 4eB »), no likeness to someone placed outside it (« …, comme le
 * nouveau du bus »), no reader (« tu », « toi », a mention) and no first name (« comme Kevin de la 4eB »:
 * a story's characters are named as real people are, so a name leaves the post to the other rules). Asked only of a post whose scene holds a story word.
 */
export function tellsStory(text: string, tokens: readonly Token[]): boolean {
  let frame = false
  let works = 0
  for (const t of tokens) if (STORY_WORKS.has(t.text)) works++
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (t.kind === 'mention' || READER.has(t.text) || REAL_LIFE.has(t.text) || isFirstName(t)) return false
    if (CLASS_CODE.test(text.slice(t.start, t.end)) || likensOutside(tokens, k)) return false
    if (frame || (t.facts.scene & SCENE_STORY) === 0 || NOT_STORY.has(tokens[k + 1]?.text ?? '')) continue
    let d = k - 1
    if (ORDINALS.has(tokens[d]?.text ?? '')) d--
    const det = tokens[d]?.text ?? ''
    const place = tokens[d - 1]?.text ?? ''
    // A character is a story's only as the subject that opens a clause (« Le héros se fait humilier », « …, le personnage principal est torturé »).
    if (CHARACTERS.has(t.text)) frame = STORY_DETERMINERS.has(det) && (d === 0 || tokens[d]?.breakBefore === true) && (works > 0 || CAST.has(tokens[k + 1]?.text ?? ''))
    else if (det === 'au' || (STORY_DETERMINERS.has(det) && place === 'dans')) frame = tokens[d - 2]?.text !== 'comme' && tokens[d - 1]?.text !== 'comme'
    else if ((t.text === 'scene' || t.text === 'episode') && STORY_DETERMINERS.has(det)) frame = tokens[k + 1]?.text === 'ou' && works > 1
  }
  return frame
}
