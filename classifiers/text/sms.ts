/**
 * SMS and phonetic French as 11–15-year-olds write it, read back into standard
 * forms: « tro » → trop, « koi » → quoi, « jte » → je te, « ta cru » → t as cru,
 * « tes nul » → t es nul, « sa pue » → ça pue. A token keeps its span in the
 * original text; a contracted token becomes two tokens over the same span.
 * The written form stays in `plain`, so lexicon entries spelled the SMS way still match.
 */
import type { Token } from './token.js'
import { factsOf, registerWord } from './word-facts.js'

/** One-word phonetic and SMS spellings → standard folded form (several words for contractions). Only forms that are not also a common word. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['tro', 'trop'], ['koi', 'quoi'], ['kwa', 'quoi'], ['koa', 'quoi'], ['quoa', 'quoi'],
  ['ke', 'que'], ['ki', 'qui'], ['kan', 'quand'], ['qand', 'quand'], ['kom', 'comme'], ['komme', 'comme'],
  ['pk', 'pourquoi'], ['pq', 'pourquoi'], ['pkoi', 'pourquoi'], ['pourkoi', 'pourquoi'], ['prk', 'pourquoi'],
  ['bcp', 'beaucoup'], ['bocou', 'beaucoup'], ['tjr', 'toujours'], ['tjrs', 'toujours'], ['tjs', 'toujours'],
  ['pr', 'pour'], ['ds', 'dans'], ['avc', 'avec'], ['mwa', 'moi'], ['moa', 'moi'], ['twa', 'toi'], ['toa', 'toi'],
  ['oci', 'aussi'], ['osi', 'aussi'], ['ossi', 'aussi'], ['nn', 'non'], ['fo', 'faut'], ['grav', 'grave'],
  ['moch', 'moche'], ['mosh', 'moche'], ['cheum', 'moche'], ['cheums', 'moches'], ['bet', 'bete'],
  ['reum', 'mere'], ['reus', 'soeur'], ['reuf', 'frere'], ['reup', 'pere'], ['daronne', 'mere'], ['daron', 'pere'],
  ['nik', 'nique'], ['niker', 'niquer'], ['nikez', 'niquez'],
  ['vnr', 'venere'], ['dsl', 'desole'], ['vrmt', 'vraiment'], ['vraimen', 'vraiment'],
  ['tt', 'tout'], ['ttes', 'toutes'], ['tte', 'toute'], ['jamai', 'jamais'], ['pa', 'pas'],
  ['keske', 'qu est ce que'], ['kesk', 'qu est ce que'], ['kestu', 'qu est ce que tu'], ['slt', 'salut'], ['cc', 'coucou'],
  ['encul', 'encule'], ['batar', 'batard'], ['salo', 'salaud'],
  ['tepu', 'pute'], ['tchoin', 'pute'], ['tchoins', 'putes'], ['chienn', 'chienne'], ['conar', 'connard'],
  ['crev', 'creve'], ['creuve', 'creve'], ['gueul', 'gueule'], ['geule', 'gueule'], ['ptite', 'petite'], ['ptit', 'petit'],
  ['jte', 'je te'], ['jtai', 'je t ai'], ['jt', 'je t'], ['jvai', 'je vais'], ['jvais', 'je vais'], ['jve', 'je vais'],
  ['jsuis', 'je suis'], ['jsui', 'je suis'], ['chui', 'je suis'], ['chuis', 'je suis'], ['jme', 'je me'], ['jpeux', 'je peux'],
  ['jveux', 'je veux'], ['jsais', 'je sais'], ['jsp', 'je sais pas'], ['jla', 'je la'], ['jle', 'je le'], ['jlui', 'je lui'],
  ['jvous', 'je vous'], ['jai', 'j ai'], ['jaime', 'j aime'], ['jtm', 'je t aime'], ['jtaime', 'je t aime'], ['tkt', 't inquiete'],
  ['tinquiete', 't inquiete'], ['cest', 'c est'], ['tai', 't ai'], ['ya', 'il y a'], ['yavait', 'il y avait'],
  ['tarriver', 't arriver'], ['tarrive', 't arrive'], ['tattend', 't attend'], ['tattends', 't attends'], ['tattendre', 't attendre'], ['tattrape', 't attrape'], ['tattraper', 't attraper'], ['tecrase', 't ecrase'], ['tkiffe', 't kiffe'], ['tkif', 't kiffe'], ['tkiff', 't kiffe'], ['taime', 't aime'], ['tcalcule', 't calcule'], ['lotre', 'l autre'], ['lautre', 'l autre'], ['ptdrr', 'ptdr'], ['mdrr', 'mdr'],
])

/** After « tes », words that make it « t'es » (you are) rather than « tes » (your). */
const AFTER_TES = new Set([
  'un', 'une', '1', 'qu', 'que', 'ke', 'trop', 'tro', 'vraiment', 'vrmt', 'grave', 'tellement', 'si', 'moche', 'moch', 'nul', 'nulle',
  'con', 'conne', 'bete', 'mort', 'morte', 'pas', 'pa', 'juste', 'meme', 'encore', 'genre', 'seul', 'seule', 'fou', 'folle',
  'ou', 'o', 'ki', 'qui', 'la', 'le', 'l', 'grosse', 'gros', 'laid', 'laide', 'sale', 'debile', 'teube', 'cheum', 'ridicule',
  'une', 'tjr', 'toujours', 'jamais', 'vraimen', 'mignon', 'mignonne', 'belle', 'beau', 'bg', 'chaud', 'chaude', 'bonne', 'mal', 'ko',
  'ou', 'a', 'en', 'degueu', 'degueulasse', 'horrible', 'immonde', 'affreuse', 'affreux', 'pathetique', 'minable', 'inutile',
  'qu1', 'grosse', 'malade', 'serieux', 'chelou', 'relou', 'lourd', 'lourde', 'fini', 'finie', 'foutu', 'foutue', 'cuit', 'cuite',
])
/** After « ta », words that make it « t'as » (you have) rather than « ta » (your). */
const AFTER_TA = new Set([
  'cru', 'vu', 'fait', 'dit', 'pas', 'pa', 'rien', 'ete', 'eu', 'compris', 'capte', 'raison', 'tort', 'peur', 'interet', 'qu', 'que',
  'quoi', 'koi', 'aucun', 'aucune', 'zero', 'jamais', 'encore', 'deja', 'trop', 'tro', 'grave', 'vraiment', 'vu', 'mis', 'pris', 'osé',
  'ose', 'parle', 'balance', 'poste', 'publie', 'envoye', 'un', 'une', 'des', 'du', 'cru', 'besoin', 'fini', 'gagne', 'perdu',
  'crus', 'cru', 'appele', 'ecrit', 'insulte', 'touche', 'regarde', 'vole', 'menti', 'pleure', 'voulu', 'su', 'pu', 'du', 'lu',
])
/** After « sa », words that make it « ça » (that) rather than « sa » (his, her). */
const AFTER_SA = new Set([
  'va', 'vas', 'fait', 'se', 'me', 'te', 'marche', 'suffit', 'sert', 'craint', 'pue', 'puer', 'passe', 'y', 'm', 't', 'c', 'ce', 'sera',
  'serait', 'etait', 'est', 'a', 'arrive', 'depend', 'change', 'compte', 'coute', 'vaut', 'fera', 'ira', 'peut', 'doit', 'devient',
  'tue', 'saoule', 'soule', 'gave', 'gonfle', 'casse', 'fout', 'rend', 'donne', 'sent', 'commence', 'recommence', 'continue', 'ne', 'n',
])
/** After « ces », words that make it « c'est » rather than « ces » (these). */
const AFTER_CES = new Set(['un', 'une', 'qu', 'que', 'pas', 'trop', 'grave', 'vraiment', 'toi', 'moi', 'lui', 'elle', 'nul', 'mort', 'fini', 'la', 'le', 'ma', 'ta', 'sa', 'mon', 'ton', 'son', 'bon', 'ok', 'mieux', 'normal', 'sur', 'clair', 'chaud', 'ouf', 'bien', 'mal', 'quoi', 'koi', 'qui', 'ki', 'tout', 'juste', 'grave'])

/** A token read as `text`: one word keeps its written form in `plain`; the pieces of a contraction do not. */
function word(from: Token, text: string, first: boolean, alone: boolean): Token {
  const facts = factsOf(text)
  return { ...from, text, plain: alone ? from.plain : text, dedup: facts.dedup, breakBefore: first && from.breakBefore, facts }
}

/** After « t » (t'es written without its vowel: « t moche », « t 1 boloss »). */
const AFTER_T = new Set([...AFTER_TES].filter((w) => !['a', 'en', 'la', 'le', 'l', 'ou', 'o', 'si', 'qu', 'que', 'ke', 'meme', 'encore', 'une', 'un'].includes(w)))
/** Before « mer », words that make it « mère » (« ta mer », « nik sa mer »), not the sea. */
const BEFORE_MER = new Set(['ta', 'sa', 'vos', 'ma', 'ton'])
/** After « nike », words that make it « nique » rather than the brand. */
const AFTER_NIKE = new Set(['ta', 'sa', 'ton', 'son', 'tes', 'ses', 'vos', 'la', 'le', 'les', 'l', 'lui', 'leur', 'toi', 'tous', 'mere', 'reum', 'mer', 'race', 'daronne'])

/** Words expand() may read back: the contextual ones of its switch and the WORDS keys. */
for (const w of ['tes', 't', 'ta', 'tas', 'sa', 'ces', 'mer', 'nike', ...WORDS.keys()]) registerWord(w).sms = true

/** The pieces a word token stands for, or null when it stays as written. */
function expand(tok: Token, prev: Token | undefined, next: Token | undefined): readonly string[] | null {
  const t = tok.text
  const n = next === undefined || next.breakBefore || (next.kind !== 'word' && next.kind !== 'number') ? '' : next.text
  switch (t) {
    case 'tes': return n === '' || AFTER_TES.has(n) ? ['t', 'es'] : null
    case 't': return AFTER_T.has(n) ? ['t', 'es'] : null
    case 'ta': case 'tas': return AFTER_TA.has(n) ? ['t', 'as'] : null
    case 'sa': return AFTER_SA.has(n) ? ['ca'] : null
    case 'ces': return AFTER_CES.has(n) ? ['c', 'est'] : null
    case 'mer': return BEFORE_MER.has(prev?.text ?? '') ? ['mere'] : null
    case 'nike': return AFTER_NIKE.has(n) ? ['nique'] : null
    default: break
  }
  const one = WORDS.get(t)
  return one === undefined ? null : one.includes(' ') ? one.split(' ') : [one]
}

/** The tokens with SMS spellings read back; the same array when nothing changes (the usual case). */
export function readSms(tokens: readonly Token[]): Token[] {
  let out: Token[] | null = null
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    // The word's facts first: most tokens stop there, without reading their text.
    const pieces = tok.facts.sms && tok.kind === 'word' && tok.text.length <= 8 ? expand(tok, tokens[i - 1], tokens[i + 1]) : null
    if (pieces === null) {
      if (out !== null) out.push(tok)
      continue
    }
    out ??= tokens.slice(0, i)
    pieces.forEach((p, k) => out?.push(word(tok, p, k === 0, pieces.length === 1)))
  }
  return out ?? (tokens as Token[])
}
