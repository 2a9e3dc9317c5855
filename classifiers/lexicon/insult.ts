/**
 * Insults, SMS abbreviations included. `target` words count fully only when
 * aimed at someone (second person, a mention, "espèce de", "sale …").
 */
import type { LexiconGroup } from './types.js'

/** Insult lexicon. */
export const INSULT: LexiconGroup = {
  kind: 'insult',
  entries: [
    // aimed by construction
    ['fdp|fils de pute|fils d pute|fille de pute|fdpp|fils de chienne', 3.2, 'inherent'],
    ['ntm|nique ta mere|niquer ta mere|nik ta mere|niquez vos meres|nique ta race|niquer ta race|nik ta race|ntr|nique sa mere|nique sa race', 3.2, 'inherent'],
    ['tg|ftg|vtff|vtf|ta gueule|ta geule|ferme ta gueule|ferme la|fermes la|fermez la|ferme ta bouche|ferme ton clapet', 2.4, 'inherent'],
    ['va te faire foutre|va te faire enculer|va te faire niquer|allez vous faire foutre|va te faire voir', 3.0, 'inherent'],
    ['va chier|casse toi|degage|degages|degagez|barre toi|bouge de la|cassez vous', 1.6, 'inherent'],
    ['ta mere la pute|ta mere la chienne|ta mere est une pute|ta race', 2.2, 'inherent'],
    ['espece de', 1.0, 'inherent'],
    ['[t|tu|vous] [es|est|etes|e] [vraiment|trop|tellement|grave|si]? [nul|nulle|nuls|nulles|naze|nase|inutile|inutiles|pathetique|minable|minables|ridicule|immonde|degueulasse|degeu|degueu|moche|moches|bete|betes|laide|laid|pitoyable]', 2.0, 'inherent'],
    ['tu sers a rien|tu sers a r|tu sers vraiment a rien|tu vaux rien|tu ne sers a rien|vous servez a rien', 2.4, 'inherent'],
    ['sale [pute|chienne|connasse|conne|con|merde|batard|race|porc|truie|traine|tepu|bouffon|bouffonne|pd|folle|garce|mongol|gogol|victime|clochard|cassos|menteuse|menteur|balance|salope|grosse|gros|moche|chien|rat|vache]', 3.2, 'inherent'],
    ['[cette|cte|la|sa] [pute|salope|connasse|conne|chienne|grognasse|pouffiasse|petasse|traine|tepu]', 2.2, 'inherent'],
    ['[ce|cet|le] [batard|connard|fdp|encule|pd|bouffon]', 2.2, 'inherent'],
    // words
    ['pute|putes|tepu|tepus|pouffiasse|pouffe|poufiasse|petasse|grognasse|catin|traine|trainee|chienne|chiennes|salope|salopes|slp|garce', 2.7, 'target'],
    ['salaud|salauds|salop|ordure|ordures|enfoire|enfoiree|enfoires|enfoirees', 2.4, 'target'],
    ['connard|connards|connarde|connasse|connasses|conard|conasse|connar', 2.6, 'target'],
    ['con|conne|cons|connes|couillon|couillonne', 1.6, 'target'],
    ['encule|encules|enculee|enculees|enkule|ncule|enculeur', 2.8, 'target'],
    ['batard|batards|batarde|btrd|batar', 2.6, 'target'],
    ['abruti|abrutie|abrutis|debile|debiles|idiot|idiote|idiots|cretin|cretine|cretins|imbecile|imbeciles|stupide|stupides|nul|nulle|naze', 1.6, 'target'],
    ['teube|tebe|teubes|neuneu|demeure|demeuree|attarde|attardee|attardes|gogol|gogole|mongol|mongole|mongolien|triso|trisomique|autiste', 2.0, 'target'],
    ['bouffon|bouffonne|bouffons|boloss|bolosse|bolos|blaireau|blaireaux|tocard|tocarde|toquard|baltringue|guignol|clown|clochard|clocharde|cassos|kassos|looser|loser|loseuse|victime|schlag|shlag|pauvre type|pauvre fille|pauv con', 1.8, 'target'],
    ['une merde|petite merde|grosse merde|merdeux|merdeuse|sous merde|sousmerde|dechet|dechets|raclure|pourriture|vermine|parasite|vipere|charogne|trou du cul|tdc|trouduc|tete de noeud|tete de con|face de rat|face de cul|sac a merde|sac a foutre', 2.2, 'target'],
    ['chieur|chieuse|casse couille|casse couilles|relou|reloue|pleurnicheuse|pleurnicheur|menteuse|menteur|mytho|mythomane|hypocrite|faux cul|poukave|poucave|poukav|sale gueule|tete de cul|tronche de cake', 1.3, 'target'],
    ['pede|pd|pedes|tapette|tarlouze|fiotte|tafiole|gouine|gouines', 2.8, 'target'],
    ['cheh|sheh|tant pis pour toi|bien fait pour toi|bien fait pour ta gueule', 1.0, 'inherent'],
    ['personne t a sonne|on t a pas sonne|on t a rien demande|qui t a sonne|personne t a demande', 1.2, 'inherent'],
  ],
}
