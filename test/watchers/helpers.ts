/** Shared helpers for the watcher suites. */
import { HttpClient, type HttpClientOptions } from '../../watchers/http.js'
import type { FetchContext } from '../../watchers/types.js'

/** A FetchContext with a fresh HttpClient and a fixed clock. */
export function makeCtx(opts: HttpClientOptions = {}, now = new Date('2026-11-27T23:00:00.000Z')): FetchContext {
  return { signal: new AbortController().signal, http: new HttpClient({ timeoutMs: 5_000, ...opts }), now: () => now }
}

/** Captures a rejection as a value. */
export async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p
  } catch (err) {
    return err
  }
  throw new Error('expected a rejection')
}

/** Waits until `cond()` holds (polling every 10 ms), or fails after `ms`. */
export async function until(cond: () => boolean, ms = 5_000): Promise<void> {
  const start = Date.now()
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}
