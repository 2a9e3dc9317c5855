/** What the moderation services need, and who is acting. */
import type { TakedownConfig } from '../config/config.js'
import type { Database } from '../db/client.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'

/** Shared dependencies of the moderation services. */
export interface ModerationDeps {
  db: Database
  hub: Hub
  log: Logger
  /** Read at each use, so a changed configuration applies to the next send. */
  config: () => TakedownConfig
}

/** The signed-in user doing an action. */
export interface Actor {
  id: number
  name: string
  role: string
}
