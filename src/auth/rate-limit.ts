/**
 * Login rate limiting, per account and per client address:
 *
 * - an address with `maxFailures` recent failures (on any accounts) is refused;
 * - an account with `maxFailures` recent failures is refused only to the
 *   addresses that failed on it: a correct password from an address that has
 *   not failed always gets through, so hammering an account from one place
 *   cannot lock its owner out from another.
 *
 * The counts live behind `FailureStore`: in memory (one process) for now, a
 * table shared by every instance later.
 */

/** Where failed logins are counted (times in ms since the epoch). */
export interface FailureStore {
  /** Failure times of `key` after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>
  /** Records one failure at `at` for each key; failures before `since` may be dropped. */
  add(keys: readonly string[], at: number, since: number): Promise<void>
  /** Forgets the failures of `key`. */
  clear(key: string): Promise<void>
}

/** Keys past which the memory store sweeps expired entries (bounds memory under a spray of names). */
const SWEEP_AT = 10_000

/** The failures of one process, in memory. */
export class MemoryFailureStore implements FailureStore {
  private readonly failures = new Map<string, number[]>()

  async recent(key: string, since: number): Promise<number[]> {
    return (this.failures.get(key) ?? []).filter((t) => t > since)
  }

  async add(keys: readonly string[], at: number, since: number): Promise<void> {
    if (this.failures.size >= SWEEP_AT) this.sweep(since)
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []).filter((t) => t > since), at])
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key)
  }

  private sweep(since: number): void {
    for (const [key, times] of this.failures) if ((times[times.length - 1] ?? 0) <= since) this.failures.delete(key)
  }
}

/** Limits of the login limiter. */
export interface RateLimitOptions {
  /** Failures allowed per address, and per account, within the window. */
  maxFailures: number
  windowMs: number
  now?: () => number
  store?: FailureStore
}

/** One login attempt: the account name as typed and the client's address. */
export interface LoginAttempt {
  name: string
  ip: string
}

/** Whether an attempt may check its password; when refused, for how long and why. */
export type LoginVerdict = { allowed: true } | { allowed: false; retryAfter: number; reason: 'ip' | 'account' }

/** Counts failed logins per address and per account, and refuses as described above. */
export class LoginLimiter {
  private readonly now: () => number
  private readonly store: FailureStore

  constructor(private readonly opts: RateLimitOptions = { maxFailures: 5, windowMs: 15 * 60_000 }) {
    this.now = opts.now ?? Date.now
    this.store = opts.store ?? new MemoryFailureStore()
  }

  private keys(a: LoginAttempt): { ip: string; account: string; pair: string } {
    const account = a.name.toLowerCase()
    return { ip: `ip:${a.ip}`, account: `account:${account}`, pair: `pair:${account}\n${a.ip}` }
  }

  /** Seconds until the oldest of the last `maxFailures` failures leaves the window, or 0 below the limit. */
  private wait(times: readonly number[]): number {
    if (times.length < this.opts.maxFailures) return 0
    const oldest = times[times.length - this.opts.maxFailures] ?? this.now()
    return Math.max(1, Math.ceil((oldest + this.opts.windowMs - this.now()) / 1000))
  }

  /** May this attempt check its password? */
  async check(a: LoginAttempt): Promise<LoginVerdict> {
    const k = this.keys(a)
    const since = this.now() - this.opts.windowMs
    const byIp = this.wait(await this.store.recent(k.ip, since))
    if (byIp > 0) return { allowed: false, retryAfter: byIp, reason: 'ip' }
    const byAccount = this.wait(await this.store.recent(k.account, since))
    if (byAccount === 0) return { allowed: true }
    const pair = await this.store.recent(k.pair, since)
    const last = pair[pair.length - 1]
    if (last === undefined) return { allowed: true }
    // Refused until the account calms down or this address's own failures expire, whichever comes first.
    const pairWait = Math.max(1, Math.ceil((last + this.opts.windowMs - this.now()) / 1000))
    return { allowed: false, retryAfter: Math.min(byAccount, pairWait), reason: 'account' }
  }

  /** Records a wrong password (or unknown name). */
  async failed(a: LoginAttempt): Promise<void> {
    const k = this.keys(a)
    const now = this.now()
    await this.store.add([k.ip, k.account, k.pair], now, now - this.opts.windowMs)
  }

  /** Records a success: this address is trusted again for this account (the other counts stay). */
  async succeeded(a: LoginAttempt): Promise<void> {
    await this.store.clear(this.keys(a).pair)
  }
}
