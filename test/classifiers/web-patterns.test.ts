/**
 * The web-comment patterns (classifiers/lexicon/web-talk.ts): insults said as a predicate or
 * with « putain de », directed profanity, written threats and death wishes, crude sexual taunts
 * must fire; heated but civil talk, profanity aimed at no one, news, quoted and negated abuse must
 * not. That none of these cases is a training example is checked with every own case
 * (own-cases.ts) in teen-cases.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { classify } from '../../classifiers/index.js'
import type { CaseGroup } from './teen-cases.js'
import { WEB_HARASSMENT, WEB_QUIET } from './web-cases.js'

function wrongOf(group: CaseGroup): string[] {
  return group.cases.filter((c) => classify(c.text, c.langs).harassment !== c.fires).map((c) => c.text)
}

const categoriesOf = (text: string): string[] => classify(text).evidence.map((e) => e.category)

describe('classify: abuse in the register of web comments', () => {
  it('catches each family at least 90 % of the time', () => {
    for (const group of WEB_HARASSMENT) {
      const wrong = wrongOf(group)
      expect((group.cases.length - wrong.length) / group.cases.length, `${group.name}: missed ${wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.9)
    }
  })

  it('gives evidence of the category each pattern stands for', () => {
    expect(categoriesOf('Ce relecteur est un connard fini')).toContain('insult')
    expect(categoriesOf('Ton avertissement, tu peux te le mettre où je pense')).toContain('insult')
    expect(categoriesOf("J'espère que tu vas crever bientôt")).toContain('threat')
    expect(categoriesOf('Ces traîtres devraient être fusillés')).toContain('threat')
    expect(categoriesOf('Putain de juif, tu ne comprends rien')).toContain('identity_hate')
  })

  it('leaves every look-alike quiet', () => {
    for (const group of WEB_QUIET) expect(wrongOf(group), group.name).toEqual([])
  })

  it('reads the plain word « con » as an insult only with an intensifier, and not a kind of thing as a predicate', () => {
    expect(categoriesOf("c'est un énorme con")).toContain('insult')
    expect(categoriesOf('Quel idiot je fais')).toEqual([])
    expect(categoriesOf('Il faut exécuter la mise à jour ce soir')).toEqual([])
  })
})
