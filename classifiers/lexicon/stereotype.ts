/**
 * Stereotypes said in passing (issue 11, « stereotype » round): a group tied to a vice, a crime or a
 * stereotyped trade by a marker that generalises (« c'est génétique », « chez eux », « comme par
 * hasard », « toujours les mêmes », « suivez mon regard », « normal » after a group). Two kinds that
 * never count by themselves: `stereotype`, the markers, and `trait`, the vices, crimes and trades.
 * classifiers/stereotype.ts reads them with the group names: a group, a trait and a marker together
 * are identity hate; a strong marker with a group only, or a coded « who did it » marker with a
 * trait only, is weak evidence.
 */
import type { Entry, LexiconGroup } from './types.js'

/**
 * How far a marker generalises by itself, its tier (classifiers/stereotype.ts reads it):
 * - inborn: says a trait is inborn (« c'est génétique », « dans le sang »): with a group alone, weak evidence;
 * - coded: points at a group without naming it (« toujours les mêmes », « suivez mon regard »): with a trait alone, weak evidence;
 * - plain: generalises only next to a group and a trait (« normal », « comme d'hab », « chez eux », « tous des »);
 * - warning: a warning to guard one's belongings (« tiens bien ton sac », « cache ton tel »): it says the theft
 *   itself, so with a group alone it is a stereotype;
 * - surprise: mock surprise (« on aura tout vu ») after a group is named doing something ordinary (« un X qui
 *   travaille ? on aura tout vu »): it says the group never does, so with a group before it, weak evidence.
 */
export type MarkerTier = 'inborn' | 'coded' | 'plain' | 'warning' | 'surprise'

/** Each tier's weight: what a marker adds to identity hate when it meets a group and a trait. */
const MARKER_WEIGHT: Readonly<Record<MarkerTier, number>> = { inborn: 2.2, coded: 1.8, plain: 1.2, warning: 2.4, surprise: 1.8 }

const TIERS: readonly MarkerTier[] = ['inborn', 'coded', 'plain', 'warning', 'surprise']

/** The tier of a marker phrase, from its entry's tag (undefined for any other phrase). */
export function markerTier(tag: string | null): MarkerTier | undefined {
  return TIERS.find((t) => t === tag)
}

/** A marker entry of a tier: its weight is the tier's, its tag the tier. */
function markers(tier: MarkerTier, pattern: string): Entry {
  return [pattern, MARKER_WEIGHT[tier], 'inherent', tier]
}

/** Generalising markers. */
export const STEREOTYPE_MARKERS: LexiconGroup = {
  kind: 'stereotype',
  entries: [
    markers('inborn', 'genetique|c est genetique|c genetique|hereditaire|c est hereditaire|atavique|congenital|dans le sang|dans leur sang|dans les genes|dans leurs genes|dans leur adn|dans l adn|dans les veines|dans leurs veines|dans leurs chromosomes|avant de savoir marcher|avant de savoir lire|avant de savoir parler|avant de savoir compter|avant de marcher|des le berceau|depuis le berceau|des la naissance|comme tous les|comme toutes les|comme tout les|de naissance|par nature|dans leur nature|c est leur nature|c est dans leur nature|c est ethnique|c est racial'),
    markers('coded', 'toujours les memes|tjrs les memes|tjs les memes|c est toujours les memes|toujours eux|c est toujours eux|encore eux|suivez mon regard|suivez mon regarde|comme par hasard|on sait tres bien qui|on sait bien qui|on sait tous qui|tout le monde sait qui|devinez qui|je vous laisse deviner|je te laisse deviner|on se demande qui|pas besoin de dessin|pas besoin d un dessin|pas besoin de faire un dessin|toujours la meme communaute|toujours la meme origine|toujours les memes origines|les suspects habituels|une chance pour la france|des chances pour la france|enrichissement culturel|coincidence|pure coincidence|quelle coincidence|comme par enchantement|ca etonne qui|ca etonne quelqu un|ca surprend qui|ca surprend quelqu un|qui est surpris|qui est etonne|qui ca etonne|qui ca surprend'),
    markers('plain', 'normal|normal quoi|c est normal|c normal|comme d hab|comme dhab|comme d habitude|comme toujours|etonnant|c est culturel|c culturel|dans leur culture|chez eux|chez elles|chez ces gens|chez ces gens la|tous des|toutes des|tous les memes|toutes les memes|c est tous des|c tous des|c est toutes des|c est bien des|c est bien les|c est bien un|c est bien une|c est bien eux|typique des|c est typique|c typique|ils sont tous comme ca|elles sont toutes comme ca|histoire d amour|une longue histoire d amour|c est un fait|comme c est original|partout ou|quelle surprise|sans surprise|surprise surprise|c est leur sport national|leur sport national|sport national|toujours pareil|tjrs pareil|tjs pareil|c est toujours pareil|toujours la meme chose|toujours la meme histoire|tout le monde le sait|tt le monde le sait|tout le monde sait ca|c est bien connu|c est connu|bien connu|on le sait tous|comme chez lui|comme chez elle|comme au bled|ca explique tout|ca explique bien des choses'),
  ],
}

/** Mock surprise at what a group was just said to do (« un X qui a un vrai travail ? on aura tout vu »). */
export const STEREOTYPE_SURPRISE: LexiconGroup = {
  kind: 'stereotype',
  entries: [
    markers('surprise', 'on aura tout vu|on aura vraiment tout vu|on aura donc tout vu|j aurai tout vu|j aurai vraiment tout vu|on aura tout entendu|on aura vraiment tout entendu|on aura tout lu'),
  ],
}

/** Warnings to guard one's belongings: a theft told without its verb (« des Roms dans le métro ? tiens bien ton sac »). */
export const STEREOTYPE_WARNINGS: LexiconGroup = {
  kind: 'stereotype',
  entries: [
    markers('warning', '[garde une main sur|garde la main sur|gardez une main sur|tiens bien|tenez bien|tiens|tenez|planque|planquez|cache|cachez|surveille|surveillez|serre|serrez|serre bien|fais gaffe a|faites gaffe a|attention a|accroche toi a|ferme bien|verrouille] [ton|ta|tes|vos|votre] [sac|sacs|sacoche|portefeuille|portefeuilles|porte monnaie|tel|telephone|portable|phone|iphone|affaires|poches|velo|scooter|bagnole|voiture|sac a main|bijoux|cb|carte bleue|valise|valises|jantes]'),
  ],
}

/** Vices, crimes and stereotyped trades a stereotype ties to a group. */
export const STEREOTYPE_TRAITS: LexiconGroup = {
  kind: 'trait',
  entries: [
    ['vol|vols|voler|volent|volaient|voleur|voleurs|voleuse|voleuses|piquer|piquent|chourave|chouraver|chouravent|cambrioler|cambriolage|cambriolages|cambrioleur|cambrioleurs|cambriolent|braquage|braquages|braquer|braquent|arnaque|arnaques|arnaquer|arnaquent|arnaqueur|arnaqueurs|escroc|escrocs|escroquerie|escroqueries|magouille|magouilles|magouiller|magouilleurs|trafic|trafics|trafiquant|trafiquants|dealer|dealers|dealent|racket|racketter|pickpocket|pickpockets|faire les poches|font les poches|fait les poches|contrefacon|contrefacons|portefeuille|portefeuilles|porte monnaie|jantes|autoradio|autoradios|fraude|fraudes|frauder|fraudent|fraudeur|fraudeurs|tricher|trichent|tricheur|tricheurs|menteur|menteurs|fourbe|fourbes', 1, 'inherent'],
    ['allocs|alloc|allocations|allocations familiales|aides sociales|rsa|la caf|assistes|assistanat|profiteurs|profitent du systeme|profiter du systeme|profite du systeme|parasites|glandeurs|feignant|feignants|faineant|faineants|paresseux|kebab|kebabs', 1, 'inherent'],
    ['couteau|couteaux|machette|bagarre|bagarres|violence|violences|agression|agressions|agresser|agressent|violents|violeur|violeurs|egorger|terroriste|terroristes|attentat|attentats|kamikaze|kamikazes|delinquance|delinquant|delinquants|racaille|racailles|criminalite|criminels|voitures brulees|voiture brulee|bruler des voitures|brulent des voitures|emeutes|casseurs', 1, 'inherent'],
    ['argent|fric|pognon|banquier|banquiers|la finance|les banques|radin|radins|radine|pingre|pingres|alcoolique|alcooliques|crasseux|mendier|mendient|mendiant|mendiants|mendicite', 1, 'inherent'],
  ],
}

/**
 * Everyday words a stereotype also ties to a group (« en retard », « disparaissent », « profitent », « cogner »,
 * « les faits divers »): weight 0.9 (below every other trait, so a crime or vice is read first), tag LOOSE_TRAIT;
 * they count with a group and a marker, never with a coded marker alone
 * (« comme par hasard mon chargeur a disparu », « c'est toujours les mêmes qui arrivent en retard »).
 */
export const LOOSE_TRAIT = 'loose'
export const STEREOTYPE_LOOSE_TRAITS: LexiconGroup = {
  kind: 'trait',
  entries: [
    ['les poches|faits divers|disparait|disparaissent|disparu|disparue|disparus|disparues|profitent|cogner|cognent|se battre|se battent|castagne|en retard|toujours en retard', 0.9, 'inherent', LOOSE_TRAIT],
  ],
}

/** Stereotypes frozen into idioms (« un travail d'Arabe », « un boulot de Chinois »): identity hate by themselves. */
export const STEREOTYPE_IDIOMS: LexiconGroup = {
  kind: 'identity_hate',
  entries: [
    ['[travail|boulot|taf|job] [d|de] [arabe|arabes|chinois|romano|romanos|negre|negres|bougnoule|bicot]', 2.0, 'inherent'],
  ],
}
