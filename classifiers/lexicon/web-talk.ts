/**
 * Abuse as web comments write it, often in a formal or translated register: an insult said as a
 * predicate (« X est un enfoiré », « vous êtes tous des connards »), an insult word reinforced by
 * « putain de », directed profanity (« vas te faire foutre », « tu peux te le mettre où je pense »), death wishes and threats in the written register (« meurs lentement »,
 * « je te traquerai », « devrait être fusillé »), crude sexual taunts aimed at the reader, and
 * slurs reinforced by « putain de ». Each group adds to the kind of the same name.
 */
import type { LexiconGroup } from './types.js'

/** Person nouns of contempt strong enough to be abuse whenever they are predicated of someone. */
const STRONG = [
  'connard', 'connards', 'connarde', 'connasse', 'connasses', 'salope', 'salopes', 'pute', 'putes', 'encule', 'encules', 'enculee',
  'batard', 'batards', 'batarde', 'pede', 'pedes', 'pd', 'enfoire', 'enfoires', 'enfoiree', 'salaud', 'salauds', 'ordure', 'ordures',
  'trou du cul', 'abruti', 'abrutis', 'abrutie', 'cretin', 'cretins', 'cretine', 'imbecile', 'imbeciles', 'idiot', 'idiots', 'idiote',
  'debile', 'debiles', 'loser', 'losers', 'looser', 'tapette', 'tarlouze', 'fiotte', 'raclure', 'pourriture',
  'vermine', 'sous merde', 'branleur', 'branleurs', 'suceur de queue', 'suceur de queues', 'suceur de bites', 'suceuse de bites',
  'attarde', 'attardee', 'attardes', 'triso', 'nullard',
  'nullite', 'minable', 'minables', 'merdeux', 'merdeuse', 'crevard',
].join('|')

/** Words that make an insult noun louder without changing it (« un putain de », « un vrai », « un sale »). */
const LOUDER = 'putain de|putain d|putains de|vrai|vraie|vrais|vraies|sale|sales|gros|grosse|petit|petite|sacre|sacree|enorme|foutu|foutue|pauvre|simple|veritable'

/** Insults of web comments. */
export const WEB_INSULT: LexiconGroup = {
  kind: 'insult',
  entries: [
    // The insult as a predicate of a third person or a group (« X est un enfoiré », « vous êtes tous les deux des connards »); « tu es un … » is the aimed insult words' own case.
    [`[est|etes|sont|etait|etaient] [vraiment|juste|rien qu|tous|toutes|tous les deux|toutes les deux|decidement|clairement|definitivement|bien|surtout|aussi|toujours|franchement]? [un|une|des|qu un|qu une|que des|qu des] [${LOUDER}]? [${STRONG}]`, 1.9, 'inherent'],
    // « putain de » makes any person word an insult: « putain d'idiot », « un putain de pédé ».
    [`[putain de|putain d|putains de|espece de sale|petit enfoire de|sale petit|sale petite|pauvre petit|pauvre petite] [${STRONG}|nazi|nazis|fasciste|fascistes|raciste|racistes|singe|singes|vandale|troll|malade|taré|nerd|freak|snob|menteur|menteuse|lache|hypocrite]`, 2.2, 'inherent'],
    ['[ferme|fermez|fermes|fermer] [ta|ton|votre|vos|sa] ~ [gueule|gueules|bouche|clapet|bec]', 2.4, 'inherent'],
    // « un gros con », « un énorme con »: the plain word needs its intensifier to be an insult said of someone.
    [`[es|est|etes|sont|etait|e] [un|une|des|qu un|qu une] [${LOUDER}] [con|conne|cons|connes]`, 1.9, 'inherent'],
    // Contempt the reader is told they are: « tu es de la vermine », « tu es un perdant », « t'es un sale raciste ».
    [`[t|tu|vous] [es|etes|e] [vraiment|juste|rien d autre qu|qu|que|tous|toutes]? [un|une|des|de la|du] [${LOUDER}]? [racaille|racailles|perdant|perdante|perdants|rate|ratee|rates|moins que rien|nazi|nazis|fasciste|fascistes|sectaire|troll|zoophile|pedophile|merde|morceau de merde|sous homme|sous hommes|ignorant|ignorante|ignorants|inculte|incultes|creature|vermine|honte|plaie|cancer|nuisance]`, 2.2, 'inherent'],
    [`[bande de|bandes de] [${LOUDER}]? [${STRONG}|cons|connes|tares|fous|folles|incultes|cancrelats]`, 2.2, 'inherent'],
    // « un inculte comme toi », « des racailles dans ton genre ».
    [`[${STRONG}|con|cons|inculte|incultes|ignorant|ignorants|raciste|racistes|racaille|racailles|nazi|nazis|fasciste|sectaire|menteur|menteurs|clown|clowns|troll|trolls|vandale|vandales|rate|rates|ratee|perdant|perdants] [comme toi|comme vous|comme lui|comme elle|comme eux|dans ton genre|de ton espece|de ton genre|de votre espece|de votre genre]`, 2.0, 'inherent'],
    // A vocative: « Hé connard », « Salut enfoiré », « écoute, abruti ».
    [`[he|hey|eh|oh|ho|salut|bonjour|coucou|ecoute|ecoutez|yo|merci] [${STRONG}]`, 2.2, 'inherent'],
    ['[gros|grosse|vieux|vieille|vieil|petits|petites|p tit|p tits|le dernier des|la derniere des] [con|conne|cons|connes|connard|connards|connasse|salope|cretin|cretine|abruti|abrutie|pede|pedes|pd|enfoire|enfoires|encule|batard]', 1.9, 'inherent'],
    // Contempt thrown at the reader: « je te pisse dessus », « tu racontes des conneries ». (« ton … de merde » and « je t'emmerde » are left to
    // the model: as often said of fries, homework or a series, and « je t'emmerde avec mes questions » apologises.)
    ['je te pisse dessus|je vous pisse dessus|je te chie dessus|je vous chie dessus|tu me casses les couilles|vous me cassez les couilles|tu me les brises|vous me les brisez|tu me les casses', 2.0, 'inherent'],
    ['[tu|vous|t] [racontes|raconte|racontez|dis|dites|ecris|ecrivez|debites|debitez] [que]? [des|de la|que des|n importe quelles] [conneries|connerie|merde|merdes|foutaises|aneries|betises de gamin]', 1.6, 'inherent'],
    ['morceau de merde|tas de merde|pile de merde|bout de merde|pompe a merde|fouteur de merde|grosses merdes|petites merdes|trous du cul|trou de balle', 2.2, 'target'],
    // Directed profanity beyond « va te faire foutre ».
    ['vas te faire foutre|va te foutre|vas te foutre|aller te faire foutre|allais te faire foutre|aller vous faire foutre|aller se faire foutre|allez vous faire voir|va te faire mettre|allez vous faire mettre|va rotir en enfer|va bruler en enfer', 2.4, 'inherent'],
    ['[tu|vous] [peux|pouvez] [te|vous] [le|la|les] [mettre|foutre|carrer|garder] [ou je pense|dans le cul|au cul|dans ton cul|dans votre cul|bien profond]|[mets|mettez|fous|foutez|carre|carrez|enfonce|enfoncez|fourre|fourrez] [toi|vous|le|la|les|le toi|la toi|les toi|le vous] ~ [ou je pense|dans le cul|au cul|dans ton cul|dans votre cul|bien profond]|[fous|mets|carre] [le|la|les] [toi|vous] [dans le cul|ou je pense|au cul]', 2.6, 'inherent'],
  ],
}

/** Threats and death wishes of web comments. */
export const WEB_THREAT: LexiconGroup = {
  kind: 'threat',
  entries: [
    ['meurs lentement|meurs en enfer|meurs et|meurs donc|meurs vite|meurs dans|brule en enfer|brulez en enfer|pourris en enfer|pourrissez en enfer|crame en enfer|crevez en enfer|noie toi|noyez vous|va te noyer|allez vous noyer|tu devrais crever|tu devrais te tuer|tu merites la mort|tu ne merites pas de vivre|tu ne merites pas d etre en vie|tu merites pas d etre en vie|vous meritez de mourir|vous meritez la mort', 3.0, 'inherent'],
    ['[j espere|je souhaite|j aimerais|je prie pour|vivement] [que|qu] [tu|vous|il|elle|ils] [mourras|creveras|sois mort|sois morte|soyez morts|meurs|meure|meurent|mourez|creves|creve|crevent|crevez|brules|brule|brulent|vas mourir|va mourir|vont mourir|vas crever|va crever|allez mourir|attrapes le cancer|attrape le cancer|te fasses ecraser|se fasse ecraser|te fasses tuer|se fasse tuer|te fasses violer|se fasse violer]', 3.0, 'inherent'],
    ['ta mort est proche|tes jours sont comptes|pourquoi tu ne meurs pas|pourquoi tu meurs pas|pourquoi tu ne creves pas|pourquoi tu creves pas|quand tu creveras|danser sur ta tombe|danserai sur ta tombe|cracher sur ta tombe|pisser sur ta tombe|chier sur ta tombe|regarde par dessus ton epaule|regarde derriere toi|je sais ou tu vis|je sais ou tu habites|je trouverai ou tu vis|je trouverai ou tu habites|decouvrir ou tu vis|decouvrir ou tu habites|bruler ta maison|incendier ta maison|mettre le feu a ta maison|mettre le feu chez toi', 3.0, 'inherent'],
    ['[je|j|on|nous] [vais|va|allons|vas]? [te|t|vous] [traquer|traquerai|traquera|pourchasser|pourchasserai|detruirai|detruira|detruis|mettre en pieces|mettrai en pieces|reduire en miettes|reduire en bouillie|egorgerai|tabasserai|frapperai|cognerai|defoncerai|eclaterai|pendre|pendrai|trancher la gorge|arracher la tete|couper la tete|couper la gorge|faire la peau|tirer une balle|loger une balle|exploser la tete|eclater la tete|bruler vif|brulerai|botter le cul|bottrai le cul|tirer dessus|tire dessus|tirer dans la tete|faire pendre|fais pendre|forcer a manger]', 3.0, 'inherent'],
    ['tu vas le regretter amerement|quelque chose de mal va t arriver|il va t arriver malheur|ceci est une menace|je te conseille de faire attention|je te conseille de faire gaffe|je vous conseille de faire attention', 2.4, 'inherent'],
    ['[tu|vous] [devrais|devriez|dois|devez] [juste|simplement|vraiment|aller|bien]? [mourir|crever|te tuer|vous tuer|te pendre|vous pendre|etre tue|etre tuee|etre tues|etre abattu|etre pendu|bruler en enfer|pourrir en enfer]', 3.0, 'inherent'],
    // Only what is done to people: « abattre », « castrer », « exterminer » are as often said of a tree, a pet or hornets (« il faut le faire castrer »).
    ['[doit|doivent|devrait|devraient|merite|meritent|faudrait|faut] [etre|les|le|la|l] ~ [fusille|fusillee|fusilles|fusillees|fusiller|pendu|pendue|pendus|pendre|execute|executee|executes|executer|gaze|gazes|gazer|lapide|lapidee|lapides|lapider|egorge|egorges|egorger|mange vivant|mangee vivante|manges vivants|brule vif|brulee vive|brules vifs|bruler vifs]', 2.8, 'inherent'],
  ],
}

/** Crude sexual taunts aimed at the reader. */
export const WEB_SEXUAL: LexiconGroup = {
  kind: 'sexual',
  entries: [
    ['suce ma bite|suce ma queue|suce mes couilles|suces ma bite|suces ma queue|suce des bites|suces des bites|sucer des bites|suce des queues|suces des queues|sucer des queues|suceur de bites|suceur de queue|suceur de queues|suceuse de bites|suceuse de queues|tu craches ou tu avales|leche mes couilles|leche mon cul|leche le cul|leche les couilles|lecher le cul|lecher les couilles|leche le trou du cul|lecher le trou du cul|te fourrer dans le cul|te la mettre dans le cul|te le mettre dans le cul|une queue dans le cul|des queues dans le cul|des bites dans le cul|une bite dans le cul|ma bite dans ta|ma queue dans ta', 2.6, 'inherent'],
  ],
}

/** Slurs reinforced by « putain de »: « putain de juif », « putains d'Allemands ». */
export const WEB_IDENTITY: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    // Sending people « back to their country »: « partez de notre pays », « on ne veut pas de vous, les … ».
    ['partez de notre pays|quittez notre pays|quitte notre pays|sortez de notre pays|degagez de notre pays|dehors de notre pays|hors de notre pays|rentrez dans votre pays|rentrez chez vous dans votre pays|retournez dans vos pays|rendez vous dans votre pays|on ne veut pas de vous dans ce pays|nous ne voulons pas de vous dans ce pays|on ne veut pas de vous les|nous ne voulons pas de vous les', 2.6, 'inherent'],
    ['[putain de|putain d|putains de|putains d|espece de] [juif|juive|juifs|juives|musulman|musulmane|musulmans|arabe|arabes|noir|noire|noirs|negre|negres|nègre|gay|gays|homo|homos|lesbienne|lesbiennes|allemands|mexicain|mexicains|asiatique|asiatiques|africain|africains|immigre|immigres|migrant|migrants|catholique|catholiques|chretien|chretiens|athee|athees|americain|americains|russes|indien|indiens|pakistanais|turcs|gitan|gitans|rom|roms|transsexuel|trans|homosexuel|homosexuels|bouffeur de curry|bouffeurs de curry]', 2.6, 'inherent'],
  ],
}
