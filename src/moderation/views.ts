/** The public shapes of flags and takedowns (API and WebSocket), built from rows. */
import { inArray } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { evidenceSnapshots, posts, takedownEscalations, users, type FlagRow, type TakedownRow } from '../db/schema/index.js'
import type { FlagStatus, FlagView } from '../../contract/flags.js'
import type { EscalationView } from '../../contract/removal.js'
import type { TakedownChannel, TakedownStatus, TakedownView } from '../../contract/takedowns.js'
import { postView } from '../posts/post-view.js'

/** Flag statuses, takedown channels and statuses, and the views: the wire shapes of contract/flags.ts and contract/takedowns.ts. */
export type { FlagStatus, FlagView, TakedownChannel, TakedownStatus, TakedownView }

/** The one-hour target for a takedown, in ms. */
export const TAKEDOWN_TARGET_MS = 60 * 60 * 1000

const iso = (d: Date | null): string | null => d?.toISOString() ?? null

async function userNames(db: Database, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Views of flag rows, in the same order (posts, snapshots and user names loaded in three queries). */
export async function flagViews(db: Database, rows: readonly FlagRow[]): Promise<FlagView[]> {
  if (rows.length === 0) return []
  const postIds = [...new Set(rows.map((r) => r.postId))]
  const [postRows, snapshots, names] = await Promise.all([
    db.select().from(posts).where(inArray(posts.id, postIds)),
    db
      .select({ flagId: evidenceSnapshots.flagId, sha256: evidenceSnapshots.sha256, capturedAt: evidenceSnapshots.capturedAt })
      .from(evidenceSnapshots)
      .where(inArray(evidenceSnapshots.flagId, rows.map((r) => r.id))),
    userNames(db, rows.flatMap((r) => [r.flaggedBy, r.claimedBy, r.decidedBy])),
  ])
  const postById = new Map(postRows.map((p) => [p.id, p]))
  const snapshotByFlag = new Map(snapshots.map((s) => [s.flagId, s]))
  const name = (id: number | null) => (id === null ? null : (names.get(id) ?? `#${id}`))
  return rows.map((r) => {
    const post = postById.get(r.postId)
    const snapshot = snapshotByFlag.get(r.id)
    if (!post || !snapshot) throw new Error(`flag ${r.id}: post or snapshot missing`)
    return {
      id: r.id,
      postId: String(r.postId),
      post: postView(post),
      category: r.category,
      note: r.note,
      status: r.status as FlagStatus,
      flaggedBy: name(r.flaggedBy) ?? '',
      flaggedAt: r.flaggedAt.toISOString(),
      claimedBy: name(r.claimedBy),
      claimedAt: iso(r.claimedAt),
      decidedBy: name(r.decidedBy),
      decidedAt: iso(r.decidedAt),
      decisionNote: r.decisionNote,
      evidenceSha256: snapshot.sha256,
      capturedAt: snapshot.capturedAt.toISOString(),
    }
  })
}

/** Views of takedown rows, in the same order. */
export async function takedownViews(db: Database, rows: readonly TakedownRow[]): Promise<TakedownView[]> {
  if (rows.length === 0) return []
  const [postRows, escalationRows] = await Promise.all([
    db
      .select({ id: posts.id, url: posts.url, author: posts.author, externalId: posts.externalId })
      .from(posts)
      .where(inArray(posts.id, [...new Set(rows.map((r) => r.postId))])),
    db
      .select()
      .from(takedownEscalations)
      .where(inArray(takedownEscalations.takedownId, rows.map((r) => r.id)))
      .orderBy(takedownEscalations.id),
  ])
  const postById = new Map(postRows.map((p) => [p.id, p]))
  const escalationsOf = new Map<number, EscalationView[]>()
  for (const e of escalationRows) {
    const list = escalationsOf.get(e.takedownId) ?? []
    list.push({ id: e.id, action: e.action as EscalationView['action'], actor: e.actor, at: e.at.toISOString(), details: e.details })
    escalationsOf.set(e.takedownId, list)
  }
  return rows.map((r) => {
    const p = postById.get(r.postId)
    return {
      id: r.id,
      flagId: r.flagId,
      postId: String(r.postId),
      platform: r.platform,
      channel: r.channel as TakedownChannel,
      status: r.status as TakedownStatus,
      requestedAt: r.requestedAt.toISOString(),
      acknowledgedAt: iso(r.acknowledgedAt),
      resolvedAt: iso(r.resolvedAt),
      dueAt: new Date(r.requestedAt.getTime() + TAKEDOWN_TARGET_MS).toISOString(),
      answer: r.answer,
      externalRef: r.externalRef,
      lastError: r.lastError,
      post: { url: p?.url ?? null, author: p?.author ?? '', externalId: p?.externalId ?? '' },
      removedAt: iso(r.removedAt),
      removedBy: r.removedBy === 'platform' || r.removedBy === 'author' ? r.removedBy : null,
      lastCheck: r.lastCheck ?? null,
      overdueAt: iso(r.overdueAt),
      escalations: escalationsOf.get(r.id) ?? [],
      sentAt: iso(r.sentAt),
      sentBy: r.sentBy,
      sentVia: r.sentVia,
      sentTo: r.sentTo,
    }
  })
}
