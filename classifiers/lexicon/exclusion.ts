/** Exclusion and humiliation: isolating someone, mocking them in public. */
import type { LexiconGroup } from './types.js'

/** Exclusion / humiliation lexicon. */
export const EXCLUSION: LexiconGroup = {
  kind: 'exclusion',
  entries: [
    ['personne t aime|personne ne t aime|personne t aimera|personne ne t aimera|personne veut de toi|personne ne veut de toi|personne veut etre ton ami|personne veut etre ta pote|personne te supporte|personne ne te supporte|personne t ecoute|personne te calcule|personne ne te calcule', 2.8, 'inherent'],
    ['t as pas d amis|t as aucun ami|t as aucune amie|t as pas d amie|t as zero amis|tu n as pas d amis|tu n as aucun ami|sans amis|zero pote|t es seule|t es seul|t es toute seule|t es tout seul|tu finiras seule|tu finiras seul|reste seule|reste seul', 2.2, 'inherent'],
    ['on veut plus de toi|on veut pas de toi|on ne veut pas de toi|on veut plus te voir|plus personne te parle|plus personne ne te parle|parlez plus a|parlez lui plus|parle lui plus|ne lui parlez plus|lui parlez pas|lui parlez plus|ignorez la|ignorez le|ignore la|ignore le|bloquez la|bloquez le', 2.4, 'inherent'],
    ['degage du groupe|vire la du groupe|virez la du groupe|virez le du groupe|vire le du groupe|sortez la du groupe|on l a vire|on l a viree|kick la|kickez la|kickez le|t es vire|t es viree|t es exclue|t es exclu|exclue du groupe|exclu du groupe|tu fais plus partie|t fais plus partie|invitez la pas|invitez le pas|l invitez pas|ne l invitez pas|l invite pas', 2.6, 'inherent'],
    ['t es la honte|tu es la honte|la honte de la classe|la risee|risee de la classe|risee du college|tout le monde se moque de toi|tout le monde rigole de toi|tout le monde te deteste|tout le monde te hait|toute la classe te deteste|toute la classe se moque|tout le monde te trouve|on se fout de ta gueule|on se moque de toi|t es rien|tu es rien|t es personne|tu n es rien|t es qu une merde|t es qu un dechet|t es un zero|la tete de turc|souffre douleur|souffre-douleur|bouc emissaire', 2.4, 'inherent'],
    ['regardez la|regardez le|regardez sa tete|regardez sa gueule|regardez comment elle|regardez comment il|mdr regardez|trop la honte|la honte|honte a toi|ptdr la honte|elle se ridiculise|il se ridiculise|pathetique', 1.0, 'inherent'],
  ],
}
