/**
 * The watchers' public face: the registry of polled watchers (kind →
 * watcher), the Jetstream consumer, the identity resolver, the HTTP client,
 * backoff helpers and the typed errors.
 */
import { createBlueskySearchWatcher } from './bluesky-search.js'
import { BlueskyAgents } from './bluesky-session.js'
import { createBlueskyTrendsWatcher } from './bluesky-trends.js'
import { mastodonTagWatcher } from './mastodon-tag.js'
import { mastodonTrendsWatcher } from './mastodon-trends.js'
import { rssWatcher } from './rss.js'
import type { Json, PolledWatcher } from './types.js'

/** A polled watcher whose config and cursor types are erased (registry use). */
export type AnyPolledWatcher = PolledWatcher<unknown, Json>

/** Builds a fresh registry (kind → watcher); one per process, held by the context. */
export function createWatcherRegistry(): ReadonlyMap<string, AnyPolledWatcher> {
  const agents = new BlueskyAgents()
  const list: AnyPolledWatcher[] = [
    createBlueskySearchWatcher(agents),
    createBlueskyTrendsWatcher(agents),
    mastodonTagWatcher,
    mastodonTrendsWatcher,
    rssWatcher,
  ]
  return new Map(list.map((w) => [w.kind, w]))
}

/** Kinds of streaming sources (not in the polled registry). */
export const STREAM_KINDS = ['jetstream'] as const

export type { FetchContext, FetchResult, Json, PolledWatcher, StreamHealth, Trend, WatcherLogger } from './types.js'
export { HttpClient, type HttpClientOptions, type HttpResponse, type RequestOptions } from './http.js'
export { backoffCeiling, backoffDelay, retryDelayFor, type BackoffOptions } from './backoff.js'
export * from './errors.js'
export { JetstreamConsumer, type JetstreamOptions, type JetstreamStats, type PostDeletion, type AccountChange, type IdentityChange } from './jetstream.js'
export { BlueskyIdentityResolver, validHandle, type IdentityResolverOptions, type IdentityStore, type KnownIdentity } from './bluesky-identity.js'
export { PostFilter, type WatchTerms, type LanguageOptions } from './post-filter.js'
export { createBlueskySearchWatcher, type BlueskySearchConfig, type BlueskySearchCursor } from './bluesky-search.js'
export { createBlueskyTrendsWatcher, type BlueskyTrendsConfig } from './bluesky-trends.js'
export { mastodonTagWatcher, type MastodonTagConfig, type MastodonTagCursor } from './mastodon-tag.js'
export { mastodonTrendsWatcher, type MastodonTrendsConfig } from './mastodon-trends.js'
export { rssWatcher, type RssConfig, type RssCursor } from './rss.js'
export { htmlToText } from './html-to-text.js'
export { parseJetstreamConfig, jetstreamOptionsFrom, PUBLIC_JETSTREAMS, type JetstreamConfig } from './jetstream-config.js'
export { SOURCE_EXAMPLES } from './examples.js'
