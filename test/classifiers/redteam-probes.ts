/**
 * Red-team probes of round eleven's quieting rules (« redteam »): written by a reviewer who did not write
 * those rules, and committed before anything written against them (only their counts are read, before and
 * after). Hostile: real harassment of a named, described or addressed classmate wrapped in each frame the
 * round taught to stay quiet — a story told to no one (« dans le film », « la scène où »), an insult said of
 * oneself, sex had together, swearing at a thing, care nobody gives compared or felt, harm nobody does, a
 * question put to the hearer — in teen spelling (lower-case first names, no accents, SMS). Quiet: the
 * frames' honest uses, which must stay quiet.
 * teen-cases.test.ts runs it as a blind set.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const REDTEAM_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'a story told to no one',
    cases: [
      fire("dans le film le mec dit à Inès qu'elle est une pute"),
      fire("dans le film le mec dit a ines qu elle est une grosse pute mdr"),
      fire('la scène où tu te fais tabasser demain à la sortie 🍿'),
      fire('la scene ou la grosse de 4eB se fait tabasser demain a la sortie, le film va etre incroyable'),
      fire("au prochain episode le gros du fond de la classe se fait demonter a la recre"),
      fire("dans la derniere scene le bouffon a lunettes se fait defoncer, comme le nouveau du bus bientot"),
      fire("l'episode ou la rousse du 2e rang se fait tabasser dans les vestiaires, il sort vendredi"),
      fire("dans le manga l'intello se fait buter a la fin, ca va etre pareil pour l'intello du cdi"),
      fire('dans la série la salope elle suce tout le lycée, comme la meuf du bus 😂'),
      fire("le personnage principal c'est le bolosse de 3eA, et a la fin il se fait pendre"),
    ],
  },
  {
    name: 'an insult said of oneself',
    cases: [
      fire("je suis con mais toi t'es pire"),
      fire('jsuis une merde ok mais sarah cest une pute'),
      fire('quelle conne je suis, jai cru que léa etait pas une salope'),
      fire("chui debile d'avoir parlé a cette grosse vache d'ines"),
      fire("je suis un bouffon mais au moins jsuis pas un sale pd comme yanis"),
      fire('je suis moche mais kevin il est encore plus moche que moi ce gros porc'),
    ],
  },
  {
    name: 'sex had together',
    cases: [
      fire('mehdi et sarah ils ont baisé dans les toilettes du lycee tout le monde le sait'),
      fire("ils l'ont tous baisée a la soirée de samedi, demandez a la 3eB"),
      fire('les mecs de l equipe ils ont baisé chloe chacun leur tour'),
      fire('on va la baiser a plusieurs la petite de 5eA'),
      fire('elles baisent toutes pour 10 balles les meufs de la 4eC'),
    ],
  },
  {
    name: 'swearing at a thing',
    cases: [
      fire('putain de mehdi il pue de la gueule'),
      fire('cette foutue grosse elle a encore pris deux plateaux'),
      fire('saloperie de bougnoule'),
      fire('le nouveau etait franchement degueulasse, il pue la pisse'),
      fire('la cantine est degueulasse comme ta gueule'),
      fire('sa trousse est degueulasse comme elle, la clocharde'),
    ],
  },
  {
    name: 'care nobody gives, compared or felt',
    cases: [
      fire('personne ne t aime autant que moi… personne. tu vas voir ce que ça fait'),
      fire("personne ne t'aime à part ta mère et encore elle a honte de toi"),
      fire("si personne ne t'aime c'est parce que t'es une merde"),
      fire("t'as l'impression que personne te calcule ? normal t'es un déchet"),
      fire('tu crois que personne te respecte ? bah t as raison, tout le monde te deteste'),
    ],
  },
  {
    name: 'harm nobody does',
    cases: [
      fire('personne va te frapper devant les profs, on attend que tu sois seule'),
      fire('personne te touchera en cours, mais a la sortie t es mort'),
      fire('personne ne te frappera... sauf moi demain'),
    ],
  },
  {
    name: 'a question that is really an order or a verdict',
    cases: [
      fire("t'attends quoi pour aller te jeter du pont ?"),
      fire("tu sors du groupe toute seule ou on doit t'aider ?"),
      fire('pourquoi tu te suicides pas, ca rendrait service a tout le monde ?'),
      fire("ne trouves-tu pas que les noirs comme toi ressemblent a des singes ?"),
      fire("tu vas fermer ta gueule oui ou je viens te la fermer ?"),
    ],
  },
]

export const REDTEAM_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'stories, told to no one',
    cases: [
      quiet('dans le film le méchant traite la fille de pute et après il se fait arrêter'),
      quiet("la scène où le héros se fait tabasser dans la ruelle, j'ai pleuré"),
      quiet("au dernier épisode le gros méchant se fait buter, enfin"),
      quiet('dans le manga le personnage principal se fait harceler toute la saison, ça fait mal au coeur'),
    ],
  },
  {
    name: 'insults said of oneself',
    cases: [
      quiet("je suis trop con j'ai oublié mes clés chez toi"),
      quiet("quelle idiote je suis, j'ai envoyé le message au mauvais groupe 😭"),
      quiet("chui une merde en maths, tu m'aides ce soir ?"),
    ],
  },
  {
    name: 'sex told, consensual',
    cases: [
      quiet('dans la série ils finissent par baiser au dernier épisode, enfin'),
      quiet('mes voisins ils ont baisé toute la nuit, jai pas dormi'),
    ],
  },
  {
    name: 'swearing at things',
    cases: [
      quiet("putain de réveil il a pas sonné"),
      quiet('cette foutue imprimante du cdi marche jamais'),
      quiet('la cantine etait degueulasse aujourd hui, des pates froides'),
    ],
  },
  {
    name: 'care nobody gives, compared, felt or asked',
    cases: [
      quiet("personne ne t'aime autant que moi, bon anniv ma soeur ❤️"),
      quiet("si t'as l'impression que personne ne t'écoute, je suis là, écris-moi"),
      quiet("personne va te frapper, t'inquiète, le prof surveille la sortie"),
    ],
  },
  {
    name: 'questions put to the hearer',
    cases: [
      quiet('tu viens au cdi avec nous ou tu restes en perm ?'),
      quiet("pourquoi tu réponds pas ? t'es fâchée ?"),
      quiet("t'attends quoi pour lui dire que tu l'aimes ? 😏"),
      quiet('tu vas te taire oui, je regarde le film 😂'),
      quiet("je sais pas, t'es sûre que c'est demain le contrôle ?"),
    ],
  },
]

/** The quiet probes that fire, listed here as known failures: none yet. */
export const REDTEAM_PROBES_KNOWN_LOUD: readonly string[] = []
