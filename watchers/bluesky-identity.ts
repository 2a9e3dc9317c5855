/**
 * DID ↔ handle resolution through the AppView: DIDs → handles with
 * `app.bsky.actor.getProfiles` (batches of 25), handles → DIDs with
 * `com.atproto.identity.resolveHandle`, both behind a bounded TTL cache and,
 * when the caller gives one, an IdentityStore that outlives the process and
 * is shared by every writer (Vigie keeps it in its database). When resolution
 * fails the DID is kept: posts are never held back.
 */
import { Agent, XRPCError } from '@atproto/api'
import { z } from 'zod'
import type { Post } from '../contract/post.js'
import { RateLimitedError } from './errors.js'
import type { HttpClient } from './http.js'
import { DID_RE, postUrl, rkeyOf } from './bluesky-record.js'
import { TtlCache } from './ttl-cache.js'
import { unwrapXrpcError } from './xrpc-errors.js'
import type { WatcherLogger } from './types.js'

/** A DID and the handle it shows (null: the platform says it has no valid one), as of `checkedAt`. */
export interface KnownIdentity {
  did: string
  handle: string | null
  checkedAt: Date
}

/**
 * Where resolved identities are kept between runs and shared between writers.
 * The watchers hold no database: the caller implements it.
 */
export interface IdentityStore {
  /** What is known of these DIDs (unknown ones are left out). */
  byDids(dids: readonly string[]): Promise<KnownIdentity[]>
  /** What is known of the account showing `handle` (lower-case), if anything. */
  byHandle(handle: string): Promise<KnownIdentity | undefined>
  /** Records identities learnt at `checkedAt`; an older record never replaces a newer one. */
  save(identities: readonly KnownIdentity[]): Promise<void>
}

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
  /** Identities kept across restarts and shared by every writer; none: memory only. */
  store?: IdentityStore
  /** A stored identity older than this is asked again of the AppView (default 24 hours). */
  refreshMs?: number
  now?: () => number
  log?: WatcherLogger
}

const BATCH = 25 // getProfiles accepts at most 25 actors
const INVALID_HANDLE = 'handle.invalid'
const HANDLE_RE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/
// ResponseType of @atproto/xrpc for a body that does not match the lexicon.
const XRPC_INVALID_RESPONSE = 2

/** A lower-case handle when `handle` is a valid one, else null. */
export function validHandle(handle: string | undefined): string | null {
  const h = handle?.toLowerCase()
  return h && h !== INVALID_HANDLE && h.length <= 253 && HANDLE_RE.test(h) ? h : null
}

const ProfilesBody = z.object({ profiles: z.array(z.unknown()).max(100) })
const ProfileIdentity = z.object({ did: z.string().max(2_100).regex(DID_RE), handle: z.string().max(2_000) })

/**
 * The (DID, handle) pairs of a getProfiles body, read one profile at a time:
 * a profile that breaks the lexicon (a malformed handle, a bad date) loses
 * its handle, never the others'.
 */
export function profilesOf(body: unknown): Array<{ did: string; handle: string | null }> {
  const parsed = ProfilesBody.safeParse(body)
  if (!parsed.success) return []
  const out: Array<{ did: string; handle: string | null }> = []
  for (const raw of parsed.data.profiles) {
    const p = ProfileIdentity.safeParse(raw)
    if (p.success) out.push({ did: p.data.did, handle: validHandle(p.data.handle) })
  }
  return out
}

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
  private readonly store: IdentityStore | undefined
  private readonly refreshMs: number
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
    this.store = opts.store
    this.refreshMs = opts.refreshMs ?? 24 * 3_600_000
  }

  /** Records a handle learnt elsewhere (a Jetstream identity event), in the cache and the store. */
  remember(did: string, handle: string | undefined, at: Date = new Date(this.now())): void {
    if (handle === undefined) {
      // An event without a handle says nothing of it: ask again when needed.
      this.handles.delete(did)
      return
    }
    const h = validHandle(handle)
    this.cache(did, h)
    void this.saveKnown([{ did, handle: h, checkedAt: at }])
  }

  /** Records identities a platform answer carried (search hits: author DID and handle). */
  async learn(identities: ReadonlyArray<{ did: string; handle: string | undefined }>, at: Date = new Date(this.now())): Promise<void> {
    const known = identities.map((i) => ({ did: i.did, handle: validHandle(i.handle), checkedAt: at }))
    for (const k of known) this.cache(k.did, k.handle)
    await this.saveKnown(known)
  }

  /** The cached handle of a DID, without any request. */
  cachedHandle(did: string): string | undefined {
    return this.handles.get(did) ?? undefined
  }

  /**
   * Handles of the given DIDs that could be resolved: memory first, then the
   * store, then the AppView in batches of 25 for what is unknown or stale.
   */
  async handlesFor(dids: Iterable<string>, signal?: AbortSignal): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    let missing: string[] = []
    for (const did of new Set(dids)) {
      const cached = this.handles.get(did)
      if (cached) out.set(did, cached)
      else if (cached === undefined) missing.push(did)
    }
    if (this.store && missing.length > 0) {
      const fresh = new Set<string>()
      for (const k of await this.fromStore(missing)) {
        // A stale handle is still shown until the AppView answers.
        if (k.handle) out.set(k.did, k.handle)
        if (this.now() - k.checkedAt.getTime() >= this.refreshMs) continue
        fresh.add(k.did)
        this.cache(k.did, k.handle)
      }
      missing = missing.filter((d) => !fresh.has(d))
    }
    for (let i = 0; i < missing.length; i += BATCH) {
      if (this.now() < this.blockedUntil) break
      const batch = missing.slice(i, i + BATCH)
      let profiles: Array<{ did: string; handle: string | null }>
      try {
        this.requests++
        profiles = await this.getProfiles(batch, signal)
      } catch (err) {
        this.onError(unwrapXrpcError(err), 'getProfiles failed')
        break
      }
      const wanted = new Set(batch)
      const answered = new Set<string>()
      const known: KnownIdentity[] = []
      const at = new Date(this.now())
      for (const p of profiles) {
        if (!wanted.has(p.did)) continue
        answered.add(p.did)
        this.cache(p.did, p.handle)
        known.push({ did: p.did, handle: p.handle, checkedAt: at })
        if (p.handle) out.set(p.did, p.handle)
        else out.delete(p.did)
      }
      // Not served (deleted, taken down): a stale stored handle is still shown, not asked again for a while.
      for (const did of batch) if (!answered.has(did)) this.handles.set(did, out.get(did) ?? null, this.negativeTtlMs)
      await this.saveKnown(known)
    }
    return out
  }

  /** The DID of a handle, or null when it does not resolve. */
  async didFor(handle: string, signal?: AbortSignal): Promise<string | null> {
    const h = (handle.startsWith('@') ? handle.slice(1) : handle).toLowerCase()
    const cached = this.dids.get(h)
    if (cached !== undefined) return cached
    if (this.store) {
      try {
        const k = await this.store.byHandle(h)
        if (k && this.now() - k.checkedAt.getTime() < this.refreshMs) {
          this.cache(k.did, h)
          return k.did
        }
      } catch (err) {
        this.log?.warn({ err }, 'identity store lookup failed')
      }
    }
    if (this.now() < this.blockedUntil) return null
    try {
      this.requests++
      const res = await this.agent.com.atproto.identity.resolveHandle({ handle: h }, { signal })
      this.cache(res.data.did, h)
      await this.saveKnown([{ did: res.data.did, handle: h, checkedAt: new Date(this.now()) }])
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

  /** getProfiles, keeping every well-formed profile of a body the lexicon refuses as a whole. */
  private async getProfiles(actors: string[], signal?: AbortSignal): Promise<Array<{ did: string; handle: string | null }>> {
    try {
      const res = await this.agent.app.bsky.actor.getProfiles({ actors }, { signal })
      return res.data.profiles.map((p) => ({ did: p.did, handle: validHandle(p.handle) }))
    } catch (err) {
      if (err instanceof XRPCError && err.status === XRPC_INVALID_RESPONSE && 'responseBody' in err) {
        const profiles = profilesOf(err.responseBody)
        this.log?.warn({ actors: actors.length, kept: profiles.length }, 'getProfiles answer off-lexicon: profiles read one by one')
        return profiles
      }
      throw err
    }
  }

  /** Caches a DID's handle (null: known to have none, for a short while). */
  private cache(did: string, handle: string | null): void {
    if (!handle) {
      this.handles.set(did, null, this.negativeTtlMs)
      return
    }
    const previous = this.handles.get(did)
    if (previous && previous !== handle) this.dids.delete(previous)
    this.handles.set(did, handle)
    this.dids.set(handle, did)
  }

  private async fromStore(dids: readonly string[]): Promise<KnownIdentity[]> {
    if (!this.store) return []
    try {
      return await this.store.byDids(dids)
    } catch (err) {
      this.log?.warn({ err }, 'identity store lookup failed')
      return []
    }
  }

  /** Saves to the store; a failure is logged, never thrown (posts go on). */
  private async saveKnown(identities: readonly KnownIdentity[]): Promise<void> {
    if (!this.store || identities.length === 0) return
    try {
      await this.store.save(identities)
    } catch (err) {
      this.log?.warn({ err, identities: identities.length }, 'identity store write failed')
    }
  }

  private onError(err: Error, msg: string): void {
    const pause = err instanceof RateLimitedError ? Math.max(err.retryAfterMs, this.failurePauseMs) : this.failurePauseMs
    this.blockedUntil = this.now() + pause
    this.log?.warn({ err, pauseMs: pause }, msg)
  }
}
