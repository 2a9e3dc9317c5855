/**
 * Reading a platform's answer for an item with its page rules (registry
 * data): removed (a gone status, a redirect to a generic page, a page that
 * says the item is unavailable), a login wall, a geo-block, or available.
 * Used by the capture (on the rendered text) and by removal checks (on the
 * raw HTML). Pure.
 */
import type { PageRules } from '../../contract/platforms.js'
import { hostListed, matchPath } from './path-template.js'

/** What a page says about its item. */
export type PageState = 'available' | 'removed' | 'login_wall' | 'geo_blocked' | 'unreachable' | 'unknown'

/** French labels of page states. */
export const PAGE_STATE_LABELS: Record<PageState, string> = {
  available: 'en ligne',
  removed: 'retiré ou indisponible',
  login_wall: 'derrière une connexion',
  geo_blocked: 'bloqué dans ce pays',
  unreachable: 'inaccessible',
  unknown: 'indéterminé',
}

/** One answer to read. */
export interface PageObservation {
  requestedUrl: string
  /** The URL that answered, after redirects (null: none answered). */
  finalUrl: string | null
  status: number | null
  /** Visible text, or HTML. */
  text: string
}

/** Lower case, one kind of apostrophe, common entities decoded, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&#0*39;|&#x0*27;|&apos;|&rsquo;|[\u2018\u2019\u02bc]/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

function firstMarker(text: string, markers: readonly string[]): string | null {
  for (const m of markers) if (text.includes(foldText(m))) return m
  return null
}

function pathIn(templates: readonly string[], url: URL): boolean {
  return templates.some((t) => matchPath(t, url.pathname) !== null)
}

/** The state of an item's page, with a French reason. */
export function readPage(rules: PageRules, hosts: readonly string[], obs: PageObservation): { state: PageState; reason: string } {
  if (obs.status === null) return { state: 'unreachable', reason: 'aucune réponse' }
  if (rules.goneStatuses.includes(obs.status)) return { state: 'removed', reason: `la page répond HTTP ${obs.status}` }
  if (obs.status === 451) return { state: 'geo_blocked', reason: 'la page est bloquée pour raisons juridiques (HTTP 451)' }
  if (obs.finalUrl && obs.finalUrl !== obs.requestedUrl) {
    let final: URL | null = null
    try {
      final = new URL(obs.finalUrl)
    } catch {
      final = null
    }
    if (final && hostListed(hosts, final.hostname)) {
      if (pathIn(rules.loginPages, final)) return { state: 'login_wall', reason: `redirigé vers la page de connexion (${final.pathname})` }
      if (pathIn(rules.genericPages, final)) return { state: 'removed', reason: `redirigé vers une page générique (${final.pathname})` }
    }
  }
  const text = foldText(obs.text)
  const gone = firstMarker(text, rules.unavailableMarkers)
  if (gone) return { state: 'removed', reason: `la page dit « ${gone} »` }
  const geo = firstMarker(text, rules.geoMarkers)
  if (geo) return { state: 'geo_blocked', reason: `la page dit « ${geo} »` }
  const login = firstMarker(text, rules.loginMarkers)
  if (login) return { state: 'login_wall', reason: `la page demande une connexion (« ${login} »)` }
  if (obs.status >= 200 && obs.status < 300) return { state: 'available', reason: `la page répond (HTTP ${obs.status})` }
  return { state: 'unknown', reason: `la page a répondu HTTP ${obs.status}` }
}
