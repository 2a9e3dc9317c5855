/**
 * Outbound platform report clients: what a report carries, what comes back,
 * and how a failure says whether retrying may help. No database here.
 */
import type { DsaCategory } from '../categories.js'
import { SendError } from '../../util/send-error.js'

/** One report to file about one post. */
export interface ReportRequest {
  /** The post as frozen in the evidence snapshot. */
  post: {
    platform: string
    /** Platform id: the at:// URI on Bluesky, the status URI on Mastodon. */
    externalId: string
    url: string | null
    /** Handle (or DID / acct). */
    author: string
    /** DID on Bluesky, profile URL on Mastodon, when known. */
    authorId: string | null
  }
  category: DsaCategory
  targetIsMinor: boolean
  /** The explanation sent with the report, in French (already sized for the platform by the reporter). */
  comment: string
}

/** The platform's receipt. */
export interface ReportReceipt {
  /** The platform's id for the report. */
  externalRef: string
  /** A short French account of what the platform answered. */
  answer: string
}

/** Files reports on one platform. */
export interface PlatformReporter {
  /** Sends one report; throws `ReportError`. */
  send(request: ReportRequest, signal?: AbortSignal): Promise<ReportReceipt>
}

/** A report that could not be filed; `retryable` when trying again later may succeed. */
export class ReportError extends SendError {
  override name = 'ReportError'
}

/** Cuts `text` to at most `max` UTF-16 units, on a code point boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}
