/**
 * Victim watches and their alerts: GET/POST /api/watches, GET/PATCH /api/watches/:id,
 * GET /api/watches/:id/matches, GET /api/alerts.
 */
import type { z } from 'zod'
import * as contract from '../../../contract/watches.js'
import { alertView } from '../../watches/alert-view.js'
import { watchInputSchema, watchPatchSchema } from '../../watches/watch-input.js'
import { postView } from '../../posts/post-view.js'
import { createWatch, getWatch, listAlerts, listMatches, listWatches, updateWatch, watchView, webhookFailures, type WatchPatch } from '../../watches/watch-service.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { sessionOf, viewerOf } from '../auth.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'

/** Only the fields the client sent (zod fills defaults for absent ones). */
function sentFields(body: unknown, parsed: z.output<typeof watchPatchSchema>): WatchPatch {
  const sent = new Set(body && typeof body === 'object' ? Object.keys(body) : [])
  const patch: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(parsed)) if (sent.has(k)) patch[k] = v
  return patch as WatchPatch
}

/** The watches routes; the viewer is the session user (counsellors see only their own watches). */
export const watchRoutes = routes(
  serve(contract.listWatches, ACCESS.watches, async (c) => {
    const { db } = c.var.ctx.database
    const rows = await listWatches(db, viewerOf(c))
    const failures = await webhookFailures(db, rows.map((w) => w.id))
    return reply(200, { watches: rows.map((w) => watchView(w, failures.get(w.id) ?? null)) })
  }),
  serve(
    contract.createWatch,
    ACCESS.watches,
    async (c, { body: input }) => {
      const { user } = sessionOf(c)
      const row = await createWatch(c.var.ctx.database.db, input, user.id)
      // The victim's names stay out of the log: only the watch id.
      await appendAudit(c.var.ctx.database.db, { actor: user.name, action: 'watch.create', subject: `watch:${row.id}` })
      await c.var.ctx.watches.reload()
      await c.var.ctx.sources.refreshWatchTerms() // the firehose keeps posts naming the new watch
      return reply(201, { watch: watchView(row) })
    },
    { body: watchInputSchema },
  ),
  serve(contract.getWatch, ACCESS.watches, async (c, { params }) => {
    const row = await getWatch(c.var.ctx.database.db, viewerOf(c), params.id)
    if (!row) throw new ApiError(404, 'not_found', 'veille introuvable')
    const failures = await webhookFailures(c.var.ctx.database.db, [row.id])
    return reply(200, { watch: watchView(row, failures.get(row.id) ?? null) })
  }),
  serve(
    contract.patchWatch,
    ACCESS.watches,
    async (c, { params, body: parsed }) => {
      const patch = sentFields(await c.req.json(), parsed)
      const fields = Object.keys(patch).sort()
      if (fields.length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
      const { db } = c.var.ctx.database
      const row = await updateWatch(db, viewerOf(c), params.id, patch)
      if (!row) throw new ApiError(404, 'not_found', 'veille introuvable')
      // Field names only: the victim's names stay out of the log.
      await appendAudit(db, { actor: sessionOf(c).user.name, action: 'watch.update', subject: `watch:${row.id}`, details: { fields } })
      await c.var.ctx.watches.reload()
      await c.var.ctx.sources.refreshWatchTerms()
      const failures = await webhookFailures(db, [row.id])
      return reply(200, { watch: watchView(row, failures.get(row.id) ?? null) })
    },
    { body: watchPatchSchema },
  ),
  serve(contract.listMatches, ACCESS.watches, async (c, { params, query: q }) => {
    const opts: { limit: number; before?: Date } = { limit: q.limit }
    if (q.before) opts.before = new Date(q.before)
    const rows = await listMatches(c.var.ctx.database.db, viewerOf(c), params.id, opts)
    if (!rows) throw new ApiError(404, 'not_found', 'veille introuvable')
    return reply(200, {
      matches: rows.map((m) => ({ term: m.term, hostile: m.hostile, postedAt: m.postedAt.toISOString(), post: postView(m.post) })),
    })
  }),
  serve(contract.listAlerts, ACCESS.watches, async (c) => {
    const rows = await listAlerts(c.var.ctx.database.db, viewerOf(c))
    return reply(200, { alerts: rows.map(({ alert, label }) => ({ ...alertView(alert), watch: label })) })
  }),
)
