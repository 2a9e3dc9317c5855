/** Loads what a takedown's DSA notice and platform report are made of: the flag and its frozen evidence. */
import { asc, eq } from 'drizzle-orm'
import type { TakedownConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import { captures, evidenceSnapshots, flags, type TakedownRow } from '../db/schema/index.js'
import type { NoticeInput } from './dsa-notice.js'
import { ModerationError } from './errors.js'
import { readSnapshot, UNREADABLE_SNAPSHOT } from './evidence.js'

/** The notice input of a takedown row (the post as frozen when flagged, never as it is now). */
export async function noticeInputOf(db: Database, row: TakedownRow, notifier: TakedownConfig['notifier']): Promise<NoticeInput> {
  const [found] = await db
    .select({ note: flags.note, decisionNote: flags.decisionNote, canonicalJson: evidenceSnapshots.canonicalJson, sha256: evidenceSnapshots.sha256 })
    .from(flags)
    .innerJoin(evidenceSnapshots, eq(evidenceSnapshots.flagId, flags.id))
    .where(eq(flags.id, row.flagId))
  if (!found) throw new ModerationError('not_found', 'signalement ou preuve introuvable')
  const read = readSnapshot(found)
  // No notice from evidence that cannot be read: it would cite a content it cannot show.
  if (!read.ok) throw new ModerationError('conflict', `preuve du signalement n° ${row.flagId} : ${UNREADABLE_SNAPSHOT.toLowerCase()} (${read.reason})`)
  const pageCaptures = await db.select().from(captures).where(eq(captures.postId, row.postId)).orderBy(asc(captures.id))
  return {
    takedownId: row.id,
    requestedAt: row.requestedAt,
    snapshot: read.content,
    evidenceSha256: found.sha256,
    note: found.note,
    decisionNote: found.decisionNote,
    notifier,
    captures: pageCaptures.map((c) => ({
      source: c.source === 'victim-screenshot' ? 'victim-screenshot' : 'page',
      capturedAt: c.capturedAt.toISOString(),
      state: c.state,
      finalUrl: c.finalUrl,
      httpStatus: c.httpStatus,
      imageSha256: c.imageSha256,
      htmlSha256: c.htmlSha256,
      recordSha256: c.recordSha256,
    })),
  }
}

