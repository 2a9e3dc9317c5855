/**
 * Writes classifiers/match/fuzzy-exceptions.ts: the real French words (and first
 * names, and a few everyday non-dictionary words) that the matcher would
 * otherwise read as lexicon words: near misses ("bavarde" → batarde), glued words
 * ("montenegro" → mon te negro) and letter-cut forms ("baisse" → baise, "cone" →
 * conne). Scoring never loads the dictionary; it only checks these short lists.
 * Run after any lexicon change:
 *
 *   npx tsx scripts/fuzzy-exceptions.ts
 *
 * test/classifiers/evasion.test.ts fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LEXICON } from '../classifiers/lexicon/index.js'
import type { CompiledLexicon } from '../classifiers/match/compile.js'
import { repairOf } from '../classifiers/match/repair.js'
import { foldText } from '../classifiers/text/fold.js'
import { cutRuns, dedupLetters } from '../classifiers/text/token.js'
import { FIRST_NAMES } from '../classifiers/waves/first-names.js'
import { projectRoot } from '../src/project-root.js'

/** Where the generated list lives, relative to the project root. */
export const EXCEPTIONS_PATH = 'classifiers/match/fuzzy-exceptions.ts'

/**
 * Everyday words missing from the dictionary (it has no proper nouns, no English) that sit one
 * edit from a lexicon word and must never be read as one. Add here any false alarm seen in use.
 */
const EXTRA_WORDS: readonly string[] = [
  // names and places
  'conrad', 'connor', 'marco', 'larbi', 'renoir', 'mongolie', 'montenegro',
  // English words of another meaning ("stupid", "bastard", "loser" mean what they look like, and stay matched)
  'slope', 'slopes', 'salad', 'salads',
]

/**
 * Dictionary words that are only another spelling of their lexicon twin (same word, one letter
 * doubled or not): the letter-cut lookup keeps reading them as that word ("conards" → connards).
 */
const SAME_WORD_SPELLINGS: ReadonlySet<string> = new Set([
  'bissexuels', 'bitte', 'bittes', 'bittee', 'bittees', 'choppe', 'chopper', 'conarde', 'conards', 'conasses', 'degoutte',
  'degouttee', 'degouttent', 'degouttant', 'extermines', 'frape', 'frapes', 'harcellement', 'harcellements', 'jete', 'jetee',
  'jetees', 'jetes', 'meprisse', 'petase', 'prostitue', 'publies', 'transsexuel', 'turlutte',
])

/** Every word of the dictionary package, folded like tokens are (lower case, no accents, hyphens split). */
export function dictionaryWords(): string[] {
  const require = createRequire(import.meta.url)
  const path = require.resolve('an-array-of-french-words/index.json')
  const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a JSON array of words`)
  const out = new Set<string>()
  for (const entry of entries) {
    if (typeof entry !== 'string') continue
    for (const part of foldText(entry).split(/[^a-z]+/)) if (part.length > 0) out.add(cutRuns(part))
  }
  return [...out]
}

/** Both generated lists, sorted. */
export interface Exceptions {
  /** Real words the near-miss and glued-word repair would read as lexicon words. */
  repair: string[]
  /** Real words whose letter-cut form is another word's ("baisse" → baise, "cone" → conne). */
  dedup: string[]
}

/** True when `word` is `other` with a feminine "-ée(s)" for "-é(s)" ("insultee" / "insulte"): the same word. */
function feminineOf(word: string, other: string): boolean {
  return word.replace(/ee(s?)$/, 'e$1') === other
}

/** The words the repair or the letter-cut lookup would read as something else, and so must be left alone. */
export function computeExceptions(words: Iterable<string>, lexicon: CompiledLexicon = LEXICON): Exceptions {
  const repair = new Set<string>()
  const dedup = new Set<string>()
  const byDedup = new Map<string, string>()
  for (const v of lexicon.vocabulary) byDedup.set(dedupLetters(v), v)
  const all = new Set(words)
  for (const w of [...FIRST_NAMES, ...EXTRA_WORDS]) all.add(cutRuns(foldText(w)))
  for (const word of all) {
    if (word.length < 3 || lexicon.vocabulary.has(word) || SAME_WORD_SPELLINGS.has(word)) continue
    const other = byDedup.get(dedupLetters(word))
    if (other !== undefined && !feminineOf(word, other)) dedup.add(word)
  }
  // The matcher empties the letter-cut form of the words above, so the repair sees them that way too.
  for (const word of all) if (repairOf(word, dedup.has(word) ? '' : dedupLetters(word), lexicon) !== null) repair.add(word)
  return { repair: [...repair].sort(), dedup: [...dedup].sort() }
}

function wrap(words: readonly string[]): string[] {
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line.length + w.length + 1 > 110) {
      lines.push(line)
      line = ''
    }
    line += line.length === 0 ? w : ` ${w}`
  }
  if (line.length > 0) lines.push(line)
  return lines
}

/** The generated TypeScript module for the two lists. */
export function renderExceptions(lists: Exceptions): string {
  return [
    '/**',
    ' * Generated by scripts/fuzzy-exceptions.ts — do not edit. Regenerate after any lexicon change:',
    ' *   npx tsx scripts/fuzzy-exceptions.ts',
    ' * Real words (French dictionary, first names, everyday slang) that the matcher must not read as',
    ' * lexicon words: near misses and glued words, and words whose letter-cut form is a lexicon word\'s.',
    ' */',
    '',
    'const REPAIR = `',
    ...wrap(lists.repair),
    '`',
    '',
    'const DEDUP = `',
    ...wrap(lists.dedup),
    '`',
    '',
    'function words(list: string): ReadonlySet<string> {',
    '  return new Set(list.split(/\\s+/).filter((w) => w.length > 0))',
    '}',
    '',
    `/** The ${lists.repair.length} words never repaired as near misses or glued words ("bavarde", "train", "montenegro"). */`,
    'export const REPAIR_EXCEPTIONS: ReadonlySet<string> = words(REPAIR)',
    '',
    `/** The ${lists.dedup.length} words never looked up by their letter-cut form ("baisse" is not "baise", "cone" not "conne"). */`,
    'export const DEDUP_EXCEPTIONS: ReadonlySet<string> = words(DEDUP)',
    '',
  ].join('\n')
}

/** The module as it should be for the current lexicon. */
export function expectedExceptionsModule(): string {
  return renderExceptions(computeExceptions(dictionaryWords()))
}

function main(): void {
  const file = join(projectRoot(), EXCEPTIONS_PATH)
  const lists = computeExceptions(dictionaryWords())
  writeFileSync(file, renderExceptions(lists))
  console.log(`wrote ${EXCEPTIONS_PATH}: ${lists.repair.length} repair and ${lists.dedup.length} letter-cut exceptions`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
