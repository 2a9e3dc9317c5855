/** GET /metrics: Prometheus text format. */
import { Hono } from 'hono'
import type { AppEnv } from '../env.js'

export const metricsRoutes = new Hono<AppEnv>().get('/metrics', async (c) => {
  const { registry } = c.var.ctx.metrics
  return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType })
})
