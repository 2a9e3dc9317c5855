/** In-memory login rate limiting: too many failures per key in a window → blocked. */

/** Limits of the login limiter. */
export interface RateLimitOptions {
  /** Failures allowed per key within the window. */
  maxFailures: number
  windowMs: number
  now?: () => number
}

/** Counts failures per key (IP, user name) over a sliding window. */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>()
  private readonly now: () => number

  constructor(private readonly opts: RateLimitOptions = { maxFailures: 5, windowMs: 15 * 60_000 }) {
    this.now = opts.now ?? Date.now
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.opts.windowMs
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff)
    if (list.length === 0) this.failures.delete(key)
    else this.failures.set(key, list)
    return list
  }

  /** Seconds until one of `keys` may try again, or 0 when none is blocked. */
  retryAfter(keys: string[]): number {
    let wait = 0
    for (const key of keys) {
      const list = this.recent(key)
      if (list.length >= this.opts.maxFailures) {
        const oldest = list[list.length - this.opts.maxFailures] ?? this.now()
        wait = Math.max(wait, Math.ceil((oldest + this.opts.windowMs - this.now()) / 1000))
      }
    }
    return wait
  }

  /** Records one failure for every key. */
  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()])
  }

  /** Forgets the failures of `key` (after a successful login). */
  reset(key: string): void {
    this.failures.delete(key)
  }
}
