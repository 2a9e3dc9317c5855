/** Exports of a case for a complaint: the PDF, and the zip with the PDF, the files and the frozen evidence. */
import type { Readable } from 'node:stream'
import type { ArtifactStore } from '../capture/capture-service.js'
import type { Database } from '../db/client.js'
import type { CaseRow } from '../db/schema/index.js'
import type { BlobStore } from '../vault/blob-store.js'
import { requireCase, type CaseViewer } from './case-access.js'
import { recordCaseEvent } from './case-events.js'
import { loadCaseMaterial } from './case-material.js'
import { caseViews } from './case-service.js'
import { caseTimeline } from './case-timeline.js'
import { casePdf } from './export-pdf.js'
import { caseZip } from './export-zip.js'

/** What an export needs. */
export interface ExportDeps {
  db: Database
  vault: BlobStore
  /** The helpline's name for the PDF header (the DSA notifier). */
  organisation: string | null
  /** Where the captures of reported URLs keep their bytes (the vault), or null: then the zip holds only their hashes (in the PDF). */
  captures: ArtifactStore | null
}

/** A produced export: the case it is of, the ids and hashes it holds (for the audit), and its bytes. */
export interface CaseExport<T> {
  kase: CaseRow
  body: T
  files: number
  flags: number
}

async function build(deps: ExportDeps, viewer: CaseViewer, caseId: number, format: 'pdf' | 'zip') {
  const kase = await requireCase(deps.db, viewer, caseId)
  const material = await loadCaseMaterial(deps.db, caseId, { maxPosts: 300 })
  const [view] = await caseViews(deps.db, viewer, [kase])
  if (!view) throw new Error('case view missing')
  const exportedAt = new Date()
  const pdf = await casePdf({ kase, view, material, timeline: caseTimeline(material), exportedBy: viewer.name, exportedAt, organisation: deps.organisation })
  await recordCaseEvent(deps.db, caseId, viewer.userId, 'case.exported', { format })
  return { kase, material, pdf, exportedAt }
}

/** The « dossier de preuves » PDF. */
export async function exportCasePdf(deps: ExportDeps, viewer: CaseViewer, caseId: number): Promise<CaseExport<Buffer>> {
  const { kase, material, pdf } = await build(deps, viewer, caseId, 'pdf')
  return { kase, body: pdf, files: material.files.length, flags: material.flags.length }
}

/** The zip, streamed: each file is decrypted from the vault only when the zip reaches it. */
export async function exportCaseZip(deps: ExportDeps, viewer: CaseViewer, caseId: number): Promise<CaseExport<Readable>> {
  const { kase, material, pdf, exportedAt } = await build(deps, viewer, caseId, 'zip')
  const body = caseZip({
    caseId,
    pdf,
    files: material.files,
    snapshots: material.snapshots,
    open: (f) => deps.vault.stream(f.blobId),
    captures: deps.captures ? material.captures : [],
    openCapture: (blob) => (deps.captures ? deps.captures.get(blob) : Promise.reject(new Error('no capture store'))),
    exportedAt,
  })
  return { kase, body, files: material.files.length, flags: material.flags.length }
}
