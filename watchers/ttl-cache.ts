/**
 * A bounded map whose entries expire: least recently used entries are evicted
 * past `maxEntries`. Also the LRU set behind Jetstream's duplicate drop.
 */

/** Options of a TtlCache. */
export interface TtlCacheOptions {
  /** Lifetime of an entry, in ms. */
  ttlMs: number
  /** Most entries kept. */
  maxEntries: number
  /** Clock in ms (default Date.now). */
  now?: () => number
}

/** A bounded, expiring, least-recently-used map. */
export class TtlCache<K, V> {
  private readonly map = new Map<K, { value: V; expires: number }>()
  private readonly opts: TtlCacheOptions
  private readonly now: () => number

  constructor(opts: TtlCacheOptions) {
    this.opts = opts
    this.now = opts.now ?? Date.now
  }

  /** The live value for `key`, refreshed as most recently used. */
  get(key: K): V | undefined {
    const entry = this.map.get(key)
    if (!entry) return undefined
    if (entry.expires <= this.now()) {
      this.map.delete(key)
      return undefined
    }
    this.map.delete(key)
    this.map.set(key, entry)
    return entry.value
  }

  /** True when `key` has a live value. */
  has(key: K): boolean {
    return this.get(key) !== undefined
  }

  /** Stores `value` for `ttlMs` (default: the cache's TTL). */
  set(key: K, value: V, ttlMs = this.opts.ttlMs): void {
    this.map.delete(key)
    this.map.set(key, { value, expires: this.now() + ttlMs })
    if (this.map.size > this.opts.maxEntries) this.evict()
  }

  /**
   * Drops the oldest quarter in one pass. @NOTE: evicting one entry at a time
   * with `keys().next()` is quadratic in V8 (the iterator skips every hole
   * left by earlier deletes), so eviction is batched.
   */
  private evict(): void {
    let drop = this.map.size - Math.floor(this.opts.maxEntries * 0.75)
    for (const key of this.map.keys()) {
      if (drop-- <= 0) break
      this.map.delete(key)
    }
  }

  /** Removes `key`. */
  delete(key: K): void {
    this.map.delete(key)
  }

  /** Entries held (expired ones included until touched). */
  get size(): number {
    return this.map.size
  }
}

/** A bounded set of the most recent keys (a ring buffer beside a Set). */
export class RecentKeys {
  private readonly set = new Set<string>()
  private readonly ring: (string | undefined)[]
  private next = 0

  constructor(max: number) {
    this.ring = new Array<string | undefined>(Math.max(1, max))
  }

  /** Adds `key`; returns false when it was already there (a duplicate). */
  add(key: string): boolean {
    if (this.set.has(key)) return false
    const evicted = this.ring[this.next]
    if (evicted !== undefined) this.set.delete(evicted)
    this.ring[this.next] = key
    this.next = (this.next + 1) % this.ring.length
    this.set.add(key)
    return true
  }

  /** Keys held. */
  get size(): number {
    return this.set.size
  }
}
