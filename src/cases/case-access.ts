/**
 * Who may see and manage a case: its owner and the counsellors it is shared
 * with see it; admins see every case; anyone else is told it does not exist
 * (404, never 403). Sharing, closing, legal hold and erasure belong to the
 * owner and admins.
 */
import { and, eq, exists, or, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { caseMembers, cases, type CaseRow } from '../db/schema/index.js'

/** The signed-in user asking. */
export interface CaseViewer {
  userId: number
  name: string
  admin: boolean
}

/** A refusal the server maps to an HTTP status. */
export class CaseError extends Error {
  override name = 'CaseError'
  constructor(
    readonly code: 'not_found' | 'conflict' | 'forbidden' | 'bad_request' | 'payload_too_large' | 'vault_unavailable' | 'mail_failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The not-found answer for a case the viewer may not see (same as one that does not exist). */
export const caseNotFound = () => new CaseError('not_found', 'dossier introuvable')

/** SQL condition: the case row is visible to `viewer`. */
export function visibleTo(viewer: CaseViewer): SQL | undefined {
  if (viewer.admin) return undefined
  return or(
    eq(cases.ownerId, viewer.userId),
    exists(
      sql`(select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id} and ${caseMembers.userId} = ${viewer.userId})`,
    ),
  )
}

/** The case if the viewer may see it. */
export async function findCase(db: Database, viewer: CaseViewer, id: number): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), visibleTo(viewer)))
  return row
}

/** The case, or CaseError not_found. */
export async function requireCase(db: Database, viewer: CaseViewer, id: number): Promise<CaseRow> {
  const row = await findCase(db, viewer, id)
  if (!row) throw caseNotFound()
  return row
}

/** Owner or admin: may share, close, hold and erase. */
export function canManage(viewer: CaseViewer, row: Pick<CaseRow, 'ownerId'>): boolean {
  return viewer.admin || row.ownerId === viewer.userId
}

/** Throws `forbidden` unless the viewer manages the case. */
export function requireManager(viewer: CaseViewer, row: Pick<CaseRow, 'ownerId'>, what: string): void {
  if (!canManage(viewer, row)) throw new CaseError('forbidden', `seuls le titulaire du dossier et les administrateurs peuvent ${what}`)
}
