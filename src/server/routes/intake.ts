/**
 * Reporting by URL: POST /api/intake (paste one or many URLs), GET
 * /api/intake, GET /api/intake/:id, POST /api/intake/:id/capture (capture
 * again), and a capture's files: GET /api/intake/:id/captures/:cid/image
 * (the screenshot, shown blurred until clicked) and …/page.html (a download,
 * never rendered: the page was written by strangers); POST
 * /api/intake/:id/captures attaches the victim's own screenshot (multipart);
 * POST /api/intake/:id/flag flags the item (« Signaler »: four eyes, then takedown).
 */
import type { Context } from 'hono'
import * as contract from '../../../contract/intake.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import type { IntakeViewer } from '../../intake/intake-service.js'
import { MAX_ATTACHED_IMAGE } from '../../capture/capture-service.js'
import { readScreenshot, type ScreenshotVerdict } from '../../capture/victim-screenshot.js'
import { captureView, findCapture } from '../../intake/intake-view.js'
import { VaultNotConfiguredError } from '../../vault/blob-store.js'
import { sessionOf } from '../auth.js'
import { raw, reply, routes, serve } from '../endpoint.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { readMultipart, REFUSAL_STATUS, uploadBody } from '../multipart.js'
import { pathId } from './case-common.js'
import { moderated } from './flags.js'

/** The caller as an intake viewer: counsellors see their own items only. */
function viewerOf(c: Context<AppEnv>): IntakeViewer {
  const { user } = sessionOf(c)
  return { id: user.id, name: user.name, role: user.role, seesAll: user.role !== 'counsellor' }
}

const notFound = () => new ApiError(404, 'not_found', 'signalement par URL introuvable')

/** A capture file the caller may read, or a 404. */
async function captureFile(c: Context<AppEnv>, id: number, cid: number, kind: 'image' | 'html'): Promise<{ bytes: Buffer; type: string; name: string; sha256: string }> {
  const ctx = c.var.ctx
  const row = await ctx.intake.row(viewerOf(c), id)
  if (!row) throw notFound()
  const capture = await findCapture(ctx.database.db, row.id, cid)
  if (!capture) throw new ApiError(404, 'not_found', 'capture introuvable')
  const blob = kind === 'image' ? capture.imageBlob : capture.htmlBlob
  const sha256 = kind === 'image' ? capture.imageSha256 : capture.htmlSha256
  if (!blob || !sha256) throw new ApiError(404, 'not_found', kind === 'image' ? 'image non conservée (coffre-fort non configuré)' : 'HTML non conservé (coffre-fort non configuré)')
  const store = ctx.captures.store
  if (!store) throw new ApiError(409, 'conflict', 'coffre-fort non configuré')
  // Evidence of a case: each read is audited, like the case's own files.
  if (row.caseId !== null) {
    await appendAudit(ctx.database.db, { actor: sessionOf(c).user.name, action: 'capture.read', subject: `case:${row.caseId}`, details: { intakeId: row.id, captureId: capture.id, kind, sha256 } })
  }
  const type = kind === 'image' ? (capture.imageType ?? 'image/png') : 'application/octet-stream'
  const ext = kind === 'image' ? (type === 'image/jpeg' ? 'jpg' : type === 'image/webp' ? 'webp' : 'png') : 'html'
  return { bytes: await store.get(blob), type, name: `capture-vigie-${row.id}-${capture.id}.${ext}`, sha256 }
}

function fileHeaders(file: { type: string; name: string; sha256: string }, disposition: 'inline' | 'attachment'): Record<string, string> {
  return {
    'content-type': file.type,
    'content-disposition': `${disposition}; filename="${file.name}"`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'x-vigie-sha256': file.sha256,
  }
}

/** The intake routes. */
export const intakeRoutes = routes(
  serve(contract.submitIntake, ACCESS.intake, async (c, { body }) => {
    const answer = await moderated(() => c.var.ctx.intake.submit(viewerOf(c), body))
    if (body.caseId !== undefined && answer.results.some((r) => r.outcome === 'created')) c.var.ctx.hub.publish({ type: 'case.updated', caseId: body.caseId, change: 'intake' })
    return reply(200, answer)
  }),
  serve(contract.listIntake, ACCESS.intake, async (c, { query }) =>
    reply(200, { items: await c.var.ctx.intake.list(viewerOf(c), query), captureOff: c.var.ctx.captures.offReason }),
  ),
  serve(contract.getIntake, ACCESS.intake, async (c, { params: { id } }) => {
    const item = await c.var.ctx.intake.get(viewerOf(c), id)
    if (!item) throw notFound()
    return reply(200, { item, captureOff: c.var.ctx.captures.offReason })
  }),
  serve(contract.recaptureIntake, ACCESS.intake, async (c, { params: { id } }) => {
    const viewer = viewerOf(c)
    const row = await c.var.ctx.intake.row(viewer, id)
    if (!row) throw notFound()
    await moderated(() => c.var.ctx.captures.request(viewer.name, row))
    return reply(202, { item: (await c.var.ctx.intake.get(viewer, row.id)) ?? null })
  }),
  serve(contract.flagIntake, ACCESS.intake, async (c, { params: { id }, body }) => {
    const viewer = viewerOf(c)
    const row = await c.var.ctx.intake.row(viewer, id)
    if (!row) throw notFound()
    // The usual flag: evidence frozen, then four eyes and the takedown on confirmation.
    const flags = await moderated(() => c.var.ctx.moderation.flag(viewer, { postIds: [String(row.postId)], category: body.category, note: body.note }))
    const item = await c.var.ctx.intake.get(viewer, row.id)
    if (!item) throw notFound()
    return reply(201, { item, flags })
  }),
  serve(contract.captureImage, ACCESS.intake, async (c, { params: { id, cid } }) => {
    const file = await captureFile(c, id, cid, 'image')
    return c.body(new Uint8Array(file.bytes), 200, fileHeaders(file, 'inline'))
  }),
  // Multipart: not a JSON body, so this route validates its own input.
  raw(contract.attachCapture, ACCESS.intake, async (c) => {
    const ctx = c.var.ctx
    const viewer = viewerOf(c)
    const row = await ctx.intake.row(viewer, pathId(c, 'id', 'signalement par URL'))
    if (!row) throw notFound()
    if (!ctx.captures.store) throw new ApiError(503, 'vault_unavailable', `capture refusée, ${new VaultNotConfiguredError().message}`)
    let shot: ScreenshotVerdict | null = null
    const form = await readMultipart(uploadBody(c), { maxBodyBytes: MAX_ATTACHED_IMAGE + 1024 * 1024, maxFiles: 1, maxFileBytes: MAX_ATTACHED_IMAGE }, async (part) => {
      if (part.type === 'file') shot = await readScreenshot(part.content)
    })
    if (form.tooManyFiles) throw new ApiError(400, 'bad_request', 'une seule capture d’écran par envoi')
    const got = shot as ScreenshotVerdict | null
    if (!got) throw new ApiError(400, 'bad_request', 'aucune image reçue (champ « file » du formulaire)')
    if (!got.ok) throw new ApiError(REFUSAL_STATUS[got.code] ?? 400, got.code, got.message)
    const capture = await ctx.captures.attach(viewer.name, row, got.bytes, got.type)
    if (row.caseId !== null) ctx.hub.publish({ type: 'case.updated', caseId: row.caseId, change: 'intake' })
    const item = await ctx.intake.get(viewer, row.id)
    if (!item) throw notFound()
    return c.json({ item, capture: captureView(capture) }, 201)
  }),
  serve(contract.captureHtml, ACCESS.intake, async (c, { params: { id, cid } }) => {
    // Never rendered by the browser: the page was written by strangers.
    const file = await captureFile(c, id, cid, 'html')
    return c.body(new Uint8Array(file.bytes), 200, fileHeaders(file, 'attachment'))
  }),
)
