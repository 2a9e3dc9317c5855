/**
 * Every hand-written case of test/classifiers/, by category, in the order the quality benchmark
 * and teen-cases.test.ts report them: teen talk, the three adult forum sets, the group-negation set, the negated-positive set and its probes, the negated-claim probes, the stereotype probes, round nine's own-case probes, round ten's own-case, web-prose and polarity3 probes, round eleven's « personne » cases and nobody probes, the forum-hostility patterns' cases (written alongside
 * those patterns), the web-comment patterns' cases, then the older lists.
 * « all own cases » (the share right over all of them) is read from this list.
 */
import { GROUP_CASES, ISSUE_CASES, MORE_CASES, TAG_CASES } from './cases.js'
import { FORUM_HARASSMENT, FORUM_QUIET } from './forum-cases.js'
import { FORUM2_HARASSMENT, FORUM2_QUIET } from './forum-cases2.js'
import { FORUM3_HARASSMENT, FORUM3_QUIET } from './forum-cases3.js'
import { NEGATION_HARASSMENT, NEGATION_QUIET } from './group-negation-cases.js'
import { NEGPOS_HARASSMENT, NEGPOS_QUIET } from './negated-positive-cases.js'
import { NEGPOS_PROBES_HARASSMENT, NEGPOS_PROBES_QUIET } from './negated-positive-probes.js'
import { NEGCLAIM_PROBES_HARASSMENT, NEGCLAIM_PROBES_QUIET } from './negated-claim-probes.js'
import { STEREOTYPE_PROBES_HARASSMENT, STEREOTYPE_PROBES_QUIET } from './stereotype-probes.js'
import { OWNCASE_PROBES_HARASSMENT, OWNCASE_PROBES_QUIET } from './owncase-probes.js'
import { OWNCASES2_PROBES_HARASSMENT, OWNCASES2_PROBES_QUIET } from './owncases2-probes.js'
import { NOBODY_CASES_HARASSMENT, NOBODY_CASES_QUIET } from './nobody-cases.js'
import { NOBODY_PROBES_HARASSMENT, NOBODY_PROBES_QUIET } from './nobody-probes.js'
import { POLARITY3_PROBES_HARASSMENT, POLARITY3_PROBES_QUIET } from './polarity3-probes.js'
import { PATTERN_HARASSMENT, PATTERN_QUIET } from './forum-patterns.js'
import { WEBPROSE_PROBES_HARASSMENT, WEBPROSE_PROBES_QUIET } from './webprose-probes.js'
import { TEEN_HARASSMENT, TEEN_QUIET } from './teen-cases.js'
import { WEB_HARASSMENT, WEB_QUIET } from './web-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const OWN_CASE_GROUPS: readonly CaseGroup[] = [
  ...TEEN_HARASSMENT.map((g) => ({ name: `fires: ${g.name}`, cases: g.cases })),
  ...TEEN_QUIET.map((g) => ({ name: `quiet: ${g.name}`, cases: g.cases })),
  ...FORUM_HARASSMENT.map((g) => ({ name: `forum fires: ${g.name}`, cases: g.cases })),
  ...FORUM_QUIET.map((g) => ({ name: `forum quiet: ${g.name}`, cases: g.cases })),
  ...FORUM2_HARASSMENT.map((g) => ({ name: `forum2 fires: ${g.name}`, cases: g.cases })),
  ...FORUM2_QUIET.map((g) => ({ name: `forum2 quiet: ${g.name}`, cases: g.cases })),
  ...FORUM3_HARASSMENT.map((g) => ({ name: `forum3 fires: ${g.name}`, cases: g.cases })),
  ...FORUM3_QUIET.map((g) => ({ name: `forum3 quiet: ${g.name}`, cases: g.cases })),
  ...NEGATION_HARASSMENT.map((g) => ({ name: `group negation fires: ${g.name}`, cases: g.cases })),
  ...NEGATION_QUIET.map((g) => ({ name: `group negation quiet: ${g.name}`, cases: g.cases })),
  ...NEGPOS_HARASSMENT.map((g) => ({ name: `negated positive fires: ${g.name}`, cases: g.cases })),
  ...NEGPOS_QUIET.map((g) => ({ name: `negated positive quiet: ${g.name}`, cases: g.cases })),
  ...NEGPOS_PROBES_HARASSMENT.map((g) => ({ name: `negated positive probes fire: ${g.name}`, cases: g.cases })),
  ...NEGPOS_PROBES_QUIET.map((g) => ({ name: `negated positive probes quiet: ${g.name}`, cases: g.cases })),
  ...NEGCLAIM_PROBES_HARASSMENT.map((g) => ({ name: `negated claim probes fire: ${g.name}`, cases: g.cases })),
  ...NEGCLAIM_PROBES_QUIET.map((g) => ({ name: `negated claim probes quiet: ${g.name}`, cases: g.cases })),
  ...STEREOTYPE_PROBES_HARASSMENT.map((g) => ({ name: `stereotype probes fire: ${g.name}`, cases: g.cases })),
  ...STEREOTYPE_PROBES_QUIET.map((g) => ({ name: `stereotype probes quiet: ${g.name}`, cases: g.cases })),
  ...OWNCASE_PROBES_HARASSMENT.map((g) => ({ name: `owncase probes fire: ${g.name}`, cases: g.cases })),
  ...OWNCASE_PROBES_QUIET.map((g) => ({ name: `owncase probes quiet: ${g.name}`, cases: g.cases })),
  ...WEBPROSE_PROBES_HARASSMENT.map((g) => ({ name: `webprose probes fire: ${g.name}`, cases: g.cases })),
  ...WEBPROSE_PROBES_QUIET.map((g) => ({ name: `webprose probes quiet: ${g.name}`, cases: g.cases })),
  ...OWNCASES2_PROBES_HARASSMENT.map((g) => ({ name: `owncases2 probes fire: ${g.name}`, cases: g.cases })),
  ...OWNCASES2_PROBES_QUIET.map((g) => ({ name: `owncases2 probes quiet: ${g.name}`, cases: g.cases })),
  ...POLARITY3_PROBES_HARASSMENT.map((g) => ({ name: `polarity3 probes fire: ${g.name}`, cases: g.cases })),
  ...POLARITY3_PROBES_QUIET.map((g) => ({ name: `polarity3 probes quiet: ${g.name}`, cases: g.cases })),
  ...NOBODY_CASES_HARASSMENT.map((g) => ({ name: `nobody cases fire: ${g.name}`, cases: g.cases })),
  ...NOBODY_CASES_QUIET.map((g) => ({ name: `nobody cases quiet: ${g.name}`, cases: g.cases })),
  ...NOBODY_PROBES_HARASSMENT.map((g) => ({ name: `nobody probes fire: ${g.name}`, cases: g.cases })),
  ...NOBODY_PROBES_QUIET.map((g) => ({ name: `nobody probes quiet: ${g.name}`, cases: g.cases })),
  ...PATTERN_HARASSMENT.map((g) => ({ name: `forum patterns fires: ${g.name}`, cases: g.cases })),
  ...PATTERN_QUIET.map((g) => ({ name: `forum patterns quiet: ${g.name}`, cases: g.cases })),
  ...WEB_HARASSMENT.map((g) => ({ name: `web fires: ${g.name}`, cases: g.cases })),
  ...WEB_QUIET.map((g) => ({ name: `web quiet: ${g.name}`, cases: g.cases })),
  { name: 'issue 3 cases', cases: ISSUE_CASES },
  { name: 'more hand-written cases', cases: MORE_CASES },
  { name: 'statements about groups', cases: GROUP_CASES },
  { name: '#anti… tags', cases: TAG_CASES },
]
