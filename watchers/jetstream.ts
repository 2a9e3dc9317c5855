/**
 * Bluesky Jetstream consumer: the continuous watch. Connects with `ws` to
 * `…/subscribe?wantedCollections=app.bsky.feed.post&cursor=<time_us>`, keeps
 * French or watched posts, and hands them on in batches. Reconnects with
 * capped exponential backoff, rewinding a few seconds and dropping the
 * events it has already seen. `cursor()` is the last time_us handed on.
 *
 * Batching adapts to the load: kept posts are handed on at the end of the
 * current turn when the handler is idle, and gather while it is busy (up to
 * `batchSize`), so a quiet stream has no batching delay and a busy one gets
 * large batches.
 */
import WebSocket from 'ws'
import type { Post } from '../contract/post.js'
import { backoffDelay } from './backoff.js'
import { postUri, recordToPost } from './bluesky-record.js'
import { parseJetstreamFrame, MAX_FRAME_CHARS } from './jetstream-event.js'
import type { AccountChange, IdentityChange, JetstreamOptions, JetstreamStats, PostDeletion } from './jetstream-types.js'
import { PostFilter, type WatchTerms } from './post-filter.js'
import { RecentKeys } from './ttl-cache.js'
import type { StreamHealth } from './types.js'

export type { AccountChange, IdentityChange, JetstreamOptions, JetstreamStats, PostDeletion } from './jetstream-types.js'

/** A supervised Jetstream connection with filtering, batching and dedupe. */
export class JetstreamConsumer {
  private readonly opts: JetstreamOptions
  private readonly filter: PostFilter
  private readonly recent: RecentKeys
  private readonly floorUs: number
  private ws: WebSocket | null = null
  private state: StreamHealth['state'] = 'stopped'
  private attempt = 0
  private lastError: string | undefined
  private nextRetryAt: Date | undefined
  private lastSeenUs: number | null
  private committedUs: number | null
  private pending: Post[] = []
  private pendingDeletes: PostDeletion[] = []
  private inflight = 0
  private chain: Promise<void> = Promise.resolve()
  private paused = false
  private stopping = false
  private lastFrameAt = 0
  private reconnectTimer: NodeJS.Timeout | null = null
  private flushTimer: NodeJS.Timeout | null = null
  private flushSoon: NodeJS.Immediate | null = null
  private idleTimer: NodeJS.Timeout | null = null
  private watchGeneration = 0
  private readonly counters: JetstreamStats = {
    events: 0, posts: 0, filtered: 0, malformed: 0, duplicates: 0, deletes: 0,
    identities: 0, accounts: 0, reconnects: 0, handlerErrors: 0,
  }

  constructor(opts: JetstreamOptions) {
    this.opts = opts
    this.filter = new PostFilter(opts.language)
    this.recent = new RecentKeys(opts.dedupeSize ?? 100_000)
    this.floorUs = opts.cursor ?? -1
    this.lastSeenUs = opts.cursor ?? null
    this.committedUs = opts.cursor ?? null
    if (opts.watch) this.setWatchTerms(opts.watch)
  }

  /** Opens the connection (and keeps it open until stop()). */
  start(): void {
    if (this.state !== 'stopped') return
    this.stopping = false
    const flushMs = this.opts.flushIntervalMs ?? 250
    this.flushTimer = setInterval(() => this.flush(), flushMs)
    const idleMs = this.opts.idleTimeoutMs ?? 60_000
    this.idleTimer = setInterval(() => {
      if (this.state === 'open' && Date.now() - this.lastFrameAt > idleMs) {
        this.lastError = `no event for ${idleMs} ms`
        this.ws?.terminate()
      }
    }, Math.max(50, Math.floor(idleMs / 2)))
    this.flushTimer.unref()
    this.idleTimer.unref()
    this.connect()
  }

  /** Closes the connection, hands on what is pending, and resolves when done. */
  async stop(): Promise<void> {
    this.stopping = true
    for (const t of [this.reconnectTimer, this.flushTimer, this.idleTimer]) if (t) clearTimeout(t)
    this.reconnectTimer = this.flushTimer = this.idleTimer = null
    if (this.flushSoon) clearImmediate(this.flushSoon)
    this.flushSoon = null
    const ws = this.ws
    this.ws = null
    if (ws) {
      ws.removeAllListeners()
      ws.on('error', () => undefined)
      ws.terminate()
    }
    this.flush()
    await this.chain
    this.setState('stopped')
  }

  /** The last event time (µs) whose posts have all been handed on: store it. */
  cursor(): number | null {
    return this.pending.length === 0 && this.pendingDeletes.length === 0 && this.inflight === 0
      ? this.lastSeenUs
      : this.committedUs
  }

  /** Replaces the watched terms, hashtags, handles and DIDs. */
  setWatchTerms(watch: WatchTerms): void {
    this.filter.setWatchTerms(watch)
    const generation = ++this.watchGeneration
    const identity = this.opts.identity
    if (!identity || !watch.handles?.length) return
    void Promise.all(watch.handles.map((h) => identity.didFor(h))).then((dids) => {
      if (generation !== this.watchGeneration) return
      this.filter.addWatchedDids(dids.filter((d): d is string => d !== null))
    })
  }

  /** Counters since start. */
  stats(): JetstreamStats {
    return { ...this.counters }
  }

  /** Current health. */
  health(): StreamHealth {
    const h: StreamHealth = { state: this.state, attempt: this.attempt, cursor: this.cursor() }
    if (this.lastError) h.lastError = this.lastError
    if (this.nextRetryAt && this.state === 'reconnecting') h.nextRetryAt = this.nextRetryAt
    return h
  }

  /** The subscribe URL for the next connection (rewound after the first). */
  subscribeUrl(): string {
    const url = new URL(this.opts.url)
    for (const c of this.opts.wantedCollections ?? ['app.bsky.feed.post']) url.searchParams.append('wantedCollections', c)
    url.searchParams.set('maxMessageSizeBytes', String(MAX_FRAME_CHARS))
    let from = this.lastSeenUs
    if (from !== null && this.counters.reconnects > 0) from = Math.max(0, from - (this.opts.rewindUs ?? 5_000_000))
    if (from !== null) url.searchParams.set('cursor', String(from))
    return url.toString()
  }

  private connect(): void {
    this.setState('connecting')
    this.paused = false
    // UTF-8 is not validated twice: toString() replaces bad bytes, zod checks the rest.
    const ws = new WebSocket(this.subscribeUrl(), {
      maxPayload: MAX_FRAME_CHARS * 4,
      perMessageDeflate: false,
      handshakeTimeout: 15_000,
      skipUTF8Validation: true,
    })
    this.ws = ws
    this.lastFrameAt = Date.now()
    ws.on('open', () => {
      this.lastFrameAt = Date.now()
      this.setState('open')
    })
    ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      this.lastFrameAt = Date.now()
      if (this.attempt > 0) {
        this.attempt = 0
        this.lastError = undefined
      }
      if (isBinary) {
        this.counters.events++
        this.counters.malformed++
        return
      }
      this.handleFrame(data.toString())
    })
    ws.on('error', (err: Error) => {
      this.lastError = err.message
    })
    ws.on('close', (code: number) => {
      if (this.ws !== ws) return
      this.ws = null
      if (this.stopping) return
      this.lastError ??= `closed (${code})`
      this.scheduleReconnect()
    })
  }

  private scheduleReconnect(): void {
    this.attempt++
    this.counters.reconnects++
    const delay = backoffDelay(this.attempt - 1, { baseMs: 1_000, maxMs: 60_000, ...this.opts.backoff })
    this.nextRetryAt = new Date(Date.now() + delay)
    this.setState('reconnecting')
    this.opts.log?.warn({ attempt: this.attempt, delay, err: this.lastError }, 'jetstream disconnected')
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null
      if (!this.stopping) this.connect()
    }, delay)
  }

  /** Reads one frame: parse, drop duplicates, filter, queue. Never throws. */
  handleFrame(text: string): void {
    this.counters.events++
    const parsed = parseJetstreamFrame(text)
    if (!parsed.ok) {
      this.counters.malformed++
      return
    }
    const ev = parsed.event
    if (ev.time_us <= this.floorUs) {
      this.counters.duplicates++
      return
    }
    if (this.lastSeenUs === null || ev.time_us > this.lastSeenUs) this.lastSeenUs = ev.time_us

    try {
      if (ev.kind === 'commit') {
        if (ev.commit.collection !== 'app.bsky.feed.post') return
        if (ev.commit.operation === 'delete') {
          if (!this.isNew(`d${ev.did}/${ev.commit.rkey}`)) return
          this.counters.deletes++
          if (this.opts.onDeletes) {
            this.pendingDeletes.push({ platform: 'bluesky', id: postUri(ev.did, ev.commit.rkey), did: ev.did, timeUs: ev.time_us })
          }
          return
        }
        if (!parsed.record) return
        const handle = this.opts.identity?.cachedHandle(ev.did)
        const post = recordToPost(ev.did, ev.commit.rkey, parsed.record, new Date(ev.time_us / 1000), handle)
        if (this.filter.classify(post) === null) {
          this.counters.filtered++
          return
        }
        // Only what is handed on needs dedupe: the set stays small and fast.
        if (!this.isNew(`${ev.commit.operation[0]}${ev.did}/${ev.commit.rkey}/${ev.commit.rev}`)) return
        this.counters.posts++
        this.pending.push(post)
        if (this.pending.length >= (this.opts.batchSize ?? 200)) this.flush()
        else if (this.inflight === 0) this.flushAtTurnEnd()
      } else if (ev.kind === 'identity') {
        if (!this.isNew(`i${ev.did}/${ev.identity.seq}`)) return
        this.counters.identities++
        this.opts.identity?.remember(ev.did, ev.identity.handle)
        const change: IdentityChange = { did: ev.did, time: ev.identity.time }
        if (ev.identity.handle) change.handle = ev.identity.handle.toLowerCase()
        this.opts.onIdentity?.(change)
      } else {
        if (!this.isNew(`a${ev.did}/${ev.account.seq}`)) return
        this.counters.accounts++
        const change: AccountChange = { did: ev.did, active: ev.account.active, time: ev.account.time }
        if (ev.account.status) change.status = ev.account.status
        this.opts.onAccount?.(change)
      }
    } catch (err) {
      this.counters.handlerErrors++
      this.opts.log?.error({ err }, 'jetstream event handler failed')
    }
  }

  /** False (and counted) when the event was already handled: a replay after a rewind. */
  private isNew(key: string): boolean {
    if (this.recent.add(key)) return true
    this.counters.duplicates++
    return false
  }

  /** Flushes once the frames of this turn are read (the handler is idle). */
  private flushAtTurnEnd(): void {
    this.flushSoon ??= setImmediate(() => {
      this.flushSoon = null
      if (this.inflight === 0) this.flush()
    })
  }

  /** Hands the pending batch on (serially, in order) and then moves the cursor. */
  private flush(): void {
    if (this.pending.length === 0 && this.pendingDeletes.length === 0) {
      if (this.inflight === 0) this.committedUs = this.lastSeenUs
      return
    }
    const posts = this.pending
    const deletes = this.pendingDeletes
    const upTo = this.lastSeenUs
    this.pending = []
    this.pendingDeletes = []
    this.inflight++
    if (this.inflight >= (this.opts.maxPendingBatches ?? 8) && this.ws && !this.paused) {
      this.paused = true
      this.ws.pause()
    }
    this.chain = this.chain.then(async () => {
      try {
        let out = posts
        if (this.opts.identity && out.length > 0) out = await this.opts.identity.rewritePosts(out).catch(() => posts)
        if (out.length > 0) await this.opts.onPosts(out)
        if (deletes.length > 0) await this.opts.onDeletes?.(deletes)
      } catch (err) {
        this.counters.handlerErrors++
        this.opts.log?.error({ err }, 'jetstream batch handler failed')
      }
      this.committedUs = upTo
      this.inflight--
      // Posts that gathered while the handler was busy go on at once.
      if (this.inflight === 0 && this.pending.length > 0 && !this.stopping) this.flushAtTurnEnd()
      if (this.paused && this.inflight < (this.opts.maxPendingBatches ?? 8) / 2) {
        this.paused = false
        this.ws?.resume()
      }
    })
  }

  private setState(state: StreamHealth['state']): void {
    this.state = state
    this.opts.onHealth?.(this.health())
  }
}
