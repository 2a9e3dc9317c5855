/** node-cron's logger interface, routed to pino (its own warnings are coloured stderr lines). */
import type { Logger as CronLogger } from 'node-cron'
import type { Logger } from '../logger.js'

/** A node-cron logger writing through `log`. */
export function cronLogger(log: Logger): CronLogger {
  const child = log.child({ lib: 'node-cron' })
  return {
    info: (message) => child.info(message),
    warn: (message) => child.warn(message),
    error: (message, err) => (message instanceof Error ? child.error({ err: message }, 'node-cron error') : child.error({ err }, message)),
    debug: (message, err) => (message instanceof Error ? child.debug({ err: message }, 'node-cron') : child.debug({ err }, message)),
  }
}
