/**
 * Sources: GET/POST /api/sources, PATCH/DELETE /api/sources/:id and
 * POST /api/sources/:id/run. Secrets in configs are never returned.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { createSourceSchema, patchSourceSchema, SourceInputError } from '../../sources/source-input.js'
import { SourceNotFoundError, SourceNotRunnableError } from '../../sources/source-service.js'
import { DuplicateSourceError } from '../../sources/source-store.js'
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

// @TODO(issue 6) every route below is admin-only once accounts exist: check the role here.
/** The sources routes. */
export const sourceRoutes = new Hono<AppEnv>()
  .get('/api/sources', async (c) => {
    return c.json({ sources: await c.var.ctx.sources.list() })
  })
  .post('/api/sources', async (c) => {
    const input = await parseJsonBody(c, createSourceSchema)
    const source = await mapped(() => c.var.ctx.sources.create(input))
    return c.json({ source }, 201)
  })
  .get('/api/sources/:id', async (c) => {
    const id = sourceId(c.req.param('id'))
    return c.json({ source: await mapped(() => c.var.ctx.sources.get(id)) })
  })
  .patch('/api/sources/:id', async (c) => {
    const id = sourceId(c.req.param('id'))
    const patch = await parseJsonBody(c, patchSourceSchema)
    return c.json({ source: await mapped(() => c.var.ctx.sources.update(id, patch)) })
  })
  .delete('/api/sources/:id', async (c) => {
    const id = sourceId(c.req.param('id'))
    if (!(await c.var.ctx.sources.remove(id))) throw new ApiError(404, 'not_found', `source ${id} introuvable`)
    return c.body(null, 204)
  })
  .post('/api/sources/:id/run', async (c) => {
    const id = sourceId(c.req.param('id'))
    return c.json({ result: await mapped(() => c.var.ctx.sources.runNow(id)) })
  })
