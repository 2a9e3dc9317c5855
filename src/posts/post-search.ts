/**
 * Search of stored posts: French full text folded like the stored vector of
 * migration 0014 (`to_tsvector('french', vigie_fold(text))`), hashtag,
 * author, mention, platform, period, hostile, category; keyset pages.
 */
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import type { z } from 'zod'
import type { PostPage, PostSearchQuery } from '../../contract/posts.js'
import { queryRows, type Database } from '../db/client.js'
import { posts } from '../db/schema/index.js'
import { afterCursor, pageOrder, pagedColumns, toPage } from './post-page.js'

/** Validated search criteria. */
export type PostSearch = z.output<typeof PostSearchQuery>

/** A search the database cannot run as asked (its message is for people, in French). */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError'
}

/** French quotation marks become the plain ones websearch_to_tsquery reads as a phrase. */
export function plainQuotes(q: string): string {
  return q.replace(/[«»“”„‟]/g, '"')
}

/** `text` with LIKE's wildcards escaped (the default escape character is a backslash). */
function likePrefix(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** The full-text condition of `q`, or a SearchQueryError when nothing in it can be searched (only stop words). */
async function textCondition(db: Database, q: string): Promise<SQL> {
  const query = sql`websearch_to_tsquery('french'::regconfig, vigie_fold(${plainQuotes(q)}))`
  const [row] = await queryRows<{ n: number }>(db, sql`select numnode(${query})::int as n`)
  if ((row?.n ?? 0) === 0) {
    throw new SearchQueryError('q : rien à chercher — les mots très courants (« le », « de », « toi »…) sont ignorés ; ajoutez un mot plus précis')
  }
  // posts.search_vector = to_tsvector('french', vigie_fold(text)), stored and GIN-indexed (migration 0014).
  return sql`${posts}.search_vector @@ ${query}`
}

/** The posts matching `s`, one page. */
export async function searchPosts(db: Database, s: PostSearch): Promise<PostPage> {
  const conditions: (SQL | undefined)[] = [afterCursor(s.order, s.cursor)]
  if (s.q) conditions.push(await textCondition(db, s.q))
  if (s.hashtag) conditions.push(sql`vigie_fold_tags(${posts.hashtags}) @> array[vigie_fold(${s.hashtag})]::text[]`)
  if (s.author) {
    const lower = s.author.toLowerCase()
    // Each branch has its index: posts_author_idx, posts_author_id_idx, posts_author_pattern_idx (a LIKE prefix).
    conditions.push(
      sql`(${posts.author} in (${s.author}, ${lower}) or ${posts.authorId} = ${s.author} or ${posts.author} like ${`${likePrefix(lower)}.%`})`,
    )
  }
  if (s.mention) conditions.push(sql`${posts.mentions} @> array[${s.mention.toLowerCase()}]::text[]`)
  if (s.platform) conditions.push(eq(posts.platform, s.platform))
  if (s.from) conditions.push(gte(posts.createdAt, new Date(s.from)))
  if (s.to) conditions.push(lt(posts.createdAt, new Date(s.to)))
  if (s.hostile) conditions.push(eq(posts.harassment, s.hostile === 'true'))
  if (s.category) conditions.push(sql`${posts.categories} @> array[${s.category}]::text[]`)
  const rows = await db
    .select(pagedColumns)
    .from(posts)
    .where(and(...conditions))
    .orderBy(...pageOrder(s.order))
    .limit(s.limit + 1)
  return toPage(rows, s.limit)
}
