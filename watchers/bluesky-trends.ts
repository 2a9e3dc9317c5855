/**
 * Bluesky trends: `app.bsky.unspecced.getTrends`, falling back to
 * `getTrendingTopics` when the service does not implement it.
 */
import { z } from 'zod'
import { BlueskyAgents } from './bluesky-session.js'
import { configObject, httpUrl, parseConfigWith } from './config.js'
import { WatcherFetchError } from './errors.js'
import type { FetchResult, PolledWatcher, Trend } from './types.js'
import { unwrapXrpcError } from './xrpc-errors.js'

const ConfigSchema = configObject({
  /** AppView (default https://public.api.bsky.app) or, with credentials, a PDS. */
  service: httpUrl.default('https://public.api.bsky.app'),
  identifier: z.string().min(1).max(320).optional(),
  appPassword: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(25).default(25),
})

/** Configuration of a `bluesky-trends` source. */
export type BlueskyTrendsConfig = z.output<typeof ConfigSchema>

/** Statuses meaning "this endpoint is not here": try the older one. */
const NOT_IMPLEMENTED = new Set([400, 404, 501])

function toDate(s: string | undefined): Date | undefined {
  if (!s) return undefined
  const t = Date.parse(s)
  return Number.isNaN(t) ? undefined : new Date(t)
}

function absoluteLink(link: string): string {
  return link.startsWith('/') ? `https://bsky.app${link}` : link
}

/** Creates the `bluesky-trends` watcher (no cursor: each fetch is a snapshot). */
export function createBlueskyTrendsWatcher(agents = new BlueskyAgents()): PolledWatcher<BlueskyTrendsConfig, null> {
  return {
    kind: 'bluesky-trends',
    parseConfig: (raw) => parseConfigWith('bluesky-trends', ConfigSchema, raw),

    async fetch(config, _cursor, ctx): Promise<FetchResult<null>> {
      const agent = await agents.get(
        { service: config.service, identifier: config.identifier, appPassword: config.appPassword },
        ctx.http,
      )
      const observedAt = ctx.now()
      try {
        const res = await agent.app.bsky.unspecced.getTrends({ limit: config.limit }, { signal: ctx.signal })
        const trends = res.data.trends.map((t, i): Trend => {
          const trend: Trend = {
            platform: 'bluesky',
            topic: t.topic,
            rank: i + 1,
            displayName: t.displayName,
            postCount: t.postCount,
            observedAt,
            url: absoluteLink(t.link),
          }
          const startedAt = toDate(t.startedAt)
          if (startedAt) trend.startedAt = startedAt
          return trend
        })
        return { posts: [], cursor: null, trends }
      } catch (err) {
        const e = unwrapXrpcError(err)
        if (!(e instanceof WatcherFetchError && e.status !== undefined && NOT_IMPLEMENTED.has(e.status))) throw e
        ctx.log?.info({ status: e.status }, 'getTrends unavailable, using getTrendingTopics')
      }
      try {
        const res = await agent.app.bsky.unspecced.getTrendingTopics({ limit: config.limit }, { signal: ctx.signal })
        const trends = res.data.topics.map((t, i): Trend => {
          const trend: Trend = { platform: 'bluesky', topic: t.topic, rank: i + 1, observedAt, url: absoluteLink(t.link) }
          if (t.displayName) trend.displayName = t.displayName
          return trend
        })
        return { posts: [], cursor: null, trends }
      } catch (err) {
        throw unwrapXrpcError(err)
      }
    },
  }
}
