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
    ['pede|pedes|pd|tapette|tapettes|tarlouze|tarlouzes|fiotte|fiottes|tafiole|gouine|gouines|goudou|transexuel de merde', 2.0, 'target'],
    ['votre espece|ton espece|leur espece|cette espece|votre race|leur race|cette race|sous race|sous races|race inferieure|races inferieures', 2.2, 'inherent'],
    ['retourne dans ton pays|retourne chez toi|rentre dans ton pays|rentrez chez vous|retournez dans votre pays|retourne en afrique|retourne au bled|dehors les|la france aux francais|remigration|grand remplacement|rentre au bled', 2.8, 'inherent'],
    ['[les] [femmes|filles|meufs] [c est|c] [fait pour|bon qu a] [la cuisine|faire la cuisine|faire le menage|le menage|les gosses|se taire]|retourne a la cuisine|va faire la vaisselle|retourne faire la vaisselle|femme au foyer', 2.4, 'inherent'],
    ['[pire|pires] [que]? [les]? [juifs|arabes|noirs|pedes|gays]|[comme] [un|une] [juif|arabe|noir|negre|singe|pede]', 1.0, 'inherent'],
    ['[c|t|tu] [est|es]? [un|une]? [handicape|handicapee|autiste|trisomique|mongol] [ou quoi|mental|de merde]', 2.0, 'inherent'],
  ],
}

/** Names of protected groups (plural and singular). */
export const GROUPS: LexiconGroup = {
  kind: 'group',
  entries: [
    ['femmes|femme|filles|meufs|feministes|feministe|trans|transgenres|transgenre|transsexuels|gays|gay|homos|homo|homosexuels|homosexuel|homosexuelles|lesbiennes|lesbienne|bisexuels|lgbt|lgbtq|noirs|noir|noires|noire|blacks|renois|arabes|arabe|rebeus|rebeu|maghrebins|africains|africain|asiatiques|asiatique|chinois|juifs|juif|juives|juive|musulmans|musulman|musulmanes|musulmane|islamistes|chretiens|catholiques|roms|rom|gitans|gitan|migrants|migrant|immigres|immigre|immigrants|etrangers|refugies|refugie|handicapes|handicape|handicapees|autistes|trisomiques|personnes handicapees|personnes trans|personnes noires|beurettes|blancs|blanches', 0, 'inherent'],
  ],
}

/** Hateful predicates about a group ("je déteste les …", "… sont des rats"). */
export const HATE_PREDICATES: LexiconGroup = {
  kind: 'hate_pred',
  entries: [
    ['deteste|detestes|detestons|hais|hait|haissons|meprise|mepris|vomis|vomi|degoute|degoutent|degouts|supporte pas|supporte plus|peux pas supporter|peux pas voir|peux plus voir|horreur des|dois pas etre|gerbe', 2.0, 'inherent'],
    ['[sont|est|etes] [des|de la|de|une|un|que des|qu des]? [rats|rat|animaux|animal|betes|cafards|cafard|parasites|parasite|vermine|dechets|dechet|ordures|merdes|sous hommes|singes|singe|porcs|chiens|chiennes|maladie|cancer|peste|fleau|virus|inferieurs|inferieures|inferieur|degenere|degeneres|degenerees|malades|dangereux|dangereuses|criminels|terroristes|violeurs|voleurs|sales|sauvages|primitifs|stupides|idiots|idiotes|debiles|nuls|nulles|inutiles|abominables|degoutants|degoutantes|repugnants|repugnantes|pathetiques|une plaie|un probleme|une menace|le probleme|une honte|des moins que rien]', 2.2, 'inherent'],
    ['[faut|faudrait|devrait|devraient|doivent|il faut] [tous]? [tuer|exterminer|eliminer|gazer|bruler|deporter|expulser|virer|enfermer|chasser|pendre|mourir|crever|disparaitre|degager|se taire|pas avoir de droits|etre exterminees|etre exterminees]', 2.8, 'inherent'],
    ['mort aux|a mort les|dehors les|crevez|exterminez|gazez|on devrait les|je veux les voir mourir|je voudrais tous les tuer|je vais tous les tuer|tuer les|tuer tous les|n ont rien a faire ici|ont rien a faire ici|pas des humains|pas des etres humains|pas humains|sous humains|ne meritent pas de vivre|meritent pas de vivre|ne valent rien|valent rien|aucune valeur|pas leur place|devraient pas exister|pas le droit d exister', 2.6, 'inherent'],
  ],
}

/** Positive predicates: hateful when negated about a group ("les femmes ne sont pas intelligentes"). */
export const POSITIVE_PREDICATES: LexiconGroup = {
  kind: 'pos_pred',
  entries: [
    ['intelligent|intelligente|intelligents|intelligentes|capable|capables|competent|competents|competentes|humain|humains|humaines|egaux|egales|bienvenu|bienvenus|bienvenues|respectable|respectables|dignes|digne|fiables|fiable|honnetes|honnete|normaux|normales|normal|utiles|utile|precieux|precieuses|respecte|respecter|respectent|aime|aimer|aiment|supporte|supporter|supportent|blairer|piffrer|encadrer|saquer|sentir|tolere|tolerer|valent|vaut|attirant|attirante|attirants|attirantes|beaux|belles|jolis|jolies|gentils|gentilles|bons|bonnes|sympathiques|talentueux|talentueuses|courageux|courageuses|droit|droits|place|leur place|confiance|egalite', 2.2, 'inherent'],
  ],
}
