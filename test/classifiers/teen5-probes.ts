/**
 * Blind probes of round eleven (« teen5 »): group-chat and comment lines as 11–15-year-olds write
 * them — phonetic spelling (« sa », « tro », « koi », « jte », « ta cru »), no accents, swapped
 * letters, verlan, street slang (« hagra », « wesh », « sheitan », « cheh »), first names without @,
 * emoji. Written before the rules and training lines of that round and before the lexicon was read;
 * only their counts are read, before and after, and the rules written after them are reported as
 * « seen » for this file.
 * Fires: threats with no insult word, meet-ups to fight, xenophobic, antisemitic, anti-Black and
 * islamophobic jibes at a classmate, animal names and emoji at someone, taunts about someone's mother,
 * sister or body, exclusion, mockery of a photo, doxxing hints, self-harm incitement.
 * Quiet: banter between friends, defenders, counter-speech, football and game talk with violent verbs,
 * complaints about teachers and homework, rude-sounding slang aimed at no one, news of a fight told
 * with concern.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const TEEN5_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'threats with no insult word',
    cases: [
      fire('jte retrouve a la sortie tu va voir sa va mal finir pour toi'),
      fire('fais encore une fois ta maligne et ta plus de dents'),
      fire('on sait ou tu habite kevin, fais gaffe a toi ce soir'),
      fire('wesh ryan tu parle encore de moi jte decoupe'),
      fire('jvais te faire une tete au carré tu va rien comprendre'),
      fire('attend que jte croise au bus tu va pleurer'),
    ],
  },
  {
    name: 'meet-ups to fight',
    cases: [
      fire('demain 16h derriere le gymnase vien seul on regle sa'),
      fire('ki vient ce soir au parc on va hagar ines elle la cherché'),
      fire('tout le monde au city a 17h on va lui mettre sa race a yanis'),
      fire('rdv devant la boulangerie on le chope a 5 contre 1 mdrr'),
      fire('vous filmez pendant que je lui met des baffes ok 🎥'),
    ],
  },
  {
    name: 'xenophobic, antisemitic, anti-Black and islamophobic jibes',
    cases: [
      fire('retourne dans ton bled mehdi personne ta invité ici'),
      fire('sami il sent le couscous comme toute sa famille de migrants 🤢'),
      fire('ta kippa la tu la range ou on te la fait manger'),
      fire('lea elle est juive c pour sa quelle compte toujours sa monnaie mdr'),
      fire('wesh le noir la on ta pas sonné retourne dans ta brousse'),
      fire('moussa tu sors de la jungle ou koi tu sais meme pas lire'),
      fire('yasmine avec son voile on dirait une terroriste elle va tout faire peter 💣'),
      fire('toi le chinois jte parle pas, vous mangez des chiens chez toi'),
      fire('ton pere il vend des tapis ou il est au rsa comme tous les rebeus'),
    ],
  },
  {
    name: 'animal names and emoji at someone',
    cases: [
      fire('manon 🐷🐷🐷 ta vu ta photo de profil'),
      fire('regardez la vache qui danse sur sa story 🐄🐄'),
      fire('emma ta tete de cheval jpp 🐴'),
      fire('lucas le singe il sait meme pas parler 🐒🐒'),
      fire('bouge de la photo de classe la baleine 🤮'),
    ],
  },
  {
    name: "taunts about someone's mother, sister or body",
    cases: [
      fire('ta mere elle est tellement grosse quelle bouche le couloir'),
      fire('ta soeur elle passe chez tout le monde demande a la classe'),
      fire('t tro plate on dirait une planche a repasser mdrr'),
      fire('ta daronne elle fait le trottoir ou koi'),
      fire('avec ton bide tu voi meme plus tes pieds 😂'),
      fire('bouton sur pattes va, meme ta mere veut pas te regarder'),
      fire("t'as des dents de lapin et des lunettes de grand mere, cheh"),
    ],
  },
  {
    name: 'exclusion',
    cases: [
      fire('personne veut de toi ici, quitte le groupe'),
      fire('on a créé un autre groupe sans chloe, elle sert a rien'),
      fire('degage du grp personne taime'),
      fire('tu mange pas avec nous, va a la cantine tout seul comme dhab'),
      fire('on ta retiré de la conv parce que tu pues, cheh'),
    ],
  },
  {
    name: 'mockery of a photo',
    cases: [
      fire('jpp la photo de sarah on dirait un cadavre 💀💀 partagez'),
      fire('qui a mis la photo de nathan en maillot sur le grp mdr regardez ses bourrelets'),
      fire('ta photo de profil c une blague? meme ton chien a honte'),
      fire('jai screen ta story on va tous bien rire demain en classe'),
      fire('c koi cette tete sur la photo de classe, on dirait un alien 👽 la honte'),
    ],
  },
  {
    name: 'doxxing hints',
    cases: [
      fire('jai le num de sa mere et son adresse je lenvoi a tout le monde ?'),
      fire('il habite au 12 rue des lilas 3eme etage allez y sonner'),
      fire('je vais poster ses nudes sur le grp si elle me repond pas'),
      fire('balancez son snap et son insta on va le spam jusqua ce quil supprime'),
    ],
  },
  {
    name: 'self-harm incitement',
    cases: [
      fire('va te pendre serieux personne va te pleurer'),
      fire('tu sers a rien, saute du pont on sera tranquille'),
      fire('si jetais toi je me serais deja foutu en lair'),
      fire("kys t'es trop genante"),
    ],
  },
]

export const TEEN5_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'banter between friends',
    cases: [
      quiet('mdrr t trop con jtm frerot 😂❤️'),
      quiet('wsh gros ta vu le match hier ou tu dormais encore 😴'),
      quiet('ptdr t une folle toi jte kiffe'),
      quiet('ta cru t le plus beau ou koi 😂 bon ok t pas mal'),
      quiet('sale bete va, ta encore gagné au uno 😤😂'),
      quiet('mon reuf le boss de la classe 🔥'),
      quiet("cheh t'avais qu'a reviser comme moi 😂"),
      quiet('t relou mais je taime bien quand meme'),
    ],
  },
  {
    name: 'defenders',
    cases: [
      quiet("arretez de vous moquer d'ines c pas drole du tout"),
      quiet('laissez yanis tranquille, il vous a rien fait'),
      quiet('celui qui a posté la photo de manon supprime la cest du harcelement'),
      quiet("wesh vous etes grave, traiter quelqu'un de singe c'est du racisme point"),
      quiet('moi je trouve sa photo trop belle, les rageux occupez vous de vos affaires'),
      quiet('sami reste dans le groupe, ceux qui sont pas contents ils partent'),
      quiet("on devrait en parler au cpe, c'est plus des blagues la"),
    ],
  },
  {
    name: 'counter-speech',
    cases: [
      quiet("les blagues sur les juifs c'est pas de l'humour c'est de la haine"),
      quiet("qu'on soit noir arabe ou blanc on est tous dans la meme classe arretez"),
      quiet("dire a quelqu'un de se tuer c'est jamais drole, meme pour rire"),
      quiet('le voile de yasmine sa vous regarde pas'),
      quiet('se moquer du poids des gens cest nul, chacun son corps'),
    ],
  },
  {
    name: 'football and game talk with violent verbs',
    cases: [
      quiet('on les a massacrés 5-0 au five ce soir 🔥'),
      quiet('jvais te tuer a fortnite ce soir prepare toi 😈'),
      quiet('mbappe il a detruit la defense ptn quel joueur'),
      quiet('jlai eclaté en 1v1 sur fifa il a ragequit mdr'),
      quiet('on se fait défoncer par le boss final, il est trop fort ce jeu de ouf'),
      quiet('dans la zone rouge tu meurs direct, faut camper derriere le mur'),
      quiet('le psg va se faire allumer ce soir jte le dis'),
      quiet("ils ont tué le match en deuxieme mi temps, l'arbitre etait nul"),
    ],
  },
  {
    name: 'complaints about teachers and homework',
    cases: [
      quiet('la prof de maths elle abuse 3 controles en une semaine'),
      quiet('jen ai marre de ce dm de physique jcomprend rien'),
      quiet("le prof d'histoire il nous a encore collé 2h pour rien, trop injuste"),
      quiet('la cantine aujourdhui cetait degueulasse jte jure'),
      quiet("wesh le brevet blanc c'etait une dinguerie trop dur"),
      quiet('mr dupont il est tro severe il met 0 si on oublie le cahier'),
      quiet("j'ai eu 6 en anglais la honte ma mere va me tuer"),
    ],
  },
  {
    name: 'rude-sounding slang aimed at no one',
    cases: [
      quiet("c'est chaud ce qui s'est passé hier mdr"),
      quiet('ce jeu il est tro fort de ouf'),
      quiet('jsuis mort de rire 💀💀'),
      quiet('sheitan cette musique elle est trop bien'),
      quiet('wesh la hagra ce matin jme suis levé a 6h'),
      quiet("tro la flemme d'aller en sport"),
      quiet("ptn j'ai raté le bus encore, journée de merde"),
      quiet('cetait une dinguerie ce concert, sa tue'),
      quiet('la honte jsuis tombé dans lescalier devant tout le monde 😭'),
    ],
  },
  {
    name: 'news of a fight told with concern',
    cases: [
      quiet('vous avez vu la bagarre devant le lycée? le gars il saignait, jespere quil va bien'),
      quiet("y'a eu une baston a la gare, la police est venue, faites attention en rentrant"),
      quiet("mon cousin il s'est fait frapper a la sortie, il est a l'hopital"),
      quiet("quelqu'un a filmé la bagarre et l'a mise sur tiktok, c grave de faire sa"),
      quiet('ils ont traité nadia de sale arabe dans le bus, jsuis choqué'),
      quiet("la mere de kevin est venue au college parce qu'il se fait harceler"),
    ],
  },
]

/**
 * Must-not-fire probes that still fire (known failures, reported). When the file was written the shipped
 * model marked one, « la honte jsuis tombé dans lescalier devant tout le monde 😭 », quiet since the own-shame rule (lookalike.ts).
 */
export const TEEN5_PROBES_KNOWN_LOUD: readonly string[] = []
