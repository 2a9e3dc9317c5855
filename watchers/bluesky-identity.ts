/**
 * DID ↔ handle resolution through the AppView: DIDs → handles with
 * `app.bsky.actor.getProfiles` (batches of 25), handles → DIDs with
 * `com.atproto.identity.resolveHandle`, both behind a bounded TTL cache.
 * When resolution fails the DID is kept: posts are never held back.
 */
import { Agent } from '@atproto/api'
import type { Post } from '../contract/post.js'
import { RateLimitedError } from './errors.js'
import type { HttpClient } from './http.js'
import { postUrl, rkeyOf } from './bluesky-record.js'
import { TtlCache } from './ttl-cache.js'
import { unwrapXrpcError } from './xrpc-errors.js'
import type { WatcherLogger } from './types.js'

/** Options of the resolver. */
export interface IdentityResolverOptions {
  /** An Agent to call with; otherwise one is made for `serviceUrl`. */
  agent?: Agent
  /** AppView URL (default https://public.api.bsky.app). */
  serviceUrl?: string
  /** Required when no agent is given. */
  http?: HttpClient
  /** Lifetime of a resolved name (default 6 hours). */
  ttlMs?: number
  /** Lifetime of a failed lookup (default 10 minutes). */
  negativeTtlMs?: number
  /** Pause after a failed request, so a dead AppView does not slow every batch (default 15 s). */
  failurePauseMs?: number
  /** Most names cached (default 100,000). */
  maxEntries?: number
  now?: () => number
  log?: WatcherLogger
}

const BATCH = 25 // getProfiles accepts at most 25 actors
const INVALID_HANDLE = 'handle.invalid'
const HANDLE_RE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/

/** Resolves DIDs to handles and back, with a cache. */
export class BlueskyIdentityResolver {
  private readonly agent: Agent
  // null = known unresolvable (negative entry)
  private readonly handles: TtlCache<string, string | null>
  private readonly dids: TtlCache<string, string | null>
  private readonly negativeTtlMs: number
  private readonly failurePauseMs: number
  private readonly now: () => number
  private readonly log: WatcherLogger | undefined
  private blockedUntil = 0
  /** Lookups sent to the AppView (for tests and metrics). */
  requests = 0

  constructor(opts: IdentityResolverOptions) {
    if (opts.agent) this.agent = opts.agent
    else if (opts.http) this.agent = new Agent({ service: opts.serviceUrl ?? 'https://public.api.bsky.app', fetch: opts.http.fetchAdapter() })
    else throw new TypeError('BlueskyIdentityResolver needs an agent or an http client')
    this.now = opts.now ?? Date.now
    const cacheOpts = { ttlMs: opts.ttlMs ?? 6 * 3_600_000, maxEntries: opts.maxEntries ?? 100_000, now: this.now }
    this.handles = new TtlCache(cacheOpts)
    this.dids = new TtlCache(cacheOpts)
    this.negativeTtlMs = opts.negativeTtlMs ?? 600_000
    this.failurePauseMs = opts.failurePauseMs ?? 15_000
    this.log = opts.log
  }

  /** Records a handle learnt elsewhere (a Jetstream identity event). */
  remember(did: string, handle: string | undefined): void {
    const h = handle?.toLowerCase()
    if (!h || h === INVALID_HANDLE || !HANDLE_RE.test(h)) {
      this.handles.delete(did)
      return
    }
    this.handles.set(did, h)
    this.dids.set(h, did)
  }

  /** The cached handle of a DID, without any request. */
  cachedHandle(did: string): string | undefined {
    return this.handles.get(did) ?? undefined
  }

  /** Handles of the given DIDs that could be resolved (cache first, then batches of 25). */
  async handlesFor(dids: Iterable<string>, signal?: AbortSignal): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    const missing: string[] = []
    for (const did of new Set(dids)) {
      const cached = this.handles.get(did)
      if (cached) out.set(did, cached)
      else if (cached === undefined) missing.push(did)
    }
    for (let i = 0; i < missing.length; i += BATCH) {
      if (this.now() < this.blockedUntil) break
      const batch = missing.slice(i, i + BATCH)
      try {
        this.requests++
        const res = await this.agent.app.bsky.actor.getProfiles({ actors: batch }, { signal })
        const found = new Set<string>()
        for (const p of res.data.profiles) {
          found.add(p.did)
          const h = p.handle.toLowerCase()
          if (h === INVALID_HANDLE) {
            this.handles.set(p.did, null, this.negativeTtlMs)
            continue
          }
          this.remember(p.did, h)
          if (batch.includes(p.did)) out.set(p.did, h)
        }
        for (const did of batch) if (!found.has(did)) this.handles.set(did, null, this.negativeTtlMs)
      } catch (err) {
        this.onError(unwrapXrpcError(err), 'getProfiles failed')
        break
      }
    }
    return out
  }

  /** The DID of a handle, or null when it does not resolve. */
  async didFor(handle: string, signal?: AbortSignal): Promise<string | null> {
    const h = (handle.startsWith('@') ? handle.slice(1) : handle).toLowerCase()
    const cached = this.dids.get(h)
    if (cached !== undefined) return cached
    if (this.now() < this.blockedUntil) return null
    try {
      this.requests++
      const res = await this.agent.com.atproto.identity.resolveHandle({ handle: h }, { signal })
      this.dids.set(h, res.data.did)
      this.handles.set(res.data.did, h)
      return res.data.did
    } catch (err) {
      const e = unwrapXrpcError(err)
      // 400 HandleNotFound is an answer, not a failure.
      if ('status' in e && e.status === 400) this.dids.set(h, null, this.negativeTtlMs)
      else this.onError(e, 'resolveHandle failed')
      return null
    }
  }

  /**
   * Rewrites Bluesky posts to the handles people read: author, mentions and
   * the author part of the link. Unresolved DIDs stay as they are.
   */
  async rewritePosts(posts: Post[], signal?: AbortSignal): Promise<Post[]> {
    const wanted = new Set<string>()
    for (const p of posts) {
      if (p.author.startsWith('did:')) wanted.add(p.author)
      for (const m of p.mentions) if (m.startsWith('did:')) wanted.add(m)
    }
    if (wanted.size === 0) return posts
    const names = await this.handlesFor(wanted, signal)
    if (names.size === 0) return posts
    return posts.map((p) => {
      const author = names.get(p.author)
      const mentions = p.mentions.map((m) => names.get(m) ?? m)
      if (!author && mentions.every((m, i) => m === p.mentions[i])) return p
      const out: Post = { ...p, mentions }
      if (author) {
        out.author = author
        const rkey = rkeyOf(p.id)
        if (rkey && p.url) out.url = postUrl(author, rkey)
      }
      return out
    })
  }

  private onError(err: Error, msg: string): void {
    const pause = err instanceof RateLimitedError ? Math.max(err.retryAfterMs, this.failurePauseMs) : this.failurePauseMs
    this.blockedUntil = this.now() + pause
    this.log?.warn({ err, pauseMs: pause }, msg)
  }
}
