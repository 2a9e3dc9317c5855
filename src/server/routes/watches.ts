/**
 * Victim watches and their alerts: GET/POST /api/watches, GET/PATCH /api/watches/:id,
 * GET /api/watches/:id/matches, GET /api/alerts.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { alertView } from '../../watches/alert-view.js'
import { watchInputSchema } from '../../watches/watch-input.js'
import { postView } from '../../posts/post-view.js'
import { createWatch, getWatch, listAlerts, listMatches, listWatches, updateWatch, watchView, type WatchPatch } from '../../watches/watch-service.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole, sessionOf, viewerOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody, parseQuery } from '../validate.js'

const allowed = requireRole(ACCESS.watches)

/** A watch change: any field of a new watch, plus `active`; at least one. */
const patchSchema = watchInputSchema
  .partial()
  .extend({ active: z.boolean({ error: 'active : vrai ou faux' }).optional() })
  .strict()

const matchesQuery = z.object({
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int().min(1, 'limit : 1 à 500').max(500, 'limit : 1 à 500').default(100),
  before: z.iso.datetime({ offset: true, error: 'before : date ISO-8601' }).optional(),
})

function watchId(raw: string): number {
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw)
  if (!id.success) throw new ApiError(400, 'bad_request', 'identifiant de veille invalide')
  return id.data
}

/** Only the fields the client sent (zod fills defaults for absent ones). */
function sentFields(body: unknown, parsed: z.output<typeof patchSchema>): WatchPatch {
  const sent = new Set(body && typeof body === 'object' ? Object.keys(body) : [])
  const patch: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(parsed)) if (sent.has(k)) patch[k] = v
  return patch as WatchPatch
}

/** The watches routes; the viewer is the session user (counsellors see only their own watches). */
export const watchRoutes = new Hono<AppEnv>()
  .get('/api/watches', allowed, async (c) => {
    const rows = await listWatches(c.var.ctx.database.db, viewerOf(c))
    return c.json({ watches: rows.map(watchView) })
  })
  .post('/api/watches', allowed, async (c) => {
    const input = await parseJsonBody(c, watchInputSchema)
    const { user } = sessionOf(c)
    const row = await createWatch(c.var.ctx.database.db, input, user.id)
    // The victim's names stay out of the log: only the watch id.
    await appendAudit(c.var.ctx.database.db, { actor: user.name, action: 'watch.create', subject: `watch:${row.id}` })
    await c.var.ctx.watches.reload()
    await c.var.ctx.sources.refreshWatchTerms() // the firehose keeps posts naming the new watch
    return c.json({ watch: watchView(row) }, 201)
  })
  .get('/api/watches/:id', allowed, async (c) => {
    const id = z.coerce.number().int().positive().safeParse(c.req.param('id'))
    if (!id.success) throw new ApiError(400, 'bad_request', 'identifiant de veille invalide')
    const row = await getWatch(c.var.ctx.database.db, viewerOf(c), id.data)
    if (!row) throw new ApiError(404, 'not_found', 'veille introuvable')
    return c.json({ watch: watchView(row) })
  })
  .patch('/api/watches/:id', allowed, async (c) => {
    const id = watchId(c.req.param('id'))
    const parsed = await parseJsonBody(c, patchSchema)
    const patch = sentFields(await c.req.json(), parsed)
    const fields = Object.keys(patch).sort()
    if (fields.length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
    const { db } = c.var.ctx.database
    const row = await updateWatch(db, viewerOf(c), id, patch)
    if (!row) throw new ApiError(404, 'not_found', 'veille introuvable')
    // Field names only: the victim's names stay out of the log.
    await appendAudit(db, { actor: sessionOf(c).user.name, action: 'watch.update', subject: `watch:${row.id}`, details: { fields } })
    await c.var.ctx.watches.reload()
    await c.var.ctx.sources.refreshWatchTerms()
    return c.json({ watch: watchView(row) })
  })
  .get('/api/watches/:id/matches', allowed, async (c) => {
    const id = watchId(c.req.param('id'))
    const q = parseQuery(c, matchesQuery)
    const opts: { limit: number; before?: Date } = { limit: q.limit }
    if (q.before) opts.before = new Date(q.before)
    const rows = await listMatches(c.var.ctx.database.db, viewerOf(c), id, opts)
    if (!rows) throw new ApiError(404, 'not_found', 'veille introuvable')
    return c.json({
      matches: rows.map((m) => ({ term: m.term, hostile: m.hostile, postedAt: m.postedAt.toISOString(), post: postView(m.post) })),
    })
  })
  .get('/api/alerts', allowed, async (c) => {
    const rows = await listAlerts(c.var.ctx.database.db, viewerOf(c))
    return c.json({ alerts: rows.map(({ alert, label }) => ({ ...alertView(alert), watch: label })) })
  })
