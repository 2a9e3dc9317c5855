/**
 * A blind set of group-negation cases (issue 11, « negated praise » round): written before that
 * round's patterns and training lines, and never tuned on. Hostile side: hate about a protected
 * group said through a negated positive statement (respect, trust, worth, humanity, ability,
 * belonging, welcome denied; hiring or renting refused). Quiet side, close to it: negated hate
 * (« je ne déteste pas les X »), counter-speech that quotes or refutes the same statements,
 * praise and support, news, and negated praise aimed at no group.
 * teen-cases.test.ts checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/** Hate through negated praise of a group, by kind (reported, not required). */
export const NEGATION_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'respect and esteem denied',
    cases: [
      fire('Je n\'ai aucun respect pour les musulmans, aucun.'),
      fire('Franchement j\'ai jamais eu la moindre estime pour les gitans'),
      fire('Respecter les trans ? Jamais de la vie, qu\'on compte pas sur moi'),
      fire('Les homos, je ne les respecterai jamais, c\'est plus fort que moi'),
      fire('Moi les Arabes je peux pas les respecter, désolé'),
      fire('J\'éprouve zéro respect envers les réfugiés qui débarquent ici'),
    ],
  },
  {
    name: 'not deserving, not belonging',
    cases: [
      fire('Les immigrés ne méritent pas de vivre ici'),
      fire('Les Roms ne méritent pas d\'avoir un toit chez nous'),
      fire('Les réfugiés n\'ont pas leur place dans notre pays'),
      fire('Les Noirs ne seront jamais des vrais Français, point'),
      fire('Une musulmane voilée ne sera jamais une vraie Française'),
      fire('Les juifs n\'ont pas le droit de se dire français comme nous'),
    ],
  },
  {
    name: 'trust, hiring and renting refused',
    cases: [
      fire('Je ne ferai jamais confiance à un juif, jamais'),
      fire('Je n\'embaucherai jamais d\'Arabe dans ma boîte'),
      fire('Moi je ne loue pas mon appart à des Noirs, question d\'expérience'),
      fire('Faire confiance à un Rom ? Même pas en rêve'),
      fire('Je ne laisserai jamais un homo s\'approcher de mes enfants'),
      fire('Aucune chance que je vote pour une femme, elles ne sont pas faites pour diriger'),
    ],
  },
  {
    name: 'not real, not human',
    cases: [
      fire('Les trans ne seront jamais des vraies femmes, quoi qu\'ils fassent'),
      fire('Une femme trans n\'est pas une femme, c\'est un homme déguisé'),
      fire('Les Noirs ne sont pas des êtres humains comme nous'),
      fire('Les migrants, c\'est pas vraiment des humains, faut arrêter'),
      fire('Les gays ne sont pas des hommes, des vrais'),
      fire('Les autistes ne sont pas des gens normaux, faut les tenir à l\'écart'),
    ],
  },
  {
    name: 'ability and honesty denied',
    cases: [
      fire('Aucune femme n\'est capable de diriger une entreprise'),
      fire('Aucun Noir n\'est assez intelligent pour être médecin'),
      fire('Les handicapés ne sont capables de rien, ils coûtent juste'),
      fire('Jamais vu un Arabe honnête de toute ma vie'),
      fire('Les femmes ne sont pas faites pour les maths, c\'est biologique'),
      fire('Pas un seul musulman n\'est fiable, ils mentent tous'),
    ],
  },
  {
    name: 'lives and worth denied',
    cases: [
      fire('Les vies des migrants ne comptent pas, qu\'ils se noient'),
      fire('La vie d\'un Rom ne vaut rien à mes yeux'),
      fire('Les trisomiques n\'apportent rien à la société'),
      fire('Un autiste ne vaudra jamais autant qu\'un enfant normal'),
      fire('Les lesbiennes ne méritent aucune pitié'),
    ],
  },
  {
    name: 'welcome and acceptance denied',
    cases: [
      fire('Les Arabes ne sont pas les bienvenus dans notre quartier'),
      fire('Je ne supporterai jamais qu\'un Noir sorte avec ma sœur'),
      fire('Les musulmans ne seront jamais acceptés ici, qu\'ils le comprennent'),
      fire('On n\'aime pas les gitans par ici, qu\'ils passent leur chemin'),
      fire('Les migrants ne sont pas des gens fréquentables'),
    ],
  },
]

/** Look-alikes that must not fire, by kind. */
export const NEGATION_QUIET: readonly CaseGroup[] = [
  {
    name: 'negated hate',
    cases: [
      quiet('Je ne déteste pas les musulmans, j\'ai juste peur des extrémistes de tous bords'),
      quiet('Les Roms ne sont pas dégoûtants, ce sont des familles qui vivent dans la misère'),
      quiet('Aucun migrant ne mérite d\'être insulté comme ça'),
      quiet('Je n\'ai jamais méprisé les gens handicapés, j\'ai grandi avec un frère autiste'),
      quiet('Les homos ne sont pas des malades, il serait temps de l\'admettre'),
      quiet('Les femmes ne sont pas inférieures aux hommes, fin du débat'),
      quiet('Personne ne hait les juifs dans ma famille, on a été élevés autrement'),
      quiet('Les Noirs ne sont pas des voleurs, pas plus que n\'importe qui'),
    ],
  },
  {
    name: 'counter-speech quoting or refuting',
    cases: [
      quiet('Dire que les Roms ont le vol dans le sang, c\'est du racisme pur'),
      quiet('Ce n\'est pas parce qu\'ils sont musulmans qu\'ils sont dangereux'),
      quiet('Arrêtez de répéter que les femmes doivent retourner à la cuisine, on est en 2026'),
      quiet('Quand j\'entends « les trans ne sont pas de vraies femmes », ça me donne envie de pleurer'),
      quiet('Mon oncle dit qu\'il n\'embauchera jamais d\'Arabe, j\'ai honte de lui'),
      quiet('Le prof nous a montré des tweets du genre « les Noirs ne sont pas humains », c\'est fou que des gens écrivent ça'),
      quiet('Ceux qui disent que les handicapés ne servent à rien devraient passer une journée dans un IME'),
      quiet('Non, les immigrés ne volent pas le travail des Français, les études disent le contraire'),
      quiet('Il a osé dire que les juifs ne méritent pas de respect, je l\'ai signalé'),
      quiet('C\'est faux de croire qu\'aucune femme ne sait conduire, ma mère conduit des bus'),
    ],
  },
  {
    name: 'praise and respect',
    cases: [
      quiet('J\'ai beaucoup de respect pour les réfugiés qui recommencent tout à zéro'),
      quiet('Les femmes sont capables de tout, ma grand-mère a tenu la ferme seule'),
      quiet('Les personnes trans sont des femmes et des hommes comme les autres'),
      quiet('J\'ai toujours fait confiance à mes collègues musulmans, jamais été déçu'),
      quiet('Les gitans que je connais sont des gens très honnêtes'),
      quiet('Les Noirs sont des Français à part entière, point barre'),
    ],
  },
  {
    name: 'support: no one should suffer it',
    cases: [
      quiet('Aucun enfant handicapé ne devrait être exclu de l\'école'),
      quiet('Personne ne devrait avoir peur de dire qu\'il est gay au collège'),
      quiet('Les réfugiés ne doivent jamais être renvoyés vers la guerre'),
      quiet('Les Arabes ne sont pas tous musulmans et les musulmans ne sont pas tous arabes, renseignez-vous'),
      quiet('Ma copine trans n\'a jamais été respectée par son père, ça me brise le cœur'),
      quiet('Les lesbiennes ne méritent pas d\'être moquées, laissez-les vivre'),
    ],
  },
  {
    name: 'news',
    cases: [
      quiet('Un rapport montre que les Roms n\'ont pas accès à l\'eau potable dans plusieurs campements'),
      quiet('Selon un sondage, un Français sur cinq ne ferait pas confiance à un médecin étranger'),
      quiet('Le tribunal a condamné un bailleur qui refusait de louer à des Noirs'),
      quiet('Les femmes ne représentent que 30 % des ingénieurs en France, selon l\'Insee'),
      quiet('Une association dénonce : les personnes handicapées ne sont pas assez embauchées'),
      quiet('Les migrants secourus en mer ne pourront pas débarquer avant demain, annonce la préfecture'),
    ],
  },
  {
    name: 'negated praise aimed at no group',
    cases: [
      quiet('Je ne ferai jamais confiance à mon frère pour garder un secret mdr'),
      quiet('Je n\'ai aucun respect pour les gens qui doublent dans la file du self'),
      quiet('Les profs ne méritent pas de corriger des copies le dimanche'),
      quiet('Je n\'embaucherai jamais quelqu\'un qui arrive en retard à l\'entretien'),
    ],
  },
]

/**
 * Must-not-fire cases that fire on the shipped model: known failures, reported by the test as
 * such rather than weakened or dropped (the test also says when one of them stops firing).
 */
export const NEGATION_KNOWN_LOUD: readonly string[] = []
