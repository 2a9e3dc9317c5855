/** The posts of a wave, page by page (keyset on time written, then id). */
import { and, eq, exists } from 'drizzle-orm'
import type { PostOrder, PostPage } from '../../contract/posts.js'
import type { Database } from '../db/client.js'
import { posts, wavePosts } from '../db/schema/index.js'
import { afterCursor, pageOrder, pagedColumns, toPage } from '../posts/post-page.js'

/** One page of the posts linked to wave `waveId`. */
export async function wavePostsPage(db: Database, waveId: number, paging: { order: PostOrder; cursor?: string | undefined; limit: number }): Promise<PostPage> {
  const linked = db
    .select({ one: wavePosts.postId })
    .from(wavePosts)
    .where(and(eq(wavePosts.waveId, waveId), eq(wavePosts.postId, posts.id)))
  const rows = await db
    .select(pagedColumns)
    .from(posts)
    .where(and(exists(linked), afterCursor(paging.order, paging.cursor)))
    .orderBy(...pageOrder(paging.order))
    .limit(paging.limit + 1)
  return toPage(rows, paging.limit)
}
