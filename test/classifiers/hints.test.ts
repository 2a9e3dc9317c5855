/**
 * Hints (classifiers/hints.ts, Verdict.hints): a post marked without evidence says where its weak
 * evidence is, or which words weighed most toward the model's score; other posts carry none.
 */
import { describe, expect, it } from 'vitest'
import { lastAnalysis, scoreParts } from '../../classifiers/analyse.js'
import { featureTotal, sumFeatures, tokenShares } from '../../classifiers/features.js'
import { MODEL_HINTS, modelHints, weakHints } from '../../classifiers/hints.js'
import { classify } from '../../classifiers/index.js'
import type { Hint } from '../../classifiers/index.js'
import { MODEL_WEIGHTS } from '../../classifiers/model/linear.js'

/** Each hint's offsets cut its match out of the text. */
function expectPlaced(text: string, hints: readonly Hint[]): void {
  for (const h of hints) expect(text.slice(h.start, h.end), text).toBe(h.match)
}

function matches(hints: readonly Hint[] | undefined): string[] {
  return (hints ?? []).map((h) => h.match)
}

describe('weak hints', () => {
  it('place the profanity and the unaimed insult of a post marked through weak evidence', () => {
    const text = 'putain mais quel con ce type franchement'
    const v = classify(text)
    expect(v.harassment).toBe(true)
    expect(v.evidence).toEqual([])
    expect(v.hints).toEqual([
      { kind: 'weak', match: 'putain', start: 0, end: 6 },
      { kind: 'weak', match: 'quel con', start: 12, end: 20 },
    ])
  })

  it('count UTF-16 units: offsets after emoji (surrogate pairs, a skin-tone modifier) still cut the words', () => {
    const text = '😡😡 putain de merde ce bus'
    const v = classify(text)
    expect(v.harassment).toBe(true)
    expect(v.hints?.map((h) => [h.kind, h.match, h.start])).toEqual([['weak', 'putain', 5], ['weak', 'de merde', 12]])
    expectPlaced(text, v.hints ?? [])
    const toned = '👉🏽 quel con ce type franchement 😤'
    const w = classify(toned)
    expect(w.harassment).toBe(true)
    expect(w.hints).toEqual([{ kind: 'weak', match: 'quel con', start: 5, end: 13 }])
  })

  it('keep the accents as written and place a contemptuous adjective', () => {
    const text = "c'est dégueulasse, quelle bande de débiles ces politiques"
    const hints = weakHints(text)
    expect(matches(hints)).toContain('dégueulasse')
    expectPlaced(text, hints)
    expect(weakHints('vous êtes pathétiques').map((h) => h.match)).toEqual(['pathétiques'])
    expect(weakHints('ces gens sont pathétiques').map((h) => h.match)).toContain('pathétiques')
  })

  it('leave out a negated hostile word, and list a word inside a longer cue once', () => {
    expect(weakHints('il ne faut pas dire connard')).toEqual([])
    for (const text of ['putain de merde', 'quel con ce type']) {
      const hints = weakHints(text)
      for (const a of hints) for (const b of hints) if (a !== b) expect(a.start >= b.start && a.end <= b.end, text).toBe(false)
    }
  })
})

describe('model hints', () => {
  it('name the words that weighed most on a model-only mark, in text order, with their share', () => {
    const text = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
    const v = classify(text)
    expect(v.harassment).toBe(true)
    expect(v.evidence).toEqual([])
    const hints = v.hints ?? []
    expect(hints.length).toBeGreaterThan(0)
    expect(hints.length).toBeLessThanOrEqual(MODEL_HINTS)
    expect(matches(hints)).toContain('hystérique')
    expectPlaced(text, hints)
    for (const h of hints) {
      expect(h.kind).toBe('model')
      expect(h.weight).toBeGreaterThan(0)
    }
    expect(hints.map((h) => h.start)).toEqual([...hints.map((h) => h.start)].sort((a, b) => a - b))
    // The word with the largest share is the adjective.
    expect([...hints].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0]?.match).toBe('hystérique')
  })

  it('shift with the text: an emoji in front moves every offset by its UTF-16 length plus the space', () => {
    const text = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
    const shifted = `🙄 ${text}`
    const before = modelHints(text)
    const after = modelHints(shifted)
    expect(after.map((h) => [h.match, h.start - 3, h.end - 3, h.weight])).toEqual(before.map((h) => [h.match, h.start, h.end, h.weight]))
    expectPlaced(shifted, after)
  })

  it('never name a function word, which a counsellor would read as noise', () => {
    const text = 'va te coucher le nain, personne veut de toi ici'
    const hints = modelHints(text)
    expect(hints.length).toBeGreaterThan(0)
    for (const h of hints) expect(['va', 'te', 'le', 'de', 'toi']).not.toContain(h.match.toLowerCase())
  })

  it('never name a mention or a first name (the model hashes them as a class)', () => {
    const text = '@lea Léa tu es une grosse dinde ridicule'
    for (const h of modelHints(text)) {
      expect(h.match.startsWith('@')).toBe(false)
      expect(h.match).not.toBe('Léa')
    }
  })

  it('come from shares that add up to the weight sum the model scores', () => {
    for (const text of ["je respecte pas les gens comme toi, t'es nul", 'Léa elle pue #balancetonporc @max 123456', "putain j'ai encore raté mon bus", '']) {
      scoreParts(text)
      const { tokens, kinds: extra } = lastAnalysis
      const { shares, count } = tokenShares(tokens, extra, MODEL_WEIGHTS)
      let extras = 0
      for (const name of extra) {
        sumFeatures([], [name], MODEL_WEIGHTS)
        extras += featureTotal.sum
      }
      sumFeatures(tokens, extra, MODEL_WEIGHTS)
      expect(count, text).toBe(featureTotal.count)
      expect(shares.reduce((a, b) => a + b, 0) + extras, text).toBeCloseTo(featureTotal.sum, 9)
    }
  })
})

describe('verdict hints', () => {
  it('are absent from posts not marked', () => {
    for (const text of ['bonjour à tous', 'on se voit demain au ciné ?', "putain j'ai encore raté mon bus", 'il ne faut pas dire connard', '']) {
      const v = classify(text)
      expect(v.harassment, text).toBe(false)
      expect(v.hints, text).toBeUndefined()
    }
  })

  it('are absent from posts marked with evidence, whose evidence is what the lexicon found', () => {
    for (const text of ["t'es vraiment une grosse merde", 'ferme ta gueule sale pd', 'vous êtes pathétiques franchement']) {
      const v = classify(text)
      expect(v.harassment, text).toBe(true)
      expect(v.hints, text).toBeUndefined()
      expect(v.evidence, text).toEqual(scoreParts(text).evidence)
    }
  })

  it('leave the score, the mark and the evidence as they were', () => {
    const text = 'putain mais quel con ce type franchement'
    const first = classify(text)
    const again = classify(text)
    expect(again).toEqual(first)
    const { hints, ...rest } = first
    expect(hints).toBeDefined()
    expect(rest.evidence).toEqual([])
    expect(rest.score).toBe(again.score)
  })
})
