/**
 * Stereotypes said in passing (classifiers/stereotype.ts): which posts get identity-hate evidence,
 * which only weak evidence, and which neither. Lexicon side only (evidence and `weak` do not
 * depend on the model's weights).
 */
import { describe, expect, it } from 'vitest'
import { scoreParts } from '../../classifiers/analyse.js'

/** What the lexicon side gives a post: identity-hate evidence, weak evidence only, or nothing. */
function side(text: string): 'evidence' | 'weak' | 'none' {
  const p = scoreParts(text)
  if (p.evidence.some((e) => e.category === 'identity_hate')) return 'evidence'
  return p.weak ? 'weak' : 'none'
}

describe('stereotypes: a group, a trait and a marker', () => {
  it.each([
    'Les Bulgares et les arnaques, comme d\'hab.',
    'Chez eux les Syriens, le trafic c\'est normal.',
    'Un Kurde dealer ? normal.',
    'Les Juifs et l\'argent, c\'est génétique.',
    'les rebeus c tous des voleurs de scooters',
    'Braquage à la bijouterie, comme par hasard deux Albanais.',
    'Ce travail de chinois, franchement.',
    'Partout où les Tchadiens vont il y a de la violence, c\'est un fait.',
  ])('gives identity-hate evidence to « %s »', (text) => {
    expect(side(text)).toBe('evidence')
  })

  it.each([
    ['an inborn marker with a group', 'Les Noirs sont moins doués en maths, c\'est génétique.'],
    ['a coded marker with a trait', 'Encore un cambriolage dans la rue, toujours les mêmes, on les connaît.'],
  ])('gives weak evidence only to %s', (_, text) => {
    expect(side(text)).toBe('weak')
  })

  it.each([
    ['counter-speech', 'Dire que les Gitans volent, c\'est génétique ? C\'est du racisme pur.'],
    ['a denial', 'Aucun Algérien n\'est voleur par nature.'],
    ['a study', 'Une étude montre que le cliché des Roms voleurs de naissance persiste.'],
    ['a victim frame', 'Les violences contre les femmes, comme d\'hab personne ne bouge.'],
    ['a victim frame after the trait', 'Les violences faites aux femmes augmentent, c\'est un fait.'],
    ['a fear of the trait', 'Les femmes ont peur de la violence dans la rue, normal.'],
    ['a team', 'Les Argentins nous ont volé le match, comme d\'hab.'],
    ['a team named by its players', 'Les joueurs portugais sont des tricheurs, comme d\'hab.'],
    ['a home', 'Beaucoup de femmes n\'osent plus rentrer chez elles le soir à cause de la violence.'],
    ['one\'s own people', 'Mes voisins turcs m\'ont invité chez eux, ils tiennent un kebab.'],
    ['a marker with neither', 'Le train est encore en retard, comme d\'hab.'],
    ['news framing a coded marker', 'Selon la police, les cambriolages du quartier sont toujours les mêmes.'],
  ])('leaves %s alone', (_, text) => {
    expect(side(text)).toBe('none')
  })
})

describe('one list of sport words (lexicon/sport.ts) for stereotypes and group claims', () => {
  it('reads « équipe » as sport in a negated claim too: a nationality there is a team', () => {
    expect(side('L\'équipe des Algériens ne mérite pas sa place.')).not.toBe('evidence')
  })
})

describe('stereotypes: mock surprise after a group (tier « surprise »)', () => {
  it('gives weak evidence to « une musulmane qui conduit, on aura vraiment tout vu »', () => {
    expect(side('une musulmane qui conduit, on aura vraiment tout vu')).toBe('weak')
  })

  it('leaves the asked form to the rhetorical questions, which make it evidence (question.ts)', () => {
    expect(side('Un Gitan qui se lève tôt pour bosser ? On aura tout vu.')).toBe('evidence')
  })

  it.each([
    'Un bus qui arrive en avance ? On aura tout vu.',
    'On aura tout vu, les Bretons qui rangent leur chambre.',
  ])('gives nothing to « %s » (no group, or the group after it)', (text) => {
    expect(side(text)).toBe('none')
  })
})
