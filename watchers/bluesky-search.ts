/**
 * Bluesky search: `app.bsky.feed.searchPosts` (sort=latest) with an app
 * password, paging until the newest post already seen. The cursor keeps the
 * newest `indexedAt` and the last URIs seen, so a restart neither skips nor
 * repeats.
 */
import type { AppBskyFeedDefs } from '@atproto/api'
import { z } from 'zod'
import type { Post } from '../contract/post.js'
import { BlueskyAgents } from './bluesky-session.js'
import { BlueskyIdentityResolver } from './bluesky-identity.js'
import { PostRecord, postUrl, recordToPost, rkeyOf } from './bluesky-record.js'
import { configObject, hashtag, httpUrl, langCode, parseConfigWith } from './config.js'
import { WatcherFetchError } from './errors.js'
import { boundedUnion } from './ids.js'
import type { FetchResult, PolledWatcher } from './types.js'
import { unwrapXrpcError } from './xrpc-errors.js'

const ConfigSchema = configObject({
  /** PDS or entryway to log in to (default https://bsky.social). */
  service: httpUrl.default('https://bsky.social'),
  identifier: z.string().min(1).max(320),
  appPassword: z.string().min(1).max(200),
  /** Search query (Lucene-like); "*" with tags searches by tag only. */
  q: z.string().min(1).max(1_000),
  tags: z.array(hashtag).max(10).optional(),
  lang: langCode.optional(),
  /** Earliest post time on the first run (ISO date or datetime). */
  since: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(100),
  /** Most pages read in one fetch. */
  maxPages: z.number().int().min(1).max(50).default(5),
  /** Posts indexed up to this long before the newest seen are still read (ms). */
  overlapMs: z.number().int().min(0).max(86_400_000).default(300_000),
  /** Resolve mention DIDs to handles. */
  resolveMentions: z.boolean().default(true),
})

/** Configuration of a `bluesky-search` source. */
export type BlueskySearchConfig = z.output<typeof ConfigSchema>
/** Cursor: newest indexedAt seen and the most recent URIs, newest first. */
export type BlueskySearchCursor = { newest: string | null; seen: string[] }

const SEEN_LIMIT = 1_000

/** Turns a search hit into a Post, or undefined when its record is malformed. */
export function postViewToPost(view: AppBskyFeedDefs.PostView): Post | undefined {
  const record = PostRecord.safeParse(view.record)
  const rkey = rkeyOf(view.uri)
  if (!record.success || !rkey) return undefined
  const handle = view.author.handle === 'handle.invalid' ? undefined : view.author.handle.toLowerCase()
  const post = recordToPost(view.author.did, rkey, record.data, new Date(view.indexedAt), handle)
  post.id = view.uri
  post.url = postUrl(handle ?? view.author.did, rkey)
  const created = view.author.createdAt ? Date.parse(view.author.createdAt) : NaN
  if (!Number.isNaN(created)) post.authorCreatedAt = new Date(created)
  return post
}

/** Creates the `bluesky-search` watcher; it keeps logged-in agents between fetches. */
export function createBlueskySearchWatcher(agents = new BlueskyAgents()): PolledWatcher<BlueskySearchConfig, BlueskySearchCursor> {
  const resolvers = new WeakMap<object, BlueskyIdentityResolver>()
  return {
    kind: 'bluesky-search',
    parseConfig: (raw) => parseConfigWith('bluesky-search', ConfigSchema, raw),

    async fetch(config, cursor, ctx): Promise<FetchResult<BlueskySearchCursor>> {
      const login = { service: config.service, identifier: config.identifier, appPassword: config.appPassword }
      const agent = await agents.get(login, ctx.http)
      const seen = new Set(cursor?.seen ?? [])
      const watermark = cursor?.newest ? Date.parse(cursor.newest) : NaN
      const floor = Number.isNaN(watermark) ? -Infinity : watermark - config.overlapMs
      const since = Number.isFinite(floor) ? new Date(floor).toISOString() : config.since
      const found: { post: Post; indexedAt: number }[] = []
      // Every new URI read, malformed records included, newest first.
      const readUris: string[] = []
      let newestRead = Number.isNaN(watermark) ? -Infinity : watermark
      let page: string | undefined

      for (let n = 0; n < config.maxPages; n++) {
        let res
        try {
          res = await agent.app.bsky.feed.searchPosts(
            { q: config.q, sort: 'latest', limit: config.limit, cursor: page, tag: config.tags, lang: config.lang, since },
            { signal: ctx.signal },
          )
        } catch (err) {
          const e = unwrapXrpcError(err)
          if (e instanceof WatcherFetchError && e.code === 'Auth') agents.drop(login)
          throw e
        }
        let reachedSeen = false
        for (const view of res.data.posts) {
          const indexedAt = Date.parse(view.indexedAt)
          if (seen.has(view.uri) || indexedAt < floor) {
            reachedSeen = true
            continue
          }
          seen.add(view.uri)
          readUris.push(view.uri)
          if (indexedAt > newestRead) newestRead = indexedAt
          const post = postViewToPost(view)
          if (post) found.push({ post, indexedAt })
          else ctx.log?.warn({ uri: view.uri }, 'skipped malformed post record')
        }
        if (reachedSeen || !res.data.cursor || res.data.posts.length === 0) break
        page = res.data.cursor
        if (n === config.maxPages - 1) ctx.log?.warn({ q: config.q }, 'page cap reached before the last post seen')
      }

      found.sort((a, b) => a.indexedAt - b.indexedAt)
      let posts = found.map((f) => f.post)
      let resolver = resolvers.get(agent)
      if (!resolver) {
        resolver = new BlueskyIdentityResolver({ agent, log: ctx.log, ...(ctx.identities ? { store: ctx.identities } : {}) })
        resolvers.set(agent, resolver)
      }
      // Each hit names its author's DID and current handle: one account, one author, whichever source saw it.
      const authors = new Map(found.map(({ post }) => [post.authorId ?? post.author, post.author]))
      await resolver.learn([...authors].filter(([did]) => did.startsWith('did:')).map(([did, author]) => ({ did, handle: author === did ? undefined : author })), ctx.now())
      if (config.resolveMentions && posts.some((p) => p.mentions.length > 0)) posts = await resolver.rewritePosts(posts, ctx.signal)
      return {
        posts,
        cursor: {
          newest: Number.isFinite(newestRead) ? new Date(newestRead).toISOString() : (cursor?.newest ?? null),
          seen: boundedUnion(readUris, cursor?.seen ?? [], SEEN_LIMIT),
        },
      }
    },
  }
}
