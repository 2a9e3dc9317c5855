/**
 * Typed errors every watcher throws. The scheduler reads `retryable` and, for
 * rate limits, `retryAfterMs`; `code` is a machine-readable name.
 */

/** Machine-readable names of watcher failures. */
export type WatcherErrorCode =
  | 'InvalidConfig'
  | 'Network'
  | 'Timeout'
  | 'Aborted'
  | 'HttpStatus'
  | 'RateLimited'
  | 'TooLarge'
  | 'Auth'
  | 'Malformed'

/** Base class of every watcher error. */
export class WatcherError extends Error {
  /** Machine-readable name of the failure. */
  readonly code: WatcherErrorCode
  /** True when trying again soon (with backoff) may succeed. */
  readonly retryable: boolean

  constructor(code: WatcherErrorCode, message: string, opts: { retryable: boolean; cause?: unknown }) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'WatcherError'
    this.code = code
    this.retryable = opts.retryable
  }
}

/** A source configuration that does not fit the watcher's schema. */
export class WatcherConfigError extends WatcherError {
  /** Which watcher kind refused the configuration. */
  readonly kind: string

  constructor(kind: string, message: string, cause?: unknown) {
    super('InvalidConfig', `invalid ${kind} config: ${message}`, { retryable: false, cause })
    this.name = 'WatcherConfigError'
    this.kind = kind
  }
}

/** A request that failed: network, timeout, HTTP status, auth or size cap. */
export class WatcherFetchError extends WatcherError {
  /** HTTP status when the server answered, else undefined. */
  readonly status: number | undefined
  /** The URL asked for (without credentials). */
  readonly url: string | undefined

  constructor(
    code: WatcherErrorCode,
    message: string,
    opts: { retryable: boolean; cause?: unknown; status?: number; url?: string },
  ) {
    super(code, message, opts)
    this.name = 'WatcherFetchError'
    this.status = opts.status
    this.url = opts.url
  }
}

/** The platform asked us to wait (HTTP 429 or an exhausted quota). */
export class RateLimitedError extends WatcherFetchError {
  /** How long to wait before the next request, in milliseconds. */
  readonly retryAfterMs: number

  constructor(retryAfterMs: number, opts: { status?: number; url?: string; cause?: unknown } = {}) {
    super('RateLimited', `rate limited, retry after ${Math.ceil(retryAfterMs / 1000)} s`, {
      retryable: true,
      ...opts,
    })
    this.name = 'RateLimitedError'
    this.retryAfterMs = retryAfterMs
  }
}

/** A response body larger than the configured cap; the transfer was aborted. */
export class ResponseTooLargeError extends WatcherFetchError {
  /** The cap that was exceeded, in bytes. */
  readonly limitBytes: number

  constructor(limitBytes: number, url?: string) {
    super('TooLarge', `response body exceeds ${limitBytes} bytes`, { retryable: false, url })
    this.name = 'ResponseTooLargeError'
    this.limitBytes = limitBytes
  }
}

/** A body that is not the JSON, XML or shape the watcher expects. */
export class WatcherParseError extends WatcherError {
  constructor(message: string, cause?: unknown) {
    super('Malformed', message, { retryable: false, cause })
    this.name = 'WatcherParseError'
  }
}

/** True for any error a watcher throws on purpose. */
export function isWatcherError(err: unknown): err is WatcherError {
  return err instanceof WatcherError
}
