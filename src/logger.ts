/**
 * Structured JSON logs (pino), one child logger per subsystem.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino'

export type { Logger }

/** Creates the root logger. Logs go to stderr so stdout stays for command output. */
export function createLogger(level: LevelWithSilent): Logger {
  return pino({ level, base: { app: 'vigie' } }, pino.destination({ fd: 2, sync: true }))
}

/** A logger that writes nothing, for tests and pure helpers. */
export const silentLogger: Logger = pino({ level: 'silent' })
