/**
 * What « personne » does to a verb it is the subject of across an object pronoun (negation.ts
 * nobodySubjectOf, care-denied.ts careDenied), written alongside the rules; the blind own cases of the
 * same round are nobody-cases.ts. Harm nobody does is reassurance; care, affection, worth or
 * protection nobody gives the hearer is contempt or intimidation; a comparison, a condition or a
 * feeling is neither.
 */
import { describe, expect, it } from 'vitest'
import { scoreParts } from '../../classifiers/analyse.js'
import { classify } from '../../classifiers/index.js'

/** The verdict's mark and categories for `text`. */
function read(text: string): { fires: boolean; categories: readonly string[] } {
  const v = classify(text)
  return { fires: v.harassment, categories: v.categories }
}

describe('care nobody gives the hearer (careDenied)', () => {
  it('is an exclusion signal, with or without « ne », across a modal', () => {
    // The signal, not the mark: the model may still hold a short post under the bar (« personne t'apprécie ici »).
    for (const text of ['personne t\'apprécie ici', 'personne ne t\'admire, redescends', 'personne ne va t\'inviter à son anniv', 'personne ne voudra t\'épouser avec ta tête']) {
      expect(scoreParts(text).evidence.map((e) => e.category), text).toEqual(['exclusion'])
    }
    for (const text of ['personne ne t\'admire, redescends', 'personne ne voudra t\'épouser avec ta tête']) expect(read(text).fires, text).toBe(true)
  })

  it('is a threat when the care is protection', () => {
    for (const text of ['personne pourra te protéger demain', 'personne ne va te défendre cette fois']) {
      const r = read(text)
      expect(r.fires, text).toBe(true)
      expect(r.categories, text).toContain('threat')
    }
  })

  it('is nothing when compared with the speaker or the hearer, conditional or felt, or said of oneself or of « vous »', () => {
    for (const text of [
      'personne ne t\'apprécie autant que moi',
      'personne ne te respecte comme moi je te respecte',
      'personne ne peut te sauver à part toi',
      'si personne ne t\'invite, viens avec nous',
      'tu crois que personne ne t\'écoute ? moi si',
      'personne ne m\'apprécie dans ce lycée',
      'personne ne vous écoute dans cette boîte, c\'est triste',
    ]) expect(read(text).fires, text).toBe(false)
  })
})

describe('care nobody gives, compared or felt, then turned (red-team evasions)', () => {
  it('is contempt when the speaker\'s « moi » opens a clause of hatred, or the hearer\'s doubt is endorsed', () => {
    for (const text of [
      'personne ne t\'apprécie autant que moi je te méprise',
      'personne ne t\'aime comme moi je te hais',
      'tu penses que personne ne te calcule ? t\'as raison',
    ]) expect(read(text).fires, text).toBe(true)
  })

  it('stays nothing when the clause after « moi » loves, or the hearer is told they are wrong or right to speak', () => {
    for (const text of [
      'personne ne t\'aime autant que moi je t\'aime, joyeux anniversaire',
      'personne ne te respecte comme moi, je t\'admire',
      'tu penses que personne ne te calcule ? t\'as pas raison, on t\'adore',
      'tu crois que personne ne t\'écoute ? tu as raison d\'en parler, je suis là',
    ]) expect(read(text).fires, text).toBe(false)
  })
})

describe('harm nobody does', () => {
  it('is reassurance across an object pronoun and a modal', () => {
    for (const text of ['personne ne peut te frapper ici', 'personne ne te tabassera, t\'inquiète', 'personne ne va t\'agresser, je reste avec toi']) {
      expect(read(text).fires, text).toBe(false)
    }
  })
})
