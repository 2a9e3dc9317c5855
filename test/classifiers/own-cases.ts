/**
 * Every hand-written case of test/classifiers/, by category, in the order the quality benchmark
 * and teen-cases.test.ts report them: teen talk, the three adult forum sets, the group-negation set, the negated-positive set and its probes, the negated-claim probes, the stereotype probes, round nine's own-case probes, round ten's own-case, web-prose and polarity3 probes, round eleven's fiction probes and the cases of its rules, its teen5 probes, the cases of their rules, the teen5b and teen5c probes, its « personne » cases and nobody probes, the red-team probes of its quieting rules, the forum-hostility patterns' cases (written alongside
 * those patterns), the web-comment patterns' cases, then the older lists.
 * « all own cases » (the share right over all of them) is read from this list.
 */
import { GROUP_CASES, ISSUE_CASES, MORE_CASES, TAG_CASES } from './cases.js'
import { FICTION_PROBES_HARASSMENT, FICTION_PROBES_QUIET } from './fiction-probes.js'
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
import { REDTEAM_PROBES_HARASSMENT, REDTEAM_PROBES_QUIET } from './redteam-probes.js'
import { POLARITY3_PROBES_HARASSMENT, POLARITY3_PROBES_QUIET } from './polarity3-probes.js'
import { PATTERN_HARASSMENT, PATTERN_QUIET } from './forum-patterns.js'
import { WEBPROSE_PROBES_HARASSMENT, WEBPROSE_PROBES_QUIET } from './webprose-probes.js'
import { TEEN_HARASSMENT, TEEN_QUIET } from './teen-cases.js'
import { TEEN5_PROBES_HARASSMENT, TEEN5_PROBES_QUIET } from './teen5-probes.js'
import { TEEN5_RULE_HARASSMENT, TEEN5_RULE_QUIET } from './teen5-cases.js'
import { TEEN5B_PROBES_HARASSMENT, TEEN5B_PROBES_QUIET } from './teen5b-probes.js'
import { TEEN5C_PROBES_HARASSMENT, TEEN5C_PROBES_QUIET } from './teen5c-probes.js'
import { WEB_HARASSMENT, WEB_QUIET } from './web-cases.js'
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/**
 * Round eleven's fiction rules (classifiers/story.ts tellsStory, self-insult.ts saidOfSelf, sex-told.ts sexTogether,
 * signals.ts unequalRights, reactsToComplaint; classifiers/lookalike.ts cursesThing; classifiers/polarity.ts praiseNoun), each with the look-alike it quiets and the hostile twin it must leave marked. teen-cases.test.ts
 * requires every one right.
 */
export const FICTION_RULE_CASES: readonly CaseGroup[] = [
  {
    name: 'a story told to no one',
    cases: [
      quiet('À la fin du deuxième tome, le héros se fait poignarder par son meilleur ami.'),
      quiet('Dans le manga, la brute de la classe traite le nouveau de déchet et le frappe tous les jours.'),
      quiet('La scène où le tueur égorge le gardien est filmée en un seul plan.'),
      fire('Comme dans le manga, on va te frapper tous les jours, déchet.'),
      fire('Dans le manga le héros se fait frapper, et toi tu vas finir pareil, sale déchet.'),
      fire('Dans la série la mère est une grosse pute, comme la tienne.'),
      fire('Dans le film l\'actrice est une grosse vache, elle devrait arrêter de manger.'),
      fire('Le personnage principal est un gros lard, exactement comme Kevin de la 4eB.'),
      fire('Au dernier épisode il crève enfin, j\'espère que ce sera pareil pour Mehdi.'),
      fire('Dans le film, le mec dit aux femmes qu\'elles sont juste bonnes à sucer, et il a raison.'),
      fire('Dans la série, le héros traite sa sœur de grosse pute, et ma sœur c\'est pareil, une grosse pute.'),
      // Red-team mends: a class's code brings the story home as « ma classe » does; a likeness to someone placed outside it ends it.
      quiet('Dans le film, le héros se bat comme le méchant du premier tome.'),
      quiet('Au dernier épisode il meurt comme le frère du héros, en 3D c\'était impressionnant.'),
      fire('dans le film le bouffon a lunettes se fait defoncer, comme le nouveau de la cantine demain'),
      fire('la scene ou le bouffon de 3eA se fait defoncer demain a la sortie, le film va etre ouf'),
      fire('la scene ou la grosse de 5ème B se fait tabasser a la sortie, le film de l\'annee'),
      fire('l\'episode ou la grosse de 3eA se fait tabasser, la serie de l\'annee'),
      quiet('Dans le film les deux héros finissent par baiser, la même scène que dans le premier tome.'),
      quiet('dans la série le héros se fait humilier, ça m\'a donné des idées de cosplay'),
      fire('Dans le film la grosse se fait humilier par tout le monde, la même que la grosse du CDI.'),
      fire('Dans le manga il la viole, franchement ça donne des idées pour la meuf du bus.'),
    ],
  },
  {
    name: 'an insult the speaker says of themself',
    cases: [
      quiet('J\'ai raté la marche comme un imbécile et je me suis tordu la cheville.'),
      quiet('Chui vraiment trop débile, j\'ai lavé mon téléphone avec mon jean.'),
      fire('T\'as raté la marche comme un imbécile, on a tous filmé.'),
      fire('Je suis trop con de t\'avoir cru, pauvre con.'),
      quiet('Quelle conne je suis, j\'ai encore brûlé le gâteau.'),
      fire('Quelle conne tu fais, t\'as encore brûlé le gâteau.'),
    ],
  },
  {
    name: 'swearing at a thing',
    cases: [
      quiet('Ce foutu radiateur fait un bruit d\'enfer toute la nuit.'),
      quiet('Putain de wifi, ça coupe encore.'),
      quiet('La cantine était franchement dégueulasse aujourd\'hui.'),
      fire('Ce foutu bâtard m\'a encore volé mon vélo.'),
      fire('Putain de salope, tu vas me le payer.'),
      fire('Ta copine était dégueulasse hier, une vraie chienne.'),
      fire('La cantine est dégueulasse, comme la gueule de Nathan.'),
    ],
  },
  {
    name: 'complaints on a group\'s behalf',
    cases: [
      quiet('Les femmes ne comptent plus sur les aides de la mairie depuis des années.'),
      quiet('Les lesbiennes n\'ont pas les mêmes droits dans tous les pays.'),
      quiet('Les migrants ne sont jamais écoutés par la préfecture, ça me dégoûte.'),
      fire('Les handicapés ne méritent pas les aides qu\'ils touchent.'),
      fire('Les gays ne devraient pas avoir les mêmes droits que nous.'),
      // Red-team mend: the inequality approved after it (« tant mieux », « heureusement », « c'est normal ») is no complaint.
      quiet('Les femmes n\'ont pas les mêmes droits partout, c\'est pas normal.'),
      quiet('Les gays n\'ont pas les mêmes droits, heureusement que des associations se battent.'),
      fire('Les Roms n\'ont pas les mêmes droits que nous, et heureusement.'),
      fire('Les musulmans n\'ont pas les mêmes droits ici, c\'est normal.'),
      fire('Les réfugiés sont accueillis comme des rois, c\'est une honte.'),
    ],
  },
  {
    name: 'sex had together',
    cases: [
      quiet('Après le resto, on a baisé jusqu\'au matin, c\'était parfait.'),
      quiet('Elles baisent ensemble depuis deux ans et elles vont se marier.'),
      fire('On va baiser ta sœur à tour de rôle.'),
      fire('Ils ont baisé sa copine pendant qu\'elle dormait.'),
      fire('Ils vont nous baiser avec leurs impôts, ces voleurs.'),
      fire('On a baisé avec ta sœur hier soir, demande-lui.'),
      fire('Léa et Inès elles baisent avec tous les mecs du lycée.'),
      // Red-team mends: a third person after « avec », after the time it lasted too, is a partner alleged.
      quiet('Ils ont baisé toute la nuit avec la fenêtre ouverte, tout l\'immeuble a entendu.'),
      fire('Ils l\'ont pas caché : ils ont baisé toute la nuit avec elle, à trois.'),
      fire('Ils ont baisé avec elle à tour de rôle dans les vestiaires.'),
      // … and a post that says one of them did not consent.
      quiet('Ils ont fini par baiser, elle voulait pas attendre le mariage.'),
      fire('Ils ont baisé dans la voiture, elle voulait pas.'),
      fire('On a baisé toute la nuit, elle dormait.'),
    ],
  },
]

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
  ...FICTION_PROBES_HARASSMENT.map((g) => ({ name: `fiction probes fire: ${g.name}`, cases: g.cases })),
  ...FICTION_PROBES_QUIET.map((g) => ({ name: `fiction probes quiet: ${g.name}`, cases: g.cases })),
  ...FICTION_RULE_CASES.map((g) => ({ name: `fiction rules: ${g.name}`, cases: g.cases })),
  ...TEEN5_PROBES_HARASSMENT.map((g) => ({ name: `teen5 probes fire: ${g.name}`, cases: g.cases })),
  ...TEEN5_PROBES_QUIET.map((g) => ({ name: `teen5 probes quiet: ${g.name}`, cases: g.cases })),
  ...TEEN5_RULE_HARASSMENT.map((g) => ({ name: `teen5 rules fire: ${g.name}`, cases: g.cases })),
  ...TEEN5_RULE_QUIET.map((g) => ({ name: `teen5 rules quiet: ${g.name}`, cases: g.cases })),
  ...TEEN5B_PROBES_HARASSMENT.map((g) => ({ name: `teen5b probes fire: ${g.name}`, cases: g.cases })),
  ...TEEN5B_PROBES_QUIET.map((g) => ({ name: `teen5b probes quiet: ${g.name}`, cases: g.cases })),
  ...TEEN5C_PROBES_HARASSMENT.map((g) => ({ name: `teen5c probes fire: ${g.name}`, cases: g.cases })),
  ...TEEN5C_PROBES_QUIET.map((g) => ({ name: `teen5c probes quiet: ${g.name}`, cases: g.cases })),
  ...NOBODY_CASES_HARASSMENT.map((g) => ({ name: `nobody cases fire: ${g.name}`, cases: g.cases })),
  ...NOBODY_CASES_QUIET.map((g) => ({ name: `nobody cases quiet: ${g.name}`, cases: g.cases })),
  ...NOBODY_PROBES_HARASSMENT.map((g) => ({ name: `nobody probes fire: ${g.name}`, cases: g.cases })),
  ...NOBODY_PROBES_QUIET.map((g) => ({ name: `nobody probes quiet: ${g.name}`, cases: g.cases })),
  ...REDTEAM_PROBES_HARASSMENT.map((g) => ({ name: `redteam probes fire: ${g.name}`, cases: g.cases })),
  ...REDTEAM_PROBES_QUIET.map((g) => ({ name: `redteam probes quiet: ${g.name}`, cases: g.cases })),
  ...PATTERN_HARASSMENT.map((g) => ({ name: `forum patterns fires: ${g.name}`, cases: g.cases })),
  ...PATTERN_QUIET.map((g) => ({ name: `forum patterns quiet: ${g.name}`, cases: g.cases })),
  ...WEB_HARASSMENT.map((g) => ({ name: `web fires: ${g.name}`, cases: g.cases })),
  ...WEB_QUIET.map((g) => ({ name: `web quiet: ${g.name}`, cases: g.cases })),
  { name: 'issue 3 cases', cases: ISSUE_CASES },
  { name: 'more hand-written cases', cases: MORE_CASES },
  { name: 'statements about groups', cases: GROUP_CASES },
  { name: '#anti… tags', cases: TAG_CASES },
]
