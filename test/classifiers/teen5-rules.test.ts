/**
 * Round eleven's teen rules (teen5-cases.ts): every case each rule must catch fires, every
 * look-alike stays quiet. That none of these cases is a training example is checked with every own
 * case (own-cases.ts) in teen-cases.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { classify } from '../../classifiers/index.js'
import { TEEN5_RULE_HARASSMENT, TEEN5_RULE_QUIET } from './teen5-cases.js'

describe("classify: round eleven's teen rules", () => {
  it('catches every case of each rule', () => {
    for (const group of TEEN5_RULE_HARASSMENT) {
      expect(group.cases.filter((c) => !classify(c.text, c.langs).harassment).map((c) => c.text), group.name).toEqual([])
    }
  })

  it('leaves every look-alike quiet', () => {
    for (const group of TEEN5_RULE_QUIET) {
      expect(group.cases.filter((c) => classify(c.text, c.langs).harassment).map((c) => c.text), group.name).toEqual([])
    }
  })

  it('gives the new threat and identity phrases evidence of their category', () => {
    expect(classify('on va hagar Inès ce soir').evidence.map((e) => e.category)).toContain('threat')
    expect(classify('ta kippa enleve la en cours').evidence.map((e) => e.category)).toContain('identity_hate')
    expect(classify('a ta place je me serais pendu depuis longtemps').evidence.map((e) => e.category)).toContain('self_harm')
  })
})
