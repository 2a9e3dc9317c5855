/**
 * What a capture row says, as evidence: its canonical JSON (URLs, status,
 * headers, time, the hashes of the screenshot and the HTML) and the
 * SHA-256 of that JSON; and the French summary of a page's state. Pure.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../audit/canonical-json.js'
import { PAGE_STATE_LABELS, type PageState } from '../platforms/page-state.js'

/** The fields a capture's record hash covers. */
export interface CaptureFacts {
  intakeId: number
  postId: number
  source: 'page' | 'victim-screenshot'
  state: string
  summary: string
  requestedUrl: string | null
  finalUrl: string | null
  httpStatus: number | null
  headers: Record<string, string> | null
  capturedAt: string
  image: { sha256: string; size: number; type: string } | null
  html: { sha256: string; size: number } | null
}

/** Lower-case hex SHA-256 of bytes or text. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The SHA-256 of the canonical JSON of a capture's facts. */
export function recordHash(facts: CaptureFacts): string {
  return sha256Hex(canonicalJson(facts))
}

/** The French summary of a capture, saying plainly when the page could not be captured and what to do. */
export function captureSummary(state: PageState | 'failed', reason: string): string {
  switch (state) {
    case 'available':
      return `Page capturée : ${PAGE_STATE_LABELS.available} (${reason}).`
    case 'removed':
      return `Contenu ${PAGE_STATE_LABELS.removed} : ${reason}. La capture montre ce que voit un visiteur anonyme.`
    case 'login_wall':
      return `Capture impossible : la page est ${PAGE_STATE_LABELS.login_wall} (${reason}). Joignez la capture d’écran de la victime.`
    case 'geo_blocked':
      return `Capture impossible : la page est ${PAGE_STATE_LABELS.geo_blocked} (${reason}). Joignez la capture d’écran de la victime.`
    case 'unreachable':
    case 'failed':
      return `Capture impossible : ${reason}. Joignez la capture d’écran de la victime.`
    default:
      return `Page capturée, état ${PAGE_STATE_LABELS.unknown} : ${reason}.`
  }
}
