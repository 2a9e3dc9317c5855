/** Victim watches and their alerts: GET/POST /api/watches, GET /api/watches/:id, GET /api/alerts. */
import { Hono } from 'hono'
import { z } from 'zod'
import { alertView } from '../../watches/alert-view.js'
import { watchInputSchema } from '../../watches/watch-input.js'
import { createWatch, getWatch, listAlerts, listWatches, watchView } from '../../watches/watch-service.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole, sessionOf, viewerOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody } from '../validate.js'

const allowed = requireRole(ACCESS.watches)

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
  .get('/api/alerts', allowed, async (c) => {
    const rows = await listAlerts(c.var.ctx.database.db, viewerOf(c))
    return c.json({ alerts: rows.map(({ alert, label }) => ({ ...alertView(alert), watch: label })) })
  })
