/**
 * The optional feature families cross-validation can add (scripts/train/variants.ts): what each
 * adds per word boundary, that a clause break stops the across-word grams, and that glued and
 * split words share grams in the within-word family.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { featureIndices } from '../../classifiers/features.js'
import { variantFeatures } from '../../scripts/train/variants.js'

const of = (text: string, family: Parameters<typeof variantFeatures>[1]): number[] => variantFeatures(tokensOf(text), family)

describe('variant feature families', () => {
  it('adds character grams across the space between two words, none across a clause break', () => {
    // « nique ta »: 4-grams « e ta », « ue t »; 5-grams « ue ta », « que t » (« ta » has no third letter); 3-gram « e t ».
    expect(of('nique ta', 'cross45')).toHaveLength(4)
    expect(of('nique ta', 'cross35')).toHaveLength(5)
    expect(of('nique, ta', 'cross45')).toHaveLength(0)
    expect(of('nique, nique ta', 'cross45')).toEqual(of('nique ta', 'cross45'))
  })

  it('gives split words the within-word grams of the glued word', () => {
    const glued = new Set(featureIndices(tokensOf('niqueta')))
    const split = of('nique ta', 'glue35')
    expect(split.length).toBeGreaterThan(0)
    for (const index of split) expect(glued.has(index)).toBe(true)
  })

  it('adds one word-context feature per token, that tells word orders apart', () => {
    for (const family of ['skip', 'trigram', 'stempair'] as const) {
      expect(of('je te respecte pas', family)).toHaveLength(4)
      expect(of('je te respecte pas', family)).not.toEqual(of('je respecte te pas', family))
    }
  })
})
