/** Death and violence threats. */
import type { LexiconGroup } from './types.js'

const HARM =
  'tuer|tue|tuerai|tuerais|buter|bute|buterai|crever|defoncer|defonce|defoncerai|massacrer|massacre|egorger|egorge|planter|plante|' +
  'poignarder|poignarde|fumer|frapper|frappe|taper|tape|cogner|bruler|brule|eclater|eclate|demonter|demonte|saigner|tabasser|tabasse|' +
  'lyncher|decapiter|etrangler|abattre|flinguer|shooter|soulever|casser|briser|niquer|exploser|explose|fracasser|achever|arracher|' +
  'retrouver|retrouve|choper|chope|violer|viole|lapider|bolosser|agresser|detruire'

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
    ['a la sortie|devant le college|devant le lycee|devant chez toi|devant ton bahut', 1.0, 'inherent'],
    ['[je|on|jvais] [vais|va]? [venir|passer|debarquer] [chez] [toi|vous]', 2.6, 'inherent'],
    ['fais gaffe a toi|fait gaffe a toi|fais attention a toi|gare a toi|tu perds rien pour attendre|tu paies rien pour attendre|surveille tes arrieres|tu vas voir ce que tu vas voir', 2.6, 'inherent'],
    ['faire la peau|te faire la peau|une balle dans|balle dans la tete|coup de couteau|coups de couteau|coup de poing|te saigner|t enterrer|six pieds sous terre|te retrouver|on va te trouver', 2.6, 'inherent'],
    ['[je|j|on|nous|jvais] [veux|vais|va|allons|voudrais|compte|aimerais] [tous]? [assassiner|exterminer|eliminer|abattre|massacrer|egorger|gazer|lyncher|fusiller|poignarder|decapiter|tuer]|mettre fin a la vie|mettre fin a leur vie|mettre fin a ta vie|je vais tous les|je veux tous les', 2.4, 'inherent'],
    ['mort a|mort aux|a mort|je vous tuerai|je te tuerai|je vais tous vous tuer', 2.8, 'inherent'],
    ['[doit|doivent|devrait|devraient|merite|meritent|faut] [mourir|crever|disparaitre|la mort|etre tue|etre tues|etre tuee|etre tuees|etre brule|etre brules]', 3.0, 'inherent'],
  ],
}
