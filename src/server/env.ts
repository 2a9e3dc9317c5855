/** The hono Env shared by every route and middleware. */
import type { IncomingMessage } from 'node:http'
import type { SessionInfo } from '../auth/session-store.js'
import type { AppContext } from '../context.js'
import type { Logger } from '../logger.js'

/** Bindings and variables of every request. */
export interface AppEnv {
  /** Set by @hono/node-server; absent under `app.request()` in tests. */
  Bindings: { incoming?: IncomingMessage }
  Variables: {
    ctx: AppContext
    log: Logger
    /** The caller's live session, or null when anonymous (set by the session middleware). */
    session: SessionInfo | null
  }
}
