/**
 * Files deposited in a case: each one sniffed from its first bytes, hashed
 * and encrypted into the vault as it streams in, then recorded with who
 * brought it, when, and the capture date the victim declared. Listing never
 * touches the bytes; reading them is for the case's counsellors and admins.
 */
import { and, asc, count, eq } from 'drizzle-orm'
import type { CaseFileView, RefusedFile } from '../../contract/cases.js'
import type { Database } from '../db/client.js'
import { caseFiles, type CaseFileRow, type CaseRow } from '../db/schema/index.js'
import { VaultNotConfiguredError, VaultSizeError, type BlobStore } from '../vault/blob-store.js'
import { rechunk } from '../vault/rechunk.js'
import { CaseError, requireCase, type CaseViewer } from './case-access.js'
import { touchCase } from './case-service.js'
import { cleanFileName, fileKindOf } from './file-format.js'
import { sniffFile } from './file-sniff.js'
import { nameOf, userNames } from './user-names.js'

/** Largest file accepted (50 MiB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
/** Files accepted in one upload request. */
export const MAX_FILES_PER_REQUEST = 10
/** Files a case may hold. */
export const MAX_FILES_PER_CASE = 500
/** Bytes looked at to decide the type and read an image's dimensions. */
const SNIFF_BYTES = 1024 * 1024

/** A file arriving in an upload. */
export interface IncomingFile {
  /** The name the client gave, if any (display only). */
  name: string | undefined
  content: AsyncIterable<Uint8Array>
}

/** The outcome of one file. */
export type StoreOutcome = { ok: true; row: CaseFileRow } | { ok: false; refused: RefusedFile }

/** Throws unless the case can take files now (visible, open, vault configured). */
export async function caseForUpload(db: Database, vault: BlobStore, viewer: CaseViewer, caseId: number): Promise<CaseRow> {
  const row = await requireCase(db, viewer, caseId)
  if (!vault.configured) throw new CaseError('vault_unavailable', `dépôt refusé, ${new VaultNotConfiguredError().message}`)
  if (row.status !== 'open') throw new CaseError('conflict', 'dossier clos : rouvrez-le pour déposer des fichiers')
  return row
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first
  for (;;) {
    const next = await rest.next()
    if (next.done) return
    yield next.value
  }
}

async function drain(rest: AsyncIterator<Buffer>): Promise<void> {
  for (;;) if ((await rest.next()).done) return
}

/** Sniffs, hashes, encrypts and records one file; a refusal leaves nothing stored. */
export async function storeCaseFile(
  deps: { db: Database; vault: BlobStore },
  viewer: CaseViewer,
  kase: CaseRow,
  file: IncomingFile,
  capturedAt: Date | null,
): Promise<StoreOutcome> {
  const name = cleanFileName(file.name)
  const refuse = async (code: string, message: string, rest?: AsyncIterator<Buffer>): Promise<StoreOutcome> => {
    if (rest) await drain(rest)
    return { ok: false, refused: { name, code, message: `« ${name} » : ${message}` } }
  }
  const [{ n }] = (await deps.db.select({ n: count() }).from(caseFiles).where(eq(caseFiles.caseId, kase.id))) as [{ n: number }]
  const pieces = rechunk(file.content, SNIFF_BYTES)
  if (Number(n) >= MAX_FILES_PER_CASE) return refuse('too_many_files', `le dossier contient déjà ${MAX_FILES_PER_CASE} fichiers`, pieces)
  const first = await pieces.next()
  if (first.done) return refuse('empty_file', 'fichier vide')
  const sniffed = await sniffFile(first.value)
  if (!sniffed.ok) return refuse(sniffed.code, sniffed.message, pieces)
  let blob
  try {
    blob = await deps.vault.put(prepend(first.value, pieces), { kind: 'case-file', maxBytes: MAX_FILE_BYTES })
  } catch (err) {
    if (err instanceof VaultSizeError) return refuse('file_too_large', 'fichier trop gros (50 Mo au plus)', pieces)
    throw err
  }
  const [row] = await deps.db
    .insert(caseFiles)
    .values({
      caseId: kase.id,
      blobId: blob.id,
      name,
      mime: sniffed.mime,
      size: blob.size,
      sha256: blob.sha256,
      width: sniffed.width,
      height: sniffed.height,
      uploadedBy: viewer.userId,
      capturedAt,
    })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await touchCase(deps.db, kase.id)
  return { ok: true, row }
}

/** Views of file rows (never their bytes). */
export async function fileViews(db: Database, rows: readonly CaseFileRow[]): Promise<CaseFileView[]> {
  const names = await userNames(
    db,
    rows.map((r) => r.uploadedBy),
  )
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    name: r.name,
    mime: r.mime,
    kind: fileKindOf(r.mime),
    size: r.size,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    uploadedBy: nameOf(names, r.uploadedBy),
    uploadedAt: r.uploadedAt.toISOString(),
    capturedAt: r.capturedAt?.toISOString() ?? null,
  }))
}

/** The files of a case the viewer may see, oldest first. */
export async function listCaseFiles(db: Database, viewer: CaseViewer, caseId: number): Promise<CaseFileView[]> {
  await requireCase(db, viewer, caseId)
  return fileViews(db, await db.select().from(caseFiles).where(eq(caseFiles.caseId, caseId)).orderBy(asc(caseFiles.uploadedAt), asc(caseFiles.id)))
}

/** One file of a case the viewer may see, or not_found (another case's file id is not found either). */
export async function findCaseFile(db: Database, viewer: CaseViewer, caseId: number, fileId: number): Promise<CaseFileRow> {
  await requireCase(db, viewer, caseId)
  const [row] = await db
    .select()
    .from(caseFiles)
    .where(and(eq(caseFiles.id, fileId), eq(caseFiles.caseId, caseId)))
  if (!row) throw new CaseError('not_found', 'fichier introuvable')
  return row
}
