/**
 * Sport words. Among them a nationality (a group of lexicon weight 1) names a team, not a people:
 * « les Argentins nous ont volé le match, comme d'hab » is no stereotype (classifiers/stereotype.ts),
 * « les Algériens ne méritent pas leur place en finale » no group predicate nor negated claim
 * (classifiers/signals.ts, which also gives these words the sport scene bit).
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set([
  'match', 'matchs', 'finale', 'finales', 'demi', 'quart', 'quarts', 'but', 'buts', 'penalty', 'penaltys', 'arbitre', 'coupe', 'mondial', 'championnat',
  'ligue', 'qualif', 'qualification', 'qualifies', 'selection', 'selectionneur', 'entraineur', 'equipe', 'joueurs', 'joueur', 'stade', 'supporters', 'victoire',
  'defaite', 'score', 'gardien', 'attaquant', 'maillot', 'medaille', 'podium', 'tournoi', 'rugby', 'foot', 'football', 'basket', 'handball', 'can',
])
