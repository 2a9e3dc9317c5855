/**
 * Adult forum and social-media cases of issue 11, by category: hostility written without the
 * usual insult words (contempt, hate stated as an opinion, a joke or a negated praise, wishes of
 * harm), and the heated but harmless talk that looks like it (negated hate, disagreement,
 * politics, referee rage, games, swearing at things, quoted abuse, counter-speech, news).
 * Written for measuring only: none is a training example, and none rewords one — other targets,
 * other phrasings (teen-cases.test.ts checks exact overlap, and measures them).
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/** Hostile forum posts that must fire, by kind. */
export const FORUM_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'contempt and trolling aimed at someone',
    cases: [
      fire('Toi tu postes, et moi je soupire. Va donc finir ton goûter, mon grand, cette discussion n\'est pas de ton âge.'),
      fire('On t\'a pas invité dans ce fil, alors va brasser du vent ailleurs, tout le monde se lasse de toi.'),
      fire('Ton cerveau doit tourner sur une seule pile usée, vu ce que tu écris depuis ce matin.'),
      fire('Mesdames et messieurs, le génie du quartier a encore parlé. Applaudissez avant qu\'il ne se vexe, le pauvre chou.'),
      fire('Fabrice, chaque fois que tu interviens en assemblée générale on perd vingt minutes et deux points de QI collectif.'),
      fire('Je vais m\'abonner à tous tes comptes rien que pour te rappeler tous les jours que tu es risible.'),
      fire('Elle a une tête à vendre des aspirateurs au porte-à-porte, qu\'elle arrête les selfies, pitié pour nos yeux.'),
      fire('Avec ta dégaine de sac de linge sale tu oses donner des conseils de mode ? Laisse tomber, franchement.'),
      fire('Toute la section attend que tu partes, t\'as pas encore compris que t\'es de trop ?'),
      fire('mdr le gars sait pas faire une règle de trois et il vient corriger le budget de la commune, quel naze'),
    ],
  },
  {
    name: 'hate stated as an opinion, a joke or a generalisation',
    cases: [
      fire('Honnêtement je trouve que les Sénégalais n\'ont rien à faire dans nos hôpitaux, qu\'ils se soignent chez eux.'),
      fire('Les bisexuels ? Des obsédés incapables de fidélité, à tenir loin des gosses.'),
      fire('Personne non binaire, c\'est juste un caprice d\'enfant gâté qu\'on devrait corriger à la ceinture.'),
      fire('Les Tunisiens du marché trichent tous sur la balance, c\'est dans leur nature de filou.'),
      fire('Un patron haïtien ? Ça doit diriger comme chez lui, à la machette.'),
      fire('Les hyperactifs, c\'est juste des gamins mal élevés qu\'on a rebaptisés pour faire plaisir aux parents, des petits abrutis.'),
      fire('Devinette : pourquoi les Pakistanais ne jouent pas à cache-cache ? Parce que personne ne veut les chercher mdr, qu\'ils restent cachés.'),
      fire('Les jeunes des quartiers nord c\'est une espèce à part, plus proche du chacal que de l\'homme.'),
      fire('Une rabbine à la télé, comme par hasard, ils placent leurs pions partout ces gens-là.'),
      fire('C\'est pas méchant hein, mais une femme ingénieure ça finit toujours secrétaire de son équipe.'),
    ],
  },
  {
    name: 'negated praise of a group, refusal, exclusion',
    cases: [
      fire('Je n\'éprouve pas la moindre considération pour les Maliens, et je ne m\'en cache pas.'),
      fire('Les personnes malvoyantes ne devraient pas avoir le droit de sortir seules dans la rue, elles gênent.'),
      fire('Vendre la maison de mes parents à une famille musulmane ? Plutôt la laisser pourrir sur pied.'),
      fire('Les Vietnamiens n\'ont jamais été et ne seront jamais des gens fréquentables.'),
      fire('Je ne confierai jamais mon bébé à une nounou noire, c\'est non négociable.'),
      fire('Les sikhs n\'ont pas leur place dans nos entreprises avec leur turban ridicule.'),
      fire('Pas une seule lesbienne ne mérite d\'être enseignante, on protège nos enfants.'),
    ],
  },
  {
    name: 'wishes of harm',
    cases: [
      fire('J\'espère sincèrement que ce chroniqueur glissera dans son escalier et ne se relèvera pas.'),
      fire('Si le camion de cette militante pouvait finir dans un ravin, on serait enfin tranquilles.'),
      fire('Que quelqu\'un fasse taire cette conseillère municipale pour de bon, elle l\'a bien cherché.'),
      fire('je souhaite à ce proprio de perdre tout ce qu il a et de dormir dans sa voiture avec ses gosses'),
      fire('Le jour où il se fera lyncher en sortant de son cabinet, je paierai ma tournée.'),
    ],
  },
]

/** Heated or hostile-looking forum posts that must not fire, by kind. */
export const FORUM_QUIET: readonly CaseGroup[] = [
  {
    name: 'negated or refuted hateful statements',
    cases: [
      quiet('Je n\'ai aucune aversion pour les Maliens, mon associé en est un et on bosse ensemble depuis dix ans.'),
      quiet('Non, les personnes bisexuelles ne sont pas « indécises », elles aiment simplement des gens des deux sexes.'),
      quiet('Les Tunisiens du marché ne trichent pas sur la balance, c\'est un cliché qui ne repose sur rien.'),
      quiet('Un adulte avec un TDAH n\'est pas moins capable qu\'un autre, mon frère en a un et il est chercheur au CNRS.'),
      quiet('Personne ne devrait se voir refuser un logement parce qu\'il est sikh, ça s\'appelle une discrimination.'),
      quiet('Ce n\'est pas vrai que les Haïtiens sont violents, Haïti a surtout subi des catastrophes et des dictatures.'),
      quiet('Les personnes non binaires ne demandent rien d\'autre que d\'être appelées comme elles le souhaitent.'),
      quiet('Jamais je ne tolérerai qu\'on traite ma nounou de « sale Noire » devant mes enfants.'),
    ],
  },
  {
    name: 'heated talk: disagreement, politics, referee, games, swearing at things',
    cases: [
      quiet('Ton raisonnement est totalement à côté de la plaque, mais je te remercie d\'avoir pris le temps de l\'écrire.'),
      quiet('Ce gouvernement se moque ouvertement des soignants, c\'est une honte nationale et je manifesterai jeudi.'),
      quiet('Non mais il est où le carton ?? Cet arbitre a sifflé comme un pied toute la soirée, on est volés !'),
      quiet('On a exécuté leur défense en contre-attaque, trois buts en dix minutes, carnage total 🔥'),
      quiet('Je l\'ai achevé au dernier round avec une combo de fou, le pauvre a quitté la partie direct mdr'),
      quiet('Saleté de parcmètre qui avale ma carte bleue, la mairie peut aller se faire voir avec ses machines.'),
      quiet('Bordel mais cette réforme est une usine à gaz, même les inspecteurs des impôts n\'y comprennent rien.'),
      quiet('Je suis en désaccord complet avec le maire, mais le traiter de nazi sur la page de la ville, c\'est ridicule.'),
      quiet('Quelle soirée, on a écrasé l\'équipe de Brest au quiz du bar, ils sont repartis la tête basse.'),
      quiet('Ma lave-vaisselle a rendu l\'âme en plein réveillon, j\'ai envie de la jeter du balcon.'),
      quiet('Franchement le dernier album de ce groupe est une purge, je l\'ai écouté une fois et plus jamais.'),
      quiet('Ces députés qui dorment pendant les séances, ça me rend dingue, on les paie pour ça ?'),
    ],
  },
  {
    name: 'quoted abuse, counter-speech, news',
    cases: [
      quiet('Sous ma photo de mariage quelqu\'un a écrit « deux gouines, quelle horreur ». On a bloqué et on est toujours aussi heureuses.'),
      quiet('Un client m\'a lancé « retourne au Vietnam » à la caisse. Je suis née à Lille. J\'ai appelé mon responsable.'),
      quiet('Dire d\'un collègue à moitié sourd qu\'il est « lent », ce n\'est pas de la franchise, c\'est du mépris.'),
      quiet('Vous vous acharnez sur le physique d\'une présentatrice météo au lieu de parler de la canicule, bravo le niveau.'),
      quiet('Soutien à la conseillère municipale menacée : on peut combattre ses idées sans lui souhaiter du mal.'),
      quiet('Tribunal de Nantes : un homme condamné pour avoir souhaité la mort d\'une élue sur Facebook.'),
      quiet('Une famille sikh victime d\'insultes dans un supermarché de Bobigny, la direction dépose plainte.'),
      quiet('Mon fils malvoyant s\'est fait bousculer et traiter d\'« aveugle inutile » dans le métro. Merci à la dame qui l\'a aidé.'),
    ],
  },
]
