/**
 * Third blind probe set of round eleven (« teen5c »): 25 hostile and 25 quiet teen chat lines written
 * after all of round eleven's teen rules (from teen5-probes.ts and teen5b-probes.ts) were committed,
 * and before anything was written against them: the blind measure of those rules. The same register
 * and kinds as teen5-probes.ts; only their counts are read.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const TEEN5C_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'threats and fights',
    cases: [
      fire('toi demain tu viens pas en cours sinon tu vas le regretter grave'),
      fire("jsais a quelle heure ta mere vient te chercher, on t'attendra"),
      fire('mercredi aprem au stade, tout le monde vient voir rayan se prendre une raclée'),
      fire('tu reparles de moi et jte fais avaler ton tel'),
      fire('ptit con on va te laver a la sortie'),
    ],
  },
  {
    name: 'jibes at origin, colour or faith',
    cases: [
      fire('ton pere il a traversé en bateau ou a la nage ? 🚣'),
      fire('mamadou tu vois la nuit ou il faut allumer la lumiere pour te voir'),
      fire('yasmina et sa serpillère sur la tete elle va poser une bombe ou koi'),
      fire('les gitans comme ton oncle ils pillent tout le quartier'),
      fire('on joue a la shoah, ethan tu fais le juif 🔥'),
    ],
  },
  {
    name: 'animals, mothers, sisters, bodies',
    cases: [
      fire('zoé la girafe elle se cogne a toutes les portes 🦒🦒'),
      fire('ta mere elle tellement grosse que google maps la voit depuis l espace'),
      fire('ta soeur elle a un compte mym demandez le lien a kylian'),
      fire("t'as des jambes de poulet et une tete de con mdr"),
      fire('🐀 sarah dans le grp sortez la'),
    ],
  },
  {
    name: 'exclusion, photos, doxxing',
    cases: [
      fire('vous invitez pas emma au barbecue elle gache tout'),
      fire('on a fait tourner ta photo de profil avec un nez de clown 🤡'),
      fire("jai trouvé l'insta de sa mere et son boulot, on lui envoie tout ?"),
      fire('il est dans quel bus le bigleux ? donnez moi son arret'),
      fire('tu restes dans ton coin, on veut pas de cas social dans notre groupe'),
    ],
  },
  {
    name: 'self-harm incitement and contempt',
    cases: [
      fire('rends service a tout le monde et prends toute la boite de cachets'),
      fire('le pont il est pas loin de chez toi, profite'),
      fire("franchement ta vie sert a rien t'as qu'a en finir"),
      fire('meme ta prof de sport elle a pitié de toi'),
      fire('ferme ta bouche sale bolosse personne t a demandé'),
    ],
  },
]

export const TEEN5C_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'banter and affection',
    cases: [
      quiet('mdrr t un ouf toi, jte laisse jamais mon tel 😂'),
      quiet('ta mere elle cuisine trop bien, jreviens quand ?'),
      quiet("t'es une tuerie avec ta nouvelle coupe"),
      quiet('cheh t as perdu ton pari, tu payes les bonbons 😤'),
      quiet('ma soeur elle a eu son brevet avec mention, trop fier'),
    ],
  },
  {
    name: 'defenders and counter-speech',
    cases: [
      quiet("laissez mamadou tranquille, les blagues sur sa couleur c'est pas drole"),
      quiet('les gens qui se moquent du voile de yasmina ils ont un probleme'),
      quiet("emma elle vient au barbecue, j'ai dit a tout le monde"),
      quiet("supprimez la photo de sarah, elle a rien demandé"),
    ],
  },
  {
    name: 'sport and games',
    cases: [
      quiet("on leur a mis une raclée au hand, 25-12 🔥"),
      quiet('jvais te laver a mario kart ce soir, prepare toi'),
      quiet('ce défenseur il a massacré mbappe tout le match, carton rouge'),
      quiet('la partie de among us on les a tous tués en 2 minutes'),
      quiet("j'ai pris une balle perdue dans la tete au dodgeball mdr"),
    ],
  },
  {
    name: 'school complaints and slang aimed at no one',
    cases: [
      quiet('le contrôle de physique il m a tué, jai rien compris'),
      quiet("la vie scolaire elle nous a encore collé pour un retard de 2 min, abusé"),
      quiet('wesh quelle galère ce bus il arrive jamais'),
      quiet("c'est ouf ce film, il est trop violent mais trop bien"),
      quiet('flemme de faire le dm de français, trop long'),
      quiet("sa race j'ai oublié mon sac de sport"),
      quiet('cette prof elle est trop sévère mais elle explique bien'),
      quiet("c'est chaud la neige demain, les bus vont pas passer"),
    ],
  },
  {
    name: 'fights and harm told with concern',
    cases: [
      quiet('y a un gars de 3e qui a pris des coups a la gare, il va bien jcrois'),
      quiet("ma copine elle dit qu'elle veut en finir, je fais quoi ? j'ai peur"),
      quiet('ils ont harcelé kylian toute l année et personne a rien fait'),
    ],
  },
]

/** Must-not-fire probes that fired when the file was written (known failures, reported). */
export const TEEN5C_PROBES_KNOWN_LOUD: readonly string[] = [
  'cheh t as perdu ton pari, tu payes les bonbons 😤',
]
