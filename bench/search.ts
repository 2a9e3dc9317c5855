/**
 * Search of stored posts (GET /api/posts) on a large table: inserts generated
 * French posts (random words from a French dictionary, some « élève » forms,
 * hashtags, 5 % hostile), then times typical searches and a walk through 10
 * pages, and prints PostgreSQL's plan of a one-word search. PGlite in memory always; PostgreSQL when BENCH_DATABASE_URL is set.
 * Prints, never asserts.
 *
 *   npx tsx bench/search.ts                       # 200,000 posts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/search.ts
 *   BENCH_POSTS=50000 npx tsx bench/search.ts
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { sql } from 'drizzle-orm'
import { PostSearchQuery } from '../contract/posts.js'
import type { DatabaseConfig } from '../src/config/config.js'
import { openDatabase, queryRows, type Database } from '../src/db/client.js'
import { insertNewPosts } from '../src/posts/post-store.js'
import { searchPosts } from '../src/posts/post-search.js'
import type { ScoredPost } from '../src/types.js'
import { seededRandom } from '../src/util/seeded-random.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt, median } from './stats.js'

const count = Number(process.env.BENCH_POSTS ?? 200_000)
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const RUNS = 15

const require = createRequire(import.meta.url)
const dictionary = (JSON.parse(readFileSync(require.resolve('an-array-of-french-words/index.json'), 'utf8')) as string[]).filter((w) => /^[a-zàâäçéèêëîïôöùûüÿœ]{3,12}$/.test(w))
const ELEVE = ['élève', 'les élèves', 'ELEVE', 'Élèves', 'eleve']
const TAGS = ['lycée', 'brevet', 'bac', 'rentrée', 'football', 'anti2010', 'ciné', 'gaming']

/** `n` generated posts from `start` (deterministic). */
function generated(n: number, offset: number): ScoredPost[] {
  const random = seededRandom(offset + 1)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const out: ScoredPost[] = []
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(dictionary))
    if (random() < 0.01) words.splice(2, 0, pick(ELEVE))
    const hashtags = random() < 0.3 ? [pick(TAGS)] : []
    const hostile = random() < 0.05
    out.push({
      platform: random() < 0.8 ? 'bluesky' : 'mastodon',
      id: `bench-${offset + i}`,
      author: `compte${Math.floor(random() * 20_000)}.bsky.social`,
      text: `${words.join(' ')}${hashtags.map((t) => ` #${t}`).join('')}`,
      createdAt: new Date(Date.UTC(2026, 10, 1) + (offset + i) * 1000),
      hashtags,
      mentions: [],
      langs: ['fr'],
      verdict: {
        score: hostile ? 0.9 : 0.01,
        harassment: hostile,
        lang: 'fr',
        categories: hostile ? ['insult'] : [],
        evidence: [],
        modelVersion: 'bench',
      },
    })
  }
  return out
}

const SEARCHES: Array<[string, Record<string, string>]> = [
  ['one word, accents folded (« eleve »)', { q: 'eleve' }],
  ['two words (« eleve lycee »)', { q: 'eleve lycee' }],
  ['phrase', { q: '"les élèves"' }],
  ['word and exclusion', { q: 'eleve -lycee' }],
  ['hashtag (« lycee » → #lycée)', { hashtag: 'lycee' }],
  ['author', { author: 'compte42.bsky.social' }],
  ['hostile + category, newest page', { hostile: 'true', category: 'insult' }],
  ['word + hostile', { q: 'eleve', hostile: 'true' }],
  ['no criterion, newest page', {}],
]

async function timed(db: Database, query: Record<string, string>): Promise<{ ms: number; rows: number }> {
  const parsed = PostSearchQuery.parse(query)
  const times: number[] = []
  let rows = 0
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    rows = (await searchPosts(db, parsed)).posts.length
    times.push(performance.now() - t0)
  }
  return { ms: median(times), rows }
}

async function run(label: string, database: DatabaseConfig): Promise<void> {
  const handle = await openDatabase(database)
  try {
    const t0 = performance.now()
    for (let i = 0; i < count; i += 1000) await insertNewPosts(handle.db, generated(Math.min(1000, count - i), i))
    await queryRows(handle.db, sql`analyze posts`)
    console.log(`${label}: ${fmt(count)} posts inserted in ${fmt((performance.now() - t0) / 1000, 1)} s (indexes included)`)
    for (const [name, query] of SEARCHES) {
      const { ms, rows } = await timed(handle.db, query)
      console.log(`  ${name.padEnd(40)} median ${fmt(ms, 1).padStart(7)} ms  (${rows} posts on the page)`)
    }
    // Ten pages of a broad word, cursor after cursor.
    const pages: number[] = []
    let cursor: string | null = null
    for (let i = 0; i < 10; i++) {
      const t = performance.now()
      const page: { nextCursor: string | null } = await searchPosts(handle.db, PostSearchQuery.parse({ q: 'eleve', ...(cursor ? { cursor } : {}) }))
      pages.push(performance.now() - t)
      cursor = page.nextCursor
      if (!cursor) break
    }
    console.log(`  ${'« eleve », pages 1 to 10'.padEnd(40)} median ${fmt(median(pages), 1).padStart(7)} ms per page`)
    if (handle.driver === 'postgres') {
      const plan = await queryRows<{ 'QUERY PLAN': string }>(
        handle.db,
        sql`explain select id from posts where search_vector @@ websearch_to_tsquery('french'::regconfig, vigie_fold('eleve')) order by created_at desc, id desc limit 51`,
      )
      console.log(`  plan of « eleve »: ${plan.map((r) => r['QUERY PLAN'].trim().split('  (')[0]).join(' / ')}`)
    }
  } finally {
    await handle.close()
  }
}

console.log(`search over ${fmt(count)} generated posts (node ${process.version}, ${RUNS} runs per search)`)
await run('PGlite (in memory)', { driver: 'pglite', dataDir: null })
if (pgUrl) await withBenchDatabase(pgUrl, (database) => run('PostgreSQL', database))
else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL)')
