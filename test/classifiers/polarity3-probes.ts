/**
 * Blind probes for hate said by denying a group a good quality (HateCheck's « negated positive
 * statement »), round ten: 30 hostile, 75 quiet, written before any rule of branch polarity3 and
 * never tuned on afterwards (only their counts are read, before and after). Hostile: a group denied a
 * quality, ability, trust, welcome or humanity, in statements and rhetorical questions. Quiet: negated
 * negatives, complaints on a group's behalf, groups denying trust to things, real questions,
 * counter-speech, news, and everyday negations of a good quality. teen-cases.test.ts reports them.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const POLARITY3_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'statements',
    cases: [
      fire('Les personnes trans ne sont pas saines d\'esprit, point final.'),
      fire('On ne peut jamais compter sur un Roumain.'),
      fire('Les Maghrébins ne seront jamais de bons voisins.'),
      fire('Je ne fais pas confiance aux Juifs.'),
      fire('Aucun musulman n\'est honnête.'),
      fire('Les Africains ne méritent pas de vivre ici.'),
      fire('Un homo ne sera jamais un vrai homme.'),
      fire('Les femmes ne sont pas capables de diriger une entreprise.'),
      fire('Les handicapés ne servent à rien dans une entreprise.'),
      fire('Aucune personne trans n\'est digne de confiance.'),
      fire('Je ne laisserais jamais un immigré garder mes enfants.'),
      fire('Les migrants ne sont pas des êtres humains comme nous.'),
      fire('Personne ne peut faire confiance à un musulman.'),
      fire('Les Noirs n\'ont jamais rien apporté à la civilisation.'),
      fire('Les femmes ne sont pas faites pour la science.'),
      fire('Jamais vu un Gitan honnête de ma vie.'),
      fire('Les homosexuels ne sont pas des parents dignes de ce nom.'),
      fire('Un Arabe ne sera jamais vraiment français.'),
      fire('Les femmes ne méritent pas le même salaire que les hommes.'),
      fire('Les réfugiés ne sont pas les bienvenus dans ce village, qu\'ils dégagent.'),
      fire('On ne peut pas être juif et loyal envers la France.'),
      fire('Les Roms sont loin d\'être des humains.'),
    ],
  },
  {
    name: 'rhetorical questions',
    cases: [
      fire('Depuis quand les femmes savent conduire ?'),
      fire('T\'as déjà vu un Arabe intelligent ?'),
      fire('Depuis quand un Noir sait lire ?'),
      fire('T\'as déjà vu une femme drôle ?'),
      fire('Une lesbienne qui sait cuisiner ? on aura tout vu.'),
      fire('Tu connais un musulman qui respecte les femmes ? moi non.'),
      fire('Depuis quand les handicapés ont leur place au travail ?'),
      fire('Vous avez déjà vu un Rom travailler ?'),
    ],
  },
]

export const POLARITY3_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'negated negatives',
    cases: [
      quiet('Les migrants ne sont pas dangereux.'),
      quiet('Les musulmans sont loin d\'être des criminels.'),
      quiet('Jamais je dirais que les femmes sont moins intelligentes.'),
      quiet('Les personnes trans ne sont pas malades, c\'est une identité.'),
      quiet('Les Roms ne sont pas des voleurs, arrête de généraliser.'),
      quiet('Les Noirs ne sont pas plus violents que les autres.'),
      quiet('Les handicapés ne sont pas un fardeau pour la société.'),
      quiet('Les gays ne sont pas une menace pour les enfants.'),
      quiet('Aucun réfugié n\'est un criminel par nature.'),
      quiet('Les Juifs ne contrôlent pas les médias, c\'est un mythe complotiste.'),
      quiet('Je ne dirais jamais que les Arabes sont des délinquants.'),
      quiet('Les femmes sont loin d\'être faibles.'),
      quiet('Les immigrés ne profitent pas du système, les chiffres le montrent.'),
      quiet('Les lesbiennes ne sont pas moins féminines que les autres.'),
      quiet('Jamais on ne dira ici que les Africains sont paresseux.'),
    ],
  },
  {
    name: 'complaints on a group\'s behalf',
    cases: [
      quiet('Les handicapés ne sont pas assez aidés par l\'État.'),
      quiet('Les femmes ne sont pas assez payées pour le même travail.'),
      quiet('Les réfugiés ne sont pas bien accueillis dans cette ville, c\'est une honte.'),
      quiet('Les personnes trans ne sont pas écoutées par les médecins.'),
      quiet('Les migrants ne sont pas traités dignement dans les camps.'),
      quiet('Les Noirs ne sont pas assez représentés à la télé.'),
      quiet('Les musulmans ne sont pas respectés dans ce pays, et ça me révolte.'),
      quiet('Les femmes ne sont jamais prises au sérieux en réunion, c\'est usant.'),
      quiet('Les gays n\'ont pas les mêmes droits partout en Europe.'),
      quiet('On ne fait pas assez pour les sans-abri.'),
    ],
  },
  {
    name: 'groups denying trust or liking to things',
    cases: [
      quiet('Les femmes ne font pas confiance aux partis politiques.'),
      quiet('Les jeunes musulmans ne font pas confiance à la police.'),
      quiet('Les migrants ne croient plus aux promesses du gouvernement.'),
      quiet('Les Juifs de France ne se sentent pas en sécurité.'),
      quiet('Les personnes handicapées ne comptent plus sur les aides sociales.'),
      quiet('Les femmes noires n\'aiment pas ce shampoing, trop agressif.'),
      quiet('Les réfugiés ne comprennent pas les formulaires de la préfecture, ils sont trop compliqués.'),
      quiet('Les gays ne votent pas forcément à gauche.'),
      quiet('Les Arabes que je connais n\'aiment pas le foot.'),
      quiet('Les femmes ne font plus confiance aux applis de rencontre.'),
    ],
  },
  {
    name: 'real questions',
    cases: [
      quiet('Depuis quand les femmes votent en France ?'),
      quiet('Depuis quand les Juifs sont installés en Alsace ?'),
      quiet('T\'as déjà vu un film sur les Roms ?'),
      quiet('Vous connaissez une association qui aide les migrants ?'),
      quiet('Est-ce que les personnes trans peuvent changer de prénom à la mairie ?'),
      quiet('Depuis quand les musulmans fêtent l\'Aïd à cette date ?'),
      quiet('T\'as déjà vu un concert de musique africaine ?'),
      quiet('Les handicapés peuvent-ils voter par procuration ?'),
      quiet('Quelqu\'un sait si les réfugiés ont le droit de travailler ?'),
      quiet('Depuis quand les gays peuvent se marier en France ?'),
    ],
  },
  {
    name: 'counter-speech',
    cases: [
      quiet('Dire que les femmes ne savent pas conduire, c\'est juste du sexisme.'),
      quiet('Arrête de dire que les Arabes ne sont pas intelligents, c\'est raciste.'),
      quiet('« Les Noirs ne sont pas des humains » : ce genre de phrase devrait être puni.'),
      quiet('Ceux qui disent qu\'on ne peut pas faire confiance aux Juifs sont des antisémites.'),
      quiet('Non, les personnes trans ne sont pas folles, renseigne-toi.'),
      quiet('Je suis fatigué d\'entendre que les migrants ne méritent pas d\'être ici.'),
      quiet('Prétendre qu\'aucun musulman n\'est honnête, c\'est du racisme pur.'),
      quiet('Le cliché « les femmes ne sont pas drôles » a la vie dure.'),
      quiet('Il a osé dire que les handicapés ne servent à rien, je l\'ai signalé.'),
      quiet('Qui peut encore croire que les Roms ne sont pas humains ?'),
    ],
  },
  {
    name: 'news',
    cases: [
      quiet('Selon un sondage, 30 % des Français ne font pas confiance aux migrants.'),
      quiet('Le député a été condamné pour avoir dit que les Africains ne méritent pas de vivre en France.'),
      quiet('Une étude montre que les femmes ne sont pas moins compétentes en mathématiques.'),
      quiet('Le tribunal a jugé que les propos « les juifs ne sont pas fiables » relèvent de l\'incitation à la haine.'),
      quiet('Rapport annuel : les personnes handicapées ne trouvent pas assez d\'emplois adaptés.'),
    ],
  },
  {
    name: 'everyday negations of a good quality',
    cases: [
      quiet('Mon voisin n\'est pas très sympa ce matin.'),
      quiet('Ce film n\'est pas bon du tout.'),
      quiet('Les pâtes ne sont pas assez cuites.'),
      quiet('Mes potes ne sont pas fiables pour les plans du samedi.'),
      quiet('T\'as déjà vu un chat ouvrir une porte tout seul ?'),
      quiet('Depuis quand tu sais conduire toi ?'),
      quiet('On ne peut jamais compter sur le bus 42.'),
      quiet('Aucun élève n\'est honnête quand il s\'agit des devoirs, mdr.'),
      quiet('Je ne fais pas confiance aux banques.'),
      quiet('Les chiens ne méritent pas de vivre enfermés.'),
      quiet('Les Bleus ne sont pas bons cette année.'),
      quiet('Les profs ne sont pas assez payés.'),
      quiet('Les femmes de ma famille ne sont pas fans de foot.'),
      quiet('Les musulmans ne boivent pas d\'alcool pendant le ramadan.'),
      quiet('Les personnes âgées ne sont pas assez accompagnées à l\'hôpital.'),
    ],
  },
]

/**
 * Must-not-fire probes that fired on main when the file was written (counted, not required quiet). Round eleven's
 * fiction branch quieted three (a shame at how a group is treated, rights unequal as a fact, « les aides » the noun).
 */
export const POLARITY3_PROBES_KNOWN_LOUD: readonly string[] = [
  '« Les Noirs ne sont pas des humains » : ce genre de phrase devrait être puni.',
]
