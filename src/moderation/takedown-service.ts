/**
 * Takedown requests: made when a flag is confirmed (a platform report for
 * Bluesky and Mastodon posts, a DSA notice for every post), listed, moved
 * through requested → acknowledged → removed | refused (removal checks: src/removals/).
 */
import { and, desc, eq, inArray, lt } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import type { TakedownConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import { takedowns, type FlagRow, type TakedownRow } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Actor, ModerationDeps } from './deps.js'
import { ModerationError } from './errors.js'
import { canMove, TAKEDOWN_STATUS_LABELS } from './takedown-status.js'
import { takedownViews, type TakedownChannel, type TakedownStatus, type TakedownView } from './views.js'

/** Channels a confirmed flag on a post of `platform` produces (a DSA notice only when platform reports are off). */
export function channelsFor(platform: string, platformReports = true): TakedownChannel[] {
  if (!platformReports) return ['dsa-notice']
  if (platform === 'bluesky') return ['bluesky-report', 'dsa-notice']
  if (platform === 'mastodon') return ['mastodon-report', 'dsa-notice']
  return ['dsa-notice']
}

/** True for channels that send a report to a platform API. */
export function isPlatformReport(channel: string): channel is 'bluesky-report' | 'mastodon-report' {
  return channel === 'bluesky-report' || channel === 'mastodon-report'
}

/** The French error recorded when a channel's credentials are missing, or null when they are set. */
export function missingCredentials(channel: string, cfg: TakedownConfig): string | null {
  if (channel === 'bluesky-report' && !cfg.bluesky) {
    return 'identifiants Bluesky non configurés (VIGIE_BLUESKY_REPORT_IDENTIFIER et VIGIE_BLUESKY_REPORT_APP_PASSWORD) : le signalement attend ; renvoyez-le une fois configurés'
  }
  if (channel === 'mastodon-report' && !cfg.mastodon) {
    return 'identifiants Mastodon non configurés (VIGIE_MASTODON_REPORT_INSTANCE et VIGIE_MASTODON_REPORT_TOKEN) : le signalement attend ; renvoyez-le une fois configurés'
  }
  return null
}

/** Inserts the takedowns of a just-confirmed flag (inside the decision's transaction). */
export async function insertTakedowns(
  tx: Database,
  flag: FlagRow,
  platform: string,
  actor: Actor,
  cfg: TakedownConfig,
  at: Date,
): Promise<TakedownRow[]> {
  const rows = channelsFor(platform, cfg.platformReports !== false).map((channel) => ({
    flagId: flag.id,
    postId: flag.postId,
    platform,
    channel,
    status: 'requested',
    requestedAt: at,
    lastError: missingCredentials(channel, cfg),
    requestedBy: actor.name,
    updatedAt: at,
  }))
  return tx.insert(takedowns).values(rows).onConflictDoNothing().returning()
}

/** Loads one takedown row, or null. */
export async function findTakedown(db: Database, id: number): Promise<TakedownRow | null> {
  const [row] = await db.select().from(takedowns).where(eq(takedowns.id, id))
  return row ?? null
}

/** The view of one takedown row. */
export async function takedownView(db: Database, row: TakedownRow): Promise<TakedownView> {
  const [view] = await takedownViews(db, [row])
  if (!view) throw new Error(`takedown ${row.id}: no view`)
  return view
}

/** Publishes `takedown.updated` for each row. */
export async function publishTakedowns(db: Database, hub: Hub, rows: readonly TakedownRow[]): Promise<TakedownView[]> {
  const views = await takedownViews(db, rows)
  for (const takedown of views) hub.publish({ type: 'takedown.updated', takedown })
  return views
}

/** Takedowns by status (default all), newest first, paged by id. */
export async function listTakedowns(
  db: Database,
  query: { status?: TakedownStatus | undefined; limit: number; before?: number | undefined },
): Promise<TakedownView[]> {
  const rows = await db
    .select()
    .from(takedowns)
    .where(
      and(
        query.status ? eq(takedowns.status, query.status) : undefined,
        query.before === undefined ? undefined : lt(takedowns.id, query.before),
      ),
    )
    .orderBy(desc(takedowns.id))
    .limit(query.limit)
  return takedownViews(db, rows)
}

/** Records a status change reported by a reviewer (with the platform's answer); 409 for a move not allowed. */
export async function setTakedownStatus(
  deps: ModerationDeps,
  actor: Actor,
  id: number,
  input: { status: Exclude<TakedownStatus, 'requested'>; answer?: string | undefined },
): Promise<TakedownView> {
  const { db } = deps
  const current = await findTakedown(db, id)
  if (!current) throw new ModerationError('not_found', 'demande de retrait introuvable')
  const from = current.status as TakedownStatus
  if (!canMove(from, input.status)) {
    throw new ModerationError(
      'conflict',
      `passage de « ${TAKEDOWN_STATUS_LABELS[from]} » à « ${TAKEDOWN_STATUS_LABELS[input.status]} » impossible`,
    )
  }
  const now = new Date()
  const [row] = await db
    .update(takedowns)
    .set({
      status: input.status,
      ...(input.status === 'acknowledged' ? { acknowledgedAt: now } : { resolvedAt: now }),
      // A reviewer recording « retiré » saw the platform remove it: the timer stops now.
      ...(input.status === 'removed' ? { removedAt: current.removedBy === 'platform' ? current.removedAt : now, removedBy: 'platform' } : {}),
      ...(input.answer !== undefined ? { answer: input.answer } : {}),
      updatedAt: now,
    })
    .where(and(eq(takedowns.id, id), eq(takedowns.status, from)))
    .returning()
  if (!row) throw new ModerationError('conflict', 'la demande de retrait vient de changer : rechargez-la')
  await appendAudit(db, {
    actor: actor.name,
    action: 'takedown.status',
    subject: `takedown:${id}`,
    details: { flagId: row.flagId, channel: row.channel, from, to: input.status },
  })
  const [view] = await publishTakedowns(db, deps.hub, [row])
  if (!view) throw new Error(`takedown ${id}: no view`)
  return view
}
