/**
 * Following a short link (vm.tiktok.com/…, t.co/…, bit.ly/…) to the item it
 * stands for: one hop at a time through the SafeFetcher, so every hop is a
 * new connection checked against the address policy (public addresses only,
 * pinned in the connection's own lookup), each hop's target recognised
 * before it is fetched, and the walk stops at the first URL the registry
 * recognises as an item (that page itself is never fetched here). Bodies are
 * read to 64 KiB at most, only for a `<meta http-equiv="refresh">` (t.co
 * answers browsers that way).
 */
import type { PlatformDefinition } from '../../contract/platforms.js'
import { SafeFetchError, type SafeFetcher } from '../net/safe-fetch.js'
import { parseInputUrl, recogniseUrl, type Recognised } from './recognise.js'

/** Hops followed from a short link at most. */
export const MAX_SHORT_LINK_HOPS = 6

/** What following a short link gave. */
export type Expansion = { ok: true; item: Recognised; chain: string[] } | { ok: false; reason: string; chain: string[] }

const META_REFRESH = /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;\s*url\s*=\s*['"]?([^"'>\s]+)/i

/** The target of a `<meta http-equiv="refresh">` in the first bytes of a page, if any. */
export function metaRefreshTarget(html: string): string | null {
  const m = META_REFRESH.exec(html)
  return m?.[1]?.replace(/&amp;/g, '&') ?? null
}

/** Follows `start` (a short link) to the item it stands for. */
export async function expandShortLink(fetcher: SafeFetcher, platforms: readonly PlatformDefinition[], start: URL): Promise<Expansion> {
  const chain: string[] = [start.toString()]
  let current = start
  for (let hop = 0; hop < MAX_SHORT_LINK_HOPS; hop++) {
    let next: string | null
    let status: number
    try {
      const res = await fetcher.fetch(current.toString(), {
        method: 'GET',
        accept: 'text/html,*/*;q=0.8',
        maxBytes: 64 * 1024,
        truncate: true,
        followRedirect: () => false,
      })
      status = res.status
      next = res.offHostRedirect ?? (res.status >= 200 && res.status < 300 ? metaRefreshTarget(Buffer.from(res.bytes).toString('latin1')) : null)
      if (next) next = new URL(next, current).toString()
    } catch (err) {
      if (err instanceof SafeFetchError) return { ok: false, reason: `lien court non suivi : ${err.message}`, chain }
      throw err
    }
    if (!next) {
      const why = status === 404 || status === 410 ? 'le lien court n’existe plus' : `le lien court ne redirige pas (HTTP ${status})`
      return { ok: false, reason: why, chain }
    }
    chain.push(next)
    const parsed = parseInputUrl(next)
    if (typeof parsed === 'string') return { ok: false, reason: `le lien court mène à une adresse refusée (${parsed})`, chain }
    const recognised = recogniseUrl(platforms, parsed)
    if (recognised.type === 'item') return { ok: true, item: recognised.item, chain }
    if (recognised.type === 'refused') return { ok: false, reason: recognised.reason, chain }
    current = recognised.url
  }
  return { ok: false, reason: `trop de redirections (${MAX_SHORT_LINK_HOPS}) depuis le lien court`, chain }
}
