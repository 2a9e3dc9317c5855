/**
 * Erasing a case for good: its files (vault blobs and chunks), links,
 * shares, events and the case itself, in one transaction allowed to delete
 * from the write-once vault. Used by the right to erasure (on request, by the
 * owner or an admin) and by retention (closed cases past their period). A case
 * under legal hold is never erased. Flag evidence snapshots are not the
 * case's: they stay, write-once.
 */
import { eq } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { caseFiles, cases } from '../db/schema/index.js'
import { eraseBlobs, withErasure } from '../vault/blob-store.js'
import { CaseError, requireCase, requireManager, type CaseViewer } from './case-access.js'

/** What an erasure removed (ids and hashes only, for the audit log). */
export interface ErasureReport {
  caseId: number
  files: number
  /** SHA-256 of each erased file. */
  sha256: string[]
}

/**
 * Erases a case unless it is under legal hold (then CaseError conflict);
 * not_found when it is gone. `closedBefore` (retention) also requires it to
 * be still closed since before that date, checked under the row lock.
 */
export async function eraseCase(db: Database, caseId: number, opts: { closedBefore?: Date } = {}): Promise<ErasureReport> {
  return withErasure(db, async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update')
    if (!row) throw new CaseError('not_found', 'dossier introuvable')
    if (row.legalHold) throw new CaseError('conflict', 'dossier sous conservation légale : levez-la avant de l’effacer')
    if (opts.closedBefore && !(row.status === 'closed' && row.closedAt !== null && row.closedAt < opts.closedBefore)) {
      throw new CaseError('conflict', 'dossier rouvert depuis : conservé')
    }
    const files = await tx.delete(caseFiles).where(eq(caseFiles.caseId, caseId)).returning({ blobId: caseFiles.blobId, sha256: caseFiles.sha256 })
    await eraseBlobs(
      tx,
      files.map((f) => f.blobId),
    )
    await tx.delete(cases).where(eq(cases.id, caseId))
    return { caseId, files: files.length, sha256: files.map((f) => f.sha256) }
  })
}

/** The right to erasure: the owner or an admin, retyping the case's label. */
export async function eraseCaseOnRequest(db: Database, viewer: CaseViewer, caseId: number, confirm: string): Promise<ErasureReport> {
  const row = await requireCase(db, viewer, caseId)
  requireManager(viewer, row, 'effacer le dossier')
  if (confirm.trim() !== row.label) throw new CaseError('bad_request', 'confirmation incorrecte : retapez exactement le libellé du dossier')
  return eraseCase(db, caseId)
}
