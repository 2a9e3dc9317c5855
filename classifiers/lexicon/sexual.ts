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
    ['suce|suces|suce moi|suce ma|sucer|pipe|turlute|branle|branler|baiser|baise|baise moi|je vais te baiser|je vais te violer|viol|violer|violee|te prendre|ta chatte|ta bite|tes seins|ton cul|ta schneck|sodomiser|chaudasse|chaudes|chaudasses|bonne a baiser|salope en chaleur|nympho|fille facile|allumeuse|sale allumeuse', 2.4, 'target'],
    ['[t|tu] [es|est] [bonne|chaude|chaudasse]|[t|tu] [suces|baises|couches]|[combien] [tu|t] [prends|prend|suces]|tu suces combien|elle suce|elle a suce|elle couche avec tout le monde|elle se fait passer dessus', 2.6, 'inherent'],
    ['webcam|cam|nudes|nude|photos intimes|photo intime|videos intimes|video intime|image intime|images intimes', 0.6, 'inherent'],
  ],
}
