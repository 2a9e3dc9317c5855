/**
 * The model's hashed features: scoring's sum equals the sum over the written indices, and a
 * negation's scope (« ne … pas », « pas », « jamais », « sans ») adds negated copies of the words
 * it covers, up to a clause break.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { FEATURE_BITS, featureIndices, featureTotal, sumFeatures } from '../../classifiers/features.js'

const TEXTS = [
  'je ne respecte pas les roms', "je n'ai jamais détesté les juifs", 'jrespecte pas les arabes, vraiment pas.',
  'sans blague @lea', 'Léa elle pue', 'personne ne t aime', 'trop hâte des vacances #anti2010',
]

function count(text: string): number {
  sumFeatures(tokensOf(text), [], new Int8Array(1 << FEATURE_BITS))
  return featureTotal.count
}

describe('model features', () => {
  it.each(TEXTS)('sums the same weights it writes: %s', (text) => {
    const weights = new Int8Array(1 << FEATURE_BITS)
    for (let i = 0; i < weights.length; i++) weights[i] = ((i * 7919) % 13) - 6
    const indices = featureIndices(tokensOf(text), ['insult'])
    sumFeatures(tokensOf(text), ['insult'], weights)
    expect(featureTotal.count).toBe(indices.length)
    expect(featureTotal.sum).toBe(indices.reduce((s, i) => s + (weights[i] ?? 0), 0))
  })

  it('negates the words after « ne … pas » up to a clause break', () => {
    // The comma adds one clause-break feature and takes « les » and « roms » out of the scope.
    expect(count('je ne respecte pas les roms') - count('je ne respecte pas, les roms')).toBe(1)
  })

  it('negates the verb before a spoken « pas » without « ne »', () => {
    // « pas » alone also carries a sentence-start break feature (hence − 1); the + 1 is « respecte » negated.
    expect(count('je respecte pas')).toBe(count('je respecte') + count('pas') - 1 + 1)
    // Behind a comma « respecte » is out of reach: « pas » only brings its own features and the break.
    expect(count('je respecte, pas')).toBe(count('je respecte') + count('pas'))
  })
})
