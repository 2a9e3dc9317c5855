/**
 * A third batch of hand-written forum-style comments: contempt, sarcasm,
 * rude dismissals, hostile generalisations and political flame wars, next to
 * benign comments on the same topics (disagreement without abuse, profanity
 * at a situation, sensitive subjects discussed calmly). Written for Vigie from
 * general knowledge of French online discussion; not taken from any data set.
 */
import type { Example } from './types.js'

const TOXIC = [
  // contempt and rude dismissals
  't as vraiment rien dans le crâne toi', 'retourne à l école avant de l ouvrir', 'ton avis on s en tamponne', 'personne t a demandé ton avis le bouffon',
  'lis avant de commenter espèce d abruti', 'encore un génie qui a tout compris, quel guignol', 'ton QI doit pas dépasser la température ambiante',
  'ça se voit que t as jamais travaillé de ta vie', 'tu écris comme un gamin de 8 ans, c est pitoyable', 'le niveau de connerie ici est hallucinant',
  'mais quel clown ce type sérieux', 'arrête de parler tu te ridiculises', 'va jouer ailleurs le gamin', 'on t a sonné toi ?', 'quelle tête de con',
  'c est quoi ce commentaire de débile', 'il faut vraiment être demeuré pour croire ça', 'les gens comme toi devraient pas avoir le droit de voter',
  'tu pues la frustration à des kilomètres', 'pauvre naze, va', 'toi t es juste un troll sans vie', 'retourne dans ta grotte',
  'cette bande d incapables nous coûte une fortune', 'ces guignols du gouvernement se foutent de notre gueule', 'le ministre est un bouffon fini',
  'ce journaleux de merde raconte n importe quoi', 'encore un article torché par un stagiaire débile', 'les modos de ce forum sont des tocards',
  // sarcasm with contempt
  'bravo champion, t as inventé l eau tiède', 'ah oui c est sûr, avec ton cerveau de moineau', 'quel génie, il faudrait te donner un prix de la connerie',
  'merci pour ce commentaire inutile comme toi', 'oh le pauvre chou, va pleurer chez ta mère', 'félicitations tu es officiellement le plus con du forum',
  // hostile generalisations about groups
  'les musulmans n ont rien à faire en France', 'ces gens-là ne s intégreront jamais', 'les immigrés ne viennent que pour les allocs',
  'tous des délinquants dans ces quartiers', 'les noirs sont moins intelligents c est prouvé', 'les arabes ne respectent rien',
  'les juifs tirent les ficelles partout', 'les roms c est que des voleurs de poules', 'les femmes sont trop émotives pour diriger',
  'les homos sont des malades qu il faut soigner', 'les trans sont des détraqués', 'les gauchos sont tous des parasites',
  'les fachos c est tous des consanguins sans cerveau', 'les vieux devraient crever pour laisser la place', 'les jeunes d aujourd hui sont des larves',
  'les chinois mangent n importe quoi ces sauvages', 'les africains sont restés au moyen âge', 'les asiatiques sont tous des fourbes',
  'les banlieusards sont des animaux', 'ces bêtes sauvages qui brûlent nos voitures', 'il faut renvoyer tous ces clandestins chez eux par la force',
  'la France aux français, les autres dehors', 'ces envahisseurs vont nous remplacer', 'ces gens-là se reproduisent comme des lapins',
  // dehumanisation
  'ce ne sont pas des humains ce sont des bêtes', 'cette vermine doit être éradiquée', 'des cafards qu il faut écraser', 'des rats qui grouillent partout',
  'ce sous-homme ne mérite pas de respirer', 'cette engeance pourrit le pays',
  // political flame wars
  'les macronistes sont des larbins sans cervelle', 'les électeurs du RN sont tous des racistes débiles', 'les insoumis sont des islamogauchistes de merde',
  'tu votes Zemmour donc t es un facho de merde', 'les gauchistes devraient tous être enfermés', 'Macron démission, ordure',
  'ces politiciens pourris méritent la guillotine', 'ce député est une merde vendue', 'les syndicalistes sont des feignasses',
  // insults and threats on forums
  'je vais te retrouver et on verra si tu fais le malin', 'si je te croise tu vas le regretter', 'tu mérites une bonne raclée',
  'crève sale merde', 'qu il crève ce connard', 'je te souhaite de finir à la rue', 'ferme ta grande gueule une bonne fois pour toutes',
  'va te faire soigner espèce de malade', 't es qu une sale pute à attention', 'quelle salope cette meuf',
  'ce gros porc devrait perdre du poids avant de parler', 'ta gueule le gros lard', 'ta femme doit avoir honte de toi',
  'putain mais que t es con', 'bordel de merde vous êtes tous des abrutis', 'ce forum est rempli de débiles profonds',
  // implicit hostility: mockery, contempt and exclusion without a textbook insult
  'personne ne veut de toi ici, dégage du forum', 'on se passerait bien de tes commentaires', 'ton avis vaut moins que rien',
  'c est bien un truc de gonzesse de pleurnicher', 'retourne faire la vaisselle ma grande', 'une femme ça doit rester à la cuisine',
  'elle a sûrement couché pour avoir le poste', 'encore une hystérique qui gueule', 'les meufs qui se plaignent c est toutes des pleureuses',
  'avec une gueule pareille faut pas s étonner', 'regardez moi ce thon', 'elle est tellement moche que ça fait peur',
  'ça sent le mec qui habite chez sa mère à 40 ans', 'tu dois être puceau à vie vu comment tu parles', 'va toucher de l herbe le no life',
  'ils feraient mieux de retourner dans leur pays', 'ces gens ne sont pas chez eux ici', 'qu ils rentrent chez eux et qu on en parle plus',
  'on en a marre de ces assistés', 'ils viennent pour profiter du système et foutre le bordel', 'encore un fait divers avec un prénom bien de chez nous hein',
  'comme par hasard c est encore eux', 'on sait tous de quelle communauté il vient', 'ils sont tous pareils ces gens-là',
  'le vivre ensemble c est une blague, ils nous haïssent', 'il faudrait les mettre tous dans un bateau et couler le bateau', 'un bon coup de kärcher dans ces quartiers',
  'ces gauchistes il faudrait les fusiller', 'les fonctionnaires sont des parasites qui se touchent toute la journée', 'les écolos sont des khmers verts débiles',
  'ces vieux cons qui votent pour n importe qui', 'ces gosses de riches méritent des baffes', 'ce peuple de moutons mérite ce qui lui arrive',
  'mais qu il se taise ce vieux sénile', 'encore cette vieille folle à la télé', 'quel gros porc ce présentateur',
  'il a une tête de violeur', 'elle a une tête de pute', 'avec sa tronche de terroriste',
  'je lui mettrais bien mon poing dans la gueule', 'des baffes qui se perdent', 'il mérite de se faire tabasser', 'on devrait lui couper la langue',
  'qu on les pende tous', 'si ça ne tenait qu à moi je les gazerais', 'une balle dans la tête et on n en parle plus',
  'ah bah bravo les assistés, toujours à chouiner', 'mdr le mec se prend pour un intellectuel alors qu il sait pas écrire', 'ce forum c est un asile de fous',
  // crude forum flames
  'mais qu est-ce qu il raconte ce gland', 'ce type est un connard de première', 'quelle bande de trous du cul', 'ces enculés nous prennent pour des cons',
  'vous êtes vraiment une bande de branleurs', 'ce sale con mérite une tarte', 'elle l ouvre encore celle-là, quelle conne', 'bouffon va, retourne sur twitter',
  'ah ces putains de bobos parisiens', 'les politiques c est tous des pourris et des enculés', 'fermez vos gueules les gauchos', 'ta gueule le facho',
  'ce pseudo journaliste est une merde', 'sa gueule de con me donne envie de vomir', 'cette connasse ose parler de morale', 'sale raciste de merde',
  'les antifas sont des chiens enragés', 'les flics sont tous des bâtards', 'ces connards de supporters ont tout cassé', 'que des abrutis dans les commentaires',
]

const CLEAN = [
  // disagreement without abuse
  'je ne suis pas d accord avec toi mais je respecte ton avis', 'ton argument se tient mais tu oublies le coût', 'as-tu une source pour ce chiffre ?',
  'je pense que tu te trompes sur ce point', 'on n a pas la même lecture du texte', 'ce n est pas ce que dit l article', 'lis l étude, c est plus nuancé',
  'je comprends ton point de vue même si je le partage pas', 'on peut débattre sans s insulter', 'bonne remarque, je n y avais pas pensé',
  'le ministre a présenté son projet hier soir', 'le gouvernement annonce une nouvelle réforme', 'le député a voté contre le texte',
  'je vote à gauche depuis toujours', 'j ai voté RN aux dernières élections', 'les électeurs de Zemmour sont surtout des retraités selon le sondage',
  'les insoumis ont déposé une motion de censure', 'Macron s exprime ce soir à la télé', 'les syndicats appellent à la grève jeudi',
  'le débat d hier soir était assez tendu', 'les deux candidats se sont bien affrontés', 'je trouve ce programme peu crédible',
  'cette politique est mauvaise à mon avis', 'ce gouvernement a fait beaucoup d erreurs', 'je critique ses décisions pas sa personne',
  // sensitive topics, calmly
  'les musulmans de France célèbrent l aïd ce week-end', 'les immigrés ont contribué à reconstruire le pays', 'le racisme reste un problème dans l emploi',
  'un rapport sur les discriminations à l embauche', 'la communauté juive a commémoré la rafle', 'les roms sont souvent victimes de préjugés',
  'les femmes sont encore sous-représentées en politique', 'les personnes trans ont droit au respect', 'mon frère est homo et heureux',
  'les quartiers populaires manquent de services publics', 'les jeunes de banlieue ont peu d accès aux stages', 'la pauvreté touche beaucoup de retraités',
  'les réfugiés fuient la guerre', 'la France compte beaucoup d étrangers étudiants', 'l intégration passe par l école et l emploi',
  'le documentaire sur la colonisation était intéressant', 'un livre passionnant sur l histoire de l esclavage', 'les chinois fêtent le nouvel an',
  'les africains francophones sont nombreux à Paris', 'la cuisine asiatique est ma préférée', 'mes voisins arabes sont adorables',
  // profanity at a situation, no target
  'putain de bouchons ce matin', 'bordel j ai encore oublié mes clés', 'merde le match est déjà fini', 'fait chier cette pluie',
  'putain ce jeu est trop dur', 'quelle journée de merde, vivement ce soir', 'j ai raté le train bordel', 'ce patch est une vraie connerie',
  'le wifi déconne encore putain', 'oh la vache quel but', 'ce film est con mais drôle', 'c est con, j ai raté la promo',
  // sarcasm without contempt, friendly
  'bravo, encore un lundi sous la pluie', 'génial, mon train est encore en retard', 'trop bien, plus de batterie', 'super, la mise à jour a tout cassé',
  'ah les joies du télétravail', 'merci pour ce topic, ça m a fait rire', 'excellent commentaire, j approuve', 'tu m as convaincu, bien joué',
  // forum chatter
  'quelqu un a testé le nouveau processeur ?', 'vous partez où en vacances ?', 'je cherche une bonne recette de lasagnes', 'mon chat a encore vomi sur le tapis',
  'le film de ce soir est nul, je zappe', 'ce jeu est nul à chier mais je l aime bien', 'le match était nul zéro partout', 'j ai eu une note nulle en maths',
  'les vieux films en noir et blanc sont superbes', 'les jeunes s engagent pour le climat', 'les profs font un métier difficile',
  'le journaliste a fait un bon reportage', 'les modérateurs font du bon travail', 'ce youtubeur explique bien l histoire',
  'mon grand-père raconte souvent la guerre', 'j adore les chiens, surtout les bergers', 'les rats de laboratoire servent à la recherche',
  'les cafards envahissent la cuisine de mon immeuble', 'j ai vu un porc à la ferme de mon oncle', 'la vermine a mangé les récoltes',
  // counterparts: same topics and register, no abuse
  'bienvenue sur le forum, n hésite pas à poser tes questions', 'tes commentaires sont toujours utiles', 'ton avis compte autant que le mien',
  'les femmes ont autant leur place en politique que les hommes', 'ma mère dirige une équipe de trente personnes', 'elle a eu le poste grâce à son travail',
  'elle a le droit de se plaindre, c est injuste', 'les femmes ingénieures sont de plus en plus nombreuses', 'ma soeur est développeuse et elle adore ça',
  'il vit encore chez ses parents pour économiser', 'je passe trop de temps sur les jeux, faut que je sorte', 'va prendre l air ça te fera du bien, courage',
  'beaucoup d immigrés retournent voir leur famille l été', 'ils sont chez eux ici, ils sont nés en France', 'mon collègue est né au Maroc et vit ici depuis vingt ans',
  'les aides sociales évitent à beaucoup de familles de tomber dans la misère', 'le fait divers a eu lieu dans le nord hier', 'l enquête ne permet pas encore de connaître le mobile',
  'le vivre ensemble se construit à l école', 'le bateau de sauvetage a recueilli des naufragés', 'le quartier a été rénové avec un nouveau parc',
  'les écologistes proposent une taxe carbone', 'les fonctionnaires manifestent pour leurs salaires', 'les retraités votent plus que les jeunes',
  'le présentateur du journal part à la retraite', 'elle passe souvent à la télé pour parler de santé', 'ce peuple a une histoire incroyable',
  'je me suis coupé en cuisinant hier', 'le boxeur a mis un coup de poing magnifique', 'il a pris une balle perdue dans le jeu mdr',
  'je dors comme un bébé depuis que j ai arrêté le café', 'le film finit par une scène d exécution très dure à regarder', 'le procès des terroristes a repris hier',
  'mdr ce débat part dans tous les sens', 'le mec a écrit un super pavé, merci', 'ce forum c est ma deuxième maison',
  // counterparts: strong words about things, not people
  'putain de match, quelle remontée', 'ce film est une tuerie', 'le concert était de la folie furieuse', 'ce bug de merde m a fait perdre ma partie',
  'j ai trop galéré avec ce foutu formulaire', 'la grève des bus c est la galère', 'le journaliste a posé de bonnes questions', 'les supporters ont mis une ambiance de fou',
  'les politiques devraient écouter davantage les citoyens', 'je ne partage pas les idées de la gauche', 'je ne partage pas les idées de la droite', 'les antifas manifestaient hier à Lyon',
  'les policiers ont sécurisé le quartier', 'le débat entre les deux candidats a été vif', 'j ai toujours trouvé ce chanteur surcoté', 'la critique du film est assez sévère',
]

/** Third batch of forum-style examples (label 1 toxic, 0 clean). */
export const FORUM_EXTRA: readonly Example[] = [
  ...TOXIC.map((text) => ({ text, label: 1 as const })),
  ...CLEAN.map((text) => ({ text, label: 0 as const })),
]
