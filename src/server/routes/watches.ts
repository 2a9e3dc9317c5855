/** Victim watches and their alerts: GET/POST /api/watches, GET /api/watches/:id, GET /api/alerts. */
import { Hono } from 'hono'
import { z } from 'zod'
import { alertView } from '../../watches/alert-view.js'
import { watchInputSchema } from '../../watches/watch-input.js'
import { createWatch, getWatch, listAlerts, listWatches, watchView, type Viewer } from '../../watches/watch-service.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody } from '../validate.js'

/** @TODO(issue 6) the viewer comes from the session; until accounts exist the local operator is admin. */
const viewerOf = (): Viewer => ({ userId: null, admin: true })

export const watchRoutes = new Hono<AppEnv>()
  .get('/api/watches', async (c) => {
    const rows = await listWatches(c.var.ctx.database.db, viewerOf())
    return c.json({ watches: rows.map(watchView) })
  })
  .post('/api/watches', async (c) => {
    const input = await parseJsonBody(c, watchInputSchema)
    const row = await createWatch(c.var.ctx.database.db, input, viewerOf().userId)
    await c.var.ctx.watches.reload()
    await c.var.ctx.sources.refreshWatchTerms() // the firehose keeps posts naming the new watch
    return c.json({ watch: watchView(row) }, 201)
  })
  .get('/api/watches/:id', async (c) => {
    const id = z.coerce.number().int().positive().safeParse(c.req.param('id'))
    if (!id.success) throw new ApiError(400, 'bad_request', 'identifiant de veille invalide')
    const row = await getWatch(c.var.ctx.database.db, viewerOf(), id.data)
    if (!row) throw new ApiError(404, 'not_found', 'veille introuvable')
    return c.json({ watch: watchView(row) })
  })
  .get('/api/alerts', async (c) => {
    const rows = await listAlerts(c.var.ctx.database.db, viewerOf())
    return c.json({ alerts: rows.map(({ alert, label }) => ({ ...alertView(alert), watch: label })) })
  })
