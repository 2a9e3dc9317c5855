/**
 * A group denied a good quality (classifiers/polarity.ts, question.ts, negation.ts, signals.ts): who is
 * praised (givenElsewhere), care received said passive (careReceived), « loin d'être », a negated
 * question put to the hearer, and rhetorical questions that deny a group a quality. Written for those
 * rules; the blind probes of the same round (polarity3-probes.ts) are separate and were not tuned on.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { classify } from '../../classifiers/index.js'
import { LEXICON } from '../../classifiers/lexicon/index.js'
import { findHits } from '../../classifiers/match/match.js'
import { deniedByQuestion } from '../../classifiers/question.js'
import { collectSignals } from '../../classifiers/signals.js'

/** Every text of `texts` is marked (`fires`) or left quiet. */
function expectAll(texts: readonly string[], fires: boolean): void {
  for (const t of texts) expect(classify(t).harassment, t).toBe(fires)
}

describe('who is praised: the group, not something the group gives praise to', () => {
  it('is quiet when the group gives trust, liking or respect to an object of its own', () => {
    expectAll([
      'Les femmes ne font pas confiance aux banques.',
      'Les gays ne font pas confiance à la justice.',
      'Les Noirs ne sont pas fans de ski.',
      'Les Marocains ne comptent pas sur les transports en commun.',
      'Les juifs n\'aiment pas le porc, c\'est connu.',
    ], false)
  })

  it('still marks a group denied trust, respect or worth', () => {
    expectAll([
      'On ne peut pas faire confiance aux Roumains.',
      'Les Tchétchènes ne sont pas dignes de confiance.',
      'Je ne respecterai jamais les lesbiennes.',
      'Les musulmans ne respecteront jamais nos valeurs.',
    ], true)
  })
})

describe('a negated question put to the hearer', () => {
  it('claims nothing (no identity-hate signal)', () => {
    for (const t of ['N\'aimez-vous pas les Chinois ?', 'N\'aimes-tu pas les juifs ?']) {
      const tokens = tokensOf(t)
      expect(collectSignals(tokens, findHits(tokens, LEXICON), [], []).signals.filter((s) => s.category === 'identity_hate'), t).toEqual([])
    }
  })
})

describe('care a group receives from others, said passive', () => {
  it('is a complaint on its behalf', () => {
    expectAll([
      'Les Roms ne sont pas respectés par l\'administration.',
      'Les sourds ne sont jamais écoutés par les institutions.',
      'Les Haïtiens n\'ont jamais été bien accueillis ici.',
      'Les lesbiennes ne sont pas prises au sérieux par les gynécos.',
    ], false)
  })
})

describe('« loin d\'être »', () => {
  it('denies a quality as a negation does', () => {
    expectAll([
      'Les Tchétchènes sont loin d\'être civilisés.',
      'Les gitans sont loin d\'être honnêtes.',
      'Les lesbiennes sont loin d\'être des gens normaux.',
    ], true)
  })

  it('denies blame as a negation does', () => {
    expectAll([
      'Les Tchétchènes sont loin d\'être des terroristes.',
      'Les gitans sont loin d\'être tous des voleurs.',
      'Les lesbiennes sont loin d\'être malheureuses.',
    ], false)
  })
})

describe('rhetorical questions that deny a group a quality', () => {
  it('marks them', () => {
    expectAll([
      'Depuis quand les Arabes savent travailler ?',
      'Depuis quand une femme sait se garer en créneau ?',
      'T\'as déjà vu un Juif généreux ?',
      'Vous avez déjà vu un Gitan honnête ?',
      'Un gay qui sait se battre ? on aura tout vu.',
      'Tu connais une femme ingénieure qui soit compétente ? moi jamais.',
    ], true)
  })

  it('leaves real questions quiet', () => {
    expectAll([
      'Depuis quand les Arméniens vivent à Marseille ?',
      'Depuis quand les femmes ont le droit de vote en Suisse ?',
      'T\'as déjà vu un reportage sur les Ouïghours ?',
      'Tu connais une association de femmes ingénieures ?',
      'Depuis quand tu sais nager ?',
      'T\'as déjà vu un chat aussi intelligent ?',
      'Un Chinois qui gagne le marathon ? Bravo à lui !',
    ], false)
  })
})

describe('mock surprise after a group doing something (question.ts reads the lexicon\'s surprise markers)', () => {
  /** The tokens deniedByQuestion finds around the first group of `text`, as words, or null. */
  function question(text: string): string | null {
    const tokens = tokensOf(text)
    const hits = findHits(tokens, LEXICON)
    const g = hits.find((h) => h.phrase.kind === 'group')
    if (g === undefined) throw new Error(`no group in « ${text} »`)
    const q = deniedByQuestion(tokens, g, text, hits)
    return q === null ? null : tokens.slice(q.first, q.last + 1).map((t) => t.text).join(' ')
  }

  it('finds the question before every variant the markers list', () => {
    for (const surprise of ['on aura tout vu', "j'aurai tout vu", 'on aura vraiment tout vu', 'on aura tout entendu', 'on aura tout lu']) {
      expect(question(`Un Rom qui bosse ? ${surprise}`), surprise).toBe('un rom qui bosse')
    }
  })

  it('needs the surprise after the group, and a question', () => {
    expect(question("On aura tout vu. Un Rom qui bosse ?")).toBeNull()
    expect(question('Un Rom qui bosse, on aura tout vu')).toBeNull()
    expect(question('Un Rom qui bosse ? bravo à lui')).toBeNull()
  })
})

describe('trust nobody gives a group, a group paired with a quality it cannot have, questions to the hearer (round eleven)', () => {
  it('marks trust nobody can or should give a member of a group', () => {
    expectAll([
      'personne ne peut compter sur une Roumaine',
      'Personne ne fera confiance à un Tunisien.',
      'personne pourra jamais faire confiance aux Tchétchènes',
    ], true)
  })

  it('leaves quiet trust nobody gives a swindler, and care nobody gave a group (a complaint on its behalf)', () => {
    expectAll([
      'personne ne pourrait faire confiance à un escroc',
      'Personne n\'a aidé les migrants',
      'personne ne peut dire que les musulmans sont malhonnêtes',
    ], false)
  })

  it('marks « on ne peut pas être X et » a quality', () => {
    expectAll([
      'on ne peut pas être gitan et honnête',
      'On peut pas être une Algérienne et intelligente.',
    ], true)
  })

  it('leaves quiet a group paired with a rule, an act or no group', () => {
    expectAll([
      'On ne peut pas être juif et sortir le jour du shabbat, selon les plus orthodoxes.',
      'on ne peut pas être médecin et intelligent tout le temps',
      'On peut être musulman et honnête, évidemment.',
    ], false)
  })

  it('leaves quiet a negative question put to the hearer through a praise word', () => {
    expectAll([
      'Ne tolérez-vous pas les juifs ?',
      'ne respectes-tu pas les Roms, toi ?',
    ], false)
  })
})
