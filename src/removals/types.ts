/**
 * The removal-check framework: what is checked (a stored post with open
 * takedown requests), what a check concludes, and the per-platform checker
 * seam. Checkers do I/O but know nothing of the database.
 */
import type { CheckOutcome, CheckStep, RemovedBy } from '../../contract/removal.js'

/** The post a check looks at (as stored by Vigie). */
export interface RemovalTarget {
  platform: string
  /** The platform's id: at:// URI on Bluesky, status URI on Mastodon, the item link or guid elsewhere. */
  externalId: string
  url: string | null
  /** Handle or account. */
  author: string
  /** DID on Bluesky, profile URL on Mastodon, when known. */
  authorId: string | null
}

/** What one check concluded. */
export interface RemovalVerdict {
  outcome: CheckOutcome
  /** Set with `removed` (platform) and `deleted` (author). */
  removedBy: RemovedBy | null
  /** The conclusion in French. */
  summary: string
  steps: CheckStep[]
  /** The platform asked us to wait (429): do not check this host again before then. */
  retryAfterMs?: number
}

/** Checks posts of one or more platforms; never throws (an error is an `unknown` verdict). */
export interface RemovalChecker {
  /** Platforms handled; the URL checker is the fallback for any other. */
  readonly platforms: readonly string[]
  check(target: RemovalTarget): Promise<RemovalVerdict>
}

/** Shorthand for a verdict. */
export function verdict(outcome: CheckOutcome, removedBy: RemovedBy | null, summary: string, steps: CheckStep[], retryAfterMs?: number): RemovalVerdict {
  return retryAfterMs === undefined ? { outcome, removedBy, summary, steps } : { outcome, removedBy, summary, steps, retryAfterMs }
}

/** The URL as shown in a check step: no query string, no credentials, at most 300 characters. */
export function stepUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    const q = u.search ? '?…' : ''
    u.search = ''
    return `${u.toString()}${q}`.slice(0, 300)
  } catch {
    return url.slice(0, 300)
  }
}
