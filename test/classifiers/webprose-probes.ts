/**
 * Blind probes for the register of translated English web prose (round ten, « webprose »): sentences
 * as they come out of web pages, blogs, Reddit-linked articles and comments translated literally into
 * French (RealToxicityPrompts' register), often long-ish and sometimes cut mid-thought. Written before
 * any training line of that round and never looked at case by case while the lines were written:
 * only their counts are read, before and after.
 * Labels follow our definition (what a harassment watch would want marked), as web-cases.ts and
 * web-patterns.test.ts already do: insults, threats, hate and sexual degradation aimed at someone or
 * said about a group or a named person fire, also inside a rant, a quote endorsed by the writer or a
 * sentence cut before its end. Must stay quiet: profanity aimed at no one or at a thing (« cette
 * putain d'imprimante »), explicit but consensual sex narration that degrades no one, harsh reviews of
 * a thing, news and court reporting of violence, film and book plots, history, lyrics quoted to
 * criticise them, and insults reported in order to condemn them.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const WEBPROSE_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'rants about public figures',
    cases: [
      fire("Ce sénateur est un putain d'imbécile qui n'a jamais lu une seule loi qu'il a votée de toute sa vie."),
      fire('Honnêtement, le maire est une merde absolue et tous ceux qui ont voté pour lui sont des attardés.'),
      fire("Je ne sais pas ce qui est le pire, que ce PDG soit un escroc ou qu'il soit aussi un sale porc avec ses employées."),
      fire("Cette présentatrice est une conne finie, chaque fois qu'elle ouvre la bouche on perd tous un peu d'intelligence."),
      fire("Le ministre est un menteur pathologique et un lâche, et quelqu'un devrait lui casser la gueule une bonne fois pour toutes."),
      fire("Ce rappeur n'est qu'un petit connard arrogant qui"),
    ],
  },
  {
    name: 'profanity-laden opinions about people',
    cases: [
      fire("La vérité est que ces gens sont des parasites et qu'ils ne méritent rien d'autre que notre mépris."),
      fire("Quiconque défend encore ce type est un foutu idiot, point final."),
      fire("Tu es exactement le genre de trou du cul prétentieux qui rend internet insupportable."),
      fire("Les fans de cette équipe sont une bande de débiles consanguins qui ne savent même pas écrire leur nom."),
      fire("Va te faire foutre, toi et ton petit blog de merde, personne ne lit tes conneries."),
      fire("Il a dit que tu étais un putain d'idiot, et pour une fois je suis entièrement d'accord avec lui."),
    ],
  },
  {
    name: 'threats told as a story or a letter',
    cases: [
      fire("Je te le dis maintenant : si tu t'approches encore de ma sœur, je vais te tuer et personne ne retrouvera ton corps."),
      fire("Un jour quelqu'un va venir chez toi pendant que tu dors, et ce jour-là tu vas comprendre ce que tu as fait."),
      fire("Continue d'écrire ces articles et on verra combien de temps tu gardes tes doigts, espèce de fouille-merde."),
      fire("J'espère sincèrement que toi et ta famille brûlerez dans votre maison."),
      fire("Ces journalistes mériteraient d'être alignés contre un mur et abattus, un par un."),
    ],
  },
  {
    name: 'sexual degradation of someone',
    cases: [
      fire("Cette chanteuse n'est qu'une salope qui a couché avec tous ses producteurs pour arriver là où elle est."),
      fire("Tout le monde sait que sa femme est une pute qui se fait passer dessus par la moitié de la ville."),
      fire("Elle devrait se taire et retourner sucer des bites, c'est la seule chose pour laquelle elle est douée."),
      fire("Avec une bouche pareille, cette actrice devrait faire du porno au lieu de donner son avis sur la politique."),
      fire("Je parie que cette petite pétasse adore se faire traiter comme une chienne par son patron."),
    ],
  },
  {
    name: 'hate about groups in calqued prose',
    cases: [
      fire("Les immigrés sont en train de détruire ce pays, et ces animaux devraient tous être renvoyés d'où ils viennent."),
      fire("Le problème avec les musulmans, c'est qu'ils sont tous des terroristes en puissance, qu'on le veuille ou non."),
      fire("Les homosexuels sont des malades et des pervers qu'il faudrait tenir loin de nos enfants."),
      fire("Franchement, les femmes sont trop stupides pour voter, c'était une erreur de leur donner ce droit."),
      fire("Ces Noirs sont des singes qui ne savent que voler et"),
      fire("Les Juifs contrôlent les banques et les médias, et il est temps que quelqu'un s'occupe d'eux."),
      fire("Les trans sont des dégénérés et des monstres, rien de plus."),
      fire("Tous ces gitans sont des voleurs et des menteurs, on devrait les chasser de nos villes."),
    ],
  },
]

export const WEBPROSE_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'news of an attack and court reporting',
    cases: [
      quiet("Selon la police, le suspect a poignardé deux passants avant d'être maîtrisé par des témoins devant la gare."),
      quiet("L'accusé aurait crié « je vais tous vous tuer » avant d'ouvrir le feu, a déclaré le procureur lors de l'audience."),
      quiet('Le jury a reconnu coupable de meurtre un homme de 34 ans qui avait battu à mort son colocataire en 2019.'),
      quiet("Les enquêteurs pensent que la victime a été étranglée puis jetée dans la rivière, d'après les documents judiciaires."),
      quiet("Trois personnes ont été tuées et une dizaine blessées dans l'explosion d'une voiture piégée mardi matin."),
      quiet("Le juge a estimé que les messages haineux envoyés par l'accusé à son ancienne compagne constituaient du harcèlement."),
      quiet("La femme avait porté plainte pour viol en 2017, mais l'affaire avait été classée sans suite faute de preuves."),
    ],
  },
  {
    name: 'film and book plots',
    cases: [
      quiet("Dans le film, le tueur traque les adolescents un par un et les massacre à coups de hache dans un chalet isolé."),
      quiet("Le roman raconte l'histoire d'un homme qui décide de se venger du gang qui a assassiné sa femme."),
      quiet("Au troisième épisode, le personnage principal est torturé par des soldats qui veulent lui faire avouer où se cache son frère."),
      quiet("Le méchant menace de faire sauter la ville entière si le héros ne lui livre pas le code avant minuit."),
      quiet("C'est l'histoire d'un flic corrompu qui finit par tuer son partenaire pour couvrir ses crimes."),
      quiet("Dans la dernière scène, elle regarde son agresseur droit dans les yeux et lui tire une balle dans la tête."),
    ],
  },
  {
    name: 'history',
    cases: [
      quiet("Pendant la guerre, des milliers de civils ont été exécutés et leurs villages brûlés par l'armée d'occupation."),
      quiet("Les esclaves étaient souvent fouettés, vendus et séparés de leurs enfants, comme le montrent les registres de l'époque."),
      quiet('Le massacre de 1572 a fait plusieurs milliers de morts parmi les protestants de Paris.'),
      quiet("La propagande nazie présentait les Juifs comme des parasites, un vocabulaire que les historiens étudient aujourd'hui."),
    ],
  },
  {
    name: 'lyrics quoted to criticise, reviews about a thing',
    cases: [
      quiet("Le refrain répète « je vais te frapper jusqu'à ce que tu saignes », et je ne comprends pas comment une radio peut diffuser ça."),
      quiet("Ce morceau traite les femmes de « salopes » à chaque couplet, et c'est exactement le problème de ce genre de musique."),
      quiet("Ce restaurant est une véritable arnaque, les plats étaient froids et le service d'une lenteur insupportable."),
      quiet("Ce film est une merde prétentieuse de trois heures, le scénario ne tient pas debout et la fin est ridicule."),
      quiet("Franchement, le dernier album est une bouse sans nom, pas une seule chanson ne vaut la peine d'être écoutée."),
      quiet("Ce téléphone est la pire saloperie que j'aie jamais achetée, la batterie meurt au bout de deux heures."),
      quiet("L'hôtel était dégueulasse, les draps sentaient la pisse et il y avait des cafards dans la salle de bain."),
    ],
  },
  {
    name: 'profanity at things and situations',
    cases: [
      quiet("Putain, cette putain d'imprimante a encore bouffé mon rapport cinq minutes avant la réunion."),
      quiet("Bordel de merde, il pleut depuis trois semaines et je n'en peux plus de cette météo de chiotte."),
      quiet("J'ai passé toute la putain de journée au téléphone avec la banque et ils n'ont toujours rien foutu."),
      quiet("Ce putain de code ne compile toujours pas et il est deux heures du matin, je vais devenir fou."),
      quiet("Quelle journée de merde, j'ai raté mon train, perdu mes clés et renversé du café sur mon ordinateur."),
      quiet("Je me suis cogné le pied contre cette foutue table basse et j'ai hurlé comme un idiot."),
    ],
  },
  {
    name: 'consensual sex narration and candid advice',
    cases: [
      quiet("Cette nuit-là, nous avons fait l'amour pendant des heures, et elle m'a demandé de recommencer au petit matin."),
      quiet("Il l'a embrassée dans le cou, a défait sa robe lentement, et ils ont fini par baiser sur le canapé du salon."),
      quiet("Ma femme et moi avons essayé la sodomie pour la première fois le week-end dernier, et nous avons adoré tous les deux."),
      quiet("Selon la sexologue, il est normal que le désir varie dans un couple et il faut surtout en parler sans honte."),
      quiet("Elle m'a avoué qu'elle préférait être au-dessus, alors on a changé nos habitudes et c'est bien mieux."),
    ],
  },
  {
    name: 'insults and threats reported to condemn them',
    cases: [
      quiet("Quand un collègue l'a traitée de « sale pute » devant toute l'équipe, personne n'a réagi, et c'est ça qui me choque le plus."),
      quiet("Elle a reçu des centaines de messages la traitant de grosse vache et menaçant de la violer, a-t-elle raconté au journal."),
      quiet("Personne ne mérite d'être traité de singe dans un stade, et le club doit sanctionner ces supporters."),
      quiet("Arrêtez de dire que les immigrés sont des parasites, ce sont des gens qui travaillent et paient leurs impôts comme vous."),
      quiet("Il a dit que tu étais un idiot, mais je pense qu'il était simplement en colère et qu'il regrette."),
    ],
  },
]

/** Must-not-fire probes the shipped model marked when the file was written (known failures, reported); round eleven's fiction rules quieted the last four (a film's last scene, a filthy hotel, a cursed coffee table, consensual sex). */
export const WEBPROSE_PROBES_KNOWN_LOUD: readonly string[] = []
