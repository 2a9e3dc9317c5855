/** GET /metrics: Prometheus text format, for loopback peers (a local scraper) or a signed-in admin. */
import { Hono } from 'hono'
import { loopbackOrAdmin } from '../auth.js'
import type { AppEnv } from '../env.js'

/** The metrics route. */
export const metricsRoutes = new Hono<AppEnv>().get('/metrics', loopbackOrAdmin, async (c) => {
  const { registry } = c.var.ctx.metrics
  return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType })
})
