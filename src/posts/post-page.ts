/**
 * Keyset paging of posts by (created_at, id): a page continues right after
 * the last post of the previous one, so posts stored meanwhile never shift
 * or repeat a page (GET /api/posts, GET /api/waves/:id/posts).
 */
import { asc, desc, sql, type SQL } from 'drizzle-orm'
import type { PostOrder, PostPage } from '../../contract/posts.js'
import { posts, type PostRow } from '../db/schema/index.js'
import { postView } from './post-view.js'

/** A post and where it sits in the paging order (`<createdAt>_<id>`, to the microsecond). */
export interface PagedRow {
  post: PostRow
  cursor: string
}

/** The columns to select: the whole row and its exact cursor. */
export const pagedColumns = {
  post: posts,
  cursor: sql<string>`to_char(${posts.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || ${posts.id}`,
}

/** The condition that keeps the posts after `cursor` in `order` (none without a cursor). */
export function afterCursor(order: PostOrder, cursor: string | undefined): SQL | undefined {
  if (cursor === undefined) return undefined
  const cut = cursor.lastIndexOf('_')
  const at = cursor.slice(0, cut)
  const id = cursor.slice(cut + 1)
  return order === 'newest'
    ? sql`(${posts.createdAt}, ${posts.id}) < (${at}::timestamptz, ${id}::bigint)`
    : sql`(${posts.createdAt}, ${posts.id}) > (${at}::timestamptz, ${id}::bigint)`
}

/** The ORDER BY of `order`. */
export function pageOrder(order: PostOrder): SQL[] {
  return order === 'newest' ? [desc(posts.createdAt), desc(posts.id)] : [asc(posts.createdAt), asc(posts.id)]
}

/** A page from `limit + 1` rows read in order: the extra row only tells that there is a next page. */
export function toPage(rows: readonly PagedRow[], limit: number): PostPage {
  const page = rows.slice(0, limit)
  return { posts: page.map((r) => postView(r.post)), nextCursor: rows.length > limit ? (page.at(-1)?.cursor ?? null) : null }
}
