/**
 * Writes what a removal check saw onto a post's open takedown requests:
 * - removed by the platform → status "removed", removedAt, removedBy "platform" (the timer stops);
 * - deleted by the author → removedAt, removedBy "author", the request stays open (not a takedown
 *   success: the post may come back, checks go on);
 * - online again after an author deletion → removedAt/removedBy cleared;
 * - always: lastCheck / lastCheckAt.
 * Changes are audited as the system and published as `takedown.updated`.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { RemovalCheck } from '../../contract/removal.js'
import { appendAudit } from '../audit/audit-log.js'
import type { Database } from '../db/client.js'
import { posts, takedowns, type TakedownRow } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import { publishTakedowns } from '../moderation/takedown-service.js'
import { OPEN_TAKEDOWN_STATUSES } from '../moderation/takedown-status.js'
import type { RemovalVerdict } from './types.js'

/** The answer recorded on a request the platform removed, when it had none. */
export const REMOVED_BY_PLATFORM = 'retiré par la plateforme (constaté par Vigie)'

/** The check as stored. */
export function checkRecord(v: RemovalVerdict, via: RemovalCheck['via'], at: Date): RemovalCheck {
  return { at: at.toISOString(), via, outcome: v.outcome, removedBy: v.removedBy, summary: v.summary.slice(0, 1_000), steps: v.steps.slice(0, 10) }
}

/**
 * Applies a verdict to the open requests of the posts `postIds` (one post, or all posts of an
 * account). `removedAt`: when the removal happened, if known (firehose time), else `at`.
 */
export async function recordVerdict(
  db: Database,
  hub: Hub | undefined,
  postIds: readonly number[],
  v: RemovalVerdict,
  via: RemovalCheck['via'],
  at: Date,
  removedAt: Date = at,
): Promise<TakedownRow[]> {
  if (postIds.length === 0) return []
  const open = await db
    .select()
    .from(takedowns)
    .where(and(inArray(takedowns.postId, [...postIds]), inArray(takedowns.status, [...OPEN_TAKEDOWN_STATUSES])))
  if (open.length === 0) return []
  const check = checkRecord(v, via, at)
  const changed: TakedownRow[] = []
  for (const row of open) {
    const base = { lastCheck: check, lastCheckAt: at }
    let set: Partial<typeof takedowns.$inferInsert> = base
    let event: { action: string; details: Record<string, unknown> } | null = null
    if (v.outcome === 'removed' && v.removedBy === 'platform') {
      set = { ...base, status: 'removed', resolvedAt: removedAt, removedAt, removedBy: 'platform', answer: row.answer ?? REMOVED_BY_PLATFORM, updatedAt: new Date() }
      event = { action: 'takedown.status', details: { flagId: row.flagId, channel: row.channel, from: row.status, to: 'removed', removedBy: 'platform', via } }
    } else if (v.outcome === 'deleted' && row.removedBy !== 'author') {
      set = { ...base, removedAt, removedBy: 'author', updatedAt: new Date() }
      event = { action: 'takedown.author_deleted', details: { flagId: row.flagId, channel: row.channel, via } }
    } else if (v.outcome === 'online' && row.removedBy === 'author') {
      set = { ...base, removedAt: null, removedBy: null, updatedAt: new Date() }
      event = { action: 'takedown.reappeared', details: { flagId: row.flagId, channel: row.channel, via } }
    }
    const [updated] = await db
      .update(takedowns)
      .set(set)
      .where(and(eq(takedowns.id, row.id), eq(takedowns.status, row.status)))
      .returning()
    if (!updated) continue
    const previous = row.lastCheck
    if (event) await appendAudit(db, { actor: 'system', action: event.action, subject: `takedown:${row.id}`, details: event.details })
    if (event || previous?.outcome !== check.outcome) changed.push(updated)
  }
  if (hub && changed.length > 0) await publishTakedowns(db, hub, changed)
  return changed
}

/** Ids of the stored posts of `platform` with these external ids. */
export async function postIdsOf(db: Database, platform: string, externalIds: readonly string[]): Promise<number[]> {
  if (externalIds.length === 0) return []
  const rows = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.platform, platform), inArray(posts.externalId, [...externalIds])))
  return rows.map((r) => r.id)
}

/** Ids of the stored posts of an author (by platform author id). */
export async function postIdsOfAuthor(db: Database, platform: string, authorId: string): Promise<number[]> {
  const rows = await db
    .select({ id: posts.id })
    .from(posts)
    .innerJoin(takedowns, eq(takedowns.postId, posts.id))
    .where(and(eq(posts.platform, platform), eq(posts.authorId, authorId), inArray(takedowns.status, [...OPEN_TAKEDOWN_STATUSES])))
  return [...new Set(rows.map((r) => r.id))]
}
