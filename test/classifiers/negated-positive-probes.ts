/**
 * Fresh probes for « hate expressed through a negated positive statement »: 15 hostile, 15 quiet,
 * written with the blind set (negated-positive-cases.ts) before any pattern of that round, and never
 * looked at case by case while the patterns were written: only their counts were read, before and
 * after. teen-cases.test.ts reports them with the blind set.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const NEGPOS_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'probes',
    cases: [
      fire('Les lesbiennes ne sont pas des femmes normales.'),
      fire('Un réfugié ne sera jamais un bon voisin.'),
      fire('Les femmes musulmanes ne valent pas grand-chose.'),
      fire('Je n\'embaucherais jamais une personne handicapée.'),
      fire('Les homosexuels ne devraient pas avoir le droit d\'adopter.'),
      fire('Aucune femme n\'a jamais rien inventé d\'utile.'),
      fire('Les migrants ne sont vraiment pas les bienvenus chez nous.'),
      fire('Moi, je ne serrerai jamais la main d\'une Noire.'),
      fire('Les personnes trans ne sont pas saines d\'esprit.'),
      fire('On ne peut jamais compter sur un immigré.'),
      fire('Il n\'y a rien d\'humain chez les musulmans.'),
      fire('Les handicapés ne méritent pas qu\'on dépense un centime pour eux.'),
      fire('Franchement, une femme ne devrait jamais être présidente.'),
      fire('Je n\'ai jamais vu un gay qui soit digne de respect.'),
      fire('Les Noirs ne sont pas faits pour vivre en Europe.'),
    ],
  },
]

export const NEGPOS_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'probes',
    cases: [
      quiet('Je ne dirai jamais que les femmes valent moins que les hommes.'),
      quiet('Les migrants ne sont pas une menace pour notre pays.'),
      quiet('Les chats ne sont pas dignes de confiance avec un poisson rouge.'),
      quiet('Les lesbiennes ne sont pas malheureuses, arrête avec tes clichés.'),
      quiet('Ce n\'est pas vrai que les handicapés ne peuvent pas travailler.'),
      quiet('Les musulmans de mon quartier ne sont jamais en retard pour aider.'),
      quiet('Ma prof a dit qu\'on entend encore « les Noirs ne valent rien » dans certains stades.'),
      quiet('Les embouteillages du matin ne valent rien pour le moral.'),
      quiet('Aucun immigré ne devrait être traité comme ça.'),
      quiet('Les députés ne sont pas des gens sérieux.'),
      quiet('Je n\'ai jamais eu de problème avec les personnes trans.'),
      quiet('Les réfugiés ne demandent pas la charité, ils demandent du travail.'),
      quiet('Personne ne devrait dire qu\'une femme ne vaut rien.'),
      quiet('Les gays ne sont pas différents de nous.'),
      quiet('Il n\'y a rien de bon dans ce nouveau téléphone.'),
    ],
  },
]
