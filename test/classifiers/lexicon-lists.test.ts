/**
 * The lexicon names each phrase once within a kind: of two identical phrases of one kind the matcher
 * keeps the heavier (the longest hit from a token, then the heaviest), so a second, lighter copy is
 * never read and only hides which weight counts.
 */
import { describe, expect, it } from 'vitest'
import { LEXICON_GROUPS } from '../../classifiers/lexicon/index.js'
import { splitTop } from '../../classifiers/match/compile.js'

describe('lexicon lists', () => {
  it('names each phrase once within a kind', () => {
    const seen = new Set<string>()
    const twice: string[] = []
    for (const group of LEXICON_GROUPS) {
      for (const [pattern] of group.entries) {
        for (const p of splitTop(pattern)) {
          const key = `${group.kind}: ${p}`
          if (seen.has(key)) twice.push(key)
          seen.add(key)
        }
      }
    }
    expect(twice).toEqual([])
  })
})
