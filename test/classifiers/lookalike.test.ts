/**
 * Lexicon words in their ordinary sense (classifiers/lookalike.ts): said of a thing, naming a
 * people or a passive verb, they are dropped before the context rules and the model see them;
 * the same words said of a person stay.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { aimOf } from '../../classifiers/context.js'
import { classify } from '../../classifiers/index.js'
import { LEXICON } from '../../classifiers/lexicon/index.js'
import { isThing, withoutLookalikes } from '../../classifiers/lookalike.js'
import { findHits } from '../../classifiers/match/match.js'

/** The words of the hits of a kind the look-alike rule drops from the text. */
function dropped(text: string, kind: string): string[] {
  const tokens = tokensOf(text)
  const hits = findHits(tokens, LEXICON)
  const kept = withoutLookalikes(tokens, hits)
  return hits.filter((h) => h.phrase.kind === kind && !kept.includes(h)).map((h) => tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' '))
}

describe('look-alikes: a word of the lexicon said of a thing', () => {
  it('drops a word qualifying the thing before it, past « à la » or « de »', () => {
    expect(dropped('ces sacs noirs sont des déchets recyclables', 'group')).toEqual(['noirs'])
    expect(dropped("ta série à la con m'a fait pleurer de rire", 'insult')).toEqual(['con'])
    expect(dropped('vos frites de merde sont froides', 'hostile')).toEqual(['de merde'])
    expect(dropped('le moteur bridé de ma voiture', 'identity_hate')).toEqual(['bride'])
    expect(dropped('mon vélo a un pneu crevé', 'self_harm')).toEqual(['creve'])
  })

  it('drops a word whose object or noun after it is a thing', () => {
    expect(dropped('Ferme la porte, je te prie.', 'insult')).toEqual(['ferme la'])
    expect(dropped("C'est une grosse erreur.", 'body_shaming')).toEqual(['une grosse'])
  })

  it('keeps the same words said of a person', () => {
    expect(dropped('ta mère à la con', 'insult')).toEqual([])
    expect(dropped('ton frère de merde', 'hostile')).toEqual([])
    expect(dropped('les noirs sont des déchets', 'group')).toEqual([])
    expect(dropped("t'es une grosse vache", 'body_shaming')).toEqual([])
    expect(dropped('ferme la connard', 'insult')).toEqual([])
    expect(dropped("t'es un gros sac", 'body_shaming')).toEqual([])
    expect(dropped("c'est l'histoire de la salope", 'insult')).toEqual([])
    // a clause break between the thing and the word: the word is said to someone
    expect(dropped('ta série, sale con', 'insult')).toEqual([])
    // a person's culture, language or tradition is not a thing: abuse of it aims at their origin
    expect(dropped('ta religion et ta culture à la con on en veut pas', 'insult')).toEqual([])
    expect(dropped('ta langue de merde personne la comprend', 'hostile')).toEqual([])
    expect(classify('ta religion et ta culture à la con on en veut pas').evidence.length).toBeGreaterThan(0)
  })

  it('reads plurals of things and no person as a thing', () => {
    expect(isThing('frites')).toBe(true)
    expect(isThing('sacs')).toBe(true)
    expect(isThing('mere')).toBe(false)
    expect(isThing('prof')).toBe(false)
  })

  it('does not aim a word at a third person through the determiner of a thing', () => {
    const tokens = tokensOf('ces sacs sont des déchets')
    const hit = findHits(tokens, LEXICON).find((h) => h.phrase.kind === 'insult')
    expect(hit).toBeDefined()
    if (hit !== undefined) expect(aimOf(tokens, hit)).toBe('none')
    const person = tokensOf('ces mecs sont des déchets')
    const hit2 = findHits(person, LEXICON).find((h) => h.phrase.kind === 'insult')
    if (hit2 !== undefined) expect(aimOf(person, hit2)).toBe('third')
    expect(hit2).toBeDefined()
  })
})

describe('look-alikes: another word, shown by its neighbour', () => {
  it('reads a noun, a verb or a tense where the lexicon has an insult, a sexual word or a threat', () => {
    expect(dropped('Elle lui a donné son premier baiser.', 'sexual')).toEqual(['baiser'])
    expect(dropped('papy fume sa pipe', 'sexual')).toEqual(['pipe'])
    expect(dropped('Cette demeure est abandonnée.', 'insult')).toEqual(['demeure'])
    expect(dropped('Lâche-moi le bras !', 'insult')).toEqual(['lache'])
    expect(dropped('Il me traîne vers la sortie.', 'insult')).toEqual(['traine'])
    expect(dropped('Comment as-tu pu faire ça ?', 'insult')).toEqual(['tu pu'])
    expect(dropped('Il est mort à 70 ans.', 'threat')).toEqual(['mort a'])
    expect(dropped('Il fut condamné à mort.', 'threat')).toEqual(['a mort'])
    expect(dropped("les moustiques tigres, faut les exterminer", 'hostile')).toEqual(['exterminer'])
  })

  it('keeps the abusive word', () => {
    expect(dropped('je vais te baiser', 'sexual')).toEqual([])
    expect(dropped('fais moi une pipe', 'sexual')).toEqual([])
    expect(dropped("t'es un demeuré", 'insult')).toEqual([])
    expect(dropped('lâche !', 'insult')).toEqual([])
    expect(dropped("t'es une traîne", 'insult')).toEqual([])
    expect(dropped('tu pues', 'insult')).toEqual([])
    expect(dropped('Mort à Macron', 'threat')).toEqual([])
    expect(dropped('à mort les traîtres', 'threat')).toEqual([])
    expect(dropped('ces rats, faut les exterminer', 'hostile')).toEqual([])
  })
})

describe('look-alikes: a people, a passive verb', () => {
  it('reads a capitalised people name inside a sentence as the people, not the insult', () => {
    expect(dropped('Gengis Khan est un Mongol, pas un Chinois', 'insult')).toEqual(['mongol'])
    expect(dropped('les Mongols vivaient dans des yourtes', 'insult')).toEqual(['mongols'])
    expect(dropped("t'es un mongol", 'insult')).toEqual([])
  })

  it('reads a participle with its agent after « par » as a passive verb', () => {
    expect(dropped('ce joueur est bridé par son coach', 'identity_hate')).toEqual(['bride'])
    expect(dropped('ce joueur est bridé', 'identity_hate')).toEqual([])
  })

  it('leaves the post with nothing but such words without evidence', () => {
    for (const text of ['ces sacs noirs sont des déchets recyclables', 'ce joueur est bridé par son coach', "ta série à la con m'a fait pleurer de rire"]) {
      expect(classify(text).evidence).toEqual([])
    }
    expect(classify('sale bridé').evidence.length).toBeGreaterThan(0)
  })
})
