/** Sexual harassment, sextortion, threats to share intimate images, revenge porn. */
import type { LexiconGroup } from './types.js'

const IMAGES = 'nudes|nude|nud|photos|photo|pics|pic|videos|video|vids|nus|nues|sextape|snap|snaps|captures|screens'

/** Sexual harassment lexicon. */
export const SEXUAL: LexiconGroup = {
  kind: 'sexual',
  entries: [
    [`[envoie|envoi|envoies|envois|montre|montres|balance|donne|file] [moi|mw|nous]? [tes|des|une|ta|un] [${IMAGES}|seins|fesses|chatte|bite|culotte|corps|boobs]`, 3.0, 'inherent'],
    [`[je|j|on|jvais] ~ [publier|publie|poster|poste|diffuser|diffuse|balancer|balance|envoyer|envoie|partager|partage|leak|leaker|afficher|montrer|mettre] [tes|ta|ton|tes|les|ses] [${IMAGES}|nudes]`, 3.4, 'inherent'],
    [`[tes|ses|leurs] [nudes|nude|sextape] ~ [tourner|circuler|partout|publiees|publier|leak|leaked]?`, 2.6, 'inherent'],
    ['chantage|chantage a la webcam|sextorsion|revenge porn|revengeporn|pornodivulgation|sextape', 2.4, 'inherent'],
    ['[si|sinon] ~ [tu|t] ~ [envoies|envoie|paies|payes|fais|montres] ~ [pas]?', 0.8, 'inherent'],
    ['tout le monde va [voir|voire] [tes|ta|ton]|tout le lycee va voir|tout le college va voir|tout le bahut va voir', 2.6, 'inherent'],
    ['suce|suces|sucer|pipe|turlute|branle|branler|baiser|baise|baise moi|je vais te baiser|je vais te violer|viol|violer|violee|te prendre|ta chatte|ta bite|tes seins|ton cul|ta schneck|sodomiser|chaudasse|chaudes|chaudasses|bonne a baiser|salope en chaleur|nympho|fille facile|allumeuse|sale allumeuse', 2.4, 'target'],
    ['[t|tu] [es|est] [bonne|chaude|chaudasse]|[t|tu] [suces|baises|couches]|[combien] [tu|t] [prends|prend|suces]|tu suces combien|elle suce|elle a suce|elle couche avec tout le monde|elle se fait passer dessus', 2.6, 'inherent'],
    ['webcam|cam|nudes|nude|photos intimes|photo intime|videos intimes|video intime|image intime|images intimes', 0.6, 'inherent'],
    // A woman named and wished in bed: « la caissière, je la prendrais bien sur le tapis », « elle est passée sur toute l'équipe ».
    ['[je|j|moi je|perso je] [la|me la] [baiserais|sauterais|defoncerais|tringlerais|culbuterais|demonterais|baiserais bien|sauterais bien|defoncerais bien]|[je|j|moi je|perso je] [la|me la] [prendrais bien|ferais bien|taperais bien|prendrais|taperais] [sur|contre|derriere|a quatre pattes|en levrette|sur le|sur la|sur son|sur sa|contre le|contre la]|[elle est passee sur|est passee sur|s est tapee|s est fait passer dessus par|s est faite passer dessus par] [tout le|toute la|toute l|tous les|la moitie du|la moitie de la] [quartier|lycee|college|bahut|equipe|classe|mecs|gars|club|promo|cite|vestiaire|fac|boite|equipe de foot|equipe de rugby]', 2.6, 'inherent'],
    // Sexual taunts about someone's mother or sister, sexual verbs in SMS and slang forms.
    ['[baise|baiser|baisee|nique|niquer|ken|kene|encule|enculer|defonce|defoncer|bz|bzz|bez|fourre|fourrer|saute|sauter|pine|piner|tringle|tringler|demonte|demonter] [ta|sa|vos] [mere|soeur|cousine|meuf|copine|grand mere|famille|tante]', 3.0, 'inherent'],
    ['[elle|t|tu|soeur|mere] [a|as|elle] [suce|sucer|pompe|pomper|ken|baise] [tout|toute|tous|la moitie|le bahut|tout le|toute la|tous les|des bites|des queues|des mecs|pour|contre|derriere le|dans les toilettes]|[elle|tu] [suce|suces|pompe|pompes] [tout|toute|tous|la moitie|le bahut|tout le|toute la|tous les|des bites|des queues|des mecs|pour|contre|derriere le|dans les toilettes]', 2.8, 'inherent'],
    ['[t|tu|elle] [es|est] [une]? [tchoin|fille facile|marie couche toi la|vide couilles|sac a foutre|suceuse|cochonne|chaudasse|salope|pute]|suce ma|suce moi|suce mon|viens me sucer|tu suces bien|elle suce bien|elle suce des bites|tu suces des bites|grosse suceuse|ta bouche c est pour sucer|montre ton cul|montre ta chatte|montre ta bite|montre ton zizi|montre ta teub|je vais te ken|on va te ken|on va te passer dessus|on va te prendre a plusieurs|tournante', 2.8, 'inherent'],
  ],
}
