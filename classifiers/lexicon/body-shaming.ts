/** Body shaming: weight, looks, skin, body parts. */
import type { LexiconGroup } from './types.js'

/** Body-shaming lexicon. */
export const BODY_SHAMING: LexiconGroup = {
  kind: 'body_shaming',
  entries: [
    ['grosse vache|grossevache|gros lard|grolard|gros tas|grosse truie|gros porc|grosse baleine|gros cochon|grosse dinde|gros sac|grosse vache a lait|gros plein de soupe|boule de graisse|tas de graisse|sac d os|planche a pain|face de pizza|calculatrice|tete de pizza|gueule de pizza|bouton sur pattes|bouton sur patte|boutons sur pattes|tas de gras', 3.0, 'inherent'],
    ['[la|cette|cte|sale|une|espece] [de]? [grosse|grasse|obese|baleine|truie|boudin|moche|laide]', 2.4, 'inherent'],
    ['grasse|obese|obeses|baleine|baleines|cachalot|truie|truies|boudin|boudins|thon|thons|moche|moches|mocheté|mochete|laide|laid|laideron|squelette|anorexique|mannequin raté|boutonneux|boutonneuse|grosse merde|gros con|grosse conne|gros batard|grosse pute|grosse salope|grosse chienne|gros naze|bouledogue|cochon|porc|dinde|hippopotame|phoque|mammouth|elephant|lard|bide', 1.6, 'target'],
    ['[t|tu|elle|vous] [es|est|etes|a|as] [trop|tellement|vraiment|grave|si|une|un|hyper]? [grosse|gros|moche|moches|laide|laid|obese|degueulasse|immonde|affreuse|affreux|horrible|difforme|maigre|grasse]', 2.4, 'inherent'],
    ['[ton|ta|tes|son|sa|ses] [gros|grosse|enorme|enormes]? [cul|ventre|bide|nez|tete|gueule|tronche|boutons|acne|bourrelets|cuisses|dents|poils|seins|corps|visage|physique] [de]? [degueulasse|immonde|degueu|moche|horrible|de merde|de porc|de cochon|de vache|enorme|fait peur|pue|donne envie de vomir]', 2.6, 'inherent'],
    ['mange moins|arrete de manger|fais un regime|va a la salle|t as vu ton corps|t as vu ta tete|t as vu ta gueule|regarde toi|miroir casse|fait peur aux enfants|ca donne envie de vomir|je vomis|on dirait un cochon|on dirait une vache|on dirait une baleine|on dirait un thon', 2.0, 'inherent'],
    // Taunts about someone's body.
    ['[t|tu] [as|a] [pas de|aucun|aucune|meme pas de|zero] [seins|boobs|fesses|cul|formes|poitrine|nichons]|planche a repasser|t es plate|t es plat comme|petite bite|micro bite|micro zizi|petit zizi|t as une petite bite|t as un petit zizi|t as des seins de mec|seins qui tombent|t as des poils partout|la moustachue|t es moustachue|la barbue|t es barbue|culotte de cheval|double menton|triple menton|t as des vergetures|tes vergetures|ta gueule pleine de boutons|acneique|gros cul|ton gros cul|tes bourrelets|t as des bourrelets|t es une baleine|t es un cachalot|t es un thon|t es un boudin|t es un cageot|t es grosse|t es gros|t es obese|t es maigre comme|tas d os|tete de cheval|dents de lapin|tete de fouine|gueule de cheval|nez de cochon|oreilles de dumbo', 2.4, 'inherent'],
  ],
}
