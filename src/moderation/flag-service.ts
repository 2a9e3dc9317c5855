/**
 * Flagging posts: one flag per post under a DSA category, with the post's
 * evidence frozen at once (canonical JSON + SHA-256, write-once). A post
 * whose flag is still open or confirmed is not flagged twice.
 */
import { and, desc, eq, inArray, lt } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import { evidenceSnapshots, flags, posts, watchMatches, type FlagRow } from '../db/schema/index.js'
import type { DsaCategory } from './categories.js'
import type { Actor, ModerationDeps } from './deps.js'
import { ModerationError } from './errors.js'
import { buildSnapshot, verifySnapshot } from './evidence.js'
import { flagViews, type FlagStatus, type FlagView } from './views.js'
import type { Database } from '../db/client.js'

/** Flag statuses under which a post is not flagged again. */
const OPEN_FLAG_STATUSES: FlagStatus[] = ['pending', 'claimed', 'confirmed']

/** What the flagger sends. */
export interface FlagInput {
  /** Database ids of the posts (decimal strings), 1..100. */
  postIds: string[]
  category: DsaCategory
  note?: string | undefined
}

/** Loads one flag row, or null. */
export async function findFlag(db: Database, id: number): Promise<FlagRow | null> {
  const [row] = await db.select().from(flags).where(eq(flags.id, id))
  return row ?? null
}

/** The view of one flag row. */
export async function flagView(db: Database, row: FlagRow): Promise<FlagView> {
  const [view] = await flagViews(db, [row])
  if (!view) throw new Error(`flag ${row.id}: no view`)
  return view
}

/** Flags each post (in the given order); returns the new or already open flag of each. */
export async function createFlags(deps: ModerationDeps, actor: Actor, input: FlagInput): Promise<FlagView[]> {
  const { db } = deps
  const ids = [...new Set(input.postIds.map(Number))]
  const found = await db.select().from(posts).where(inArray(posts.id, ids))
  const postById = new Map(found.map((p) => [p.id, p]))
  const missing = ids.filter((id) => !postById.has(id))
  if (missing.length > 0) throw new ModerationError('not_found', `publication introuvable : ${missing.slice(0, 5).join(', ')}`)
  // Posts that matched a victim watch: the person targeted is a minor followed by the helpline.
  const minors = new Set(
    (await db.selectDistinct({ postId: watchMatches.postId }).from(watchMatches).where(inArray(watchMatches.postId, ids))).map((r) => r.postId),
  )

  const result: FlagRow[] = []
  const created: { flag: FlagRow; sha256: string }[] = []
  for (const id of ids) {
    const post = postById.get(id)
    if (!post) continue
    const existing = await openFlagOf(db, id)
    if (existing) {
      result.push(existing)
      continue
    }
    const made = await db.transaction(async (tx) => {
      const capturedAt = new Date(Date.now())
      const [flag] = await tx
        .insert(flags)
        .values({
          postId: id,
          category: input.category,
          note: input.note ?? null,
          status: 'pending',
          targetIsMinor: minors.has(id),
          flaggedBy: actor.id,
          flaggedAt: capturedAt,
          updatedAt: capturedAt,
        })
        .onConflictDoNothing()
        .returning()
      if (!flag) return null // flagged at the same moment by someone else
      const snapshot = buildSnapshot(post, flag, capturedAt)
      await tx.insert(evidenceSnapshots).values({ flagId: flag.id, postId: id, ...snapshot })
      return { flag, sha256: snapshot.sha256 }
    })
    if (made) {
      result.push(made.flag)
      created.push(made)
    } else {
      const raced = await openFlagOf(db, id)
      if (raced) result.push(raced)
    }
  }

  for (const { flag, sha256 } of created) {
    // Ids and hashes only: never the post text or the note.
    await appendAudit(db, {
      actor: actor.name,
      action: 'flag.create',
      subject: `flag:${flag.id}`,
      details: { postId: String(flag.postId), category: flag.category, evidenceSha256: sha256 },
    })
  }
  const views = await flagViews(db, result)
  const createdIds = new Set(created.map((c) => c.flag.id))
  for (const view of views) if (createdIds.has(view.id)) deps.hub.publish({ type: 'flag.created', flag: view })
  return views
}

async function openFlagOf(db: Database, postId: number): Promise<FlagRow | null> {
  const [row] = await db
    .select()
    .from(flags)
    .where(and(eq(flags.postId, postId), inArray(flags.status, OPEN_FLAG_STATUSES)))
  return row ?? null
}

/** Flags by status (default: the review queue, pending and claimed), newest first, paged by id. */
export async function listFlags(
  db: Database,
  query: { status?: FlagStatus | undefined; limit: number; before?: number | undefined },
): Promise<FlagView[]> {
  const statuses: FlagStatus[] = query.status ? [query.status] : ['pending', 'claimed']
  const rows = await db
    .select()
    .from(flags)
    .where(and(inArray(flags.status, statuses), query.before === undefined ? undefined : lt(flags.id, query.before)))
    .orderBy(desc(flags.id))
    .limit(query.limit)
  return flagViews(db, rows)
}

/** A flag with its evidence snapshot, the hash recomputed now. */
export async function getFlagWithSnapshot(
  db: Database,
  id: number,
): Promise<{ flag: FlagView; snapshot: { canonicalJson: string; sha256: string; capturedAt: string; verified: boolean } }> {
  const row = await findFlag(db, id)
  if (!row) throw new ModerationError('not_found', 'signalement introuvable')
  const [snap] = await db.select().from(evidenceSnapshots).where(eq(evidenceSnapshots.flagId, id))
  if (!snap) throw new ModerationError('not_found', 'instantané de preuve introuvable')
  return {
    flag: await flagView(db, row),
    snapshot: {
      canonicalJson: snap.canonicalJson,
      sha256: snap.sha256,
      capturedAt: snap.capturedAt.toISOString(),
      verified: verifySnapshot(snap) && snap.postId === row.postId,
    },
  }
}
