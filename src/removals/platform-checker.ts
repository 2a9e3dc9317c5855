/**
 * Removal checks of items filed by URL, with each platform's rules from the
 * registry (data): first the platform's lighter probe when it has one (an
 * oEmbed endpoint, Discord's invite API) — a gone status there means removed,
 * a 2xx that it is still served; then the page itself: a gone status, a
 * redirect to a generic page of the platform, or a page answering 200 that
 * says the item is unavailable. A login wall, a geo-block, a rate limit or an
 * odd status conclude nothing. Redirects are followed only within the
 * platform's hosts, each hop checked by the SafeFetcher. These platforms do
 * not tell a takedown from an author's deletion: a removal is recorded as
 * the platform's, and the summary says so. Posts of platforms the registry
 * does not know go to the plain URL checker.
 */
import type { CheckStep } from '../../contract/removal.js'
import type { PlatformDefinition } from '../../contract/platforms.js'
import { recogniseUrl } from '../intake/recognise.js'
import { SafeFetchError, type SafeFetcher, type SafeResponse } from '../net/safe-fetch.js'
import { hostListed } from '../platforms/path-template.js'
import { readPage } from '../platforms/page-state.js'
import { stepUrl, verdict, type RemovalChecker, type RemovalTarget, type RemovalVerdict } from './types.js'
import { checkUrlOf } from './url-checker.js'

const NOT_TOLD = ' (la plateforme ne dit pas si l’auteur l’a supprimé lui-même)'

/** Fills a probe template for the item at `url`. */
export function probeUrl(template: string, url: URL, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    if (name === 'origin') return url.origin
    if (name === 'scheme') return url.protocol.replace(/:$/, '')
    if (name === 'port') return url.port ? `:${url.port}` : ''
    if (name === 'url') return encodeURIComponent(url.toString())
    const value = params[name]
    return value === undefined ? whole : encodeURIComponent(value)
  })
}

/** Checks items of registry platforms by their rules; any other platform goes to `fallback`. */
export class PlatformRulesChecker implements RemovalChecker {
  readonly platforms: readonly string[] = []

  constructor(
    private readonly registry: () => Promise<readonly PlatformDefinition[]>,
    private readonly fetcher: SafeFetcher,
    private readonly fallback: RemovalChecker,
  ) {}

  async check(target: RemovalTarget): Promise<RemovalVerdict> {
    const all = await this.registry()
    const platform = all.find((p) => p.id === target.platform)
    const raw = checkUrlOf(target)
    if (!platform || !raw) return this.fallback.check(target)
    const steps: CheckStep[] = []
    try {
      const url = new URL(raw)
      const recognised = recogniseUrl(all, url)
      const item = recognised.type === 'item' ? recognised.item : null
      const probe = platform.rules.probe
      const address = probe && item && (!probe.kinds || probe.kinds.includes(item.kind)) ? probeUrl(probe.url, url, item.params) : null
      if (probe && address && !address.includes('{')) {
        const res = await this.fetcher.fetch(address, { method: 'GET', accept: 'application/json,*/*;q=0.5', maxBytes: 256 * 1024, truncate: true })
        steps.push({ service: 'probe', url: stepUrl(address), status: res.status, note: 'adresse de contrôle de la plateforme' })
        if (probe.goneStatuses.includes(res.status)) {
          return verdict('removed', 'platform', `${platform.name} ne sert plus l’élément (HTTP ${res.status})${NOT_TOLD}`, steps)
        }
        if (res.status === 429) return rateLimited(res, steps)
        if (res.status >= 200 && res.status < 300) return verdict('online', null, `${platform.name} sert toujours l’élément (HTTP ${res.status})`, steps)
      }
      const res = await this.fetcher.fetch(url.toString(), {
        method: 'GET',
        accept: 'text/html,*/*;q=0.8',
        maxBytes: 2 * 1024 * 1024,
        truncate: true,
        followRedirect: (next) => hostListed(platform.hosts, next.hostname),
      })
      steps.push({ service: 'page', url: stepUrl(url.toString()), status: res.status, note: res.redirects.length ? `${res.redirects.length} redirection(s)` : 'GET' })
      if (res.status === 429) return rateLimited(res, steps)
      if (res.offHostRedirect) return verdict('unknown', null, `la page redirige hors de ${platform.name} (${stepUrl(res.offHostRedirect)}) : non suivi`, steps)
      const page = readPage(platform.rules, platform.hosts, {
        requestedUrl: url.toString(),
        finalUrl: res.url,
        status: res.status,
        text: Buffer.from(res.bytes).toString('utf8'),
      })
      if (page.state === 'removed') return verdict('removed', 'platform', `${page.reason} : retiré${NOT_TOLD}`, steps)
      if (page.state === 'available') return verdict('online', null, `${page.reason} : toujours en ligne`, steps)
      return verdict('unknown', null, `${page.reason} : pas de conclusion`, steps)
    } catch (err) {
      if (!(err instanceof SafeFetchError)) throw err
      steps.push({ service: 'page', url: stepUrl(raw), status: null, note: err.message.slice(0, 500) })
      return verdict('unknown', null, `vérification impossible : ${err.message}`, steps, err.retryAfterMs ?? undefined)
    }
  }
}

function rateLimited(res: SafeResponse, steps: CheckStep[]): RemovalVerdict {
  const seconds = Number(res.headers['retry-after'])
  return verdict('unknown', null, 'la plateforme limite le débit : nouvel essai plus tard', steps, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000)
}
