/**
 * Purges posts that nothing holds on to: older than the retention period
 * (counted from when Vigie stored them) and matched by no watch, in no wave,
 * never flagged (whatever the flag became), with no evidence snapshot, no
 * takedown, never reported by URL (intake) nor captured. Walks the table by id in batches, so each transaction is short
 * and the whole table is read once per run.
 */
import { and, asc, gt, inArray, lt, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { accountIdentities, captures, evidenceSnapshots, flags, intakeItems, posts, takedowns, watchMatches, wavePosts } from '../db/schema/index.js'
import type { Logger } from '../logger.js'

/** Posts looked at per batch. */
export const PURGE_BATCH = 1000

/** Nothing refers to the post: the condition every deleted row must meet. */
const unreferenced = sql`not exists (select 1 from ${flags} where ${flags.postId} = ${posts.id})
  and not exists (select 1 from ${evidenceSnapshots} where ${evidenceSnapshots.postId} = ${posts.id})
  and not exists (select 1 from ${takedowns} where ${takedowns.postId} = ${posts.id})
  and not exists (select 1 from ${wavePosts} where ${wavePosts.postId} = ${posts.id})
  and not exists (select 1 from ${watchMatches} where ${watchMatches.postId} = ${posts.id})
  and not exists (select 1 from ${intakeItems} where ${intakeItems.postId} = ${posts.id})
  and not exists (select 1 from ${captures} where ${captures.postId} = ${posts.id})`

/** Deletes unreferenced posts stored before `cutoff`; returns how many went. */
export async function purgeUnreferencedPosts(db: Database, cutoff: Date, log: Logger, batch = PURGE_BATCH): Promise<number> {
  let lastId = 0
  let purged = 0
  for (;;) {
    const candidates = await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(gt(posts.id, lastId), lt(posts.seenAt, cutoff)))
      .orderBy(asc(posts.id))
      .limit(batch)
    const last = candidates.at(-1)
    if (!last) return purged
    lastId = last.id
    try {
      const deleted = await db
        .delete(posts)
        .where(and(inArray(posts.id, candidates.map((c) => c.id)), unreferenced))
        .returning({ id: posts.id })
      purged += deleted.length
    } catch (err) {
      // A post flagged while we deleted (the foreign key refuses): this batch waits for the next run.
      log.warn({ err, fromId: candidates[0]?.id, toId: lastId }, 'retention: batch of posts skipped')
    }
  }
}

/**
 * Forgets account identities (DID → handle) not confirmed since `cutoff` whose
 * account has no stored post left: a handle is personal data, kept only while
 * a post needs it. Returns how many went.
 */
export async function purgeOrphanIdentities(db: Database, cutoff: Date): Promise<number> {
  const deleted = await db
    .delete(accountIdentities)
    .where(
      and(
        lt(accountIdentities.checkedAt, cutoff),
        sql`not exists (select 1 from ${posts} where ${posts.platform} = ${accountIdentities.platform} and ${posts.authorId} = ${accountIdentities.accountId})`,
      ),
    )
    .returning({ id: accountIdentities.accountId })
  return deleted.length
}
