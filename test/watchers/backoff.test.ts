import { describe, expect, it } from 'vitest'
import { backoffCeiling, backoffDelay, retryDelayFor } from '../../watchers/backoff.js'
import { RateLimitedError, WatcherConfigError, WatcherFetchError, WatcherParseError } from '../../watchers/errors.js'

describe('backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    const opts = { baseMs: 1_000, maxMs: 30_000, jitter: 'none' as const }
    expect([0, 1, 2, 3, 4, 5, 6, 50, 5000].map((a) => backoffDelay(a, opts))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ])
  })

  it('jitters within [d/2, d] (equal) or [0, d] (full) with an injected random', () => {
    expect(backoffDelay(3, { baseMs: 1_000, random: () => 0 })).toBe(4_000)
    expect(backoffDelay(3, { baseMs: 1_000, random: () => 0.999999 })).toBe(7_999)
    expect(backoffDelay(3, { baseMs: 1_000, jitter: 'full', random: () => 0.5 })).toBe(4_000)
    expect(backoffDelay(3, { baseMs: 1_000, jitter: 'full', random: () => 0 })).toBe(0)
    expect(backoffCeiling(2, { baseMs: 500, factor: 3 })).toBe(4_500)
  })

  it('picks the delay after an error: the platform wait, backoff, or none', () => {
    const opts = { baseMs: 1_000, jitter: 'none' as const }
    expect(retryDelayFor(new RateLimitedError(42_000), 0, opts)).toBe(42_000)
    expect(retryDelayFor(new WatcherFetchError('HttpStatus', 'HTTP 502', { retryable: true, status: 502 }), 2, opts)).toBe(4_000)
    expect(retryDelayFor(new Error('boom'), 0, opts)).toBe(1_000)
    expect(retryDelayFor(new WatcherConfigError('rss', 'url: bad'), 0, opts)).toBeNull()
    expect(retryDelayFor(new WatcherParseError('bad xml'), 0, opts)).toBeNull()
  })
})
