import { describe, expect, it } from 'vitest'
import { tokenize } from '../../classifiers/text/tokenize.js'
import { factsOf, factsOfSpan, letterKey } from '../../classifiers/text/word-facts.js'

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

  it('reads capitals and accented letters folded, as the slow path would', () => {
    const tokens = tokenize('Été ça va, Jean ? ÉCOLE naïve')
    expect(tokens.map((t) => t.text)).toEqual(['ete', 'ca', 'va', 'jean', 'ecole', 'naive'])
    expect(tokens.map((t) => t.capital)).toEqual([true, false, false, true, false, false])
    for (const t of tokens) {
      expect(t.facts).toBe(factsOf(t.text))
      expect(t.plain).toBe(t.text)
      expect(t.dedup).toBe(t.text)
    }
    expect(factsOfSpan('Ça', 0, 2, 777).word).toBe('ca')
  })

  it('keeps other tokens (ligatures, digits, letters three times in a row, leet, combining accents) on factsOf', () => {
    const tokens = tokenize('Œuvre c0nnard Salle s@lope e\u0301te nuuul')
    expect(tokens.map((t) => t.text)).toEqual(['oeuvre', 'connard', 'salle', 'salope', 'ete', 'nuul'])
    expect(tokens.map((t) => t.dedup)).toEqual(['oeuvre', 'conard', 'sale', 'salope', 'ete', 'nul'])
    for (const t of tokens) expect(t.facts).toBe(factsOf(t.text))
  })

  it('reads words with doubled letters through the front, their letter-cut form from their facts', () => {
    const tokens = tokenize('Connasse belle, ELLE et Mëlle pass')
    expect(tokens.map((t) => t.text)).toEqual(['connasse', 'belle', 'elle', 'et', 'melle', 'pass'])
    expect(tokens.map((t) => t.plain)).toEqual(['connasse', 'belle', 'elle', 'et', 'melle', 'pass'])
    expect(tokens.map((t) => t.dedup)).toEqual(['conase', 'bele', 'ele', 'et', 'mele', 'pas'])
    expect(tokens.map((t) => t.capital)).toEqual([true, false, false, false, true, false])
    for (const t of tokens) {
      expect(t.facts).toBe(factsOf(t.text))
      expect(t.facts.word).toBe(t.text)
      expect(t.facts.dedup).toBe(t.dedup)
    }
    expect(factsOfSpan('xx Belle', 3, 8, 4242).dedup).toBe('bele')
  })

  it('recognises a short word by its letter key, a long one by its letters', () => {
    const key = (word: string): number => [...word].reduce((k, ch) => letterKey(k, ch.charCodeAt(0)), 0)
    const a = factsOfSpan('xx abcq', 3, 7, 999, key('abcq'))
    expect(a).toBe(factsOf('abcq'))
    expect(a.key).toBe(key('abcq'))
    // Same slot, other word: its key differs, so its own facts.
    expect(factsOfSpan('abcz', 0, 4, 999, key('abcz'))).toBe(factsOf('abcz'))
    expect(factsOfSpan('ABCQ', 0, 4, 999, key('abcq'))).toBe(factsOf('abcq'))
    // Keys of different lengths differ (letters are digits 1–26, never 0).
    expect(key('a')).not.toBe(key('aa'))
    expect(factsOf('anticonstitutionnellement').key).toBe(-1)
    expect(factsOf('c0nnard').key).toBe(-1)
    const tokens = tokenize('anticonstitutionnellement abcdefghij abcdefghijk, abcdefghij')
    for (const t of tokens) {
      expect(t.facts).toBe(factsOf(t.text))
      expect(t.facts.word).toBe(t.text)
    }
  })
})
