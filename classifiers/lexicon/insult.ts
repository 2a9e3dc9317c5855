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
    ['espece de', 0.9, 'inherent'],
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
    ['personne t a sonne|on t a pas sonne|on t a rien demande|qui t a sonne|personne t a demande|on t as pas sonne|on ta pas sonne|personne ta sonne|personne t as sonne|qui ta sonne|qui t as sonne|on t as rien demande|on ta rien demande|personne t a rien demande|personne t as rien demande', 1.2, 'inherent'],
    // Contempt for a person (plural forms too: « bande de dégénérés »), counted when aimed.
    ['degenere|degeneres|degeneree|degenerees|tare|tares|taree|tarees|malade mental|malades mentaux|debilos|golmon|golmons|mongolito|cas soc|cas sociaux|attarde mental|sous homme|sous hommes|minable|minables|merdique|merdiques|parasites|vermines|michtos|michtonneuses|thots|lopette|lopettes|puceau|puceaux|consanguin|consanguins|decerebre|decerebres|feignasse|feignasses|cagole|cagoles|mal baisee|mal baisees|mal baise|mal baises|beauf|beaufs|trisos|mongols|gogols|vide couilles|larbin|larbins|pignouf|pignoufs|plouc|ploucs|pecore|pecores|gueux|larves|nullos|nullard|nullards|branquignol|branquignols|branleurs|glandeur|glandeurs|tocards|baltringues|crapule|crapules|fripouille|detraque|detraques|detraquee|frustre|frustres|ignare|ignares|inculte|incultes|analphabete|analphabetes|bas du front|niais|niaise|neuneus|clodos|chaudasse|incel|incels', 1.5, 'target'],
    ['[t|tu] [as] [cru|crus] [t|tu] [es] [qui]|t es qui toi|t es qui pour|tu te prends pour qui|pour qui tu te prends|tu te crois ou|t as cru t etais qui|t as cru t etais ou', 1.8, 'inherent'],
    // A first name and a nickname of contempt, as group chats write it: « Hugo le gros », « Inès la folle ».
    ['[@name] [le|la|l] [gros|grosse|moche|bolosse|boloss|victime|clocharde|clochard|folle|fou|chelou|crado|crade|puante|puant|dechet|nulle|nul|tchoin|pute|salope|gay|lesbienne|gouine|pd|handicape|handicapee|autiste|mongol|triso|singe|arabe|noir|noire|renoi|juif|juive|voilee|terroriste|bebe|pleureuse|pleurnicheuse|poukave|balance|mytho|rat|porc|truie|vache|baleine|thon|cachalot|grosse vache|grosse truie|clown|cassos|pauvre|sorciere|bigleuse|bigleux|binoclarde|boutonneuse|boutonneux|naine|nain|planche a pain|sans amis|intello|fayot|chouchou]', 2.2, 'inherent'],
    // Animal names aimed at someone: « espèce de rat », « t'es qu'une truie », « Léa la guenon ».
    ['[espece|bande|face|tete|gueule|tronche] [de|d] [rat|rats|porc|porcs|truie|truies|chienne|chiennes|cafard|cafards|cochon|cochons|cochonne|vache|vaches|limace|larve|larves|vermine|hyene|vipere|morue|dinde|boeuf|bourrique|chevre|thon|phoque|blatte|cancrelat|rat d egout|sangsue|chacal|crapaud|singe|guenon|baleine|hippopotame|mammouth|orque|veau|ane|gorille|pou|tique|bouc|mouton|moutons|macaque|babouin|cochon d inde|grosse truie|cafarde]|[es|etes] [un|une|des|qu|que|vraiment|juste] [un|une|des]? [rat|rats|porc|porcs|truie|truies|chienne|chiennes|cafard|cafards|cochon|cochons|cochonne|vache|vaches|limace|larve|larves|vermine|hyene|vipere|morue|dinde|boeuf|bourrique|chevre|thon|phoque|blatte|cancrelat|rat d egout|sangsue|chacal|crapaud|singe|guenon|baleine|hippopotame|mammouth|orque|veau|ane|gorille|pou|tique|bouc|mouton|moutons|macaque|babouin|cochon d inde|grosse truie|cafarde]|[regardez] [la|le|moi|cette|ce] [ce|cette]? [rat|rats|porc|porcs|truie|truies|chienne|chiennes|cafard|cafards|cochon|cochons|cochonne|vache|vaches|limace|larve|larves|vermine|hyene|vipere|morue|dinde|boeuf|bourrique|chevre|thon|phoque|blatte|cancrelat|rat d egout|sangsue|chacal|crapaud|singe|guenon|baleine|hippopotame|mammouth|orque|veau|ane|gorille|pou|tique|bouc|mouton|moutons|macaque|babouin|cochon d inde|grosse truie|cafarde]', 2.8, 'inherent'],
    ['[la|le|cette|ce|cte|cet] [truie|guenon|chienne|cochonne|baleine|morue|rat|cafard|singe|phoque|hyene|vipere|larve|limace|blatte|cafarde|macaque]', 1.4, 'target'],
    // Insults about someone's mother, sister, family.
    ['[ta|sa|vos] [mere|soeur|famille|cousine|tante|daronne] [la|c est|c|est|elle est|elle]? [une|qu une]? [pute|putain|salope|chienne|pouffiasse|traine|catin|grosse|truie|vache|baleine|suceuse|suce|tapine|folle|clocharde|moche|grosse vache|grosse pute|thon|sans dents|cochonne|michto|chaudasse]', 3.0, 'inherent'],
    ['[ta|sa|vos] [mere|soeur|famille|daronne] [fait le trottoir|fait des passes|vend son cul|couche avec tout le monde|suce des bites|suce pour|a suce|se fait passer dessus|travaille sur le trottoir|est sur le trottoir|tapine|en string]|nardin mok|nardine mok|nardin yemak|nardine yemak|nardin bok|nardin din mok|nardin dinek|wald el kahba|ould el kahba|weld el kahba|bent el kahba|bent el kelb|ibn el kahba|yemak|ta mere en slip|ta mere en string|ta mere la sans dents|ta mere la grosse', 3.0, 'inherent'],
    // Arabic-origin and street insults.
    ['kahba|qahba|9ahba|kehba|gahba|kahbat|qahbat|hmar|hmara|hmir|kelb|kalb|klab|sheitan|chitane|chaitane|sheitane|cheitane|chitan|hayawan|cageot|tchoin|tchoins|thot|michto|michtonneuse|pouilleux|pouilleuse|crasseux|crasseuse|puant|puante|clodo|guedin|lepreux|lepreuse|sac a puces|bouseux|bouseuse|fragile|crevard|crevarde|suceur|suceuse|lecheur|lecheuse|lache|lacheur|batard de ta race', 1.8, 'target'],
    ['tu pues|tu pue|tu pu|vous puez|t pue|tu schlingues|tu sens la merde|tu sens le caca|tu sens la mort|tu sens la pisse|tu refoules|tu refoule|ta gueule pue|ton haleine pue', 2.2, 'inherent'],
    ['[elle|il|lui|elle elle|il il] [pue|pu|puent|schlingue|refoule] [trop|grave|tellement|de la gueule|la merde|la mort|le caca|la pisse|sa race|sa mere]?', 1.6, 'target'],
    ['[elle|il] [se] [prend|croit|crois|prends] [pour qui|belle|beau|bonne|intelligente|intelligent|drole|une star|une princesse]|[elle|il] [a|est] [trop|tellement|grave] [moche|bete|conne|con|chelou|bizarre|grosse|gros|degueu|degueulasse]', 1.6, 'target'],
    ['tfou|tfou 3lik|tfou alik|hchouma', 1.0, 'target'],
  ],
}
