/** GET /metrics: Prometheus text format, for loopback peers (a local scraper) or a signed-in admin. */
import * as contract from '../../../contract/service.js'
import { routes, serve } from '../endpoint.js'

/** The metrics route. */
export const metricsRoutes = routes(
  serve(contract.metrics, 'loopback-or-admin', async (c) => {
    const { registry } = c.var.ctx.metrics
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType })
  }),
)
