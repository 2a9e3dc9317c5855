/**
 * Everything a case gathers, read in one place for its timeline and its
 * export: its own events and files, the watches and alerts it links, the
 * posts those watches matched, the flags on those posts (or linked by
 * number) with their frozen evidence, and the takedowns of those flags.
 */
import { asc, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import {
  alerts,
  captures,
  caseEvents,
  caseFiles,
  evidenceSnapshots,
  flags,
  intakeItems,
  posts,
  takedownEscalations,
  takedowns,
  watchMatches,
  watches,
  type AlertRow,
  type CaptureRow,
  type CaseEventRow,
  type CaseFileRow,
  type EvidenceSnapshotRow,
  type FlagRow,
  type IntakeItemRow,
  type PostRow,
  type TakedownEscalationRow,
  type TakedownRow,
} from '../db/schema/index.js'
import { linkedIds } from './case-links.js'
import { userNames } from './user-names.js'

/** A post a linked watch matched. */
export interface CaseMatch {
  watchId: number
  term: string
  hostile: boolean
  post: PostRow
}

/** What a case gathers. */
export interface CaseMaterial {
  events: CaseEventRow[]
  files: CaseFileRow[]
  watches: Array<{ id: number; label: string }>
  alerts: AlertRow[]
  /** The newest matched posts, at most `maxPosts`. */
  matches: CaseMatch[]
  /** More posts matched than `matches` holds. */
  matchesTruncated: boolean
  flags: FlagRow[]
  snapshots: EvidenceSnapshotRow[]
  /** The flagged posts. */
  flaggedPosts: PostRow[]
  takedowns: TakedownRow[]
  /** Escalation steps taken on those takedowns once late. */
  escalations: TakedownEscalationRow[]
  /** URLs reported into this case (« Signaler une URL » with the case). */
  intake: IntakeItemRow[]
  /** Their captures (Vigie's of the page, the victim's screenshots), oldest first. */
  captures: CaptureRow[]
  /** Names of every user id that appears above. */
  names: Map<number, string>
}

const none = <T>(): Promise<T[]> => Promise.resolve([])

/** Reads a case's material; `maxPosts` caps the matched posts (newest first). */
export async function loadCaseMaterial(db: Database, caseId: number, opts: { maxPosts?: number } = {}): Promise<CaseMaterial> {
  const maxPosts = opts.maxPosts ?? 300
  const links = await linkedIds(db, caseId)
  const watchIds = links.watch
  const [events, files, watchRows, alertRows, matchRows, intakeRows, captureRows] = await Promise.all([
    db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id)),
    db.select().from(caseFiles).where(eq(caseFiles.caseId, caseId)).orderBy(asc(caseFiles.uploadedAt), asc(caseFiles.id)),
    watchIds.length === 0 ? none<{ id: number; label: string }>() : db.select({ id: watches.id, label: watches.label }).from(watches).where(inArray(watches.id, watchIds)),
    watchIds.length + links.alert.length === 0
      ? none<AlertRow>()
      : db
          .select()
          .from(alerts)
          .where(or(watchIds.length > 0 ? inArray(alerts.watchId, watchIds) : undefined, links.alert.length > 0 ? inArray(alerts.id, links.alert) : undefined))
          .orderBy(asc(alerts.firstAt)),
    watchIds.length === 0
      ? none<CaseMatch>()
      : db
          .select({ watchId: watchMatches.watchId, term: watchMatches.term, hostile: watchMatches.hostile, post: posts })
          .from(watchMatches)
          .innerJoin(posts, eq(posts.id, watchMatches.postId))
          .where(inArray(watchMatches.watchId, watchIds))
          .orderBy(desc(watchMatches.postedAt), desc(watchMatches.postId))
          .limit(maxPosts + 1),
    db.select().from(intakeItems).where(eq(intakeItems.caseId, caseId)).orderBy(asc(intakeItems.id)),
    db
      .select({ capture: captures })
      .from(captures)
      .innerJoin(intakeItems, eq(intakeItems.id, captures.intakeId))
      .where(eq(intakeItems.caseId, caseId))
      .orderBy(asc(captures.capturedAt), asc(captures.id))
      .then((rows) => rows.map((r) => r.capture)),
  ])
  // Alerts linked by number may belong to watches not linked: their labels too.
  const extraWatchIds = [...new Set(alertRows.map((a) => a.watchId))].filter((id) => !watchIds.includes(id))
  const extraWatches =
    extraWatchIds.length === 0 ? [] : await db.select({ id: watches.id, label: watches.label }).from(watches).where(inArray(watches.id, extraWatchIds))

  // Flags: linked by number, on a post a linked watch matched (all of them, not only the newest), on a URL reported into the case, or behind a linked takedown.
  const matchedPosts =
    watchIds.length > 0 ? sql`${flags.postId} in (select ${watchMatches.postId} from ${watchMatches} where ${inArray(watchMatches.watchId, watchIds)})` : undefined
  const viaTakedowns =
    links.takedown.length > 0 ? sql`${flags.id} in (select ${takedowns.flagId} from ${takedowns} where ${inArray(takedowns.id, links.takedown)})` : undefined
  const reported = intakeRows.length > 0 ? inArray(flags.postId, intakeRows.map((i) => i.postId)) : undefined
  const flagWhere = or(links.flag.length > 0 ? inArray(flags.id, links.flag) : undefined, matchedPosts, reported, viaTakedowns)
  const flagRows = flagWhere === undefined ? [] : await db.select().from(flags).where(flagWhere).orderBy(asc(flags.flaggedAt)).limit(2000)
  const flagIds = flagRows.map((f) => f.id)
  const [snapshots, takedownRows, flaggedPosts] = await Promise.all([
    flagIds.length === 0 ? none<EvidenceSnapshotRow>() : db.select().from(evidenceSnapshots).where(inArray(evidenceSnapshots.flagId, flagIds)),
    flagIds.length + links.takedown.length === 0
      ? none<TakedownRow>()
      : db
          .select()
          .from(takedowns)
          .where(or(flagIds.length > 0 ? inArray(takedowns.flagId, flagIds) : undefined, links.takedown.length > 0 ? inArray(takedowns.id, links.takedown) : undefined))
          .orderBy(asc(takedowns.requestedAt), asc(takedowns.id)),
    flagRows.length === 0 ? none<PostRow>() : db.select().from(posts).where(inArray(posts.id, [...new Set(flagRows.map((f) => f.postId))])),
  ])
  const escalations =
    takedownRows.length === 0
      ? []
      : await db
          .select()
          .from(takedownEscalations)
          .where(inArray(takedownEscalations.takedownId, takedownRows.map((t) => t.id)))
          .orderBy(asc(takedownEscalations.at), asc(takedownEscalations.id))
  const names = await userNames(db, [
    ...events.map((e) => e.actorId),
    ...events.map((e) => (typeof e.details.userId === 'number' ? e.details.userId : null)),
    ...files.map((f) => f.uploadedBy),
    ...intakeRows.map((i) => i.submittedBy),
    ...flagRows.flatMap((f) => [f.flaggedBy, f.claimedBy, f.decidedBy]),
  ])
  return {
    events,
    files,
    watches: [...watchRows, ...extraWatches],
    alerts: alertRows,
    matches: matchRows.slice(0, maxPosts),
    matchesTruncated: matchRows.length > maxPosts,
    flags: flagRows,
    snapshots,
    flaggedPosts,
    takedowns: takedownRows,
    escalations,
    intake: intakeRows,
    captures: captureRows,
    names,
  }
}
