/**
 * Blind probes for three shapes round eleven (branch nobody) reads, written before any of its rules
 * and never tuned on afterwards (only their counts are read, before and after): trust nobody can
 * give a member of a group (« personne ne peut faire confiance à un X ») against trust nobody gives a
 * stranger or a liar; a group said incompatible with a quality (« on ne peut pas être X et
 * honnête ») against everyday impossibilities (« on ne peut pas être partout à la fois »); and the
 * negative question put to the hearer (« ne respectes-tu pas les X ? »), which asks and claims
 * nothing. teen-cases.test.ts runs it as a blind set and checks it shares no text with the training
 * examples.
 */
import { fire, quiet } from './teen-cases.js'
import type { CaseGroup } from './teen-cases.js'

export const NOBODY_PROBES_HARASSMENT: readonly CaseGroup[] = [
  {
    name: 'trust nobody gives a member of a group',
    cases: [
      fire('Personne ne peut faire confiance à un Arabe.'),
      fire('personne peut faire confiance à un gitan'),
      fire('Personne ne fera jamais confiance à une musulmane.'),
      fire('personne ne peut se fier à un Rom'),
      fire('Personne ne peut compter sur un immigré.'),
      fire('personne ne devrait faire confiance aux juifs'),
      fire('Personne ne peut faire confiance à une femme au volant.'),
      fire('Personne ne peut faire confiance à un Noir.'),
      fire('personne ne peut faire confiance a un migrant, jamais'),
      fire('Aucun Français ne peut faire confiance à un musulman.'),
    ],
  },
  {
    name: 'a group said incompatible with a quality',
    cases: [
      fire('on ne peut pas être musulman et honnête'),
      fire('On ne peut pas être noir et intelligent.'),
      fire('on peut pas être gay et un vrai homme'),
      fire('On ne peut pas être femme et compétente en maths.'),
      fire('On ne peut pas être arabe et loyal envers la France.'),
      fire('on peut pas etre rom et honnete'),
      fire('On ne peut pas être juif et patriote.'),
      fire('On ne peut pas être trans et saine d\'esprit.'),
      fire('On ne peut pas être musulmane et bonne mère.'),
      fire('on ne peut pas etre africain et travailleur'),
    ],
  },
]

export const NOBODY_PROBES_QUIET: readonly CaseGroup[] = [
  {
    name: 'trust nobody gives a stranger, a liar, a trade',
    cases: [
      quiet('personne ne peut faire confiance à un inconnu sur internet'),
      quiet('Personne ne peut faire confiance à un vendeur de voitures d\'occasion, c\'est bien connu.'),
      quiet('personne ne peut faire confiance à un menteur'),
      quiet('Personne ne peut faire confiance à un gouvernement qui ment.'),
      quiet('personne ne peut faire confiance à un politicien en campagne'),
    ],
  },
  {
    name: 'everyday impossibilities and counter-speech',
    cases: [
      quiet('on ne peut pas être partout à la fois'),
      quiet('On ne peut pas être juge et partie.'),
      quiet('on peut pas etre au four et au moulin'),
      quiet('On ne peut pas être musulman et manger du porc, c\'est interdit par la religion.'),
      quiet('on ne peut pas être fatigué et efficace en même temps'),
      quiet('On ne peut pas être riche et honnête, disait mon grand-père.'),
      quiet('On ne peut pas être femme et se taire face à ces injustices.'),
      quiet('on ne peut pas être raciste et se dire chrétien'),
      quiet('on ne peut pas être prof et aimer se lever tôt mdr'),
    ],
  },
  {
    name: 'a negative question put to the hearer',
    cases: [
      quiet('ne respectes-tu pas les femmes ?'),
      quiet('Ne respectez-vous pas les musulmans ? Moi si.'),
      quiet('ne respectes-tu pas les gens différents de toi ?'),
      quiet('N\'aimes-tu pas les Arabes ? Pourquoi tant de haine ?'),
      quiet('Ne tolères-tu pas les homosexuels ? C\'est triste.'),
      quiet('Ne respectes-tu pas les juifs, toi qui parles de tolérance ?'),
    ],
  },
]

/** Quiet probes that fire when written. */
export const NOBODY_PROBES_KNOWN_LOUD: readonly string[] = ['personne ne peut faire confiance à un menteur']
