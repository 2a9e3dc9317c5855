/**
 * Blind probes for round nine's own-case misses (issue 11, « owncases »): new cases in the spirit of
 * the own cases the classifier missed or fired on, written before any rule of that round and never
 * looked at case by case while the rules were written: only their counts are read, before and after.
 * Groups follow the causes the misses were sorted into: stereotypes told with a marker the lexicon
 * lacked (a warning about one's belongings, « ça étonne qui », « c'est leur sport national », « avant
 * de savoir marcher »); contempt for a member's life, looks or existence without insult words; crude
 * sexual remarks about a woman; refusal of a group as a tenant, a buyer or a neighbour; hate asked as
 * a rhetorical question; and, quiet, refutations (« les études disent le contraire »), complaints that
 * a group is not helped enough, mock threats over spoilers and games, and peoples and colours named
 * in history, geography and everyday objects.
 * teen-cases.test.ts runs it as a blind set and checks it shares no text with the training examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const OWNCASE_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'stereotypes with a marker',
    cases: [
      fire('Trois Roms qui montent dans le RER, tiens bien ton sac.'),
      fire('y a des gitans au marché aujourd\'hui, planque ton portable frr'),
      fire('Un Albanais arrêté pour cambriolage, ça étonne qui franchement ?'),
      fire('Les Marocains et la fraude aux allocs, c\'est leur sport national.'),
      fire('Les Tchétchènes apprennent à se battre avant de savoir parler.'),
      fire('Les Algériens, c\'est les aides sociales et la fraude, toujours pareil.'),
      fire('Un Gitan qui vend des jantes sur le bon coin, quelle surprise.'),
      fire('Les Roms profitent tous du système, c\'est bien connu.'),
    ],
  },
  {
    name: 'contempt for a member without insult words',
    cases: [
      fire('Franchement t\'es de trop dans ce groupe, tout le monde attend que tu te barres.'),
      fire('Tes parents auraient dû s\'arrêter avant toi, sérieux.'),
      fire('Je comprends mieux pourquoi personne veut sortir avec toi quand je vois ta tronche.'),
      fire('Retourne sur Snapchat avec tes filtres, c\'est plus ton niveau ici.'),
      fire('Quelle vie triste t\'as, 40 ans et tu passes tes nuits à insulter des inconnus.'),
      fire('Chaque fois que tu ouvres la bouche on perd des points de QI, arrête.'),
    ],
  },
  {
    name: 'crude remarks about a woman and refusal of a group',
    cases: [
      fire('La nouvelle prof de SVT je la prendrais bien sur son bureau mdr'),
      fire('Elle est passée sur toute l\'équipe de rugby, une vraie poubelle.'),
      fire('Si les acheteurs sont des Arabes je retire la maison de la vente.'),
      fire('Louer à une famille noire ? Plutôt laisser l\'appart vide dix ans.'),
    ],
  },
  {
    name: 'hate asked as a rhetorical question',
    cases: [
      fire('Les Roms ne sont-ils pas tous des voleurs ?'),
      fire('Les femmes ne sont-elles pas toutes des menteuses ?'),
      fire('Est-ce que les Arabes sont vraiment aussi cons ?'),
      fire('Les personnes trans ne sont pas saines, faut arrêter de dire le contraire.'),
    ],
  },
]

export const OWNCASE_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'refutations and complaints of too little help',
    cases: [
      quiet('Les immigrés voleraient le travail des Français ? Les chiffres disent le contraire.'),
      quiet('Les femmes seraient de mauvaises conductrices ? Toutes les statistiques prouvent le contraire.'),
      quiet('Les personnes handicapées ne sont pas assez soutenues par l\'école.'),
      quiet('Les sans-abri ne sont pas assez protégés l\'hiver, c\'est une honte.'),
      quiet('Les infirmières ne sont pas assez payées pour ce qu\'elles font.'),
      quiet('Ma grand-mère gitane m\'a appris à coudre, elle était trop forte.'),
    ],
  },
  {
    name: 'mock threats over spoilers and games',
    cases: [
      quiet('je vais te tuer si tu me spoiles la saison 3 😂'),
      quiet('si tu me dis qui meurt à la fin je te tue mdrr'),
      quiet('je vais te tuer si tu manges encore ma part de pizza 🤣'),
    ],
  },
  {
    name: 'peoples and colours said ordinarily',
    cases: [
      quiet('Attila était le chef des Huns, pas un Mongol.'),
      quiet('Les Vikings venaient de Scandinavie et commerçaient jusqu\'à Byzance.'),
      quiet('Les Aztèques vivaient au Mexique bien avant l\'arrivée des Espagnols.'),
      quiet('Les Berbères habitent l\'Afrique du Nord depuis des millénaires.'),
      quiet('Les Touaregs traversent le Sahara avec leurs chameaux.'),
      quiet('Ces poubelles noires sont pour les ordures ménagères.'),
      quiet('J\'ai acheté des chaussettes noires et un pull blanc.'),
      quiet('Les sacs jaunes c\'est pour le plastique, les noirs pour le reste.'),
      quiet('Le chat noir des voisins dort encore sur notre voiture.'),
      quiet('Mets les cartons bruns dans le bac et les bouteilles dans le vert.'),
    ],
  },
]

/** Must-not-fire probes that still fire (a known failure is dropped from this list once it is quiet). */
export const OWNCASE_PROBES_KNOWN_LOUD: readonly string[] = []
