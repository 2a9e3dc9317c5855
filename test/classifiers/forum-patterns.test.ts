/**
 * The forum-hostility patterns (issue 11): wishes of harm, negated praise and
 * refusal of a group, contempt without insult words must fire; their
 * look-alikes (worry, regret, defenders, news, sport, everyday talk) must not.
 * That none of these cases is a training example is checked with every own case
 * (own-cases.ts) in teen-cases.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { classify } from '../../classifiers/index.js'
import { PATTERN_HARASSMENT, PATTERN_QUIET } from './forum-patterns.js'
import type { CaseGroup } from './teen-cases.js'

function wrongOf(group: CaseGroup): string[] {
  return group.cases.filter((c) => classify(c.text, c.langs).harassment !== c.fires).map((c) => c.text)
}

describe('classify: forum hostility without insult words', () => {
  it('catches each family at least 90 % of the time, with evidence of its category', () => {
    const lines: string[] = []
    for (const group of PATTERN_HARASSMENT) {
      const wrong = wrongOf(group)
      lines.push(`  ${group.name}: ${group.cases.length - wrong.length}/${group.cases.length}${wrong.length > 0 ? ` — missed: ${wrong.join(' | ')}` : ''}`)
      expect((group.cases.length - wrong.length) / group.cases.length, `${group.name}: missed ${wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.9)
    }
    console.info(`forum pattern cases:\n${lines.join('\n')}`)
    expect(classify("qu'ils crèvent tous, ces gens là").evidence.map((e) => e.category)).toContain('threat')
    expect(classify('les Maliens ne sont pas des humains').evidence.map((e) => e.category)).toContain('identity_hate')
    expect(classify("t'es une erreur de la nature").evidence.map((e) => e.category)).toContain('insult')
  })

  it('leaves every look-alike quiet', () => {
    for (const group of PATTERN_QUIET) {
      const wrong = wrongOf(group)
      expect(wrong, group.name).toEqual([])
    }
  })
})
