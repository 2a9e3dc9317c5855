/**
 * The weak contempt cue (classifiers/sentiment.ts aimedContempt): a contemptuous adjective said of
 * the reader or of a group counts, unless negation.ts modalityOf finds a negation between its
 * subject and itself.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { aimedContempt } from '../../classifiers/sentiment.js'

describe('contempt aimed at the reader or a group, negated', () => {
  it('counts a contemptuous adjective said of the reader or a group', () => {
    expect(aimedContempt(tokensOf('vous êtes pathétiques'))).toBe(1)
    expect(aimedContempt(tokensOf('ces gens sont pathétiques'))).toBeCloseTo(0.6)
  })

  it('drops it when a negation stands between its subject and itself', () => {
    expect(aimedContempt(tokensOf("vous n'êtes pas pathétiques"))).toBe(0)
    expect(aimedContempt(tokensOf("t'es jamais pathétique"))).toBe(0)
    expect(aimedContempt(tokensOf("t'es tout sauf pathétique"))).toBe(0)
  })

  it('keeps it when the negation is restricted or stands before the subject', () => {
    // « pas que » : not only
    expect(aimedContempt(tokensOf("t'es pas que pathétique"))).toBe(1)
    // a negation in an earlier clause does not reach it
    expect(aimedContempt(tokensOf('pas de doute, vous êtes pathétiques'))).toBe(1)
  })
})
