/**
 * Evasive spellings the lexicon matcher repairs (swapped, missing or extra
 * letters; words glued together or joined by "_", "-", ".") and the ordinary
 * French one letter away from an insult that it must leave alone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { CATEGORIES, classify } from '../../classifiers/index.js'
import type { Category } from '../../classifiers/index.js'
import { LEXICON } from '../../classifiers/lexicon/index.js'
import { fuzzyTargets, singleEdit } from '../../classifiers/match/fuzzy.js'
import { findHits } from '../../classifiers/match/match.js'
import { EXCEPTIONS_PATH, expectedExceptionsModule } from '../../scripts/fuzzy-exceptions.js'
import { projectRoot } from '../../src/project-root.js'

/** Repaired (approximate) hits of a text, as "kind:matched tokens". */
function repaired(text: string): string[] {
  const tokens = tokensOf(text)
  return findHits(tokens, LEXICON)
    .filter((h) => h.approx !== undefined)
    .map((h) => `${h.phrase.kind}:${tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' ')}`)
}

const CATEGORY_KINDS: ReadonlySet<string> = new Set(CATEGORIES)

/** Hits (exact or repaired) of a harassment category, as "kind:matched tokens". */
function categoryHits(text: string): string[] {
  const tokens = tokensOf(text)
  return findHits(tokens, LEXICON)
    .filter((h) => CATEGORY_KINDS.has(h.phrase.kind))
    .map((h) => `${h.phrase.kind}:${tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' ')}`)
}

const EVASIONS: readonly (readonly [string, Category])[] = [
  // swapped neighbours
  ["t'es qu'une salpoe", 'insult'],
  ['@lea espèce de conanrd', 'insult'],
  ['ecnulé va', 'insult'],
  ['sale btaard', 'insult'],
  // a letter missing
  ["t'es un connrd", 'insult'],
  ['encul', 'insult'],
  ['@theo batrd', 'insult'],
  // a letter added
  ['@lea connaprd', 'insult'],
  ["t'es qu'une salozpe", 'insult'],
  // glued words
  ['salenègre', 'identity_hate'],
  ['grossepute', 'insult'],
  ['fdpdemerde', 'insult'],
  ['vatefairefoutre', 'insult'],
  ['niquetamere', 'insult'],
  ['fermetagueule', 'insult'],
  ['vacrever', 'self_harm'],
  ['@lea grossevache', 'body_shaming'],
  // separators between words
  ['sale_pute', 'insult'],
  ['nique-ta-mère', 'insult'],
  ['ferme.ta.gueule', 'insult'],
]

describe('evasive spellings fire with the right category', () => {
  it.each(EVASIONS.map(([text, category]) => [text, category] as const))('%s → %s', (text, category) => {
    const v = classify(text)
    expect(v.harassment).toBe(true)
    expect(v.categories).toContain(category)
    for (const e of v.evidence) expect(text.slice(e.start, e.end)).toBe(e.match)
  })

  it('marks near misses and glued words as approximate, lighter hits', () => {
    const near = findHits(tokensOf("t'es qu'une salpoe"), LEXICON).find((h) => h.phrase.kind === 'insult')
    expect(near?.approx).toBe('fuzzy')
    const exact = findHits(tokensOf("t'es qu'une salope"), LEXICON).find((h) => h.phrase.kind === 'insult')
    expect(exact?.approx).toBeUndefined()
    expect(near && exact && near.phrase.weight).toBeLessThan(exact?.phrase.weight ?? 0)
    const glued = findHits(tokensOf('fdpdemerde'), LEXICON).find((h) => h.phrase.kind === 'insult')
    expect(glued?.approx).toBe('glued')
  })

  it('reads a repaired word inside a longer phrase', () => {
    expect(repaired('va te faire fuotre')).toContain('insult:va te faire fuotre')
    expect(repaired('ferme ta guele')).toContain('insult:ferme ta guele')
  })

  it('leaves exact hits alone', () => {
    expect(repaired("t'es qu'une salope")).toEqual([])
    expect(repaired('sale pute')).toEqual([])
  })
})

describe('the tokenizer splits words joined by separators', () => {
  it.each([
    ['sale_pute', ['sale', 'pute']],
    ['nique-ta-mère', ['nique', 'ta', 'mere']],
    ['ferme.ta.gueule', ['ferme', 'ta', 'gueule']],
  ])('%s → %j', (text, words) => {
    expect(tokensOf(text).map((t) => t.text)).toEqual(words)
  })

  it('does not read a dot between two letters as a clause break, but a dot and a space as one', () => {
    expect(tokensOf('ferme.ta.gueule').map((t) => t.breakBefore)).toEqual([true, false, false])
    expect(tokensOf('fin. Début').map((t) => t.breakBefore)).toEqual([true, true])
  })

  it('marks capitalised words', () => {
    expect(tokensOf('en Mongolie SALOPE S@lope').map((t) => t.capital)).toEqual([false, true, false, false])
  })
})

/** Ordinary French with words one edit (or a glued split) away from lexicon words. */
const ORDINARY: readonly string[] = [
  'le conte de fées était magnifique',
  'je mange une salade à la cantine',
  'une sole meunière au restaurant ce soir',
  'la pâte à crêpe doit reposer une heure',
  'mon voisin est trop bavard',
  'il porte une salopette bleue',
  'le train a encore du retard',
  'les traîneaux du père Noël',
  'la truite du lac était délicieuse',
  "j'ai vu des phoques au zoo",
  "les éléphants d'Afrique sont menacés",
  'le cochonnet est trop loin à la pétanque',
  'elle a mis une cagoule pour le ski',
  'le chianti est un vin italien',
  'les canards du parc ont faim',
  'le chant des oiseaux le matin',
  'il faut signer le document avant lundi',
  'la mouche vole autour de la lampe',
  'les pâtes carbonara de ma mère',
  'la bataille de Verdun en histoire',
  'il a une voix grave',
  'le chiot dort dans son panier',
  'elle a gagné la course de natation',
  'il adore les sucreries',
  'le conseil de classe est jeudi',
  'la connexion wifi est lente',
  'je connais bien ce quartier',
  'le concert était génial',
  'ma sœur collectionne les coquillages',
  "j'ai trouvé une coquille dans le texte",
  'le vieux tracteur de mon grand-père',
  'il a mis du beurre sur ses tartines',
  'les tartes aux pommes de mamie',
  'le prix des billets a baissé',
  'il faut baisser le son',
  'ils se disputent souvent pour la télé',
  'le poisson pané de la cantine',
  'mes cousins viennent ce week-end',
  'le moteur de la voiture chauffe',
  'les brunes et les blondes',
  'le lapin de ma sœur dort',
  'elle a une bague en argent',
  'la couche d’ozone se reforme',
  'les bandes dessinées de mon frère',
  'il faut couper les branches du cerisier',
  'la braise du barbecue est encore chaude',
  'une tarte aux fraises pour le goûter',
  "c'est un garçon très simple",
  'on a pêché des truites avec papi',
  'le gâteau au chocolat est prêt',
  'on part au Monténégro cet été',
  'Conrad vient à la fête samedi',
  'on a vu Salomé au parc',
  'il a raté le contrôle de maths',
  'le batteur du groupe est super',
  'la salle de sport ouvre à huit heures',
  'les sapins sont couverts de neige',
  'le matelas est trop mou',
  'on a mangé des crêpes à la chandeleur',
  'la console est en promo',
  'le contexte historique du chapitre',
  'la culture générale au brevet',
  'un centriste au conseil municipal',
  'la conduite accompagnée à seize ans',
  'le contenu du cours de SVT',
  "j'ai perdu mes écouteurs",
  'les résultats du bac sont tombés',
  'la mécanique des fluides',
  'le romantisme en littérature',
  'la vache broute dans le pré',
]

describe('ordinary French near lexicon words matches no harassment phrase', () => {
  it('has at least 60 sentences', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(60)
  })

  // Matcher level: the trained model's own score moves with every retraining, the lexicon's reading does not.
  it.each(ORDINARY.map((t) => [t] as const))('%s', (text) => {
    expect(repaired(text)).toEqual([])
    expect(categoryHits(text)).toEqual([])
  })

  it('leaves capitalised names inside a sentence alone', () => {
    expect(repaired('on part en Mongolie')).toEqual([])
  })
})

describe('fuzzy lookup', () => {
  it('names the single edit', () => {
    expect(singleEdit('salpoe', 'salope')).toBe('transposition')
    expect(singleEdit('connrd', 'connard')).toBe('deletion')
    expect(singleEdit('connaprd', 'connard')).toBe('insertion')
    expect(singleEdit('connerd', 'connard')).toBe('substitution')
    expect(singleEdit('slpoea', 'salope')).toBeNull()
    expect(singleEdit('salope', 'salope')).toBeNull()
  })

  it('finds lexicon words one allowed edit away, keeping the first letter', () => {
    expect(fuzzyTargets('salpoe', LEXICON.fuzzy)).toContain('salope')
    expect(fuzzyTargets('encul', LEXICON.fuzzy)).toContain('encule')
    expect(fuzzyTargets('alope', LEXICON.fuzzy)).toEqual([])
    // substitution only for words of 7+ letters
    expect(fuzzyTargets('salape', LEXICON.fuzzy)).toEqual([])
    expect(fuzzyTargets('connerd', LEXICON.fuzzy)).toContain('connard')
  })
})

describe('generated exception list', () => {
  it(`${EXCEPTIONS_PATH} is up to date with the lexicon`, () => {
    const committed = readFileSync(join(projectRoot(), EXCEPTIONS_PATH), 'utf8')
    const expected = expectedExceptionsModule()
    if (committed !== expected) {
      throw new Error(`${EXCEPTIONS_PATH} is out of date with the lexicon: run \`npx tsx scripts/fuzzy-exceptions.ts\` and commit the result`)
    }
  }, 60_000)
})
