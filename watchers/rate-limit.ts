/**
 * Reading rate-limit headers: `Retry-After` (seconds or HTTP date),
 * `ratelimit-reset` (Bluesky: epoch seconds) and Mastodon's
 * `X-RateLimit-Remaining` / `X-RateLimit-Reset` (ISO date).
 */

/** A quota as the server reports it. */
export interface RateLimitInfo {
  /** Requests left in the current window. */
  remaining: number
  /** When the window resets, if known. */
  resetAt: Date | null
}

// Values above this are epoch seconds, below are delta seconds (year 2001).
const EPOCH_THRESHOLD_S = 1_000_000_000
const DIGITS = /^\d{1,15}$/

/** Parses a reset header value (epoch s, delta s, or a date) to epoch ms. */
export function parseResetHeader(value: string | null, nowMs: number): number | null {
  if (value === null) return null
  const v = value.trim()
  if (DIGITS.test(v)) {
    const n = Number(v)
    return n > EPOCH_THRESHOLD_S ? n * 1000 : nowMs + n * 1000
  }
  if (v.length > 64) return null
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : t
}

/** The wait a 429 asks for, in ms, or null when the headers give none. */
export function retryAfterMs(headers: Headers, nowMs: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim()
  if (retryAfter) {
    if (DIGITS.test(retryAfter)) return Number(retryAfter) * 1000
    const at = retryAfter.length <= 64 ? Date.parse(retryAfter) : NaN
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs)
  }
  const reset =
    parseResetHeader(headers.get('ratelimit-reset'), nowMs) ??
    parseResetHeader(headers.get('x-ratelimit-reset'), nowMs)
  return reset === null ? null : Math.max(0, reset - nowMs)
}

/** The quota headers of any response, or null when there are none. */
export function parseRateLimit(headers: Headers, nowMs: number): RateLimitInfo | null {
  const raw = headers.get('x-ratelimit-remaining') ?? headers.get('ratelimit-remaining')
  if (raw === null || !DIGITS.test(raw.trim())) return null
  const reset =
    parseResetHeader(headers.get('x-ratelimit-reset'), nowMs) ??
    parseResetHeader(headers.get('ratelimit-reset'), nowMs)
  return { remaining: Number(raw.trim()), resetAt: reset === null ? null : new Date(reset) }
}

/** When a spent quota allows the next request, or undefined if not spent. */
export function quotaNotBefore(info: RateLimitInfo | null): Date | undefined {
  if (!info || info.remaining > 0 || !info.resetAt) return undefined
  return info.resetAt
}
