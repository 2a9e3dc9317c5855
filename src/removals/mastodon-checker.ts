/**
 * Mastodon: the status on its own instance (`GET /api/v1/statuses/:id`),
 * then, when it is gone, the account (`GET /api/v1/accounts/lookup`): a
 * suspended account (410, or `suspended: true`) is the platform's doing.
 * A status answering 404/410 on an active account counts as removed by the
 * platform: Mastodon answers the same when its author deleted it (said in
 * the check's summary). Statuses whose URI is not Mastodon's go to the URL
 * checker.
 */
import { z } from 'zod'
import type { CheckStep } from '../../contract/removal.js'
import { SafeFetchError, type SafeFetcher } from '../net/safe-fetch.js'
import { stepUrl, verdict, type RemovalChecker, type RemovalTarget, type RemovalVerdict } from './types.js'
import { pageVerdict, type UrlChecker } from './url-checker.js'

const Account = z.object({ id: z.string().max(64), suspended: z.boolean().optional() })

/** Instance, status id and account name of a Mastodon status, from its URI or URL; null otherwise. */
export function parseMastodonStatus(target: RemovalTarget): { origin: string; id: string; acct: string } | null {
  for (const raw of [target.externalId, target.url]) {
    if (!raw) continue
    let u: URL
    try {
      u = new URL(raw)
    } catch {
      continue
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') continue
    const m = /^\/users\/([A-Za-z0-9_]{1,64})\/statuses\/(\d{1,30})$/.exec(u.pathname) ?? /^\/@([A-Za-z0-9_]{1,64})\/(\d{1,30})$/.exec(u.pathname)
    if (m) return { origin: u.origin, acct: m[1] ?? '', id: m[2] ?? '' }
  }
  return null
}

/** Checks Mastodon statuses on their instance. */
export class MastodonChecker implements RemovalChecker {
  readonly platforms = ['mastodon'] as const

  constructor(
    private readonly fetcher: SafeFetcher,
    private readonly fallback: UrlChecker,
  ) {}

  async check(target: RemovalTarget): Promise<RemovalVerdict> {
    const ref = parseMastodonStatus(target)
    if (!ref) return this.fallback.check(target)
    const steps: CheckStep[] = []
    try {
      const url = `${ref.origin}/api/v1/statuses/${ref.id}`
      const res = await this.fetcher.fetch(url, { accept: 'application/json' })
      steps.push({ service: 'mastodon', url: stepUrl(url), status: res.status, note: res.status === 200 ? 'publication servie' : `HTTP ${res.status}` })
      if (res.status !== 404 && res.status !== 410) return pageVerdict(res, steps, 'la publication')
      const lookup = `${ref.origin}/api/v1/accounts/lookup?${new URLSearchParams({ acct: ref.acct })}`
      const acc = await this.fetcher.fetch(lookup, { accept: 'application/json' })
      let suspended = acc.status === 410
      if (acc.status === 200) {
        try {
          suspended = Account.parse(JSON.parse(new TextDecoder().decode(acc.bytes))).suspended === true
        } catch {
          // unreadable account: conclude from the status alone
        }
      }
      steps.push({ service: 'mastodon', url: stepUrl(lookup), status: acc.status, note: suspended ? 'compte suspendu' : `compte HTTP ${acc.status}` })
      if (suspended) return verdict('removed', 'platform', 'compte suspendu par l’instance', steps)
      return verdict('removed', 'platform', `la publication ne répond plus (HTTP ${res.status}) : retirée (Mastodon ne distingue pas un retrait d’une suppression par l’auteur)`, steps)
    } catch (err) {
      if (!(err instanceof SafeFetchError)) throw err
      steps.push({ service: 'mastodon', url: null, status: null, note: err.message.slice(0, 500) })
      return verdict('unknown', null, `vérification impossible : ${err.message}`, steps, err.retryAfterMs ?? undefined)
    }
  }
}
