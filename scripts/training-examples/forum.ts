/**
 * Hand-written forum-style comments (adult French online discussion: politics,
 * games, news comments), toxic and not, so the model sees more than tweets and
 * teen talk. Written for Vigie; not taken from any data set.
 */
import type { Example } from './types.js'

const TOXIC = [
  'les gauchistes sont tous des dégénérés', 'encore un bobo qui se croit supérieur, ferme la', 'ces racailles devraient être enfermées à vie',
  'les femmes sont toutes des michtos', 'les femelles ne pensent qu à l argent', 'sale golmon retourne jouer à fortnite',
  'quel ramassis de débiles sur ce forum', 'vous êtes tous des moutons décérébrés', 'ce pays est devenu une poubelle à migrants',
  'on est envahis par ces sauvages', 'ta gueule le boomer', 'ce mec est un abruti fini', 'les fachos comme toi faut les faire taire',
  'va te faire foutre avec ta politique de merde', 'ce politicien est une ordure corrompue', 'bande de branleurs incapables',
  'les journalistes sont des chiens', 'cette pétasse se croit tout permis', 'quel gros tocard ce joueur', 'ferme ta bouche le cuck',
  'les islamistes dehors', 'ces parasites vivent des allocs', 'encore une michto qui cherche un pigeon', 'le mec est une pédale',
  'cette grognasse ferait mieux de se taire', 'vous me dégoûtez tous', 'j ai envie de lui mettre une balle', 'qu ils crèvent tous',
  'les pédés veulent tout imposer', 'sale traître à ta race', 'tous des voleurs et des menteurs', 'la meuf est une grosse chaudasse',
  'je baiserais bien sa soeur', 'elle a un cul de ouf je la prendrais bien', 'quelle bande de consanguins', 'retourne dans ta cave',
  'les noirs foutent le bordel partout', 'les arabes volent tout', 'sale juif va', 'les roms sont des voleurs', 'pauvre con va',
  'crétin congénital', 'tu fais pitié', 'ce forum est rempli de puceaux frustrés', 'les incels devraient disparaître', 'sous-race',
  't es qu un fragile', 'mange tes morts', 'bouffe tes morts', 'ta mère la grosse', 'enculé de ta race', 'clochard va bosser',
  'ces connards de flics', 'les profs sont des feignasses inutiles', 'qu est ce qu elle est conne', 'il est vraiment con ce type',
  'quelle bande de cassos', 'ces tarés devraient être internés', 'ah les femmes toujours à pleurnicher', 'ferme ton clapet',
  't as le QI d une huître', 'retourne à l école abruti', 'encore un gros beauf qui l ouvre', 'ton avis on s en branle',
  'personne t a demandé ton avis le puceau', 'c est bien un truc de gauchiasse ça', 'ces assistés qui bouffent nos impôts',
  'ils ont rien à faire en France ces gens là', 'renvoyez les tous chez eux', 'la France aux Français, dehors les autres',
  'sale facho de merde', 'ces flics sont des porcs', 'le président est un connard fini', 'cette ministre est une idiote finie',
  'les vieux cons qui votent n importe quoi', 'ta gueule sale gamin', 'bande de sous-merdes', 'ces féministes hystériques me gonflent',
  'les meufs sont toutes des salopes', 'elle l a bien cherché avec sa jupe', 'une femme ça doit obéir', 'les gays me dégoûtent',
  'les arabes c est tous des dealers', 'les noirs ont un QI plus bas', 'les chinois mangent des chiens ces sauvages',
  'je lui mettrais bien une droite à ce bouffon', 'si je le croise je l éclate', 'on devrait les fusiller tous',
  'qu on les pende', 'vivement qu il crève', 'j espère qu elle va se faire violer', 'il mérite une balle',
  'chier sur sa tombe', 'sa mère la pute', 'nique la police', 'je pisse sur ton drapeau', 'ferme ta grande gueule',
  'va sucer ton copain', 'bouffon de youtubeur', 'ce streamer est une sous-merde', 'ce mec est un déchet humain',
  'elle est bonne la petite', 'je la baise quand je veux', 'les grosses comme elle devraient pas sortir', 'cet obèse dégueulasse',
  'espèce d attardé mental', 'gros débile va', 'c est un autiste celui là', 'mongolien va', 'trisomique de merde',
]
const CLEAN = [
  'je pense que la réforme des retraites est mal expliquée', 'quelqu un a testé le nouveau patch du jeu ?', 'le match d hier était vraiment serré',
  'je ne suis pas d accord avec toi mais ton argument se tient', 'vous avez des conseils pour un premier PC gamer ?', 'merci pour l info',
  'les prix de l immobilier sont délirants dans cette ville', 'quelqu un sait quand sort la saison 3 ?', 'c est un débat compliqué, il y a des arguments des deux côtés',
  'je recommande ce livre, il est passionnant', 'le gouvernement annonce une nouvelle loi sur l énergie', 'j ai trouvé un bug dans le niveau 4',
  'les migrants arrivés cette année sont hébergés dans des centres', 'la communauté musulmane fête la fin du ramadan', 'les femmes représentent la moitié des étudiants en médecine',
  'mon chat a renversé mon café ce matin', 'quelle chaleur aujourd hui', 'le film était long mais la fin vaut le coup', 'vous votez pour qui ?',
  'j ai eu mon permis du premier coup', 'c est quoi votre jeu préféré de tous les temps', 'le restaurant au coin de la rue est excellent',
  'les chiffres du chômage ont baissé ce trimestre', 'il faut plus de moyens pour les hôpitaux', 'je cherche un stage en informatique',
  'bravo pour ton diplôme', 'le concert était incroyable', 'quelqu un a des nouvelles du serveur ?', 'le débat d hier soir était tendu',
  'la police a ouvert une enquête après l incident', 'les juifs de France commémorent la rafle du Vel d Hiv', 'la marche des fiertés a réuni des milliers de personnes',
  'je suis noir et fier de mes origines', 'mes voisins arabes sont adorables', 'les personnes handicapées doivent avoir accès aux transports',
  'le racisme est un délit puni par la loi', 'je trouve ce joueur surcôté honnêtement', 'ce patch a cassé l équilibre du jeu',
  'je ne comprends pas pourquoi les gens s énervent', 'on peut débattre sans s insulter', 'la modération fait du bon boulot ici',
  'je suis crevé après cette semaine', 'ma copine m a offert une switch', 'les vacances arrivent enfin', 'qui joue ce soir en ranked ?',
  'je pense que tu te trompes sur ce point', 'tu as une source pour ça ?', 'c est faux, regarde les chiffres de l INSEE',
  'le débat sur l immigration mérite mieux que des insultes', 'je vote à gauche depuis toujours', 'je suis plutôt de droite mais là je suis d accord',
  'la police a arrêté deux suspects', 'le président a annoncé une réforme', 'la ministre répond aux critiques', 'le match est reporté à cause de la pluie',
  'ce streamer fait du bon contenu', 'ce youtubeur m a appris plein de trucs', 'mes parents sont venus d Algérie dans les années 70',
  'ma meilleure amie est trans et elle est géniale', 'les chinois ont construit un nouveau TGV', 'l islam est la deuxième religion de France',
  'les femmes gagnent encore moins que les hommes', 'le féminisme a fait avancer plein de droits', 'les arabes ont inventé l algèbre',
  'les noirs américains ont lutté pour leurs droits civiques', 'mon voisin est gay et super sympa', 'la communauté juive de Paris a organisé une fête',
  'j ai grave mal dormi', 'ce jeu est trop dur', 'le boss final m a tué dix fois', 'je suis mort de fatigue', 'cette blague m a tué',
  'quelle journée de merde', 'putain de bouchons ce matin', 'merde j ai oublié mon chargeur', 'bordel où sont mes clés',
  'le film est nul à chier honnêtement', 'ce patch est une catastrophe', 'les serveurs sont encore down', 'ce prof est sévère mais juste',
  'on a perdu mais on a bien joué', 'félicitations pour ton bébé', 'je suis d accord avec toi', 'bonne soirée à tous',
]

/** Forum-style examples (label 1 toxic, 0 clean). */
export const FORUM: readonly Example[] = [
  ...TOXIC.map((text) => ({ text, label: 1 as const })),
  ...CLEAN.map((text) => ({ text, label: 0 as const })),
]
