/** GET /healthz: is the database reachable, which version runs. */
import { Hono } from 'hono'
import { ping } from '../../db/client.js'
import { projectVersion } from '../../project-root.js'
import type { AppEnv } from '../env.js'

export const healthRoutes = new Hono<AppEnv>().get('/healthz', async (c) => {
  const { database } = c.var.ctx
  const ok = await ping(database)
  return c.json(
    { status: ok ? 'ok' : 'degraded', version: projectVersion(), database: { driver: database.driver, reachable: ok } },
    ok ? 200 : 503,
  )
})
