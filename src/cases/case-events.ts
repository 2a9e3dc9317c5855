/** The case's own history (opened, closed, shared, linked, exported, referent alerted…): ids and facts, no names of minors. */
import type { Database } from '../db/client.js'
import { caseEvents } from '../db/schema/index.js'

/** Appends one event to a case's history; `actorId` null is the system (retention). */
export async function recordCaseEvent(
  db: Database,
  caseId: number,
  actorId: number | null,
  kind: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.insert(caseEvents).values({ caseId, actorId, kind, details })
}
