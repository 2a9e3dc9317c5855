/** Every route of the API, in one list. */
import type { Hono } from 'hono'
import type { AppEnv } from '../env.js'
import { auditRoutes } from './audit.js'
import { authRoutes } from './auth.js'
import { caseFileRoutes } from './case-files.js'
import { caseRoutes } from './cases.js'
import { flagRoutes } from './flags.js'
import { healthRoutes } from './health.js'
import { intakeRoutes } from './intake.js'
import { metricsRoutes } from './metrics.js'
import { referentRoutes } from './referents.js'
import { platformRoutes } from './platforms.js'
import { postRoutes } from './posts.js'
import { reportRoutes } from './reports.js'
import { sourceRoutes } from './sources.js'
import { takedownRoutes } from './takedowns.js'
import { trendRoutes } from './trends.js'
import { userRoutes } from './users.js'
import { watchRoutes } from './watches.js'
import { waveRoutes } from './waves.js'

/** Mounts all routes on `app`. */
export function mountRoutes(app: Hono<AppEnv>): void {
  app.route('/', healthRoutes)
  app.route('/', metricsRoutes)
  app.route('/', waveRoutes)
  app.route('/', postRoutes)
  app.route('/', watchRoutes)
  app.route('/', sourceRoutes)
  app.route('/', trendRoutes)
  app.route('/', authRoutes)
  app.route('/', userRoutes)
  app.route('/', flagRoutes)
  app.route('/', takedownRoutes)
  app.route('/', reportRoutes)
  app.route('/', auditRoutes)
  app.route('/', caseRoutes)
  app.route('/', caseFileRoutes)
  app.route('/', referentRoutes)
  app.route('/', intakeRoutes)
  app.route('/', platformRoutes)
}
