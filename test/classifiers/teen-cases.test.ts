/**
 * The classifier on teen talk (issue 11): harassment by kind must fire, the
 * look-alikes must not; the share right is reported per category. The same for
 * adult forum talk (forum-cases.ts), whose must-not-fire side only is held to a
 * floor for now; the blind sets (forum-cases2.ts, forum-cases3.ts, group-negation-cases.ts, negated-positive-cases.ts and its probes, negated-claim-probes.ts, stereotype-probes.ts, owncase-probes.ts, owncases2-probes.ts, webprose-probes.ts, polarity3-probes.ts, fiction-probes.ts, teen5-probes.ts, teen5b-probes.ts, teen5c-probes.ts, nobody-cases.ts, nobody-probes.ts, redteam-probes.ts) likewise, their must-not-fire cases
 * all required but the known failures each lists. Reports the share right over all own cases
 * (own-cases.ts, as the quality benchmark does). Also checks
 * that no test case is a training example, so these figures measure what the
 * model learnt, not what it was shown.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classify } from '../../classifiers/index.js'
import { readExampleFiles } from '../../scripts/train/examples.js'
import { projectRoot } from '../../src/project-root.js'
import { GROUP_CASES, ISSUE_CASES, MORE_CASES, TAG_CASES } from './cases.js'
import { FICTION_PROBES_HARASSMENT, FICTION_PROBES_KNOWN_LOUD, FICTION_PROBES_QUIET } from './fiction-probes.js'
import { FORUM_HARASSMENT, FORUM_QUIET } from './forum-cases.js'
import { FORUM2_HARASSMENT, FORUM2_KNOWN_LOUD, FORUM2_QUIET } from './forum-cases2.js'
import { FORUM3_HARASSMENT, FORUM3_KNOWN_LOUD, FORUM3_QUIET } from './forum-cases3.js'
import { NOBODY_CASES_HARASSMENT, NOBODY_CASES_KNOWN_LOUD, NOBODY_CASES_QUIET } from './nobody-cases.js'
import { NOBODY_PROBES_HARASSMENT, NOBODY_PROBES_KNOWN_LOUD, NOBODY_PROBES_QUIET } from './nobody-probes.js'
import { NEGATION_HARASSMENT, NEGATION_KNOWN_LOUD, NEGATION_QUIET } from './group-negation-cases.js'
import { NEGPOS_HARASSMENT, NEGPOS_KNOWN_LOUD, NEGPOS_QUIET } from './negated-positive-cases.js'
import { NEGPOS_PROBES_HARASSMENT, NEGPOS_PROBES_QUIET } from './negated-positive-probes.js'
import { NEGCLAIM_PROBES_HARASSMENT, NEGCLAIM_PROBES_KNOWN_LOUD, NEGCLAIM_PROBES_QUIET } from './negated-claim-probes.js'
import { FICTION_RULE_CASES, OWN_CASE_GROUPS } from './own-cases.js'
import { REDTEAM_PROBES_HARASSMENT, REDTEAM_PROBES_KNOWN_LOUD, REDTEAM_PROBES_QUIET } from './redteam-probes.js'
import { POLARITY3_PROBES_HARASSMENT, POLARITY3_PROBES_KNOWN_LOUD, POLARITY3_PROBES_QUIET } from './polarity3-probes.js'
import { OWNCASE_PROBES_HARASSMENT, OWNCASE_PROBES_KNOWN_LOUD, OWNCASE_PROBES_QUIET } from './owncase-probes.js'
import { OWNCASES2_PROBES_HARASSMENT, OWNCASES2_PROBES_KNOWN_LOUD, OWNCASES2_PROBES_QUIET } from './owncases2-probes.js'
import { STEREOTYPE_PROBES_HARASSMENT, STEREOTYPE_PROBES_QUIET } from './stereotype-probes.js'
import { TEEN_HARASSMENT, TEEN_QUIET } from './teen-cases.js'
import { TEEN5_PROBES_HARASSMENT, TEEN5_PROBES_KNOWN_LOUD, TEEN5_PROBES_QUIET } from './teen5-probes.js'
import { TEEN5B_PROBES_HARASSMENT, TEEN5B_PROBES_KNOWN_LOUD, TEEN5B_PROBES_QUIET } from './teen5b-probes.js'
import { TEEN5C_PROBES_HARASSMENT, TEEN5C_PROBES_KNOWN_LOUD, TEEN5C_PROBES_QUIET } from './teen5c-probes.js'
import { WEBPROSE_PROBES_HARASSMENT, WEBPROSE_PROBES_KNOWN_LOUD, WEBPROSE_PROBES_QUIET } from './webprose-probes.js'
import type { CaseGroup } from './teen-cases.js'

/** Case-, accent- and punctuation-blind form, for comparing texts. */
function folded(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s.,!?;:'"«»’()-]+/g, ' ').trim()
}

/** A group's cases classified once: how many are right, the wrong ones with their score, and the wrong texts alone. */
function score(group: CaseGroup): { right: number; wrong: string[]; wrongTexts: string[] } {
  const wrong: string[] = []
  const wrongTexts: string[] = []
  for (const c of group.cases) {
    const v = classify(c.text, c.langs)
    if (v.harassment !== c.fires) {
      wrong.push(`${c.text} (score ${v.score})`)
      wrongTexts.push(c.text)
    }
  }
  return { right: group.cases.length - wrong.length, wrong, wrongTexts }
}

/** Scores each group and sums them: right and all over the groups, one report line per group, the wrong texts. */
function tally(groups: readonly CaseGroup[], label: string, what: string): { right: number; all: number; lines: string[]; wrongTexts: string[] } {
  const out = { right: 0, all: 0, lines: [] as string[], wrongTexts: [] as string[] }
  for (const group of groups) {
    const s = score(group)
    out.right += s.right
    out.all += group.cases.length
    out.lines.push(reportLine(`${label}${group.name}`, group, s, what))
    out.wrongTexts.push(...s.wrongTexts)
  }
  return out
}

/** One report line: « name: right/all », then the cases it got wrong after `what` (« wrong », « missed », « fired »). */
function reportLine(name: string, group: CaseGroup, s: { right: number; wrong: string[] }, what: string): string {
  return `  ${name}: ${s.right}/${group.cases.length}${s.wrong.length > 0 ? ` — ${what}: ${s.wrong.join(' | ')}` : ''}`
}

describe('classify: teen talk by category', () => {
  it('gets at least 95 % of the cases right, and says how it does per category', () => {
    const { right, all, lines } = tally([...TEEN_HARASSMENT, ...TEEN_QUIET], '', 'wrong')
    console.info(`teen cases right: ${right}/${all} (${((100 * right) / all).toFixed(1)} %)\n${lines.join('\n')}`)
    expect(right / all).toBeGreaterThanOrEqual(0.95)
  })

  it('marks every category of teen harassment at least 80 % of the time', () => {
    for (const group of TEEN_HARASSMENT) {
      const s = score(group)
      expect(s.right / group.cases.length, `${group.name}: missed ${s.wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.8)
    }
  })

  it('leaves every must-not-fire category alone at least 80 % of the time', () => {
    for (const group of TEEN_QUIET) {
      const s = score(group)
      expect(s.right / group.cases.length, `${group.name}: flagged ${s.wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.8)
    }
  })
})

describe('classify: adult forum talk by category', () => {
  it('has 60 cases, about half of each class', () => {
    const fires = FORUM_HARASSMENT.flatMap((g) => g.cases)
    const quiet = FORUM_QUIET.flatMap((g) => g.cases)
    expect(fires.every((c) => c.fires) && quiet.every((c) => !c.fires)).toBe(true)
    expect(fires.length + quiet.length).toBe(60)
    expect(Math.min(fires.length, quiet.length)).toBeGreaterThanOrEqual(25)
  })

  // The firing side is reported, not yet held to a floor: the shipped model catches few of these.
  it('leaves every must-not-fire category alone at least 80 % of the time, and reports the firing side', () => {
    console.info(`forum cases:\n${tally([...FORUM_HARASSMENT, ...FORUM_QUIET], '', 'wrong').lines.join('\n')}`)
    for (const group of FORUM_QUIET) {
      const s = score(group)
      expect(s.right / group.cases.length, `${group.name}: flagged ${s.wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.8)
    }
  })
})

/** A blind forum set: its size, and every must-not-fire case quiet but its known failures; the firing side is reported. */
function blindSet(file: string, harassment: readonly CaseGroup[], quietGroups: readonly CaseGroup[], knownLoud: readonly string[], size: readonly [number, number]): void {
  describe(`classify: blind adult forum cases (${file})`, () => {
    it(`has ${size[0]} hostile and ${size[1]} must-not-fire cases, and marks as known failures only must-not-fire cases`, () => {
      const fires = harassment.flatMap((g) => g.cases)
      const quiet = quietGroups.flatMap((g) => g.cases)
      expect(fires.every((c) => c.fires) && quiet.every((c) => !c.fires)).toBe(true)
      expect([fires.length, quiet.length]).toEqual([...size])
      const quietTexts = new Set(quiet.map((c) => c.text))
      expect(knownLoud.filter((t) => !quietTexts.has(t))).toEqual([])
    })

    // The firing side is reported, not required; every must-not-fire case stays quiet, except the
    // known failures the file lists, which are reported as still failing or now quiet.
    it('leaves every must-not-fire case alone but the known failures, and reports the firing side', () => {
      const fires = tally(harassment, 'fires: ', 'missed')
      const quiet = tally(quietGroups, 'quiet: ', 'fired')
      const fired = new Set(quiet.wrongTexts)
      const known = new Set(knownLoud)
      const loud = quiet.wrongTexts.filter((t) => !known.has(t))
      const knownStill = knownLoud.filter((t) => fired.has(t))
      const knownNowQuiet = knownLoud.filter((t) => !fired.has(t))
      console.info(
        `blind forum cases (${file}): hostile marked ${fires.right}/${fires.all}, must-not-fire quiet ${quiet.right}/${quiet.all}` +
        ` (known failures: ${knownStill.length} still fire${knownNowQuiet.length > 0 ? `, ${knownNowQuiet.length} now quiet, drop their mark: ${knownNowQuiet.join(' | ')}` : ''})\n${[...fires.lines, ...quiet.lines].join('\n')}`,
      )
      expect(loud, 'must-not-fire forum cases that fire and are not marked as known failures').toEqual([])
    })
  })
}

blindSet('forum-cases2.ts', FORUM2_HARASSMENT, FORUM2_QUIET, FORUM2_KNOWN_LOUD, [40, 40])
blindSet('forum-cases3.ts', FORUM3_HARASSMENT, FORUM3_QUIET, FORUM3_KNOWN_LOUD, [31, 31])
blindSet('group-negation-cases.ts', NEGATION_HARASSMENT, NEGATION_QUIET, NEGATION_KNOWN_LOUD, [40, 40])
blindSet('negated-positive-cases.ts', NEGPOS_HARASSMENT, NEGPOS_QUIET, NEGPOS_KNOWN_LOUD, [90, 84])
blindSet('negated-positive-probes.ts', NEGPOS_PROBES_HARASSMENT, NEGPOS_PROBES_QUIET, [], [15, 15])
blindSet('negated-claim-probes.ts', NEGCLAIM_PROBES_HARASSMENT, NEGCLAIM_PROBES_QUIET, NEGCLAIM_PROBES_KNOWN_LOUD, [40, 40])
blindSet('stereotype-probes.ts', STEREOTYPE_PROBES_HARASSMENT, STEREOTYPE_PROBES_QUIET, [], [40, 40])
blindSet('owncase-probes.ts', OWNCASE_PROBES_HARASSMENT, OWNCASE_PROBES_QUIET, OWNCASE_PROBES_KNOWN_LOUD, [22, 19])
blindSet('webprose-probes.ts', WEBPROSE_PROBES_HARASSMENT, WEBPROSE_PROBES_QUIET, WEBPROSE_PROBES_KNOWN_LOUD, [30, 40])
blindSet('owncases2-probes.ts', OWNCASES2_PROBES_HARASSMENT, OWNCASES2_PROBES_QUIET, OWNCASES2_PROBES_KNOWN_LOUD, [25, 25])
blindSet('polarity3-probes.ts', POLARITY3_PROBES_HARASSMENT, POLARITY3_PROBES_QUIET, POLARITY3_PROBES_KNOWN_LOUD, [30, 75])
blindSet('fiction-probes.ts', FICTION_PROBES_HARASSMENT, FICTION_PROBES_QUIET, FICTION_PROBES_KNOWN_LOUD, [25, 40])

describe('classify: round eleven\'s fiction rules', () => {
  it('quiets each rule\'s look-alikes and leaves its hostile twins marked', () => {
    for (const group of FICTION_RULE_CASES) {
      const s = score(group)
      expect(s.wrong, group.name).toEqual([])
    }
  })
})

blindSet('teen5-probes.ts', TEEN5_PROBES_HARASSMENT, TEEN5_PROBES_QUIET, TEEN5_PROBES_KNOWN_LOUD, [50, 50])
blindSet('teen5b-probes.ts', TEEN5B_PROBES_HARASSMENT, TEEN5B_PROBES_QUIET, TEEN5B_PROBES_KNOWN_LOUD, [25, 25])
blindSet('teen5c-probes.ts', TEEN5C_PROBES_HARASSMENT, TEEN5C_PROBES_QUIET, TEEN5C_PROBES_KNOWN_LOUD, [25, 25])
blindSet('nobody-cases.ts', NOBODY_CASES_HARASSMENT, NOBODY_CASES_QUIET, NOBODY_CASES_KNOWN_LOUD, [15, 15])
blindSet('nobody-probes.ts', NOBODY_PROBES_HARASSMENT, NOBODY_PROBES_QUIET, NOBODY_PROBES_KNOWN_LOUD, [20, 20])
blindSet('redteam-probes.ts', REDTEAM_PROBES_HARASSMENT, REDTEAM_PROBES_QUIET, REDTEAM_PROBES_KNOWN_LOUD, [40, 20])

describe('classify: all own cases', () => {
  // The hostile forum cases are reported, not required, so the share over all own cases is printed
  // (it is the quality benchmark's « all own cases ») and only its must-not-fire side is held.
  it('reports the share right over every own case, and keeps 95 % of the must-not-fire ones quiet', () => {
    let right = 0
    let all = 0
    let quietRight = 0
    let quietAll = 0
    for (const group of OWN_CASE_GROUPS) {
      for (const c of group.cases) {
        const ok = classify(c.text, c.langs).harassment === c.fires
        all++
        if (ok) right++
        if (!c.fires) {
          quietAll++
          if (ok) quietRight++
        }
      }
    }
    console.info(`all own cases right: ${right}/${all} (${((100 * right) / all).toFixed(1)} %); must-not-fire quiet ${quietRight}/${quietAll}`)
    expect(quietRight / quietAll).toBeGreaterThanOrEqual(0.95)
  })
})

describe('test cases and training examples', () => {
  it('share no text', () => {
    const training = new Set<string>()
    for (const examples of readExampleFiles(join(projectRoot(), 'scripts/training-examples')).values()) {
      for (const e of examples) training.add(folded(e.text))
    }
    const cases = OWN_CASE_GROUPS.flatMap((g) => g.cases)
    expect(cases.filter((c) => training.has(folded(c.text))).map((c) => c.text)).toEqual([])
  })
})
