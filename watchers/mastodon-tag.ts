/**
 * Mastodon hashtag timeline: `GET {instance}/api/v1/timelines/tag/:hashtag`,
 * walked forward with `min_id` from the newest status id already seen, so a
 * restart resumes with no gap and no duplicate.
 */
import { z } from 'zod'
import type { Post } from '../contract/post.js'
import { configObject, hashtag, httpUrl, parseConfigWith } from './config.js'
import { WatcherParseError } from './errors.js'
import { compareIds } from './ids.js'
import { MastodonStatus, statusToPost } from './mastodon-status.js'
import { quotaNotBefore } from './rate-limit.js'
import type { FetchContext, FetchResult, PolledWatcher } from './types.js'

const ConfigSchema = configObject({
  /** Instance base URL, e.g. https://piaille.fr */
  instance: httpUrl,
  hashtag,
  /** Only statuses local to the instance. */
  local: z.boolean().default(false),
  /** Statuses per page (Mastodon allows 40). */
  limit: z.number().int().min(1).max(40).default(40),
  /** Most pages read in one fetch. */
  maxPages: z.number().int().min(1).max(50).default(5),
  /** Some instances require a token for timelines. */
  accessToken: z.string().min(1).max(500).optional(),
})

/** Configuration of a `mastodon-tag` source. */
export type MastodonTagConfig = z.output<typeof ConfigSchema>
/** Cursor: the newest status id seen (instance-local). */
export type MastodonTagCursor = { minId: string }

const Page = z.array(z.unknown()).max(1_000)

/** Reads one page and returns the valid statuses, newest first. */
async function readPage(url: string, config: MastodonTagConfig, ctx: FetchContext) {
  const headers: Record<string, string> = {}
  if (config.accessToken) headers.authorization = `Bearer ${config.accessToken}`
  const { body, response } = await ctx.http.getJson(url, { signal: ctx.signal, headers })
  const page = Page.safeParse(body)
  if (!page.success) throw new WatcherParseError(`expected an array of statuses from ${response.url}`, page.error)
  const statuses: MastodonStatus[] = []
  let invalid = 0
  for (const item of page.data) {
    const s = MastodonStatus.safeParse(item)
    if (s.success) statuses.push(s.data)
    else invalid++
  }
  if (invalid > 0) ctx.log?.warn({ url: response.url, invalid }, 'skipped malformed Mastodon statuses')
  return { statuses, rawCount: page.data.length, notBefore: quotaNotBefore(response.rateLimit) }
}

/** The `mastodon-tag` watcher. */
export const mastodonTagWatcher: PolledWatcher<MastodonTagConfig, MastodonTagCursor> = {
  kind: 'mastodon-tag',
  parseConfig: (raw) => parseConfigWith('mastodon-tag', ConfigSchema, raw),

  async fetch(config, cursor, ctx): Promise<FetchResult<MastodonTagCursor>> {
    const base = new URL(config.instance)
    const host = base.host
    const endpoint = new URL(`/api/v1/timelines/tag/${encodeURIComponent(config.hashtag)}`, base.origin)
    const collected = new Map<string, MastodonStatus>()
    let minId = cursor?.minId ?? null
    let notBefore: Date | undefined

    for (let page = 0; page < config.maxPages; page++) {
      const url = new URL(endpoint)
      url.searchParams.set('limit', String(config.limit))
      if (config.local) url.searchParams.set('local', 'true')
      if (minId !== null) url.searchParams.set('min_id', minId)
      const res = await readPage(url.toString(), config, ctx)
      notBefore = res.notBefore ?? notBefore
      let newest = minId
      for (const s of res.statuses) {
        // A server ignoring min_id must not make us re-emit old statuses.
        if (minId !== null && compareIds(s.id, minId) <= 0) continue
        collected.set(s.id, s)
        if (newest === null || compareIds(s.id, newest) > 0) newest = s.id
      }
      // First run: only the newest page, no backfill. Later: walk forward.
      if (cursor === null || newest === minId || res.rawCount < config.limit || notBefore) {
        minId = newest
        break
      }
      minId = newest
    }

    const now = ctx.now()
    const ordered = [...collected.values()].sort((a, b) => compareIds(a.id, b.id))
    const posts: Post[] = []
    for (const s of ordered) {
      if (s.reblog) continue
      posts.push(statusToPost(s, host, now))
    }
    const result: FetchResult<MastodonTagCursor> = { posts, cursor: minId === null ? null : { minId } }
    if (notBefore) result.notBefore = notBefore
    return result
  },
}
