/** Creating, listing and changing victim watches. */
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { alerts, outbox, posts, watchMatches, watches, type PostRow, type WatchRow } from '../db/schema/index.js'
import type { WatchView } from '../../contract/watches.js'
import type { WatchInput } from './watch-input.js'

/** Who asks: admins see every watch, counsellors only their own. */
export interface Viewer {
  userId: number | null
  admin: boolean
}

const visibleTo = (v: Viewer): SQL | undefined =>
  v.admin ? undefined : v.userId === null ? eq(watches.id, -1) : eq(watches.ownerId, v.userId)

/** A watch as the API shows it (contract/watches.ts); the webhook secret never leaves the server. */
export type { WatchView }

/** The latest webhook given up per watch, unless one was sent after it (see WatchView.webhookFailure). */
export async function webhookFailures(db: Database, ids: readonly number[]): Promise<Map<number, { at: string; error: string }>> {
  const failures = new Map<number, { at: string; error: string }>()
  if (ids.length === 0) return failures
  const rows = await db
    .selectDistinctOn([outbox.subject], { subject: outbox.subject, state: outbox.state, doneAt: outbox.doneAt, lastError: outbox.lastError })
    .from(outbox)
    .where(and(eq(outbox.kind, 'webhook'), inArray(outbox.subject, ids.map((id) => `watch:${id}`)), inArray(outbox.state, ['sent', 'failed'])))
    .orderBy(outbox.subject, desc(outbox.doneAt), desc(outbox.id))
  for (const r of rows) {
    if (r.state !== 'failed' || !r.subject || !r.doneAt) continue
    failures.set(Number(r.subject.slice('watch:'.length)), { at: r.doneAt.toISOString(), error: r.lastError ?? 'envoi abandonné' })
  }
  return failures
}

/** The row without its secret; `failure`: its latest webhook given up (webhookFailures). */
export function watchView(w: WatchRow, failure: { at: string; error: string } | null = null): WatchView {
  return {
    id: w.id,
    ownerId: w.ownerId,
    label: w.label,
    names: w.names,
    handles: w.handles,
    school: w.school,
    webhookUrl: w.webhookUrl,
    hasWebhookSecret: w.webhookSecret !== null,
    webhookFailure: failure,
    active: w.active,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  }
}

/** Stores a new watch owned by `ownerId`; the label is always one of its names. */
export async function createWatch(db: Database, input: WatchInput, ownerId: number | null): Promise<WatchRow> {
  const names = [...new Set([input.label, ...input.names])]
  const [row] = await db
    .insert(watches)
    .values({ ...input, names, ownerId })
    .returning()
  if (!row) throw new Error('insert returned no row')
  return row
}

/** Watches the viewer may see, newest first. */
export async function listWatches(db: Database, viewer: Viewer): Promise<WatchRow[]> {
  return db.select().from(watches).where(visibleTo(viewer)).orderBy(desc(watches.id))
}

/** One watch if the viewer may see it. */
export async function getWatch(db: Database, viewer: Viewer, id: number): Promise<WatchRow | undefined> {
  const [row] = await db
    .select()
    .from(watches)
    .where(and(eq(watches.id, id), visibleTo(viewer)))
  return row
}

/** The fields of a watch that may change; absent fields stay as they are. */
export type WatchPatch = Partial<WatchInput> & { active?: boolean }

/**
 * Changes a watch if the viewer may see it (its owner, or an admin); the
 * label always stays one of its names. Undefined when not visible.
 */
export async function updateWatch(db: Database, viewer: Viewer, id: number, patch: WatchPatch): Promise<WatchRow | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(watches)
      .where(and(eq(watches.id, id), visibleTo(viewer)))
      .for('update')
    if (!row) return undefined
    const label = patch.label ?? row.label
    const set: Partial<WatchRow> = { ...patch, updatedAt: new Date() }
    if (patch.label !== undefined || patch.names !== undefined) set.names = [...new Set([label, ...(patch.names ?? row.names)])]
    const [updated] = await tx.update(watches).set(set).where(eq(watches.id, id)).returning()
    return updated
  })
}

/** One post a watch matched. */
export interface WatchMatch {
  term: string
  hostile: boolean
  postedAt: Date
  post: PostRow
}

/** Posts matched by a watch the viewer may see, newest first (`before`: older than this post time). */
export async function listMatches(
  db: Database,
  viewer: Viewer,
  id: number,
  opts: { limit: number; before?: Date },
): Promise<WatchMatch[] | undefined> {
  if (!(await getWatch(db, viewer, id))) return undefined
  return db
    .select({ term: watchMatches.term, hostile: watchMatches.hostile, postedAt: watchMatches.postedAt, post: posts })
    .from(watchMatches)
    .innerJoin(posts, eq(posts.id, watchMatches.postId))
    .where(and(eq(watchMatches.watchId, id), opts.before ? lt(watchMatches.postedAt, opts.before) : undefined))
    .orderBy(desc(watchMatches.postedAt), desc(watchMatches.postId))
    .limit(opts.limit)
}

/** Every active watch, for the matcher. */
export async function activeWatches(db: Database): Promise<WatchRow[]> {
  return db.select().from(watches).where(eq(watches.active, true))
}

/** Alerts of the watches the viewer may see, newest first. */
export async function listAlerts(db: Database, viewer: Viewer, limit = 200) {
  return db
    .select({ alert: alerts, label: watches.label })
    .from(alerts)
    .innerJoin(watches, eq(watches.id, alerts.watchId))
    .where(visibleTo(viewer))
    .orderBy(desc(alerts.lastAt))
    .limit(limit)
}
