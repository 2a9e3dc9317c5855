/**
 * What platforms report after a post was stored: the post deleted, the
 * author's account taken down or deleted, a handle changed. Rows are never
 * removed: a deleted post stays as evidence, marked.
 */
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { posts } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import { recordPostsDeleted } from '../removals/firehose.js'

/**
 * Marks posts deleted on the platform; returns how many were stored. Their
 * open takedown requests are marked deleted by the author (not a takedown:
 * they stay open), audited, and published on `hub` when given.
 */
export async function markPostsDeleted(db: Database, platform: string, ids: readonly string[], at: Date, hub?: Hub): Promise<number> {
  if (ids.length === 0) return 0
  const rows = await db
    .update(posts)
    .set({ deletedAt: at })
    .where(and(eq(posts.platform, platform), inArray(posts.externalId, [...ids]), isNull(posts.deletedAt)))
    .returning({ id: posts.id })
  await recordPostsDeleted(db, hub, rows.map((r) => r.id), at)
  return rows.length
}

/** Records an author account's status (null when active again) on all their posts. */
export async function setAuthorStatus(db: Database, platform: string, authorId: string, status: string | null): Promise<number> {
  const rows = await db
    .update(posts)
    .set({ authorStatus: status })
    .where(
      and(
        eq(posts.platform, platform),
        eq(posts.authorId, authorId),
        status === null ? sql`${posts.authorStatus} is not null` : or(isNull(posts.authorStatus), ne(posts.authorStatus, status)),
      ),
    )
    .returning({ id: posts.id })
  return rows.length
}

/** Updates the handle shown for an author's posts after a handle change. */
export async function renameAuthor(db: Database, platform: string, authorId: string, handle: string): Promise<number> {
  const rows = await db
    .update(posts)
    .set({ author: handle })
    .where(and(eq(posts.platform, platform), eq(posts.authorId, authorId), ne(posts.author, handle)))
    .returning({ id: posts.id })
  return rows.length
}
