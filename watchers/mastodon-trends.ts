/**
 * Mastodon trending hashtags: `GET {instance}/api/v1/trends/tags`, with
 * today's uses and accounts from `history`.
 */
import { z } from 'zod'
import { configObject, httpUrl, parseConfigWith } from './config.js'
import { WatcherParseError } from './errors.js'
import { quotaNotBefore } from './rate-limit.js'
import type { FetchResult, PolledWatcher, Trend } from './types.js'

const ConfigSchema = configObject({
  instance: httpUrl,
  /** Tags to read (Mastodon allows 20). */
  limit: z.number().int().min(1).max(20).default(20),
  accessToken: z.string().min(1).max(500).optional(),
})

/** Configuration of a `mastodon-trends` source. */
export type MastodonTrendsConfig = z.output<typeof ConfigSchema>

const Count = z.union([z.string().max(20), z.number()]).transform((v) => {
  const n = typeof v === 'number' ? v : Number(v)
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined
})

const TrendTag = z.object({
  name: z.string().min(1).max(200),
  url: z.string().max(2_000).nullish(),
  history: z
    .array(z.object({ day: z.union([z.string().max(20), z.number()]), uses: Count, accounts: Count }))
    .max(100)
    .nullish(),
})

const Body = z.array(TrendTag).max(200)

/** The `mastodon-trends` watcher (no cursor: each fetch is a snapshot). */
export const mastodonTrendsWatcher: PolledWatcher<MastodonTrendsConfig, null> = {
  kind: 'mastodon-trends',
  parseConfig: (raw) => parseConfigWith('mastodon-trends', ConfigSchema, raw),

  async fetch(config, _cursor, ctx): Promise<FetchResult<null>> {
    const url = new URL('/api/v1/trends/tags', new URL(config.instance).origin)
    url.searchParams.set('limit', String(config.limit))
    const headers: Record<string, string> = {}
    if (config.accessToken) headers.authorization = `Bearer ${config.accessToken}`
    const { body, response } = await ctx.http.getJson(url.toString(), { signal: ctx.signal, headers })
    const parsed = Body.safeParse(body)
    if (!parsed.success) throw new WatcherParseError(`unexpected trends body from ${response.url}`, parsed.error)
    const observedAt = ctx.now()
    const trends: Trend[] = parsed.data.map((tag, i) => {
      // history[0] is today, as Mastodon sends it.
      const today = tag.history?.[0]
      const trend: Trend = { platform: 'mastodon', topic: tag.name.toLowerCase(), rank: i + 1, displayName: tag.name, observedAt }
      if (today?.uses !== undefined) trend.postCount = today.uses
      if (today?.accounts !== undefined) trend.accounts = today.accounts
      if (tag.url) trend.url = tag.url
      return trend
    })
    const result: FetchResult<null> = { posts: [], cursor: null, trends }
    const notBefore = quotaNotBefore(response.rateLimit)
    if (notBefore) result.notBefore = notBefore
    return result
  },
}
