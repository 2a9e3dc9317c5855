/** GET /healthz: is the database reachable, which version runs. */
import * as contract from '../../../contract/service.js'
import { ping } from '../../db/client.js'
import { projectVersion } from '../../project-root.js'
import { reply, routes, serve } from '../endpoint.js'

/** The health route. */
export const healthRoutes = routes(
  serve(contract.health, 'public', async (c) => {
    const { database } = c.var.ctx
    const ok = await ping(database)
    const body = { status: ok ? 'ok' : 'degraded', version: projectVersion(), database: { driver: database.driver, reachable: ok } } as const
    return ok ? reply(200, body) : reply(503, body)
  }),
)
