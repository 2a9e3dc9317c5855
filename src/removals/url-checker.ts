/**
 * Any other platform, or an RSS item: is the post's URL still answering?
 * HEAD first (GET when HEAD is not allowed); 404 and 410 mean removed;
 * redirects are followed on the same host only (a redirect elsewhere is
 * shown, not concluded). Per-platform rules (a generic page, « contenu
 * indisponible ») plug in here later.
 */
import type { CheckStep } from '../../contract/removal.js'
import { SafeFetchError, type SafeFetcher, type SafeResponse } from '../net/safe-fetch.js'
import { stepUrl, verdict, type RemovalChecker, type RemovalTarget, type RemovalVerdict } from './types.js'

/** The URL a post is checked at: its url, else an http(s) external id. */
export function checkUrlOf(target: RemovalTarget): string | null {
  for (const candidate of [target.url, target.externalId]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate
  }
  return null
}

/** Reads an HTTP answer about a post's page into a verdict. */
export function pageVerdict(res: SafeResponse, steps: CheckStep[], what = 'la page'): RemovalVerdict {
  const s = res.status
  if (s === 404 || s === 410) return verdict('removed', 'platform', `${what} ne répond plus (HTTP ${s}) : retirée`, steps)
  if (s === 429) {
    const seconds = Number(res.headers['retry-after'])
    return verdict('unknown', null, 'le site limite le débit : nouvel essai plus tard', steps, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000)
  }
  if (res.offHostRedirect) return verdict('unknown', null, `${what} redirige vers un autre site (${stepUrl(res.offHostRedirect)}) : non suivi`, steps)
  if (s >= 200 && s < 300) return verdict('online', null, `${what} répond toujours (HTTP ${s})`, steps)
  return verdict('unknown', null, `${what} a répondu HTTP ${s}`, steps)
}

/** Checks a post by its URL. */
export class UrlChecker implements RemovalChecker {
  readonly platforms: readonly string[] = []

  constructor(private readonly fetcher: SafeFetcher) {}

  async check(target: RemovalTarget): Promise<RemovalVerdict> {
    const steps: CheckStep[] = []
    const url = checkUrlOf(target)
    if (!url) return verdict('unknown', null, 'pas d’URL http(s) à vérifier', steps)
    try {
      let res = await this.fetcher.fetch(url, { method: 'HEAD' })
      steps.push({ service: 'page', url: stepUrl(url), status: res.status, note: `HEAD${res.redirects.length ? ` (${res.redirects.length} redirection(s))` : ''}` })
      if (res.status === 405 || res.status === 501 || (res.status >= 400 && res.status !== 404 && res.status !== 410 && res.status !== 429)) {
        res = await this.fetcher.fetch(url, { method: 'GET', accept: 'text/html,*/*;q=0.8' })
        steps.push({ service: 'page', url: stepUrl(url), status: res.status, note: 'GET' })
      }
      return pageVerdict(res, steps)
    } catch (err) {
      if (!(err instanceof SafeFetchError)) throw err
      steps.push({ service: 'page', url: stepUrl(url), status: null, note: err.message.slice(0, 500) })
      return verdict('unknown', null, `vérification impossible : ${err.message}`, steps, err.retryAfterMs ?? undefined)
    }
  }
}
