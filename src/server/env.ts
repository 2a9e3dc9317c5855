/** The hono Env shared by every route and middleware. */
import type { AppContext } from '../context.js'
import type { Logger } from '../logger.js'

export interface AppEnv {
  Variables: {
    ctx: AppContext
    log: Logger
  }
}
