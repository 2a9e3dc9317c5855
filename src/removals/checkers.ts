/**
 * The removal checkers by platform, with the URL checker for any other
 * platform. Adding one: a class implementing `RemovalChecker`, one line here.
 */
import type { PlatformDefinition } from '../../contract/platforms.js'
import { SafeFetcher, type SafeFetchOptions } from '../net/safe-fetch.js'
import { BlueskyChecker } from './bluesky-checker.js'
import { DidResolver } from './did-document.js'
import { MastodonChecker } from './mastodon-checker.js'
import { PlatformRulesChecker } from './platform-checker.js'
import type { RemovalChecker, RemovalTarget, RemovalVerdict } from './types.js'
import { UrlChecker } from './url-checker.js'

/** What the checkers are built from. */
export interface CheckerSettings {
  bluesky: { appview: string; plc: string }
  /** Options of the fetcher of untrusted URLs (tests: allowLoopback). */
  fetch?: SafeFetchOptions
  /** The platform registry: items filed by URL are checked with their platform's rules. */
  platforms?: () => Promise<readonly PlatformDefinition[]>
}

/** Platform → checker, with a fallback. */
export class CheckerRegistry {
  private readonly byPlatform = new Map<string, RemovalChecker>()

  constructor(
    checkers: readonly RemovalChecker[],
    private readonly fallback: RemovalChecker,
  ) {
    for (const c of checkers) for (const p of c.platforms) this.byPlatform.set(p, c)
  }

  /** Checks one post with its platform's checker. */
  check(target: RemovalTarget): Promise<RemovalVerdict> {
    return (this.byPlatform.get(target.platform) ?? this.fallback).check(target)
  }
}

/** The shipped checkers: Bluesky, Mastodon, the registry's platforms by their rules, and URLs for the rest. */
export function defaultCheckers(settings: CheckerSettings): CheckerRegistry {
  const untrusted = new SafeFetcher({ userAgent: 'Vigie-Verification/1', ...settings.fetch })
  // The AppView and the PLC directory are the operator's choice: any address, shorter spacing.
  const trusted = new SafeFetcher({ ...settings.fetch, userAgent: 'Vigie-Verification/1', configuredService: true, hostSpacingMs: settings.fetch?.hostSpacingMs ?? 100 })
  const dids = new DidResolver(settings.bluesky.plc, trusted, untrusted)
  const url = new UrlChecker(untrusted)
  const fallback = settings.platforms ? new PlatformRulesChecker(settings.platforms, untrusted, url) : url
  return new CheckerRegistry([new BlueskyChecker(settings.bluesky.appview, trusted, untrusted, dids), new MastodonChecker(untrusted, url)], fallback)
}
