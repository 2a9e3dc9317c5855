/**
 * Sources: GET/POST /api/sources, GET/PATCH/DELETE /api/sources/:id and
 * POST /api/sources/:id/run. Secrets in configs are never returned.
 */
import type { Context } from 'hono'
import * as contract from '../../../contract/sources.js'
import { createSourceSchema, patchSourceSchema, SourceInputError } from '../../sources/source-input.js'
import { SourceNotFoundError, SourceNotRunnableError } from '../../sources/source-service.js'
import { DuplicateSourceError } from '../../sources/source-store.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { sessionOf } from '../auth.js'
import { reply, routes, serve } from '../endpoint.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'

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

/** Records a source change in the audit log. */
async function audit(c: Context<AppEnv>, action: string, id: number, details: Record<string, unknown> = {}): Promise<void> {
  await appendAudit(c.var.ctx.database.db, { actor: sessionOf(c).user.name, action, subject: `source:${id}`, details })
}

/** The sources routes. */
export const sourceRoutes = routes(
  serve(contract.listSources, ACCESS.sourcesRead, async (c) => {
    return reply(200, { sources: await c.var.ctx.sources.list() })
  }),
  serve(
    contract.createSource,
    ACCESS.sourcesWrite,
    async (c, { body: input }) => {
      const source = await mapped(() => c.var.ctx.sources.create(input))
      await audit(c, 'source.create', source.id, { kind: source.kind, name: source.name })
      return reply(201, { source })
    },
    { body: createSourceSchema },
  ),
  serve(contract.getSource, ACCESS.sourcesRead, async (c, { params: { id } }) => {
    return reply(200, { source: await mapped(() => c.var.ctx.sources.get(id)) })
  }),
  serve(
    contract.patchSource,
    ACCESS.sourcesWrite,
    async (c, { params: { id }, body: patch }) => {
      const source = await mapped(() => c.var.ctx.sources.update(id, patch))
      await audit(c, 'source.update', id, { fields: Object.keys(patch).sort() })
      return reply(200, { source })
    },
    { body: patchSourceSchema },
  ),
  serve(contract.deleteSource, ACCESS.sourcesWrite, async (c, { params: { id } }) => {
    if (!(await c.var.ctx.sources.remove(id))) throw new ApiError(404, 'not_found', `source ${id} introuvable`)
    await audit(c, 'source.delete', id)
    return reply(204)
  }),
  serve(contract.runSource, ACCESS.sourcesWrite, async (c, { params: { id } }) => {
    const { waitUntil, ...result } = await mapped(() => c.var.ctx.sources.runNow(id))
    return reply(200, { result: waitUntil ? { ...result, waitUntil: waitUntil.toISOString() } : result })
  }),
)
