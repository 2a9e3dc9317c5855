/**
 * Cases of round eleven's teen rules (« teen5 »), written with them, after the blind probes of
 * teen5-probes.ts (and, for the groups named « teen5b », of teen5b-probes.ts) were scored: each rule with what it must catch and the look-alikes it must leave
 * quiet. None is a probe line nor a training example (teen-cases.test.ts checks the latter with every
 * own case); teen5-rules.test.ts requires them all.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const TEEN5_RULE_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'a beating named with its victim, « à 4 contre 1 », slaps, teeth, « on te la fait manger »',
    cases: [
      fire('demain on va tabasser Enzo a la recre'),
      fire('jvais defoncer sa gueule a kevin'),
      fire("ils l'attendent a 4 contre 1 derriere le gymnase"),
      fire('si elle recommence jlui mets des claques'),
      fire("continue de parler et t'auras plus de dents"),
      fire('on va te la faire manger ta casquette'),
    ],
  },
  {
    name: 'a religious garment ordered off, money pinned on a Jewish classmate',
    cases: [
      fire('ta kippa enleve la en cours'),
      fire('il est feuj forcement il compte ses sous'),
    ],
  },
  {
    name: "« on t'a pas sonné », a mother passed around, « boule de graisse », even the pet ashamed",
    cases: [
      fire("toi on t'a pas sonné, retourne jouer"),
      fire('sa mère elle est passée sur tout le quartier mdr'),
      fire('cette boule de graisse a encore piqué mon gouter'),
      fire('même ton chat veut pas te regarder'),
    ],
  },
  {
    name: 'sent off alone, a photo mocked, messages screenshot to share',
    cases: [
      fire('va trainer tout seul ailleurs'),
      fire("t'es pas invitée, va manger toute seule"),
      fire('sa pp on dirait un zombie mdrr'),
      fire("ta pp c'est une insulte aux yeux"),
      fire('on a screen tes messages on va les envoyer a tout le monde'),
    ],
  },
  {
    name: "« à ta place je me serais pendu »",
    cases: [fire('a ta place je me serais pendu depuis longtemps')],
  },
  {
    name: 'teen5b: a limb broken, a fight dared, a classmate to watch beaten, a locker code known',
    cases: [
      fire('jvais te peter les genoux si tu me recroises'),
      fire("ramene tes grands si t'as peur, moi jsuis seul"),
      fire('venez voir Enzo se faire humilier a la recre'),
      fire('je connais ton code de casier, fais gaffe a tes affaires'),
    ],
  },
  {
    name: 'teen5b: faith and money, a group « comme toi », yo-mama, a dish, favours for money, not invited, a post, nobody would notice',
    cases: [
      fire('la feuj de 4e elle prete jamais rien'),
      fire('les chinois comme toi ils mangent des chiens'),
      fire('ta daronne elle est si moche que les miroirs cassent'),
      fire('tu pues le curry comme toute ta famille'),
      fire('elle fait des pipes pour 5 euros derriere le gymnase'),
      fire("personne t'invite samedi, cheh"),
      fire('tes nudes je les poste ce soir si tu réponds pas'),
      fire('si tu disparaissais personne le verrait'),
    ],
  },
  {
    name: 'teen5b: an emoji at a named classmate, laughed at',
    cases: [fire('🐷🐷 manon en maillot sur sa story ptdr')],
  },
  {
    name: 'a negator before a clause break, « nous » before an order',
    cases: [
      fire("je sais pas, t'es qu'une merde de toute façon"),
      fire('viens pas avec nous, retourne dans ton pays'),
    ],
  },
]

export const TEEN5_RULE_QUIET: readonly CaseGroup[] = [
  {
    name: 'matches, games and buses',
    cases: [
      quiet('on va défoncer Lyon samedi en finale'),
      quiet('jvais taper Kevin a fortnite ce soir'),
      quiet('on a gagné 3 a 1 contre Lens'),
      quiet("c'est des lâches, ils étaient a 6 contre 1 sur lui"),
      quiet('le bus de 17h on le chope a la sortie du college'),
      quiet('je lui mets des claques au ping pong tous les mercredis'),
      quiet('jte découpe a fortnite ce soir'),
      quiet("le dentiste a dit que j'aurai plus de dents de lait"),
    ],
  },
  {
    name: 'faith and family said without a jibe',
    cases: [
      quiet('ton voile il est trop beau'),
      quiet("mon hijab je l'enlève pour le sport"),
      quiet("elle est juive c'est pour ça qu'elle fête Hanouka"),
      quiet('ma soeur elle passe chez tout le monde pour vendre des gâteaux'),
      quiet("les boules de graisse pour les mésanges c'est en hiver"),
      quiet("même mon chien a peur de l'orage"),
    ],
  },
  {
    name: 'eating alone, photos and screenshots told kindly, own shame',
    cases: [
      quiet('je vais manger tout seul ce midi ma mere est pas la'),
      quiet("il va manger tout seul aujourd'hui"),
      quiet('pour halloween sa photo on dirait un vrai zombie trop bien le maquillage'),
      quiet("ma photo c'est une blague"),
      quiet('jai screen ta story elle est trop belle ❤️'),
      quiet("si j'étais toi je me serais inscrit au tournoi"),
      quiet('la honte jme suis endormi en cours 😭'),
      quiet("j'ai eu la honte quand le prof m'a interrogé"),
    ],
  },
  {
    name: 'teen5b look-alikes: an accident, a party, a show, a dish, shopping, a question, a kind post, a haircut',
    cases: [
      quiet('je me suis cassé la jambe au ski'),
      quiet("ramene tes potes a l'anniv samedi"),
      quiet('venez voir Enzo faire son spectacle'),
      quiet("le juif errant c'est une légende"),
      quiet('ta mere elle est trop gentille'),
      quiet('ça sent le curry dans la cuisine'),
      quiet("j'ai acheté des trucs pour 10 balles"),
      quiet("t'es pas invitée ? bizarre je vais demander"),
      quiet('ta photo elle est trop belle je la poste sur mon insta'),
      quiet('personne remarquerait si tu changeais de coupe'),
      quiet('les arabes comme toi et moi on subit le racisme tous les jours'),
      quiet('sarah sur sa story de vacances jpp trop belle ❤️'),
    ],
  },
  {
    name: 'a negation in its own clause, a trip home',
    cases: [
      quiet("t'es pas une pute"),
      quiet('je retourne au bled cet été inchallah'),
    ],
  },
]
