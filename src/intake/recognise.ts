/**
 * What a pasted URL points at: the platform (from the registry), the kind of
 * item, its normalised URL (tracking parameters dropped, one canonical host)
 * and the platform's id for it, or that it is a short link to follow first.
 * Pure: no network, no clock.
 */
import { isIP } from 'node:net'
import type { ItemKind, PlatformDefinition } from '../../contract/platforms.js'
import { isPublicAddress } from '../net/address-policy.js'
import { GENERIC_SHORTENERS, TRACKING_PARAMS } from '../platforms/defaults.js'
import { fill, hostListed, matchPath, matchQuery, type Params } from '../platforms/path-template.js'

/** The platform name of URLs no registry entry claims. */
export const WEB_PLATFORM = 'web'

/** Longest URL accepted. */
export const MAX_URL_LENGTH = 2_048

/** A recognised URL. */
export interface Recognised {
  /** Registry id, or "web" for any other site. */
  platform: string
  kind: ItemKind
  /** The normalised URL (what is stored, captured and checked). */
  url: string
  /** The platform's id for the item: unique per platform (`video/7312…`), the normalised URL for other sites. */
  externalId: string
  params: Params
  /** The URL matched a shape of the registry (false: a page of the platform, or another site). */
  matched: boolean
}

/** The outcome of recognising one URL. */
export type Recognition =
  | { type: 'item'; item: Recognised }
  /** A short link: follow its redirects, then recognise where it leads. */
  | { type: 'short'; url: URL; platform: string }
  | { type: 'refused'; reason: string }

/** Parses what a person pasted: adds `https://` to a bare `host/path`, refuses anything but http(s). */
export function parseInputUrl(raw: string): URL | string {
  const text = raw.trim()
  if (text.length === 0) return 'URL vide'
  if (text.length > MAX_URL_LENGTH) return `URL trop longue (${MAX_URL_LENGTH} caractères au plus)`
  let withScheme: string
  if (text.startsWith('//')) withScheme = `https:${text}`
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) withScheme = text
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+\.[^/:]+:\d+(\/|$)/.test(text)) withScheme = text // javascript:, mailto:… refused below
  else withScheme = `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return 'URL illisible'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `protocole refusé : ${url.protocol} (http et https seulement)`
  if (url.username || url.password) return 'URL avec identifiants refusée'
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return 'adresse sans nom de domaine'
  url.hostname = url.hostname.replace(/\.$/, '').toLowerCase()
  const literal = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(literal) && !isPublicAddress(literal)) return `adresse non publique refusée : ${literal}`
  url.hash = ''
  return url
}

/** Drops tracking parameters (`utm_*`, `fbclid`, `igsh`, …) and the fragment. */
export function withoutTracking(url: URL): URL {
  const out = new URL(url.toString())
  for (const key of [...out.searchParams.keys()]) {
    if (key.toLowerCase().startsWith('utm_') || TRACKING_PARAMS.includes(key.toLowerCase())) out.searchParams.delete(key)
  }
  out.hash = ''
  return out
}

/**
 * The canonical URL keeps an explicit port and its scheme (real platforms never have one; a local
 * test network does), so that a URL always leads back where it was found.
 */
function canonicalUrl(template: string, params: Params, input: URL): string | null {
  const filled = fill(template, params)
  if (filled === null) return null
  const url = new URL(filled)
  if (input.port) {
    url.protocol = input.protocol
    url.port = input.port
  }
  return url.toString()
}

/** The registry entry claiming `host`, if any. */
export function platformOfHost(platforms: readonly PlatformDefinition[], host: string): PlatformDefinition | undefined {
  return platforms.find((p) => hostListed(p.hosts, host))
}

/** Recognises one parsed URL against the registry. */
export function recogniseUrl(platforms: readonly PlatformDefinition[], input: URL): Recognition {
  const host = input.hostname
  const platform = platformOfHost(platforms, host)
  if (!platform) {
    if (hostListed(GENERIC_SHORTENERS, host)) return { type: 'short', url: input, platform: WEB_PLATFORM }
    const clean = withoutTracking(input).toString()
    return { type: 'item', item: { platform: WEB_PLATFORM, kind: 'page', url: clean, externalId: clean, params: {}, matched: false } }
  }
  for (const short of platform.shortLinks) {
    if (hostListed(short.hosts, host) && (short.path === undefined || matchPath(short.path, input.pathname) !== null)) {
      return { type: 'short', url: input, platform: platform.id }
    }
  }
  for (const pattern of platform.patterns) {
    if (pattern.hosts && !hostListed(pattern.hosts, host)) continue
    const params = matchPath(pattern.path, input.pathname)
    if (!params || !matchQuery(pattern.query, input.searchParams, params)) continue
    const url = canonicalUrl(pattern.canonical, params, input)
    const key = fill(pattern.key, params)
    if (url === null || key === null) continue
    return { type: 'item', item: { platform: platform.id, kind: pattern.kind, url, externalId: key, params, matched: true } }
  }
  const clean = withoutTracking(input).toString()
  return { type: 'item', item: { platform: platform.id, kind: 'page', url: clean, externalId: clean, params: {}, matched: false } }
}

/** Parses then recognises what a person pasted. */
export function recognise(platforms: readonly PlatformDefinition[], raw: string): Recognition {
  const url = parseInputUrl(raw)
  return typeof url === 'string' ? { type: 'refused', reason: url } : recogniseUrl(platforms, url)
}
