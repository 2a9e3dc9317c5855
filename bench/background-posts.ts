/** Generates plausible background French posts in the JSONL post format. */
import { seededRandom } from '../src/util/seeded-random.js'

const OPENERS = ['Trop bien', 'Franchement', 'Bon', 'Ce matin', 'Hier soir', 'Mdr', 'Grave', 'Sérieux']
const BODIES = [
  "le contrôle de maths était dur",
  "qui vient au ciné samedi ?",
  "j'ai raté mon bus encore une fois",
  "le match de ce soir va être fou",
  "vous avez vu le dernier épisode ?",
  "la cantine c'était des frites aujourd'hui",
  "je révise l'histoire pour demain",
  "trop hâte des vacances",
]
const TAGS = ['brevet', 'bac', 'football', 'musique', 'ciné', 'vacances', 'lycée', 'gaming']

/** A deterministic pseudo-random generator (mulberry32). */
export const rng = seededRandom

/** `count` background posts starting at `start`, `stepMs` apart, as JSONL lines. */
export function backgroundPosts(count: number, start: Date, stepMs: number, seed = 1): string[] {
  const random = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const tag = random() < 0.3 ? ` #${pick(TAGS)}` : ''
    lines.push(
      JSON.stringify({
        platform: 'bluesky',
        id: `bg-${seed}-${i}`,
        author: `eleve${Math.floor(random() * 5000)}.bsky.social`,
        text: `${pick(OPENERS)}, ${pick(BODIES)}${tag}`,
        createdAt: new Date(start.getTime() + i * stepMs).toISOString(),
        langs: ['fr'],
      }),
    )
  }
  return lines
}
