/**
 * Victim-name watches: compile a counsellor's watch (names, handles, school) into
 * token sequences, index them by first token, and find them in posts. Pure.
 *
 * Decisions (see test/waves/name-match.test.ts):
 *  - case, accents, leet ("M1la", "m!la", "M.i.l.a") and repeated letters are ignored;
 *  - whole words only: "Milan" and "Camila" never match "Mila";
 *  - a full name also matches reversed ("Dupont Mila"), glued ("MilaDupont", "#mila_dupont"),
 *    first name + initial ("mila d."), and its first name alone ("Mila", term "Mila": the
 *    caller decides hostility); the surname alone is not matched;
 *  - one edit is tolerated in words of ≥ 5 letters of multi-word names and of one-word names of
 *    ≥ 6 letters ("Mila Dupond"); a first name alone taken from a full name must match exactly
 *    (so "Louis" does not hit "Louise");
 *  - handles match in `mentions` and as "@handle" in the text; the handle's local part
 *    ("lea.martin" of lea.martin.bsky.social) matches as a name when it has several words, or
 *    one word of ≥ 5 letters that is not a common word, and never when it holds digits ("user5");
 *  - a school matches as its type word ("collège", "clg", "lycée", "lyc", "école") + its name;
 *  - a watch never matches posts written by its own handles (her own posts are not about her).
 */
import { nameTokens, wordKey } from './name-tokens.js'

/** A watch as a counsellor registers it. */
export interface WatchInput {
  id: string
  names: string[]
  handles: string[]
  school?: string
}

/** What part of a watch matched. */
export type WatchMatchKind = 'name' | 'handle' | 'school'

/** One token sequence to look for. */
export interface WatchTerm {
  /** As shown to the counsellor: the registered name, handle or school, or the lone first name. */
  term: string
  kind: WatchMatchKind
  /** Token keys, in order. */
  tokens: readonly string[]
  /** Edits tolerated over the whole sequence (0 or 1). */
  budget: 0 | 1
  /** The last token is an initial ("mila d."): it must be one letter, not elided ("d'accord"). */
  initial: boolean
}

/** A watch ready for matching. */
export interface CompiledWatch {
  id: string
  terms: readonly WatchTerm[]
  /** Normalised handles (lower case, no '@'). */
  handles: readonly string[]
}

/** One place a watch matched a post. */
export interface WatchMatch {
  watchId: string
  term: string
  kind: WatchMatchKind
  /** UTF-16 offsets into the post text, end exclusive; -1 for hits in mentions/hashtags. */
  start: number
  end: number
}

/** The fields of a post that matching reads. */
export interface MatchablePost {
  text: string
  author: string
  mentions: readonly string[]
  hashtags: readonly string[]
}

const COMMON_WORDS = new Set(
  'bonjour salut france paris officiel oficiel compte contact infos actus super jeune ecole colege lyce maman papa ' +
    'amour music musique gaming games photo video contre jamais toujours vraiment'.split(' '),
)
const SCHOOL_TYPES: readonly (readonly string[])[] = [
  ['college', 'clg', 'col'],
  ['lycee', 'lyc', 'lycée'],
  ['ecole', 'ec'],
].map((group) => group.map(wordKey))
const LINKERS = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd'])

const keysOf = (s: string): string[] => nameTokens(s).map((t) => t.key).filter((k) => k.length > 0)
const letters = (tokens: readonly string[]): number => tokens.reduce((n, t) => n + t.length, 0)

/** Normalises a handle: lower case, no '@' prefix, no trailing dots. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').replace(/[.-]+$/, '').toLowerCase()
}

function nameTerms(name: string, out: WatchTerm[]): void {
  const words = name.trim().split(/\s+/).filter((w) => keysOf(w).length > 0)
  const all = keysOf(name)
  if (all.length === 0) return
  const fuzzy = (tokens: readonly string[]): 0 | 1 =>
    (tokens.length > 1 ? tokens.some((t) => t.length >= 5) : (tokens[0]?.length ?? 0) >= 6) ? 1 : 0
  const add = (tokens: readonly string[], term: string, budget: 0 | 1, initial = false): void => {
    out.push({ term, kind: 'name', tokens, budget, initial })
  }
  // A registered variant ending in one letter ("Mila D") is first name + initial.
  const endsInInitial = all.length > 1 && all[all.length - 1]!.length === 1
  add(all, name.trim(), fuzzy(all), endsInInitial)
  if (all.length > 1 && !endsInInitial) add([all.join('')], name.trim(), letters(all) >= 6 ? 1 : 0)
  if (words.length < 2) return
  const first = keysOf(words[0]!)
  const rest = keysOf(words.slice(1).join(' '))
  if (!endsInInitial) add([...rest, ...first], name.trim(), fuzzy(all))
  // Each word glued ("N'Golo Diarra" → "ngolo diarra", "Marie-Lou Bernard" → "marielou bernard").
  const glued = words.map((w) => keysOf(w).join(''))
  if (glued.length !== all.length && !endsInInitial) {
    add(glued, name.trim(), fuzzy(glued))
    add([...glued.slice(1), glued[0]!], name.trim(), fuzzy(glued))
  }
  const initial = rest[0]?.[0]
  if (initial !== undefined && rest[0]!.length >= 2) add([...first, initial], name.trim(), 0, true)
  if (letters(first) >= 3) {
    add(first, words[0]!, 0)
    if (first.length > 1) add([first.join('')], words[0]!, 0)
  }
}

function handleTerms(handle: string, out: WatchTerm[]): void {
  let local = handle.split('@')[0] ?? ''
  if (local.endsWith('.bsky.social')) local = local.slice(0, -'.bsky.social'.length)
  else if (local.includes('.') && !handle.includes('@')) local = local.slice(0, local.lastIndexOf('.'))
  // Digits in a handle are literal ("user5"), not leet: such local parts are left to the handle itself.
  if (/\d/.test(local)) return
  const tokens = keysOf(local.replace(/[._-]+/g, ' '))
  if (tokens.length > 1) {
    out.push({ term: handle, kind: 'handle', tokens, budget: 0, initial: false })
    out.push({ term: handle, kind: 'handle', tokens: [tokens.join('')], budget: 0, initial: false })
  } else if (tokens.length === 1 && tokens[0]!.length >= 5 && !COMMON_WORDS.has(tokens[0]!)) {
    out.push({ term: handle, kind: 'handle', tokens, budget: 0, initial: false })
  }
}

function schoolTerms(school: string, out: WatchTerm[]): void {
  const tokens = keysOf(school)
  if (tokens.length === 0) return
  const type = SCHOOL_TYPES.find((group) => group.includes(tokens[0]!))
  let core = type === undefined ? tokens : tokens.slice(1)
  while (core.length > 1 && LINKERS.has(core[0]!)) core = core.slice(1)
  if (core.length === 0) return
  const budget: 0 | 1 = core.some((t) => t.length >= 5) ? 1 : 0
  for (const word of type ?? []) {
    out.push({ term: school.trim(), kind: 'school', tokens: [word, ...core], budget, initial: false })
    out.push({ term: school.trim(), kind: 'school', tokens: [word + core.join('')], budget, initial: false })
  }
  if (type === undefined && core.length > 1) {
    out.push({ term: school.trim(), kind: 'school', tokens: core, budget, initial: false })
    out.push({ term: school.trim(), kind: 'school', tokens: [core.join('')], budget, initial: false })
  }
}

/** Compiles a watch into the token sequences to look for. */
export function compileWatch(watch: WatchInput): CompiledWatch {
  const terms: WatchTerm[] = []
  for (const name of watch.names) nameTerms(name, terms)
  const handles = [...new Set(watch.handles.map(normalizeHandle).filter((h) => h.length > 0))]
  for (const handle of handles) handleTerms(handle, terms)
  if (watch.school !== undefined && watch.school.trim().length > 0) schoolTerms(watch.school, terms)
  const seen = new Set<string>()
  const unique = terms.filter((t) => {
    const id = `${t.kind}|${t.tokens.join(' ')}|${t.initial}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  return { id: watch.id, terms: unique, handles }
}

export { buildWatchIndex, matchIndexed, matchWatches } from './name-index.js'
export type { WatchIndex } from './name-index.js'
