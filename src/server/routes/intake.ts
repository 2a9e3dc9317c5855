/**
 * Reporting by URL: POST /api/intake (paste one or many URLs), GET
 * /api/intake, GET /api/intake/:id, POST /api/intake/:id/capture (capture
 * again), and a capture's files: GET /api/intake/:id/captures/:cid/image
 * (the screenshot, shown blurred until clicked) and …/page.html (a download,
 * never rendered: the page was written by strangers).
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { IntakeInput } from '../../../contract/intake.js'
import { ACCESS } from '../../auth/roles.js'
import { findCapture } from '../../intake/intake-view.js'
import type { IntakeViewer } from '../../intake/intake-service.js'
import { requireRole, sessionOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody, parseQuery } from '../validate.js'
import { idParam, moderated } from './flags.js'

const listSchema = z.object({
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(50),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})

const users = requireRole(ACCESS.intake)

/** The caller as an intake viewer: counsellors see their own items only. */
function viewerOf(c: Context<AppEnv>): IntakeViewer {
  const { user } = sessionOf(c)
  return { id: user.id, name: user.name, role: user.role, seesAll: user.role !== 'counsellor' }
}

const NOT_FOUND = () => new ApiError(404, 'not_found', 'signalement par URL introuvable')

/** Loads a capture file the caller may read, or a 404. */
async function captureFile(c: Context<AppEnv>, kind: 'image' | 'html'): Promise<{ bytes: Buffer; type: string; name: string; sha256: string }> {
  const ctx = c.var.ctx
  const row = await ctx.intake.row(viewerOf(c), idParam(c, 'signalement par URL'))
  if (!row) throw NOT_FOUND()
  const cid = z.coerce.number().int().positive().max(2_147_483_647).safeParse(c.req.param('cid'))
  if (!cid.success) throw new ApiError(400, 'bad_request', 'identifiant de capture invalide')
  const capture = await findCapture(ctx.database.db, row.id, cid.data)
  if (!capture) throw new ApiError(404, 'not_found', 'capture introuvable')
  const blob = kind === 'image' ? capture.imageBlob : capture.htmlBlob
  const sha256 = kind === 'image' ? capture.imageSha256 : capture.htmlSha256
  if (!blob || !sha256) throw new ApiError(404, 'not_found', kind === 'image' ? 'image non conservée (coffre-fort non configuré)' : 'HTML non conservé (coffre-fort non configuré)')
  const store = ctx.captures.store
  if (!store) throw new ApiError(409, 'conflict', 'coffre-fort non configuré')
  const bytes = await store.get(blob)
  const type = kind === 'image' ? (capture.imageType ?? 'image/png') : 'text/html; charset=utf-8'
  const ext = kind === 'image' ? (type === 'image/jpeg' ? 'jpg' : type === 'image/webp' ? 'webp' : 'png') : 'html'
  return { bytes, type, name: `capture-vigie-${row.id}-${capture.id}.${ext}`, sha256 }
}

/** The intake routes. */
export const intakeRoutes = new Hono<AppEnv>()
  .post('/api/intake', users, async (c) => {
    const input = await parseJsonBody(c, IntakeInput)
    return c.json(await moderated(() => c.var.ctx.intake.submit(viewerOf(c), input)))
  })
  .get('/api/intake', users, async (c) => {
    const query = parseQuery(c, listSchema)
    return c.json({ items: await c.var.ctx.intake.list(viewerOf(c), query), captureOff: c.var.ctx.captures.offReason })
  })
  .get('/api/intake/:id', users, async (c) => {
    const item = await c.var.ctx.intake.get(viewerOf(c), idParam(c, 'signalement par URL'))
    if (!item) throw NOT_FOUND()
    return c.json({ item, captureOff: c.var.ctx.captures.offReason })
  })
  .post('/api/intake/:id/capture', users, async (c) => {
    const viewer = viewerOf(c)
    const row = await c.var.ctx.intake.row(viewer, idParam(c, 'signalement par URL'))
    if (!row) throw NOT_FOUND()
    await moderated(() => c.var.ctx.captures.request(viewer.name, row))
    return c.json({ item: await c.var.ctx.intake.get(viewer, row.id) }, 202)
  })
  .get('/api/intake/:id/captures/:cid/image', users, async (c) => {
    const file = await captureFile(c, 'image')
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': file.type,
      'content-disposition': `inline; filename="${file.name}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'x-vigie-sha256': file.sha256,
    })
  })
  .get('/api/intake/:id/captures/:cid/page.html', users, async (c) => {
    const file = await captureFile(c, 'html')
    return c.body(new Uint8Array(file.bytes), 200, {
      // Never rendered by the browser: the page was written by strangers.
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${file.name}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'x-vigie-sha256': file.sha256,
    })
  })
