import { describe, expect, it } from 'vitest'
import { tokenize } from '../../classifiers/text/tokenize.js'
import { factsOf, factsOfSpan } from '../../classifiers/text/word-facts.js'

describe('factsOfSpan (the tokeniser\'s front to factsOf)', () => {
  it('gives a plain word the facts factsOf gives it, the word as its text', () => {
    const tokens = tokenize('salut toi, salut')
    expect(tokens.map((t) => t.text)).toEqual(['salut', 'toi', 'salut'])
    for (const t of tokens) {
      expect(t.facts).toBe(factsOf(t.text))
      expect(t.facts.word).toBe(t.text)
    }
  })

  it('tells apart two words filed at the same slot (same hash given on purpose)', () => {
    const a = factsOfSpan('xx abcq', 3, 7, 12345)
    const b = factsOfSpan('abcz', 0, 4, 12345)
    expect(a.word).toBe('abcq')
    expect(b.word).toBe('abcz')
    expect(factsOfSpan('abcq!', 0, 4, 12345)).toBe(factsOf('abcq'))
    expect(factsOfSpan('abc', 0, 3, 12345).word).toBe('abc')
  })

  it('keeps slow-path tokens (capitals, accents, digits, doubled letters) on factsOf', () => {
    for (const t of tokenize('Élève c0nnard salle')) expect(t.facts).toBe(factsOf(t.text))
  })
})
