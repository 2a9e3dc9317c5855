/**
 * Sources: GET/POST /api/sources, PATCH/DELETE /api/sources/:id and
 * POST /api/sources/:id/run. Secrets in configs are never returned.
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { createSourceSchema, patchSourceSchema, SourceInputError } from '../../sources/source-input.js'
import { SourceNotFoundError, SourceNotRunnableError } from '../../sources/source-service.js'
import { DuplicateSourceError } from '../../sources/source-store.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole, sessionOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody } from '../validate.js'

/** Domain errors of the sources service as API errors. */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof SourceInputError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
    if (err instanceof SourceNotFoundError) throw new ApiError(404, 'not_found', err.message, { cause: err })
    if (err instanceof DuplicateSourceError) throw new ApiError(409, 'conflict', err.message, { cause: err })
    if (err instanceof SourceNotRunnableError) throw new ApiError(409, 'conflict', err.message, { cause: err })
    throw err
  }
}

function sourceId(raw: string): number {
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw)
  if (!id.success) throw new ApiError(400, 'bad_request', 'identifiant de source invalide')
  return id.data
}

const canRead = requireRole(ACCESS.sourcesRead)
const canWrite = requireRole(ACCESS.sourcesWrite)

/** Records a source change in the audit log. */
async function audit(c: Context<AppEnv>, action: string, id: number, details: Record<string, unknown> = {}): Promise<void> {
  await appendAudit(c.var.ctx.database.db, { actor: sessionOf(c).user.name, action, subject: `source:${id}`, details })
}

/** The sources routes. */
export const sourceRoutes = new Hono<AppEnv>()
  .get('/api/sources', canRead, async (c) => {
    return c.json({ sources: await c.var.ctx.sources.list() })
  })
  .post('/api/sources', canWrite, async (c) => {
    const input = await parseJsonBody(c, createSourceSchema)
    const source = await mapped(() => c.var.ctx.sources.create(input))
    await audit(c, 'source.create', source.id, { kind: source.kind, name: source.name })
    return c.json({ source }, 201)
  })
  .get('/api/sources/:id', canRead, async (c) => {
    const id = sourceId(c.req.param('id'))
    return c.json({ source: await mapped(() => c.var.ctx.sources.get(id)) })
  })
  .patch('/api/sources/:id', canWrite, async (c) => {
    const id = sourceId(c.req.param('id'))
    const patch = await parseJsonBody(c, patchSourceSchema)
    const source = await mapped(() => c.var.ctx.sources.update(id, patch))
    await audit(c, 'source.update', id, { fields: Object.keys(patch).sort() })
    return c.json({ source })
  })
  .delete('/api/sources/:id', canWrite, async (c) => {
    const id = sourceId(c.req.param('id'))
    if (!(await c.var.ctx.sources.remove(id))) throw new ApiError(404, 'not_found', `source ${id} introuvable`)
    await audit(c, 'source.delete', id)
    return c.body(null, 204)
  })
  .post('/api/sources/:id/run', canWrite, async (c) => {
    const id = sourceId(c.req.param('id'))
    return c.json({ result: await mapped(() => c.var.ctx.sources.runNow(id)) })
  })
