/**
 * Health of a source as a pure function of what happened to it: ok,
 * degraded (1–2 consecutive failures or rate-limited), failing (3 or more,
 * or a configuration the watcher refuses).
 */
import { RateLimitedError, WatcherError, type StreamHealth } from '../../watchers/index.js'

/** What the dashboard shows. "unknown" until the first run or connection. */
export type SourceHealth = 'ok' | 'degraded' | 'failing' | 'unknown'

/** Consecutive failures from which a source is failing. */
export const FAILING_AFTER = 3

/** How a failed run is classified. */
export type FailureKind = 'rate-limited' | 'config' | 'retryable' | 'permanent'

/** The health after `failures` consecutive failures, the last one of kind `last`. */
export function healthAfter(failures: number, last?: FailureKind): SourceHealth {
  if (last === 'config') return 'failing'
  if (failures <= 0) return 'ok'
  if (last === 'rate-limited') return failures >= FAILING_AFTER * 2 ? 'failing' : 'degraded'
  return failures >= FAILING_AFTER ? 'failing' : 'degraded'
}

/**
 * The kind of a run failure. Refused credentials count as configuration: only
 * a change to the source can fix them, so it is not retried.
 */
export function classifyFailure(err: unknown): FailureKind {
  if (err instanceof RateLimitedError) return 'rate-limited'
  if (err instanceof WatcherError) {
    if (err.code === 'InvalidConfig' || err.code === 'Auth') return 'config'
    return err.retryable ? 'retryable' : 'permanent'
  }
  return 'retryable'
}

/** The health of a stream connection from its consumer's state. */
export function streamHealth(h: StreamHealth, previous: SourceHealth): SourceHealth {
  switch (h.state) {
    case 'open':
      return 'ok'
    case 'reconnecting':
      return healthAfter(h.attempt, 'retryable')
    case 'connecting':
      return h.attempt === 0 ? previous : healthAfter(h.attempt, 'retryable')
    case 'stopped':
      return previous
  }
}

/** A short, French-prefixed description of a failure for `last_error`. */
export function describeFailure(err: unknown, kind: FailureKind): string {
  const message = err instanceof Error ? err.message : String(err)
  const prefix: Record<FailureKind, string> = {
    'rate-limited': 'limite de débit atteinte',
    config: 'configuration refusée',
    retryable: 'échec temporaire',
    permanent: 'échec',
  }
  return `${prefix[kind]} : ${message}`.slice(0, 1_000)
}
