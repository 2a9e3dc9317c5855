/**
 * The types of the Jetstream consumer: its options, callbacks and counters.
 */
import type { Post } from '../contract/post.js'
import type { BackoffOptions } from './backoff.js'
import type { BlueskyIdentityResolver } from './bluesky-identity.js'
import type { LanguageOptions, WatchTerms } from './post-filter.js'
import type { StreamHealth, WatcherLogger } from './types.js'

/** A post deleted on Bluesky. */
export interface PostDeletion {
  platform: 'bluesky'
  /** at:// URI, the id the post was stored under. */
  id: string
  did: string
  timeUs: number
}

/** An account status change (takedown, deletion, deactivation, reactivation). */
export interface AccountChange {
  did: string
  active: boolean
  /** takendown, suspended, deleted, deactivated… (absent when active). */
  status?: string
  time: string
}

/** A handle change. */
export interface IdentityChange {
  did: string
  handle?: string
  time: string
}

/** Counters since start. */
export interface JetstreamStats {
  events: number
  posts: number
  filtered: number
  malformed: number
  duplicates: number
  deletes: number
  identities: number
  accounts: number
  reconnects: number
  handlerErrors: number
}

/** Options of a Jetstream consumer. */
export interface JetstreamOptions {
  /** wss://host/subscribe (query parameters are added). */
  url: string
  /** Saved time_us to resume after (events at or before it are dropped). */
  cursor?: number | null
  /** Default ['app.bsky.feed.post']. */
  wantedCollections?: string[]
  /** How far back to replay on reconnect, in µs (default 5 s). */
  rewindUs?: number
  /** Reconnect spacing (default 1 s doubling to 60 s, equal jitter). */
  backoff?: BackoffOptions
  /** Reconnect when no frame arrives for this long, in ms (default 60 s). */
  idleTimeoutMs?: number
  language?: LanguageOptions
  watch?: WatchTerms
  /** Rewrites authors/mentions to handles and resolves watched handles. */
  identity?: BlueskyIdentityResolver
  /** Posts per batch (default 200). */
  batchSize?: number
  /** Longest a kept post waits for its batch while the handler is busy, in ms (default 250); an idle handler gets posts at the end of the turn. */
  flushIntervalMs?: number
  /** Batches in flight before the socket is paused (default 8). */
  maxPendingBatches?: number
  /** Recent events remembered to drop duplicates (default 100,000). */
  dedupeSize?: number
  /** Receives kept posts, oldest first. Awaited before the cursor moves. */
  onPosts: (posts: Post[]) => void | Promise<void>
  onDeletes?: (deletions: PostDeletion[]) => void | Promise<void>
  onAccount?: (change: AccountChange) => void
  onIdentity?: (change: IdentityChange) => void
  onHealth?: (health: StreamHealth) => void
  log?: WatcherLogger
}
