/** Death and violence threats. */
import type { LexiconGroup } from './types.js'

const HARM =
  'tuer|tue|tuerai|tuerais|buter|bute|buterai|crever|defoncer|defonce|defoncerai|massacrer|massacre|egorger|egorge|planter|plante|' +
  'poignarder|poignarde|fumer|frapper|frappe|taper|tape|cogner|bruler|brule|eclater|eclate|demonter|demonte|saigner|tabasser|tabasse|' +
  'lyncher|decapiter|etrangler|abattre|flinguer|shooter|soulever|casser|briser|niquer|exploser|explose|fracasser|achever|arracher|' +
  'violer|viole|lapider|bolosser|agresser|detruire|marave|maraver|hagar|hagrer|niquer|saccager|fracasser|' +
  'defigurer|faire souffrir|couper la langue|couper les doigts|faire tomber|pousser dans les escaliers|noyer|etouffer|bruler vif|tirer dessus|egorger|crever les yeux|faire la misere'

/** Threat lexicon. */
export const THREAT: LexiconGroup = {
  kind: 'threat',
  entries: [
    [`[vais|va|vas|vont|allons|allez|veux|voudrais|vai|jvais|jv|vé|vè] ~ [te|t|vous] [${HARM}]`, 3.2, 'inherent'],
    [`[je|j|on|jte|moi|nous] ~ [te|t|vous] [${HARM}]`, 2.8, 'inherent'],
    [`[jte|jvous|jtai] [${HARM}]`, 2.8, 'inherent'],
    [`[${HARM}] [ta|tes|ton|ta] [mere|soeur|famille|race|frere|pere|gueule|tete|dents|morts|chien|chat]`, 3.0, 'inherent'],
    ['[casser|peter|exploser|eclater|defoncer|refaire|arracher|niquer] [la|ta|les|tes|ton] [gueule|tete|tronche|figure|face|dents|jambes|bras|portrait|nez]', 2.4, 'inherent'],
    ['[t|tu] [es|est|e] [mort|morte|morts|foutu|foutue|fini|finie]', 2.6, 'inherent'],
    ['[t|tu] [es|est] [un|une] [homme|femme|fille|mec|meuf] [mort|morte]', 2.8, 'inherent'],
    ['[tu|vous] [vas|va|allez] [le|la|me|nous]? [mourir|crever|souffrir|morfler|regretter|payer|saigner|pleurer|prendre]', 2.6, 'inherent'],
    ['[on|je|j|nous] [sait|sais|savons|connait|connais] [ou|ou] [tu|t|vous] [habites|habite|vis|dors|es|etudies|vas]', 3.0, 'inherent'],
    ['[on|je|j] [t|te] [attend|attends|attendra]', 2.0, 'inherent'],
    ['a la sortie|devant le college|devant le lycee|devant chez toi|devant ton bahut', 0.9, 'inherent'],
    ['[je|on|jvais] [vais|va]? [venir|passer|debarquer] [chez] [toi|vous]', 2.6, 'inherent'],
    ['fais gaffe a toi|fait gaffe a toi|fais attention a toi|gare a toi|tu perds rien pour attendre|tu paies rien pour attendre|surveille tes arrieres|tu vas voir ce que tu vas voir', 2.6, 'inherent'],
    ['faire la peau|te faire la peau|une balle dans|balle dans la tete|coup de couteau|coups de couteau|coup de poing|te saigner|t enterrer|six pieds sous terre', 2.6, 'inherent'],
    ['[je|j|on|nous|jvais] [veux|vais|va|allons|voudrais|compte|aimerais] [tous]? [assassiner|exterminer|eliminer|abattre|massacrer|egorger|gazer|lyncher|fusiller|poignarder|decapiter|tuer]|mettre fin a la vie|mettre fin a leur vie|mettre fin a ta vie|je vais tous les|je veux tous les', 2.4, 'inherent'],
    ['mort a|mort aux|a mort|je vous tuerai|je te tuerai|je vais tous vous tuer', 2.8, 'inherent'],
    ['[doit|doivent|devrait|devraient|merite|meritent|faut] [mourir|crever|disparaitre|la mort|etre tue|etre tues|etre tuee|etre tuees|etre brule|etre brules]', 3.0, 'inherent'],
    // Intimidation without a single insult word: meeting up to fight, « tu vas le payer », « on sait où t'habites ».
    ['[viens|vien|venez|vener] [en vrai|irl|te battre|te bagarrer|me le dire en face|me dire ca en face|le dire en face|si t es un homme|si t as des couilles|a la sortie|devant le college|devant le lycee|derriere le gymnase|on se bat|on se tape|regler ca]', 2.6, 'inherent'],
    ['[on|je] [se|s|te|t] [voit|verra|capte|attrape|chope|recupere|attend|attends|guette|guettera] [a la sortie|apres les cours|devant le college|devant le lycee|devant le bahut|derriere le gymnase|demain a la sortie|lundi a la sortie|en bas de chez toi]', 1.4, 'inherent'],
    ['tu rentreras pas chez toi|tu rentreras pas entier|tu rentreras pas entiere|tu vas pas rentrer chez toi|tu rentres pas chez toi ce soir|tu rentres pas entier|tu reviendras pas|on va t attendre', 2.6, 'inherent'],
    ['dis le en face|dis moi ca en face|redis le en face|repete pour voir|repete si t es un homme|tu fais moins le malin|tu feras moins le malin|tu vas moins rigoler|tu rigoleras moins|tu vas pleurer ta mere|tu vas appeler ta mere', 2.2, 'inherent'],
    ['[tu|vous|t] [vas|va|allez] [me|nous]? [le|la]? [payer|regretter|sentir passer|prendre cher|morfler|deguster|voir ce qui va t arriver|finir a l hopital|finir aux urgences|finir dans un fosse|pas rentrer chez toi|te faire tabasser|te faire defoncer|te faire eclater|te faire demonter|te faire frapper|te faire massacrer|te faire niquer|te faire marave|le sentir passer]', 2.8, 'inherent'],
    ['[t|tu|vous] [as|avez] [interet|int] [a|de]? [courir|te cacher|changer de college|changer d ecole|pas venir|plus venir|pas sortir|faire gaffe|te taire|fermer ta gueule|rester chez toi|te planquer|pas revenir|plus revenir]', 2.6, 'inherent'],
    ['[on|je|j|nous] [sait|sais|connait|connais] [ou] [t habites|tu habites|habites|tu vis|tu dors|t dors|vit ta mere|habite ta mere]|[on|je|j|nous] [a|ai|connait|connais] [ton adresse|ta maison]', 2.8, 'inherent'],
    ['ta vie va devenir un enfer|je vais te pourrir la vie|on va te pourrir la vie|on va te faire vivre un enfer|je vais te faire vivre un enfer|tu vas vivre un enfer|je vais faire de ta vie un enfer|dors que d un oeil|tu dormiras plus tranquille|fais tes adieux|tu verras pas la fin de l annee|tu finiras pas l annee|tu vas plus marcher|on va te regler ton compte|je vais te regler ton compte|on va s occuper de toi|je vais m occuper de ton cas|on va s occuper de ton cas|mes grands vont|mon grand frere va te|mes grands freres vont|on est nombreux a t attendre|on sera plusieurs|tu vas comprendre ta douleur|tu vas voir ta gueule', 2.6, 'inherent'],
    ['[vais|va|vas|allons] [te|t] [afficher|humilier|enterrer|faire la misere|faire regretter|faire payer|faire du mal|faire mal|ken|plomber|allumer|faire la misere]', 2.8, 'inherent'],
    ['[ca|sa] [va] [tres|vraiment|grave]? [mal se passer|mal finir|mal tourner|chauffer|barder|saigner|cogner|faire mal|etre ta fete|etre ton tour] [pour]? [toi|ta gueule|vous|ta face]?|c est ton tour demain|ce sera ton tour', 2.4, 'inherent'],
    ['tu seras jamais tranquille|tu seras plus jamais tranquille|t es plus en securite|t es en danger|je t ai a l oeil|on t a a l oeil|on te surveille|on te suit|on se reverra|on va se revoir|on sait qui est ta soeur|on sait qui est ta mere|on va ruiner ta vie|je vais ruiner ta vie|on va te faire passer l envie|je vais te faire passer l envie|tu vas plus jamais sourire|on est en bas de chez toi|on est en bas de ton immeuble|on est devant chez toi|sors on est la|descends on est la|on va jeter ton corps|on va te faire disparaitre|personne te retrouvera|je ramene un couteau|je ramene mon couteau|je ramene un flingue|jvais ramener mon couteau|on va te tirer dessus|une balle dans ta tete|tu vas finir comme|je vais te faire la misere|on va te faire la misere', 2.6, 'inherent'],
    ['[viens|descends|sors] [dehors|en bas|devant]? [si t es un homme|si t as des couilles|si t es un bonhomme|si t es un vrai|si t oses]', 2.4, 'inherent'],
  ],
}
