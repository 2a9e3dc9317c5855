/** Every route of the API, in one list. */
import type { Hono } from 'hono'
import type { AppEnv } from '../env.js'
import { healthRoutes } from './health.js'
import { metricsRoutes } from './metrics.js'

/** Mounts all routes on `app`. */
export function mountRoutes(app: Hono<AppEnv>): void {
  app.route('/', healthRoutes)
  app.route('/', metricsRoutes)
}
