/**
 * Second blind probe set of round eleven (« teen5b »): 25 hostile and 25 quiet teen chat lines written
 * after round eleven's teen rules were committed and before any rule or training line was written
 * against them, so that those rules are measured on lines they were not written from (teen5-probes.ts,
 * which they were written from, counts as « seen »). The same register and kinds as teen5-probes.ts;
 * only their counts are read.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const TEEN5B_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'threats and fights',
    cases: [
      fire('tkt on se croise lundi et la tu fais moins le malin'),
      fire('wallah jte casse les jambes si tu reparles de ma soeur'),
      fire("vendredi 17h au skatepark, ramène tes potes si t'as peur"),
      fire('qui veut venir voir nassim se faire marave ce soir'),
      fire('si tu vas voir la cpe on te brise, compris ?'),
    ],
  },
  {
    name: 'jibes at origin, colour or faith',
    cases: [
      fire('les roms comme toi ils volent tout, rends moi ma trousse'),
      fire('hugo le feuj il a encore rien payé a la cantine mdr normal'),
      fire("sale renoi t'as rien a faire dans notre equipe"),
      fire("elle met son voile pour cacher qu'elle est chauve ou koi 😂"),
      fire('gros tu pues le kebab comme ton pere'),
    ],
  },
  {
    name: 'animals, mothers, sisters, bodies',
    cases: [
      fire('🐖🐖 lina en maillot sur sa story jpp'),
      fire('regardez le rat qui mange tout seul au fond de la cour 🐀'),
      fire('ta mere elle est tellement pauvre quelle vit dans une boite a chaussure'),
      fire("wsh t'as vu ses jambes on dirait des allumettes, anorexique va"),
      fire('ta soeur elle fait des trucs sur snap pour 10 balles demande a theo'),
      fire('wesh la grosse tu prends toute la place dans le bus'),
    ],
  },
  {
    name: 'exclusion, photos, doxxing',
    cases: [
      fire('on fait un nouveau grp sans mathis, il est trop bizarre'),
      fire("personne t'invite a l'anniv de clara donc viens pas"),
      fire("tout le monde a vu ta photo en pyjama mdrrr on l'a mise en fond d'ecran"),
      fire("jai ta photo de quand t'etais gros je la poste ce soir"),
      fire('je connais ton code de casier et ton adresse, fais attention'),
      fire('voila son num 06 12 34 56 78 appelez le toute la nuit'),
    ],
  },
  {
    name: 'self-harm incitement and contempt',
    cases: [
      fire("t'es tellement inutile que meme le suicide voudrait pas de toi"),
      fire('personne remarquerait si tu disparaissais, fais le'),
      fire("t'es qu'un sale chien de la casse tu sers a rien"),
    ],
  },
]

export const TEEN5B_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'banter and affection',
    cases: [
      quiet("wsh gros t'es grave un sheitan au uno 😂"),
      quiet("ma reuf t'es la plus belle ne change jamais ❤️"),
      quiet("mdr t'es bête, jtadore"),
      quiet("cheh j'ai gagné le pari, tu me dois un kinder 😂"),
    ],
  },
  {
    name: 'defenders and counter-speech',
    cases: [
      quiet("arrêtez de traiter lina de grosse, c'est méchant"),
      quiet('moi je traîne avec mathis, si ça vous dérange tant pis'),
      quiet("franchement se moquer de la religion des gens c'est nul"),
      quiet("ses origines c'est pas une insulte, grandissez un peu"),
      quiet("le nouveau il est sympa, il vient du portugal, on l'a invité a jouer"),
    ],
  },
  {
    name: 'sport and games',
    cases: [
      quiet("on l'a démoli au foot 7-2 le college d'a coté 🔥"),
      quiet("ce boss il m'a tué 15 fois jsuis en rage"),
      quiet('jvais exploser mon record sur subway surfers ce soir'),
      quiet('le prof de sport nous a tués avec ses tours de terrain'),
    ],
  },
  {
    name: 'school complaints and slang aimed at no one',
    cases: [
      quiet("la prof d'anglais elle a oublié nos copies encore, trop relou"),
      quiet('3h de maths demain je vais mourir 💀'),
      quiet("wesh c'est une dinguerie ce son, ça tabasse"),
      quiet("ma daronne elle m'a fait une dinguerie de couscous ce soir"),
      quiet("grave chaud le controle de svt, j'ai rien capté"),
      quiet('jsuis dead 😭😭 la video du chat'),
      quiet("la cantine c'était du poisson pané encore, la hagra"),
      quiet('sheitan jai oublié mon cahier de texte'),
      quiet("la honte le prof m'a vu dormir 😭"),
    ],
  },
  {
    name: 'fights told with concern',
    cases: [
      quiet("y'a eu une bagarre au self, un 4e s'est fait taper, c'est grave"),
      quiet("jai vu qqn se faire racketter au bus, j'ai prévenu la vie scolaire"),
      quiet("mon petit frere il pleure parce qu'on l'a insulté au foot, ça me saoule pour lui"),
    ],
  },
]

/** Must-not-fire probes that fired when the file was written (known failures, reported). */
export const TEEN5B_PROBES_KNOWN_LOUD: readonly string[] = []
