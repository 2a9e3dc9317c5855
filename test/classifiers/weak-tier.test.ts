/**
 * The weak-evidence tier: which posts carry weak evidence only (profanity, insults or hostile
 * words said of no one, with nothing that softens or frames them), and the three-bar harassment rule.
 */
import { describe, expect, it } from 'vitest'
import { scoreParts } from '../../classifiers/analyse.js'
import { MODEL_ONLY_THRESHOLD, THRESHOLD, WEAK_THRESHOLD, classify, isHarassment } from '../../classifiers/index.js'

describe('weak evidence', () => {
  it('is profanity or an insult word said of no one, with no evidence', () => {
    // (« quel con ce bus » is not even weak: classifiers/lookalike.ts drops an insult word said of a thing.)
    for (const text of ["putain j'ai encore raté mon bus", 'quel con ce type', "c'est de la merde ce jeu", 'putain de lundi']) {
      const p = scoreParts(text)
      expect(p.evidence, text).toEqual([])
      expect(p.weak, text).toBe(true)
    }
  })

  it('is not an aimed hit (that is evidence), nor an ordinary post', () => {
    for (const text of ["t'es un connard @lea", 'ferme ta gueule']) {
      const p = scoreParts(text)
      expect(p.evidence.length, text).toBeGreaterThan(0)
      expect(p.weak, text).toBe(false)
    }
    for (const text of ['bonjour à tous', 'on se voit demain au ciné ?']) expect(scoreParts(text).weak, text).toBe(false)
  })

  it('is more than one hostile word said of no one, whose sense depends on what it is said of', () => {
    for (const text of ['faut les exterminer tous', "retourne jouer avec tes cousins, ils t'attendent dans le jardin"]) {
      const p = scoreParts(text)
      expect(p.lex, text).toBeGreaterThan(0)
      expect(p.weak, text).toBe(false)
    }
  })

  it('is not a hostile word softened or framed: negated, or said in banter', () => {
    // The same word with nothing around it is weak evidence.
    expect(scoreParts('putain').weak).toBe(true)
    expect(scoreParts('il ne faut pas dire connard').weak).toBe(false)
    expect(scoreParts('putain mdr').weak).toBe(false)
  })
})

describe('the harassment rule', () => {
  const t = { threshold: 0.05, weak: 0.1, modelOnly: 0.2 }

  it('asks the evidence threshold of evidence, the weak bar of weak evidence, the model-only bar of neither', () => {
    expect(isHarassment(0.06, true, false, t)).toBe(true)
    expect(isHarassment(0.04, true, false, t)).toBe(false)
    expect(isHarassment(0.12, false, true, t)).toBe(true)
    expect(isHarassment(0.09, false, true, t)).toBe(false)
    expect(isHarassment(0.12, false, false, t)).toBe(false)
    expect(isHarassment(0.2, false, false, t)).toBe(true)
    // Evidence wins over the weak flag; nothing is marked under the evidence threshold.
    expect(isHarassment(0.06, true, true, t)).toBe(true)
    expect(isHarassment(0.04, false, true, { threshold: 0.05, weak: 0.05, modelOnly: 0.2 })).toBe(false)
  })

  it('ships bars in order, and classify follows the rule with its own analysis', () => {
    expect(THRESHOLD).toBeLessThanOrEqual(WEAK_THRESHOLD)
    expect(WEAK_THRESHOLD).toBeLessThanOrEqual(MODEL_ONLY_THRESHOLD)
    for (const text of ['quel con ce bus', "t'es un connard @lea", 'bonjour à tous', "putain j'ai encore raté mon bus"]) {
      const p = scoreParts(text)
      const v = classify(text)
      expect(v.harassment, text).toBe(isHarassment(v.score, p.evidence.length > 0, p.weak))
    }
  })

  it('keeps ordinary profanity quiet', () => {
    for (const text of ["putain j'ai encore raté mon bus", 'quel con ce prof de maths a oublié nos copies', 'putain de lundi', "c'est de la merde ce jeu", 'putain il pleut encore']) {
      expect(classify(text).harassment, text).toBe(false)
    }
  })
})
