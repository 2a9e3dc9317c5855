/**
 * Blind probes for stories, reviews and swearing at no one (round eleven, « fiction »): written before
 * any rule of that branch and never tuned on afterwards (only their counts are read, before and after).
 * Must stay quiet: plots of films, series, books and games whose characters kill, threaten or insult one
 * another, harsh reviews of a thing, swearing at an object, the weather, a bug or an exam, the speaker
 * calling themself an idiot, consensual sex between adults told without degrading anyone, and song
 * lyrics cited. Must stay marked, their hostile twins: the reader insulted through a character
 * (« t'es aussi con que le perso du film »), a threat that borrows a film's words, someone insulted
 * while a game is mentioned, and degradation that names a game or a film.
 * teen-cases.test.ts runs it as a blind set.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const FICTION_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'the reader insulted through a character',
    cases: [
      fire("T'es aussi con que le perso du film, sauf que lui au moins il est payé pour."),
      fire('Toi t\'es exactement comme le méchant de la série, une sale ordure sans cœur.'),
      fire('Franchement tu ressembles au troll du Seigneur des anneaux, gros tas.'),
      fire("T'as le cerveau du héros de Dumb and Dumber, espèce d'abruti."),
      fire('Sérieux t\'es le Joffrey de la classe, un petit connard que tout le monde veut voir crever.'),
      fire('Même le zombie de l\'épisode 3 est plus intelligent que toi, pauvre débile.'),
    ],
  },
  {
    name: 'threats borrowing a story',
    cases: [
      fire('Comme dans le film, on va te buter et personne retrouvera ton corps.'),
      fire('Tu connais la scène où il se fait égorger dans la baignoire ? Ce sera toi demain.'),
      fire('Je vais te faire ce que Jason fait à ses victimes, tu vas voir.'),
      fire('On va jouer à Squid Game avec toi à la sortie, et tu vas perdre.'),
      fire('Comme le héros de John Wick, je vais te retrouver et te tuer.'),
    ],
  },
  {
    name: 'insults said while a game or a show is named',
    cases: [
      fire('Ta mère c\'est une pute comme dans GTA.'),
      fire('Ferme ta gueule sale noob, retourne jouer à Fortnite avec ta grosse daronne.'),
      fire('Pendant que tu regardes tes animés de merde, t\'es toujours aussi moche et seule, grosse vache.'),
      fire('Tu joues comme une merde à FIFA et en vrai t\'es encore plus nul, sale bouffon.'),
      fire('Lâche ta manette et va te pendre, personne veut de toi dans l\'équipe.'),
      fire('Le héros de ta série préférée c\'est un pédé, comme toi d\'ailleurs.'),
    ],
  },
  {
    name: 'degradation and hate with a story frame',
    cases: [
      fire('Elle a joué dans un film une fois, depuis c\'est la salope du lycée, elle suce tout le monde.'),
      fire('Dans le film les Arabes sont des voleurs, et franchement c\'est pareil dans la vraie vie.'),
      fire('Comme dans le livre, les femmes c\'est juste bon à faire la vaisselle et à fermer leur gueule.'),
      fire('Léa c\'est la pute du film porno de la classe, tout le monde est passé dessus.'),
      fire('Le personnage est une grosse lesbienne dégueulasse, comme toi, Chloé.'),
      fire('T\'es la même que le personnage : une grosse conne qui se fait larguer par tout le monde.'),
      fire('Toi et ton film de merde, allez vous faire foutre, bande de fils de pute.'),
      fire('Tu regardes des films d\'horreur ? Parfait, parce que je vais te découper comme dans Saw.'),
    ],
  },
]

export const FICTION_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'film, series, book and game plots',
    cases: [
      quiet('Dans le film, le mari trompé finit par tuer son rival d\'une balle dans le dos.'),
      quiet('Le personnage principal traite son frère de connard pendant toute la première saison.'),
      quiet('La scène où le tueur poignarde la baby-sitter m\'a empêché de dormir pendant une semaine.'),
      quiet('Dans l\'épisode 5, la reine fait exécuter tous les traîtres devant le peuple.'),
      quiet('Le héros se fait humilier par ses camarades, qui le traitent de gros lard et de raté.'),
      quiet('Dans le roman, le père bat sa femme et ses enfants jusqu\'à ce que l\'aîné s\'enfuie.'),
      quiet('Dans GTA tu peux écraser des piétons et voler des voitures, c\'est pour ça qu\'il est interdit aux moins de 18 ans.'),
      quiet('Le méchant dit « je vais te tuer lentement » juste avant que le héros ne le pousse du toit.'),
      quiet('Dans la série, le prof insulte ses élèves de débiles, et ils finissent par se venger.'),
      quiet('À la fin du livre, le narrateur avoue qu\'il a étranglé sa sœur quand il avait quinze ans.'),
      quiet('Le boss final t\'insulte de minable à chaque fois que tu meurs, c\'est trop drôle.'),
      quiet('Dans ce manga, le personnage se fait harceler et traiter de monstre par toute sa classe.'),
    ],
  },
  {
    name: 'reviews of a thing',
    cases: [
      quiet('Ce film est une purge, les acteurs jouent comme des pieds et la fin est complètement débile.'),
      quiet('Le dernier épisode était nul à chier, les scénaristes se sont foutus de nous.'),
      quiet('Ce jeu est une arnaque totale, 70 euros pour une merde pareille pleine de bugs.'),
      quiet('Le livre est chiant à mourir, j\'ai abandonné au chapitre trois.'),
      quiet('Ce resto c\'est de la merde, la viande était crue et le serveur nous a ignorés.'),
      quiet('La saison 2 est une catastrophe, un vrai ramassis de clichés à la con.'),
    ],
  },
  {
    name: 'swearing at a thing, the weather, a bug or an exam',
    cases: [
      quiet('Putain de bus, encore vingt minutes de retard sous la pluie.'),
      quiet('Cette saloperie d\'ordi a planté juste avant que je sauvegarde mon exposé.'),
      quiet('Foutue pluie, j\'ai les chaussures trempées pour toute la journée.'),
      quiet('Ce putain de moustique m\'a piqué douze fois cette nuit.'),
      quiet('Ce contrôle de maths c\'était de la merde, j\'ai rien compris à l\'exercice 2.'),
      quiet('Bordel de wifi, ça fait trois fois que la connexion saute pendant ma partie.'),
      quiet('Cette imprimante de merde bourre le papier à chaque fois.'),
    ],
  },
  {
    name: 'the speaker calling themself an idiot',
    cases: [
      quiet('Je suis trop con, j\'ai oublié mes clés à l\'intérieur.'),
      quiet('Quelle idiote je fais, j\'ai envoyé le message au mauvais groupe.'),
      quiet('J\'ai raté mon arrêt de bus comme une débile parce que j\'écoutais de la musique.'),
      quiet('Je me sens tellement nul d\'avoir oublié l\'anniversaire de ma mère.'),
      quiet('Je suis vraiment une abrutie, j\'ai mis du sel dans mon café.'),
      quiet('Moi le boulet de service, j\'ai encore renversé mon verre sur le clavier.'),
    ],
  },
  {
    name: 'consensual sex between adults',
    cases: [
      quiet('On a baisé toute la nuit avec mon copain, je suis épuisée mais heureuse.'),
      quiet('Ma femme et moi on a fait l\'amour sous la douche, c\'était notre anniversaire de mariage.'),
      quiet('Elle lui a demandé s\'il avait envie, il a dit oui, et ils ont couché ensemble pour la première fois.'),
      quiet('Après trois rendez-vous, on a fini au lit et c\'était génial, on se revoit samedi.'),
    ],
  },
  {
    name: 'song lyrics cited',
    cases: [
      quiet('Dans sa chanson il dit « je vais te tuer si tu pars », c\'est censé être romantique ?'),
      quiet('Le refrain de ce morceau répète « nique la police » et tout le monde le chante en soirée.'),
      quiet('J\'adore quand il chante « t\'es qu\'une garce » sur l\'album, la prod est incroyable.'),
      quiet('Les paroles « je suis un bâtard » sont tirées d\'un vieux titre de rap des années 90.'),
      quiet('Cette chanson parle d\'un mec qui veut se venger de son ex, et franchement elle tourne en boucle chez moi.'),
    ],
  },
]

/**
 * Must-not-fire probes that fire at the round's start, each reported as still failing or now quiet.
 * Filled from the first run, before any rule of the branch.
 */
export const FICTION_PROBES_KNOWN_LOUD: readonly string[] = []
