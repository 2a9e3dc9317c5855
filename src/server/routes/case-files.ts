/**
 * The evidence vault of a case and its exports:
 * POST /api/cases/:id/files (multipart, streamed), GET /api/cases/:id/files,
 * GET /api/cases/:id/files/:fileId/content (each read audited),
 * GET /api/cases/:id/export.pdf and /export.zip.
 */
import * as contract from '../../../contract/case-routes.js'
import { z } from 'zod'
import type { RefusedFile } from '../../../contract/cases.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireCase } from '../../cases/case-access.js'
import { exportCasePdf, exportCaseZip } from '../../cases/case-export.js'
import { caseForUpload, fileViews, findCaseFile, listCaseFiles, MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, storeCaseFile } from '../../cases/case-files.js'
import { fileKindOf } from '../../cases/file-format.js'
import type { CaseFileRow } from '../../db/schema/index.js'
import { raw, reply, routes, serve } from '../endpoint.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { readMultipart, REFUSAL_STATUS, uploadBody } from '../multipart.js'
import { pullStream } from '../pull-stream.js'
import { parseQuery } from '../validate.js'
import { caseViewer, caseWork, organisation, pathId } from './case-common.js'

/** Largest upload request: every file at its limit, plus the form around them. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILES_PER_REQUEST * MAX_FILE_BYTES + 1024 * 1024

/** A declared capture date: a day (YYYY-MM-DD) or an ISO date-time, not in the future. */
const capturedAtSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'capturedAt : une date AAAA-MM-JJ ou ISO-8601' })
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s))
  .refine((d) => d.getTime() <= Date.now() + 24 * 3600_000, 'capturedAt : la date de capture ne peut pas être dans le futur')
  .refine((d) => d.getUTCFullYear() >= 2000, 'capturedAt : date trop ancienne')

function parseCapturedAt(raw: string | undefined): Date | null {
  if (raw === undefined || raw.trim() === '') return null
  const parsed = capturedAtSchema.safeParse(raw.trim())
  if (!parsed.success) throw new ApiError(400, 'bad_request', parsed.error.issues[0]?.message ?? 'capturedAt invalide')
  return parsed.data
}

const contentQuery = z.object({
  disposition: z.enum(['attachment', 'inline'], { error: 'disposition : attachment ou inline' }).default('attachment'),
})

/** A value for `filename*=UTF-8''…` (RFC 5987: also `'`, `(`, `)`, `*` and `!` percent-encoded). */
const rfc5987 = (name: string): string => encodeURIComponent(name).replace(/['()*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)

/** Headers of a file served from the vault: its sniffed type, never rendered as a page, never cached. */
function fileHeaders(row: CaseFileRow, inline: boolean): Record<string, string> {
  const ascii = `vigie-dossier-${row.caseId}-fichier-${row.id}`
  return {
    'content-type': row.mime,
    'content-length': String(row.size),
    'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${rfc5987(row.name)}`,
    'x-content-type-options': 'nosniff',
    // Opened on its own, the file is a sandboxed document that may load nothing but itself.
    'content-security-policy': "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, no-store',
    'repr-digest': `sha-256=:${Buffer.from(row.sha256, 'hex').toString('base64')}:`,
  }
}


/** The vault routes. */
export const caseFileRoutes = routes(
  // Multipart, streamed: not a JSON body, so this route validates its own input.
  raw(contract.uploadCaseFiles, ACCESS.cases, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { ctx } = c.var
    const { db } = ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const kase = await caseForUpload(db, ctx.vault, viewer, id)
      let capturedAt = parseCapturedAt(c.req.query('capturedAt'))
      const stored: CaseFileRow[] = []
      const refused: RefusedFile[] = []
      const form = await readMultipart(
        uploadBody(c),
        { maxBodyBytes: MAX_UPLOAD_BODY_BYTES, maxFiles: MAX_FILES_PER_REQUEST, maxFileBytes: MAX_FILE_BYTES },
        async (part) => {
          if (part.type === 'field') {
            if (part.name === 'capturedAt') capturedAt = parseCapturedAt(part.value)
            return
          }
          const outcome = await storeCaseFile({ db, vault: ctx.vault }, viewer, kase, { name: part.filename, content: part.content }, capturedAt)
          if (!outcome.ok) {
            refused.push(outcome.refused)
            return
          }
          stored.push(outcome.row)
          // Ids and hashes only: never the file's name (it may name the victim).
          await appendAudit(db, {
            actor: viewer.name,
            action: 'case.file.upload',
            subject: `case:${id}`,
            details: { fileId: outcome.row.id, sha256: outcome.row.sha256, size: outcome.row.size, mime: outcome.row.mime },
          })
        },
      )
      if (form.tooManyFiles) refused.push({ name: '', code: 'too_many_files', message: `au plus ${MAX_FILES_PER_REQUEST} fichiers par envoi : les suivants n’ont pas été lus` })
      if (stored.length === 0) {
        const first = refused[0]
        if (!first) throw new ApiError(400, 'bad_request', 'aucun fichier reçu (champ « file » du formulaire)')
        throw new ApiError(REFUSAL_STATUS[first.code] ?? 400, first.code, first.message)
      }
      c.var.log.info({ caseId: id, stored: stored.length, refused: refused.length }, 'case files stored')
      const views = await fileViews(db, stored)
      for (const file of views) ctx.hub.publish({ type: 'case.file.added', caseId: id, file })
      return c.json({ files: views, refused }, 201)
    })
  }),
  serve(contract.listCaseFiles, ACCESS.cases, async (c, { params }) =>
    caseWork(async () => reply(200, { files: await listCaseFiles(c.var.ctx.database.db, caseViewer(c), params.id) })),
  ),
  // Any sniffed type goes out: the contract cannot name one media type, so this route answers by itself.
  raw(contract.caseFileContent, ACCESS.cases, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(ctx.database.db, viewer, id)
      const fileId = pathId(c, 'fileId', 'fichier')
      const { disposition } = parseQuery(c, contentQuery)
      const row = await findCaseFile(ctx.database.db, viewer, id, fileId)
      if (!ctx.vault.configured) throw new ApiError(503, 'vault_unavailable', 'coffre-fort non configuré : le fichier ne peut pas être déchiffré (VIGIE_VAULT_KEY)')
      // PDFs are never shown inside Vigie: always a download.
      const inline = disposition === 'inline' && fileKindOf(row.mime) !== 'pdf'
      await appendAudit(ctx.database.db, {
        actor: viewer.name,
        action: 'case.file.read',
        subject: `case:${id}`,
        details: { fileId: row.id, sha256: row.sha256, disposition: inline ? 'inline' : 'attachment' },
      })
      return c.body(pullStream(ctx.vault.chunks(row.blobId)), 200, fileHeaders(row, inline))
    })
  }),
  serve(contract.exportCasePdf, ACCESS.cases, async (c, { params }) => {
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const out = await exportCasePdf({ db: ctx.database.db, vault: ctx.vault, organisation: organisation(c).name, captures: ctx.captures.store }, viewer, params.id)
      await appendAudit(ctx.database.db, { actor: viewer.name, action: 'case.export', subject: `case:${params.id}`, details: { format: 'pdf', files: out.files, flags: out.flags } })
      return c.body(new Uint8Array(out.body), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="dossier-de-preuves-${params.id}.pdf"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
    })
  }),
  serve(contract.exportCaseZip, ACCESS.cases, async (c, { params }) => {
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const files = await listCaseFiles(ctx.database.db, viewer, params.id)
      if (files.length > 0 && !ctx.vault.configured) throw new ApiError(503, 'vault_unavailable', 'coffre-fort non configuré : les fichiers ne peuvent pas être déchiffrés (VIGIE_VAULT_KEY)')
      const out = await exportCaseZip({ db: ctx.database.db, vault: ctx.vault, organisation: organisation(c).name, captures: ctx.captures.store }, viewer, params.id)
      await appendAudit(ctx.database.db, { actor: viewer.name, action: 'case.export', subject: `case:${params.id}`, details: { format: 'zip', files: out.files, flags: out.flags } })
      return c.body(pullStream(out.body), 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="dossier-${params.id}.zip"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
    })
  }),
)
