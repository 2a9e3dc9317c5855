/**
 * Retry timing, as pure functions: capped exponential backoff with jitter, and
 * the delay to wait after a given watcher error. The scheduler and the
 * Jetstream consumer both use it; `random` is injectable for tests.
 */
import { RateLimitedError, isWatcherError } from './errors.js'

/** How retries are spaced. */
export interface BackoffOptions {
  /** First delay, in ms (default 1,000). */
  baseMs?: number
  /** Upper bound of any delay, in ms (default 5 minutes). */
  maxMs?: number
  /** Growth per attempt (default 2). */
  factor?: number
  /** 'full': uniform in [0, d]; 'equal': [d/2, d]; 'none': d (default 'equal'). */
  jitter?: 'full' | 'equal' | 'none'
  /** Uniform random in [0, 1); defaults to Math.random. */
  random?: () => number
}

/** The un-jittered delay before retry number `attempt` (0-based), capped. */
export function backoffCeiling(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 1_000
  const max = opts.maxMs ?? 300_000
  const factor = opts.factor ?? 2
  const n = Math.max(0, Math.floor(attempt))
  // Math.pow overflows to Infinity for large n, which min() then caps.
  return Math.min(max, base * Math.pow(factor, n))
}

/** The delay before retry number `attempt` (0-based), capped and jittered. */
export function backoffDelay(attempt: number, opts: BackoffOptions = {}): number {
  const ceiling = backoffCeiling(attempt, opts)
  const random = opts.random ?? Math.random
  switch (opts.jitter ?? 'equal') {
    case 'none':
      return ceiling
    case 'full':
      return Math.floor(ceiling * random())
    case 'equal':
      return Math.floor(ceiling / 2 + (ceiling / 2) * random())
  }
}

/**
 * The delay before retrying after `err`, or null when waiting for the next
 * scheduled run is the right answer (config errors, 4xx, malformed bodies).
 * A rate limit waits at least what the platform asked.
 */
export function retryDelayFor(err: unknown, attempt: number, opts: BackoffOptions = {}): number | null {
  if (err instanceof RateLimitedError) return Math.max(err.retryAfterMs, 0)
  if (isWatcherError(err) && !err.retryable) return null
  return backoffDelay(attempt, opts)
}
