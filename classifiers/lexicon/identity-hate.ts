/**
 * Identity hate: slurs (aimed by themselves), group names and hateful
 * predicates that become identity hate when they meet in one sentence.
 */
import type { LexiconGroup } from './types.js'

/** Slurs and hateful phrases that stand on their own. */
export const IDENTITY_HATE: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    ['bicot|bicots|bougnoule|bougnoules|negro|negros|negre|negres|negresse|bamboula|youpin|youpins|youpine|chinetoque|chinetoques|niakoue|raton|ratons|macaque|travelo|travelos|feuj de merde|sale juif|sale juive|sale arabe|sale noir|sale noire|sale renoi|sale rebeu|sale beurette|sale musulman|sale musulmane|sale chinois|sale chinoise|sale rom|sale gitan|sale gitane|sale blanc|sale blanche|sale pede|sale gouine|sale tranny|sale trans|sale handicape|sale mongol|sale immigre|sale migrant|sale feministe|sale homo', 3.4, 'inherent'],
    ['pede|pedes|pd|tapette|tapettes|tarlouze|tarlouzes|fiotte|fiottes|tafiole|gouine|gouines|goudou|transexuel de merde|zamel|zemel|zamal|zamels', 2.0, 'target'],
    ['votre espece|ton espece|leur espece|cette espece|votre race|leur race|cette race|sous race|sous races|race inferieure|races inferieures', 2.2, 'inherent'],
    ['retourne dans ton pays|retourne chez toi|rentre dans ton pays|rentrez chez vous|retournez dans votre pays|retourne en afrique|retourne au bled|dehors les|la france aux francais|remigration|grand remplacement|rentre au bled', 2.8, 'inherent'],
    ['[les] [femmes|filles|meufs] [c est|c] [fait pour|bon qu a] [la cuisine|faire la cuisine|faire le menage|le menage|les gosses|se taire]|retourne a la cuisine|va faire la vaisselle|retourne faire la vaisselle|femme au foyer', 2.4, 'inherent'],
    ['[pire|pires] [que]? [les]? [juifs|arabes|noirs|pedes|gays]|[comme] [un|une] [juif|arabe|noir|negre|singe|pede]', 1.0, 'inherent'],
    ['[c|t|tu] [est|es]? [un|une]? [handicape|handicapee|autiste|trisomique|mongol] [ou quoi|mental|de merde]', 2.0, 'inherent'],
    // Xenophobic frames aimed at a person: « retourne au bled », « t'es même pas français ».
    ['[retourne|retournes|rentre|rentres|repars|reparts|va|vas|retournez|rentrez|degage] [dans|au|en|a|sur|chez] [ton|ta|tes|votre|leur]? [pays|bled|afrique|algerie|maroc|tunisie|senegal|mali|cote d ivoire|congo|cameroun|turquie|chine|roumanie|brousse|jungle|desert|cage|arbre|bateau|pirogue|radeau|zoo|tribu|cite|village|pays de merde|douar|chameau|favela|campement|camp]', 2.8, 'inherent'],
    ['retourne a la nage|rentre a la nage|t es meme pas francais|t es meme pas francaise|t es pas francais|t es pas francaise|t es pas un vrai francais|la france on l aime ou on la quitte|rentre chez tes parents au bled|retourne voler des scooters|retourne voler|tu vas voler mon portable|va cueillir le coton|retourne cueillir le coton|cueilleur de coton|cueilleuse de coton|retourne dans ta case|va dans ta case|sale clandestin|sale sans papiers|sans papiers va|clandestin va', 2.8, 'inherent'],
    // Antisemitic, islamophobic, anti-Black and anti-Asian jibes; atrocities invoked as a joke at someone.
    ['[direction|file|go] [le|la|au]? [four|fours|four crematoire|chambre a gaz|camp de concentration|camps de concentration|auschwitz]|[toi|vous] [au] [four|fours]|[va|vas|retourne|rentre|allez] [au] [four|fours]|[va|vas|retourne|rentre|allez] [dans] [le|la|un|une] [four|chambre a gaz|camp de concentration]|[four|fours] [pour] [toi|vous|ta famille]|[te|t|vous] [gazer|envoyer au four|mettre au four|deporter|remettre des chaines|remettre les chaines|renvoyer au four]|[hitler|adolf] [avait raison|aurait du finir|a oublie|a rate|t a rate|t a oublie]|[dommage qu|dommage que] [hitler|adolf|les nazis]|six millions c est pas assez|la shoah c etait pas assez|pas assez de juifs|t as echappe au four|t as survecu au four|ton grand pere a rate le four|ta famille a rate le four|etoile jaune', 3.2, 'inherent'],
    ['radin comme un juif|radin de juif|t es radin comme|va compter tes sous|va compter ton argent|nez de juif|gros nez de juif|long nez|youtre|youtres', 2.6, 'inherent'],
    ['[es] [un|une] [terroriste|kamikaze|daechien|taliban|djihadiste]|[es] [terroriste|kamikaze|daechien|taliban|djihadiste|ben laden]|tu vas nous faire exploser|tu vas faire exploser le college|tu vas faire sauter le college|tu vas faire peter le college|bombe dans ton sac|t as une bombe|allahu akbar boum|allah akbar boom|ninja en voile|enleve ton voile|enleve ta serpilliere|sac poubelle sur la tete|serpilliere sur la tete|tete de serpilliere|bouffeur de couscous|mangeur de couscous|sale bicot|sale crouille|sale raton', 2.6, 'inherent'],
    ['singe|singes|guenon|guenons|babouin|gorille|orang outan|chimpanze|primate|kirikou|banania|noiraud|noiraude|negrillon|negrillonne|esclave|bride|bridee|manouche|romano|voleur de poules', 2.0, 'target'],
    ['ouh ouh ouh|ou ou ou ah ah|tu sors du four|couleur caca|couleur de caca|tu sors de la cheminee|charbon sur pattes|pneu brule|ching chong|tching tchong|mange ton chien|mangeur de chien|mangeur de chat|coronavirus ambulant|le covid c est toi', 2.4, 'inherent'],
  ],
}

/** Names of protected groups (plural and singular). */
export const GROUPS: LexiconGroup = {
  kind: 'group',
  entries: [
    ['femmes|femme|filles|meufs|feministes|feministe|trans|transgenres|transgenre|transsexuels|gays|gay|homos|homo|homosexuels|homosexuel|homosexuelles|lesbiennes|lesbienne|bisexuels|lgbt|lgbtq|noirs|noir|noires|noire|blacks|renois|arabes|arabe|rebeus|rebeu|reubeu|reubeus|maghrebins|africains|africain|asiatiques|asiatique|chinois|juifs|juif|juives|juive|musulmans|musulman|musulmanes|musulmane|islamistes|chretiens|catholiques|roms|rom|gitans|gitan|migrants|migrant|immigres|immigre|immigrants|etrangers|refugies|refugie|handicapes|handicape|handicapees|autistes|trisomiques|personnes handicapees|personnes trans|personnes noires|beurettes|blancs|blanches', 0, 'inherent'],
  ],
}

/** Hateful predicates about a group ("je déteste les …", "… sont des rats"). */
export const HATE_PREDICATES: LexiconGroup = {
  kind: 'hate_pred',
  entries: [
    ['deteste|detestes|detestons|hais|hait|haissons|meprise|mepris|vomis|vomi|degoute|degoutent|degouts|supporte pas|supporte plus|peux pas supporter|peux pas voir|peux plus voir|horreur des|dois pas etre|gerbe', 2.0, 'inherent'],
    ['rien de bon|rien de bien|apportent rien|apporte rien|savent rien faire|sait rien faire|[devraient|doivent|devrait|doit] [pas|jamais] [avoir|faire] [d enfants|des enfants|le droit|de droits|la parole]|haine [envers|pour|contre]|puent|pue|servent a rien|sert a rien|souhaite la mort|souhaiter la mort|veux la mort|voudrais la mort|[meritent|merite|doivent|devraient] [de]? [mourir|crever|disparaitre|souffrir|bruler]|[veux|voudrais|souhaite|faut] [que] [tous|toutes]? [les|ces]? ~ [meurent|crevent|disparaissent|degagent|brulent]|repugne|repugnent|ecoeure|ecoeurent|[me|m] [rendent|rend|donnent|donne] [malade|la nausee|envie de vomir|envie de gerber]|[me|m] [font|fait] [gerber|vomir|horreur]|abomination|abominations|fardeau|un fardeau|des fardeaux|des objets|que des objets|erreur de la nature|erreurs de la nature|contre nature|une tare|des tares|une honte pour', 2.0, 'inherent'],
    ['[devraient|doivent|faudrait|faut|meritent|merite|merite d|meritent d] [tous|toutes]? [etre]? [abattus|abattues|enfermes|enfermees|battus|battues|frappes|frappees|tabasses|tues|tuees|pendus|pendues|fusilles|gazes|deportes|chasses|chassees|expulses|sterilises|castres|brules|brulees|lapides|lynches|exclus|exclues|interdits|interdites|punis|punies|enchaines|soignes|internes|isoles|parques]', 2.6, 'inherent'],
    ['[sont|est|etes] [ils|elles|il|elle]? [tous|toutes|si|tellement|aussi|vraiment|trop|juste|bien|forcement]? [tous|toutes|si|tellement|aussi|vraiment|trop|juste|bien|forcement]? [des|de la|de|une|un|que des|qu des]? [monstres|monstre|pervers|perverses|barbares|menteurs|menteuses|voleuses|fourbes|hypocrites|laches|degoutants|degoutantes|sales|puants|puantes|arrieres|arrieree|arrierees|attardes|attardees|deviants|deviantes|tares|tarees|fous|folles|hysteriques|feignants|feignantes|assistes|profiteurs|envahisseurs|nuisibles|rats|rats|rat|animaux|animal|betes|cafards|cafard|parasites|parasite|vermine|dechets|dechet|ordures|merdes|sous hommes|singes|singe|porcs|chiens|chiennes|maladie|cancer|peste|fleau|virus|inferieurs|inferieures|inferieur|degenere|degeneres|degenerees|malades|dangereux|dangereuses|criminels|terroristes|violeurs|voleurs|sales|sauvages|primitifs|stupides|idiots|idiotes|debiles|nuls|nulles|inutiles|abominables|degoutants|degoutantes|repugnants|repugnantes|pathetiques|une plaie|un probleme|une menace|le probleme|une honte|des moins que rien]', 2.2, 'inherent'],
    ['[faut|faudrait|devrait|devraient|doivent|il faut] [tous]? [tuer|exterminer|eliminer|gazer|bruler|deporter|expulser|virer|enfermer|chasser|pendre|mourir|crever|disparaitre|degager|se taire|pas avoir de droits|etre exterminees|etre exterminees]', 2.8, 'inherent'],
    ['mort aux|a mort les|dehors les|crevez|exterminez|gazez|on devrait les|je veux les voir mourir|je voudrais tous les tuer|je vais tous les tuer|tuer les|tuer tous les|n ont rien a faire ici|ont rien a faire ici|n ont rien a faire dans|ont rien a faire dans|n ont rien a faire en|ont rien a faire en|n ont rien a faire chez|ont rien a faire chez|n ont rien a faire parmi|ont rien a faire parmi|pas des humains|pas des etres humains|pas humains|sous humains|ne meritent pas de vivre|meritent pas de vivre|ne valent rien|valent rien|aucune valeur|pas leur place|devraient pas exister|pas le droit d exister', 2.6, 'inherent'],
  ],
}

/** Positive predicates: hateful when negated about a group ("les femmes ne sont pas intelligentes"). */
export const POSITIVE_PREDICATES: LexiconGroup = {
  kind: 'pos_pred',
  entries: [
    ['vrais francais|vraies francaises|vrai francais|vraie francaise|vraies femmes|vraie femme|vrais hommes|vrai homme|intelligent|intelligente|intelligents|intelligentes|capable|capables|competent|competents|competentes|humain|humains|humaines|egaux|egales|bienvenu|bienvenus|bienvenues|respectable|respectables|dignes|digne|fiables|fiable|honnetes|honnete|normaux|normales|normal|utiles|utile|precieux|precieuses|respect|respecte|respecter|respectent|respecterai|respecterais|respecterons|aime|aimer|aiment|aimerai|aimerais|accepte|accepter|accepterai|accepterais|tolererai|supporte|supporter|supportent|blairer|piffrer|encadrer|saquer|sentir|tolere|tolerer|valent|vaut|attirant|attirante|attirants|attirantes|beaux|belles|jolis|jolies|gentils|gentilles|bons|bonnes|sympathiques|talentueux|talentueuses|courageux|courageuses|droit|droits|place|leur place|confiance|egalite', 2.2, 'inherent'],
  ],
}
