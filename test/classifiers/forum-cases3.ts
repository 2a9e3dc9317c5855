/**
 * A third, blind set of adult forum and comment cases (issue 11, « implicit » round): written
 * before that round's patterns and training lines, and never tuned on. Hostile side: contempt
 * aimed at a member, stereotypes told as jokes or generalisations, refusal of a group (hiring,
 * renting, childcare, service), negated praise of a group, sexist relegation, wishes and cheering
 * of harm without the word « mort ». Quiet side, close to them: heated debate on immigration and
 * feminism, counter-speech quoting these very stereotypes, news of an arson, a lynching, a
 * discrimination case, negated or refuted stereotypes, worries, jokes that target no one.
 * teen-cases.test.ts checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/** Hostile forum posts that should fire, by kind (reported, not required). */
export const FORUM3_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'contempt aimed at a member',
    cases: [
      fire('Franchement mec, t\'as la conversation d\'une boîte aux lettres, même ton miroir doit s\'ennuyer avec toi'),
      fire('Quand je vois ta photo de profil je comprends pourquoi t\'es célibataire depuis la maternelle'),
      fire('Ton père a dû pleurer le jour de ta naissance, et pas de joie'),
      fire('Chaque fois que tu postes, un prof de français démissionne quelque part. Reste sur TikTok, c\'est plus ton niveau'),
      fire('T\'existes pour quoi au juste ? À part faire perdre du temps à tout le monde dans ce fil'),
      fire('Le jour où t\'es né, la cigogne s\'est trompée d\'adresse, et on paie tous l\'erreur depuis'),
    ],
  },
  {
    name: 'stereotypes as jokes or generalisations',
    cases: [
      fire('Un Tchétchène videur ? Normal, chez eux on apprend à cogner avant de savoir lire'),
      fire('Les Roumains et les portefeuilles, c\'est une histoire d\'amour qui dure depuis des siècles mdr'),
      fire('Tu confies ta trésorerie à un Nigérian, tu reçois un mail d\'un prince trois jours après 😂'),
      fire('Demande à un Gitan de garder ta voiture, tu retrouves les jantes sur le bon coin, c\'est génétique'),
      fire('Les Turcs et la parole donnée, ça fait deux, ils ont la magouille dans le sang'),
      fire('Une Antillaise à l\'heure ? Tu me fais rire, ça existe pas, la flemme c\'est dans leur ADN'),
      fire('Comme d\'hab, dès qu\'un scooter disparaît dans la résidence, c\'est toujours les mêmes, pas besoin d\'enquête, suivez mon regard'),
    ],
  },
  {
    name: 'refusal and exclusion of a group',
    cases: [
      fire('Je loue mon T2 à qui veut, sauf aux Africains, j\'ai déjà donné, plus jamais'),
      fire('Jamais de la vie je laisse une Roumaine garder mes gosses, faut pas rêver'),
      fire('Le patron a été clair au recrutement : pas de Maghrébins en salle, ça fait fuir la clientèle, et perso je trouve qu\'il a raison'),
      fire('Si le nouveau locataire est sénégalais, je résilie mon bail le lendemain'),
      fire('Moi un chauffeur VTC pakistanais je le décommande direct, pas envie de finir dans un fossé'),
    ],
  },
  {
    name: 'negated praise of a group',
    cases: [
      fire('J\'ai zéro considération pour les Kosovars, qu\'ils le sachent'),
      fire('Les Tamouls ne méritent pas un gramme de respect dans ce pays'),
      fire('Je respecte tout le monde sauf les Afghans, eux c\'est non'),
      fire('Franchement les Haïtiens ne sont pas des gens avec qui on peut vivre, désolé de le dire'),
    ],
  },
  {
    name: 'sexist relegation and innuendo',
    cases: [
      fire('Une femme qui donne son avis sur le foot, c\'est comme un chien qui joue du piano, retourne à tes casseroles'),
      fire('Les nanas au volant c\'est un permis offert avec chaque soutif, qu\'elles restent à la maison à faire le ménage'),
      fire('Elle est cheffe de service à 28 ans ? Elle a dû passer beaucoup de temps à genoux devant le directeur 😏'),
      fire('Les femmes en politique c\'est décoratif, leur place est à la maison avec les enfants'),
    ],
  },
  {
    name: 'wishes and cheering of harm without « mort »',
    cases: [
      fire('Avec un peu de chance son jet privé se crashe au décollage et on n\'en entendra plus jamais parler'),
      fire('Si quelqu\'un pouvait mettre le feu à la permanence de ce député pendant qu\'il y dort, je dirais merci'),
      fire('Qu\'un camion lui roule dessus, à cette influenceuse, et on sera tranquilles'),
      fire('J\'attends juste que sa baraque parte en fumée avec lui dedans, ce serait la meilleure nouvelle de l\'année'),
      fire('Le jour où on le retrouve pendu à un lampadaire, je paye l\'apéro à tout le quartier'),
    ],
  },
]

/** Posts close to the hostile side that must not fire, by kind. */
export const FORUM3_QUIET: readonly CaseGroup[] = [
  {
    name: 'heated debate on immigration and feminism',
    cases: [
      quiet('L\'immigration massive pose des problèmes de logement réels, il faut en parler sans traiter tout le monde de raciste'),
      quiet('Je ne suis pas d\'accord avec les néoféministes sur l\'écriture inclusive, c\'est illisible et ça n\'aide personne'),
      quiet('Les quotas de femmes dans les conseils d\'administration, je trouve ça contre-productif, on devrait recruter sur compétence'),
      quiet('Les OQTF non exécutées c\'est un vrai scandale administratif, l\'État ne se fait pas respecter'),
      quiet('Ton argument sur le remplacement de population ne tient pas debout, les chiffres de l\'INSEE disent l\'inverse'),
      quiet('Le débat sur le voile revient tous les six mois et personne ne s\'écoute, ça me fatigue'),
    ],
  },
  {
    name: 'counter-speech quoting the stereotypes',
    cases: [
      quiet('« Ils ont le vol dans le sang », sérieusement ? C\'est exactement le genre de phrase qui a servi à justifier le pire'),
      quiet('Ras-le-bol d\'entendre « retourne à ta cuisine » dès qu\'une femme donne son avis sur un match'),
      quiet('Mon proprio m\'a dit qu\'il ne louait pas aux Africains. C\'est illégal, j\'ai saisi le Défenseur des droits'),
      quiet('Dire que c\'est « dans leurs gènes », c\'est du racisme biologique pur, il n\'y a aucune base scientifique'),
      quiet('Une recruteuse m\'a sorti « on n\'embauche pas de Maghrébins en salle ». Je l\'ai enregistrée, plainte déposée'),
      quiet('Arrêtez de répéter que les Roms volent, mes voisins roms sont les gens les plus serviables de la rue'),
    ],
  },
  {
    name: 'news: arson, lynching, accident, discrimination',
    cases: [
      quiet('Un campement de migrants incendié dans la nuit près de Calais, aucune victime, une enquête a été ouverte'),
      quiet('Lynchage d\'un adolescent à Grenoble : trois suspects mis en examen pour tentative de meurtre'),
      quiet('Le député visé par un incendie criminel à sa permanence a porté plainte, le parquet a ouvert une enquête'),
      quiet('Accident sur l\'A7 : une voiture percute un platane, le conducteur grièvement blessé'),
      quiet('Discrimination à l\'embauche : une entreprise condamnée pour avoir écarté des candidats d\'origine africaine'),
    ],
  },
  {
    name: 'negated or refuted stereotypes, respect',
    cases: [
      quiet('Non, les Roumains n\'ont pas le vol dans le sang, c\'est un cliché qui a la peau dure et qui est faux'),
      quiet('Je respecte les Afghans que j\'ai rencontrés, des gens droits et travailleurs'),
      quiet('Les femmes ne sont pas faites pour rester à la maison, c\'est une idée d\'un autre siècle'),
      quiet('C\'est pas dans les gènes, la délinquance, c\'est une question de pauvreté et d\'éducation'),
      quiet('J\'ai énormément de respect pour les Haïtiens qui reconstruisent leur pays après tout ça'),
    ],
  },
  {
    name: 'worries',
    cases: [
      quiet('J\'espère que sa voiture n\'a rien eu, il a glissé sur le verglas hier soir'),
      quiet('J\'ai peur que le feu prenne dans la forêt derrière chez nous avec cette sécheresse'),
      quiet('Pourvu que l\'avion de ma sœur ne soit pas trop secoué, elle a une peur bleue'),
      quiet('Ma fille a peur de se faire agresser en rentrant du lycée, je ne sais plus quoi lui dire'),
    ],
  },
  {
    name: 'jokes and talk that target no one',
    cases: [
      quiet('Mon chat a le vol dans le sang, il a encore piqué le jambon sur la table 😂'),
      quiet('La flemme, c\'est dans mes gènes, demandez à mon père'),
      quiet('Je ne confierai jamais mes plantes à mon frère, il les a toutes tuées l\'été dernier mdr'),
      quiet('Je retourne à la cuisine, les crêpes vont cramer, je vous lis après'),
      quiet('Je n\'embaucherai jamais un stagiaire en août, tout le monde est en vacances et personne ne peut le former'),
    ],
  },
]

/**
 * Must-not-fire cases that fire on the shipped model: known failures, reported by the test as
 * such rather than weakened or dropped (the test also says when one of them stops firing).
 */
export const FORUM3_KNOWN_LOUD: readonly string[] = []
