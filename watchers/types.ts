/**
 * The watcher contract. A polled watcher turns one platform feed into `Post`s
 * (and trends) from a JSON cursor; a streaming watcher pushes them. Watchers
 * hold no database, scheduler or server: the caller stores cursors and posts.
 */
import type { Post } from '../contract/post.js'
import type { IdentityStore } from './bluesky-identity.js'
import type { HttpClient } from './http.js'

/** A JSON value, as stored in a jsonb column. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** A structured logger, pino-style: fields first, then a short message. */
export interface WatcherLogger {
  debug(obj: object, msg?: string): void
  info(obj: object, msg?: string): void
  warn(obj: object, msg?: string): void
  error(obj: object, msg?: string): void
}

/** One trending topic as a platform ranks it at `observedAt`. */
export interface Trend {
  /** Platform name: "bluesky", "mastodon". */
  platform: string
  /** The topic or hashtag, lower-case for hashtags, without '#'. */
  topic: string
  /** 1 for the top trend. */
  rank: number
  /** Human-readable name when the platform gives one. */
  displayName?: string
  /** Posts counted by the platform (Mastodon: today's uses). */
  postCount?: number
  /** Distinct accounts (Mastodon: today's accounts). */
  accounts?: number
  /** When the platform says the trend started. */
  startedAt?: Date
  /** When we read the ranking. */
  observedAt: Date
  /** A link to the trend on the platform. */
  url?: string
}

/** What a polled watcher receives besides its config and cursor. */
export interface FetchContext {
  /** Aborts the whole fetch (shutdown, scheduler timeout). */
  signal: AbortSignal
  /** The capped, timed HTTP client every request goes through. */
  http: HttpClient
  /** The clock (injectable for tests). */
  now: () => Date
  log?: WatcherLogger
  /** Account identities shared by every writer (DID ↔ handle); none: memory only. */
  identities?: IdentityStore
}

/** What one polled fetch returns. */
export interface FetchResult<Cursor> {
  /** New posts, oldest first where the platform allows it. */
  posts: Post[]
  /** The cursor to store and pass to the next fetch (null: start over). */
  cursor: Cursor | null
  trends?: Trend[]
  /** Set when the platform says the quota is spent: wait until then. */
  notBefore?: Date
}

/** A source polled on a schedule (search, trends, timelines, feeds). */
export interface PolledWatcher<Config, Cursor extends Json = Json> {
  /** The source kind, as written in source configs ("rss", "mastodon-tag"…). */
  kind: string
  /** Validates a raw config; throws WatcherConfigError with a clear message. */
  parseConfig(raw: unknown): Config
  /** Fetches what is new since `cursor`. Throws typed WatcherErrors. */
  fetch(config: Config, cursor: Cursor | null, ctx: FetchContext): Promise<FetchResult<Cursor>>
}

/** Health of a streaming source, emitted on every state change. */
export interface StreamHealth {
  state: 'connecting' | 'open' | 'reconnecting' | 'stopped'
  /** Consecutive failed connection attempts. */
  attempt: number
  /** When the next connection attempt is due (state 'reconnecting'). */
  nextRetryAt?: Date
  lastError?: string
  /** Last event time the consumer has handed on, in µs since the epoch. */
  cursor: number | null
}
