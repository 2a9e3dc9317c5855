/** Pile-on calls: inviting others to target someone. `#anti…` tags are matched by rule. */
import type { LexiconGroup } from './types.js'

/** Pile-on lexicon. */
export const PILE_ON: LexiconGroup = {
  kind: 'pile_on',
  entries: [
    ['[tous|toutes|go|allez|venez] [sur|chez] [@|elle|lui|cette|cte|son|sa|ses|leur]|[go|allez|on] [tous|toutes] [sur|chez] [@|elle|lui|cette|cte|son|sa|ses|leur]|tout le monde [sur|chez] [@|elle|lui|cette|cte|son|sa|ses|leur]|defoncez la|defoncez le|defoncez son|spammez la|spammez le|spammez son|spam la|spam le|spam son|inondez|insultez la|insultez le|harcelez la|harcelez le|harcelez|allez l insulter|allez la harceler|allez le harceler|allez la voir|allez la chercher|allez lui dire|allez l afficher|allez le voir', 3.0, 'inherent'],
    ['[allez|allons|on va|go|faut|il faut|faudrait] [la|le|les|l|lui] [harceler|afficher|insulter|detruire|clasher|humilier|terminer|defoncer|enfoncer|lyncher|cancel|canceller|spammer|signaler|report|bolosser|afficher]', 2.8, 'inherent'],
    ['faut l afficher|il faut l afficher|faut les afficher|affichez la|affichez le|affichez les|on l affiche|on va l afficher|je l affiche|jl affiche|elle est affichee|il est affiche', 2.6, 'inherent'],
    ['[balancez|balance|balancer|donnez|donne|envoyez|envoie|partagez|partage|leakez|leak|postez|mettez] [son|sa|ses|leur] [snap|insta|instagram|tiktok|num|numero|numéro|adresse|compte|tel|telephone|photo|photos|nom|identite|ig|discord|facebook|fb]', 3.0, 'inherent'],
    ['[on va|allez|go|faut|on] [raid|raider|doxx|doxer|dox|signaler en masse|mass report] [son|sa|ses|le|la|l|ce|cette|cte|leur|@]', 2.6, 'inherent'],
    ['rt si|rt pour|partagez un max|faites tourner|faites circuler|fais tourner|que ca tourne|faut que ca tourne|partagez partout|diffusez|diffusez partout|faites le tourner', 1.2, 'inherent'],
    ['anti|antis', 0.4, 'inherent'],
  ],
}
