/**
 * Templated statements about protected groups in the frames haters use ("les … sont …",
 * "je pense que les …", "pourquoi les … ?"), with praise and neutral facts next to hate,
 * and counter-speech that quotes or refers to the hateful statement to condemn it.
 * Teaches the model that the frame and the group name are not the abuse: the predicate and
 * the speaker's stance are. Written for Vigie; deterministic for a given random generator.
 */
import type { Example } from '../train/examples.js'

const GROUPS = [
  'femmes', 'filles', 'noirs', 'arabes', 'juifs', 'musulmans', 'gays', 'lesbiennes', 'personnes trans', 'trans', 'handicapés',
  'autistes', 'migrants', 'immigrés', 'réfugiés', 'roms', 'asiatiques', 'africains', 'homosexuels', 'personnes handicapées',
]
const OPENERS = ['', 'je pense que', 'franchement', 'pour moi', 'à mon avis', 'sérieux', 'je trouve que', 'honnêtement', 'on sait tous que', 'perso je crois que']
const PRAISE = [
  'sont formidables', 'sont aussi capables que les autres', 'méritent le respect', 'méritent les mêmes droits que tout le monde',
  'enrichissent notre pays', 'apportent beaucoup à la société', 'sont des gens comme les autres',
  'méritent d être heureux', 'sont souvent très courageux', 'font partie de notre histoire', 'sont des citoyens comme les autres',
  'ont le droit de vivre en paix', 'sont trop souvent discriminés', 'méritent mieux que ces insultes', 'sont nos voisins, nos amis, nos collègues',
  'ont apporté énormément à la culture', 'sont brillants dans plein de domaines', 'devraient être mieux protégés',
]
const NEUTRAL = [
  'représentent une partie de la population', 'ont manifesté hier pour leurs droits', 'étaient nombreux au forum de l emploi',
  'sont au cœur du débat cette semaine', 'ont leur association dans ma ville', 'sont cités dans le rapport annuel',
  'ont témoigné dans le reportage', 'sont plus exposés aux discriminations selon l étude', 'votent comme tout le monde',
]
const HATE = [
  'sont des parasites', 'sont des animaux', 'sont inférieurs', 'devraient disparaître', 'ne sont pas des êtres humains', 'sont une maladie',
  'sont tous des voleurs', 'n ont rien à faire ici', 'me dégoûtent', 'sont de la vermine', 'devraient être enfermés', 'ne méritent aucun respect',
  'sont des sous-hommes', 'pourrissent ce pays', 'sont une menace pour nos enfants', 'ne valent rien',
]
const QUESTIONS_OK = [
  'pourquoi les {g} sont-ils autant harcelés ?', 'pourquoi les {g} sont-ils si mal représentés à la télé ?',
  'combien de {g} subissent des insultes chaque jour ?', 'comment mieux protéger les {g} au collège ?',
]
const QUESTIONS_HATE = [
  'pourquoi les {g} sont-ils tous des {n} ?', 'pourquoi les {g} sont aussi {a} ?', 'est-ce que les {g} sont vraiment des {n} ?',
]
const HATE_NOUNS = ['parasites', 'animaux', 'voleurs', 'menteurs', 'sauvages', 'déchets']
const HATE_ADJ = ['stupides', 'dégoûtants', 'inutiles', 'sales', 'bêtes']
/** Counter-speech around a hateful statement {s}. */
const COUNTER = [
  'dire que {s}, c est du racisme pur', '« {s} » : ce genre de message doit être signalé', 'j ai lu « {s} » sous la vidéo, ça me dégoûte',
  'ceux qui pensent que {s} devraient ouvrir un livre', 'arrêtez d écrire que {s}, c est de la haine', 'quand tu écris « {s} », tu montres juste ta haine',
  'non, ce n est pas vrai que {s}', 'on ne peut pas laisser passer des phrases comme « {s} »', 'le tweet disait « {s} », je l ai signalé au 3018',
  'c est honteux de lire que {s} en 2026', 'prétendre que {s}, c est faux et dangereux', 'encore un commentaire qui dit que {s}… signalez-le',
]

function pick<T>(rand: () => number, list: readonly T[]): T {
  const v = list[Math.floor(rand() * list.length)]
  if (v === undefined) throw new Error('empty list')
  return v
}

function withOpener(rand: () => number, rest: string): string {
  const o = pick(rand, OPENERS)
  return o === '' ? rest : `${o} ${rest}`
}

/** `n` rounds of group statements: each round gives praise or a neutral fact, hate, and counter-speech quoting the hate. */
export function groupFrameExamples(rand: () => number, n: number): Example[] {
  const out: Example[] = []
  for (let i = 0; i < n; i++) {
    const g = pick(rand, GROUPS)
    const hate = `les ${g} ${pick(rand, HATE)}`
    out.push({ text: withOpener(rand, `les ${g} ${pick(rand, i % 3 === 0 ? NEUTRAL : PRAISE)}`), label: 0 })
    out.push({ text: withOpener(rand, hate), label: 1 })
    out.push({ text: pick(rand, COUNTER).replace('{s}', hate), label: 0 })
    if (i % 4 === 0) out.push({ text: pick(rand, QUESTIONS_OK).replace('{g}', g), label: 0 })
    if (i % 4 === 2) {
      out.push({ text: pick(rand, QUESTIONS_HATE).replace('{g}', g).replace('{n}', pick(rand, HATE_NOUNS)).replace('{a}', pick(rand, HATE_ADJ)), label: 1 })
    }
  }
  return out
}
