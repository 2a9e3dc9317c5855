/**
 * @atproto/api wraps everything in XRPCError: this maps its errors back to
 * watcher errors (our typed errors thrown by the fetch adapter are kept).
 */
import { XRPCError } from '@atproto/api'
import { WatcherError, WatcherFetchError, WatcherParseError } from './errors.js'

// ResponseType values of @atproto/xrpc that are not HTTP statuses.
const XRPC_UNKNOWN = 1
const XRPC_INVALID_RESPONSE = 2

/** The watcher error behind an @atproto/api failure. */
export function unwrapXrpcError(err: unknown): WatcherError | Error {
  let cur: unknown = err
  for (let depth = 0; depth < 5 && cur instanceof Error; depth++) {
    if (cur instanceof WatcherError) return cur
    cur = cur.cause
  }
  if (err instanceof XRPCError) {
    const status = err.status
    if (status === XRPC_INVALID_RESPONSE || status === XRPC_UNKNOWN) {
      // Bodies that are not JSON, or do not match the lexicon.
      return new WatcherParseError(`malformed XRPC response: ${err.message}`, err)
    }
    if (status === 401 || status === 403) {
      return new WatcherFetchError('Auth', `XRPC ${status} ${err.error}: ${err.message}`, { retryable: false, status, cause: err })
    }
    return new WatcherFetchError('HttpStatus', `XRPC ${status} ${err.error}: ${err.message}`, {
      retryable: status >= 500,
      status,
      cause: err,
    })
  }
  return err instanceof Error ? err : new Error(String(err))
}
