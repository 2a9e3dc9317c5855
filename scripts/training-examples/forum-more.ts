/**
 * More hand-written forum-style comments in the register of French gaming and
 * 18-25 forums (slang like khey, ayaa, issou on both sides, so slang alone is
 * not read as abuse). Written for Vigie; not taken from any data set.
 */
import type { Example } from './types.js'

const TOXIC = [
  'ayaaa les femelles sont toutes les mêmes', 'khey les meufs c est que des michtos', 'cette pute à frange se croit tout permis',
  'les noichs foutent la merde dans mon quartier', 'encore un bougnoule qui fait le malin', 'les pédales à la gay pride me dégoûtent',
  'issou ce golem est un vrai mongol', 'le mec est un triso fini', 'les gauchiasses veulent nous remplacer', 'on devrait tous les renvoyer au bled',
  'je lui casserais bien les dents à ce bouffon', 'si je croise ce fils de chien je le démonte', 'j espère que son avion va se crasher',
  'elle mériterait de se faire défoncer', 'les vieilles peaux qui votent macron', 'les juifs contrôlent les médias tout le monde le sait',
  'les musulmans sont une menace pour la France', 'les migrants violent nos femmes', 'les handicapés coûtent trop cher à la société',
  'ta daronne la grosse chienne', 'je te baise toi et ta mère', 'suce moi khey', 'elle a une tête à sucer des bites',
  'regarde moi cette grosse truie en legging', 'les obèses devraient payer double', 'sale beauf de campagne', 'bande de consanguins du nord',
  'les parisiens sont tous des connards', 'les profs sont des gauchistes fainéants', 'ce youtubeur est une pute à clics',
  'ferme ta gueule l op', 'l auteur du topic est un déchet', 'va te pendre l op', 'kheys on va raid son insta', 'on va le doxx ce clown',
  'trouvez son adresse et on passe le voir', 'faut le lyncher en place publique', 'qu on les brûle tous', 'les flics sont des chiens de garde à abattre',
  'mort aux flics', 'nique la france', 'nique les arabes', 'nique les juifs', 'nique les pd', 'nique ta race l op',
  'je vais retrouver ce fdp', 'je chie sur ta religion', 'ta religion de merde', 'ton dieu est une blague pour attardés',
  'les cathos sont des pédophiles', 'les féministes sont des mal baisées', 'une femme qui parle trop faut la recadrer', 'les meufs c est fait pour obéir',
  'ces sous-hommes ne méritent rien', 'c est génétique ils sont plus cons', 'race de merde', 'espèce de sale clodo', 'les sdf puent la pisse',
  'les chômeurs sont des parasites', 'crève charogne', 'j espère que t attrapes un cancer', 'ta mère aurait dû avaler',
]
const CLEAN = [
  'ayaaa le bug dans la dernière mise à jour', 'khey tu conseilles quelle carte graphique ?', 'issou j ai raté mon partiel', 'le topic sur le mercato est en feu',
  'quelqu un a une astuce pour le boss du chapitre 5', 'khey je cherche un duo pour ce soir', 'ce jeu vaut le coup à moins de 30 euros ?',
  'je viens d avoir mon premier CDI les kheys', 'ma copine m a quitté je suis triste', 'je me suis mis au sport depuis janvier',
  'le débat sur les retraites à l assemblée hier', 'les sondages donnent le RN devant', 'vous pensez quoi de la réforme du bac ?',
  'la grève des transports continue demain', 'le prix de l essence a encore augmenté', 'le chômage des jeunes reste élevé',
  'je suis musulman et je fais le ramadan cette année', 'je suis juif et fier de ma culture', 'ma soeur est lesbienne et mariée depuis deux ans',
  'mon pote handicapé joue en fauteuil au basket', 'les migrants arrivent souvent après des mois de voyage', 'le féminisme a obtenu le droit de vote',
  'le mariage pour tous date de 2013', 'la police a démantelé un réseau de trafic', 'le procès s ouvre lundi à Paris', 'les flics m ont aidé à retrouver mon vélo',
  'l op a raison sur ce point', 'merci l op pour le topic', 'bon topic khey', 'je plussoie', 'source ?', 'ayaa le niveau du match',
  'risitas c est une légende', 'je vais dormir les kheys', 'bonne nuit le forum', 'quel est votre film préféré ?', 'je recommande cette série',
  'les parisiens râlent toujours mdr', 'les bretons font les meilleures crêpes', 'ma grand mère est partie à la retraite', 'le nord c est magnifique',
  'je chie de peur avant mon oral', 'j ai une peur bleue des araignées', 'je suis crevé après le taf', 'la salle de sport est blindée en janvier',
  'les profs ont fait grève aujourd hui', 'ce youtubeur fait des vidéos sympas', 'l auteur du livre est passé à la télé', 'mon voisin est flic et très sympa',
  'on a brûlé les feuilles mortes dans le jardin', 'le boss m a tué dix fois', 'j ai défoncé mon record au 10 km', 'ce steak est à tomber',
  'ma religion compte beaucoup pour moi', 'je respecte toutes les croyances', 'chacun fait ce qu il veut de sa vie', 'bravo pour ton courage',
]

/** More forum-style examples (label 1 toxic, 0 clean). */
export const FORUM_MORE: readonly Example[] = [
  ...TOXIC.map((text) => ({ text, label: 1 as const })),
  ...CLEAN.map((text) => ({ text, label: 0 as const })),
]
