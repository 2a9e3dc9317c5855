/**
 * A second, blind set of adult forum and social-media cases (issue 11, forum3 round): written
 * before the forum3 training lines and never tuned on. Hostile side: contempt and trolling aimed
 * at a member, racism, antisemitism and islamophobia stated as an opinion or a joke, sexism and
 * crude sexual remarks about a woman, homophobia, transphobia and ableism, wishes of harm. Quiet
 * side: negated or refuted hate, heated disagreement and politics, vulgar but friendly talk,
 * swearing at things, sport and game rage, sex talk that degrades no one, quoted abuse,
 * counter-speech, news. Other targets and wordings than the training files and forum-cases.ts
 * (teen-cases.test.ts checks exact overlap, and reports them).
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

/** Hostile forum posts that should fire, by kind (reported, not required). */
export const FORUM2_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'contempt and trolling aimed at a member',
    cases: [
      fire('L\'OP qui ouvre son quatrième topic de la journée pour pleurer sur sa vie, personne te lit mon reuf, retourne jouer avec tes figurines'),
      fire('Toi t\'as le charisme d\'une serpillère mouillée, même ton chat doit faire semblant de pas te connaître'),
      fire('C\'est fou comme chaque message de ce pseudo fait baisser la moyenne du forum, on devrait te facturer l\'oxygène'),
      fire('Ahi le mec pense convaincre qui avec ses pavés, t\'es juste un raté aigri qui parle à son écran :rire:'),
      fire('Mais qui t\'a demandé ton avis le cassos ? Retourne ranger les caddies, c\'est tout ce que tu sais faire'),
      fire('ce pseudo c est le mec qui se fait recaler a l entree du Lidl, rien dans la tete rien dans le slip'),
      fire('Quelle tristesse ta vie khey, 34 ans chez ta daronne à poster des pavés sur la géopolitique, personne ne t\'écoute IRL'),
      fire('Vous avez vu la streameuse de la miniature ? Une tronche pareille ça devrait être interdit d\'antenne, cachez-moi ça'),
      fire('Bertrand on te supporte uniquement parce que t\'es le cousin du président du club, sinon t\'aurais été viré depuis longtemps, boulet'),
      fire('Continue d\'écrire, chaque message me confirme que tes parents auraient dû s\'arrêter au premier enfant'),
    ],
  },
  {
    name: 'racism, antisemitism, islamophobia as opinion or joke',
    cases: [
      fire('Les Albanais dans le BTP c\'est simple, tu leur tournes le dos t\'as plus de perceuse, c\'est dans leurs gènes'),
      fire('Un Congolais comptable ? Ça doit être pour ça que la caisse est toujours vide en fin de mois :rire:'),
      fire('Le quartier a perdu toute sa valeur depuis que les Comoriens s\'y sont installés, normal quoi'),
      fire('Banquier, avocat, producteur de cinéma, comme par hasard toujours les mêmes noms en -berg derrière'),
      fire('Encore un barbu qui gueule dans le tram, à un moment faudra se poser la question de ce qu\'on importe'),
      fire('Moi j\'embaucherai jamais un Égyptien à la caisse, trop de risques, ils ont le vol dans le sang'),
      fire('Le ramadan c\'est un mois entier où tu dois fermer ta gueule pour pas vexer les barbus, super le vivre-ensemble'),
      fire('Je n\'ai aucune estime pour les Cap-Verdiens, ils n\'ont jamais rien apporté à ce pays à part des problèmes'),
      fire('Des Malgaches dans mon immeuble, depuis ça pue le poisson séché dans toute la cage d\'escalier, merci la diversité'),
      fire('Remplacer un Français de souche par un Laotien à l\'accueil de la mairie, c\'est ça leur grand projet'),
    ],
  },
  {
    name: 'sexism and crude sexual remarks about a woman',
    cases: [
      fire('Une femme pilote de ligne ? Moi je descends de l\'avion direct, elles savent même pas faire un créneau'),
      fire('La présentatrice météo je lui ferais bien un bulletin dans la bouche, cette petite cochonne :bave:'),
      fire('Les meufs qui réclament l\'égalité mais veulent que tu payes le resto, qu\'elles retournent à la vaisselle'),
      fire('Elle a été promue en six mois, on sait tous sous quel bureau elle a passé ses entretiens'),
      fire('La caissière de mon Carrefour je la prendrais bien sur le tapis roulant entre les surgelés :hap:'),
      fire('Une mère célibataire c\'est un produit périmé, tu récupères les restes d\'un autre, aucune valeur'),
      fire('Les joueuses de foot c\'est juste des tapis de sol qui courent, personne regarde ça sauf pour les shorts'),
      fire('une meuf de plus de 30 ans sur Tinder c est la braderie de fin de saison, elle est passee sur tout le quartier'),
    ],
  },
  {
    name: 'homophobia, transphobia, ableism',
    cases: [
      fire('Deux mecs qui se tiennent la main dans la rue ça me donne envie de gerber, qu\'ils fassent ça chez eux loin des enfants'),
      fire('Une femme trans dans les vestiaires ? C\'est un mec déguisé qui veut mater vos filles, point barre'),
      fire('Les autistes en entreprise c\'est du boulet subventionné, on les embauche pour les quotas et on se les traîne'),
      fire('Les roux ils ont pas d\'âme c\'est connu, faudrait les trier à la naissance mdr'),
      fire('Les asexuels c\'est juste des moches qui ont trouvé un mot pour se rassurer :rire:'),
      fire('Un instit ouvertement homo avec des gamins de CM2, sérieusement personne voit le problème ?'),
    ],
  },
  {
    name: 'wishes of harm, cheering violence',
    cases: [
      fire('J\'espère que la bagnole de ce youtubeur va se manger un platane sur l\'autoroute, bon débarras'),
      fire('Si un jour ce journaliste se fait tabasser à la sortie du plateau, je sabre le champagne'),
      fire('Qu\'on foute le feu à leur campement de Calais et qu\'on n\'en parle plus, problème réglé'),
      fire('Ce sénateur mérite de crever à petit feu dans un Ehpad sans personne pour lui changer la couche'),
      fire('Le jour où leur centre culturel flambe avec eux dedans, j\'apporte les chamallows :rire:'),
      fire('La prochaine fois qu\'un cycliste me fait un doigt je lui roule dessus, ces parasites méritent que ça'),
    ],
  },
]

/** Heated or hostile-looking forum posts that must not fire, by kind. */
export const FORUM2_QUIET: readonly CaseGroup[] = [
  {
    name: 'negated or refuted hate',
    cases: [
      quiet('Non, les Albanais ne sont pas tous des voleurs, mon chef de chantier est albanais et c\'est le mec le plus honnête que je connaisse'),
      quiet('Les Comoriens de mon quartier n\'ont jamais posé le moindre problème, arrêtez de fantasmer sur des gens que vous ne croisez pas'),
      quiet('Dire que les femmes pilotes sont moins douées, c\'est faux, les statistiques d\'incidents ne montrent aucune différence'),
      quiet('Je n\'ai rien contre les couples d\'hommes qui se tiennent la main, franchement tant mieux pour eux'),
      quiet('Les personnes autistes ne sont pas des boulets, ma collègue autiste est la meilleure analyste de la boîte'),
      quiet('Il n\'y a aucune raison de croire que les banques sont tenues par une communauté, c\'est un vieux mythe antisémite'),
      quiet('Ce n\'est pas parce qu\'un type crie dans le tram que tous les musulmans sont dangereux, faut arrêter l\'amalgame'),
      quiet('Une mère célibataire n\'a rien de périmé, elle élève ses gosses seule et mérite le respect'),
    ],
  },
  {
    name: 'heated disagreement, politics, immigration debate',
    cases: [
      quiet('Ton analyse sur la réforme des retraites est complètement bidon, tu confonds taux de remplacement et pension moyenne'),
      quiet('L\'immigration doit être débattue sans tabou : quotas, intégration, moyens des préfectures, mais sans viser les gens'),
      quiet('Le RN et LFI racontent autant de conneries l\'un que l\'autre sur l\'économie, c\'est désespérant'),
      quiet('On peut critiquer la politique d\'Israël à Gaza sans être antisémite, et critiquer le Hamas sans être islamophobe'),
      quiet('Je suis contre le voile à l\'école, c\'est la loi de 2004 et je la trouve juste, point'),
      quiet('Sérieux t\'as lu l\'article avant de commenter ? Parce que tu réponds à côté depuis trois pages'),
      quiet('Le féminisme actuel va parfois trop loin à mon goût, mais l\'égalité des salaires c\'est la base'),
      quiet('Ce ministre est un incompétent notoire, son bilan sur le logement est catastrophique'),
    ],
  },
  {
    name: 'vulgar but friendly, swearing at things, sport and game rage',
    cases: [
      quiet('Putain de box internet qui saute toutes les dix minutes, je vais finir par la balancer par la fenêtre'),
      quiet('Ahah t\'es vraiment trop con, tu m\'as fait recracher mon café avec ton montage :rire:'),
      quiet('Ce putain de boss de fin m\'a tué quinze fois d\'affilée, je vais péter ma manette'),
      quiet('Mais l\'arbitre est aveugle ou quoi ?! Penalty évident et il laisse jouer, on se fait voler encore'),
      quiet('On les a massacrés 5-0 au five ce soir, ils sont repartis dégoûtés mdr'),
      quiet('Bordel de merde j\'ai oublié mes clés dans la voiture et il pleut des cordes'),
      quiet('Joyeux anniversaire vieille branche, encore un an de plus à supporter tes blagues pourries :coeur:'),
      quiet('Ma saloperie de machine à laver a inondé la cuisine, journée de merde'),
      quiet('GG les kheys, on a roulé sur la team adverse en ranked, carnage total :hap:'),
      quiet('Ce match de merde, on a joué comme des clowns, l\'entraîneur doit sauter'),
      quiet('Ce con de GPS m\'a fait faire trois fois le tour du rond-point ayaaa'),
      quiet('J\'ai explosé mon record au développé couché ce matin, 100 kg les kheys :bave:'),
    ],
  },
  {
    name: 'sex talk that degrades no one',
    cases: [
      quiet('Avec ma copine on a testé le tantrisme, franchement c\'est surprenant, je recommande aux couples'),
      quiet('Question sérieuse : c\'est normal d\'avoir moins de libido sous antidépresseurs ? Mon médecin m\'en a pas parlé'),
      quiet('Première fois que je dis à une fille que je suis puceau à 24 ans, elle a été hyper cool, ça m\'a rassuré'),
      quiet('Le consentement c\'est pas compliqué, si elle dit non ou qu\'elle hésite, tu t\'arrêtes'),
    ],
  },
  {
    name: 'quoted abuse, counter-speech, news',
    cases: [
      quiet('Un mec m\'a écrit « retourne dans ton pays sale Malgache » sous ma vidéo de cuisine. Je suis née à Tours. Signalé.'),
      quiet('Ceux qui traitent les roux de « sans âme » en 2026, vous faites pitié, c\'est du harcèlement déguisé en blague'),
      quiet('Arrêtez de commenter le physique des joueuses, elles sont là pour le foot et elles jouent bien'),
      quiet('On m\'a traité de « sale PD » en sortant du bar avec mon copain, je le poste pour montrer que ça existe encore'),
      quiet('Souhaiter la mort d\'un journaliste parce qu\'il ne pense pas comme vous, c\'est indéfendable, point'),
      quiet('Incendie criminel contre un centre culturel à Lyon : une enquête ouverte pour dégradation en raison de la religion'),
      quiet('Un conducteur condamné à deux ans de prison pour avoir percuté volontairement un cycliste à Bordeaux'),
      quiet('Le tribunal a condamné un internaute pour des messages racistes visant une famille congolaise de Rouen'),
    ],
  },
]

/**
 * Must-not-fire cases that fire on the shipped model: known failures, reported by the test as
 * such rather than weakened or dropped (the test also says when one of them stops firing).
 */
export const FORUM2_KNOWN_LOUD: readonly string[] = []
