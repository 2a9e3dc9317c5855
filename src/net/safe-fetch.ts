/**
 * Fetching URLs we did not choose (RSS item links, PDS endpoints named in DID
 * documents, Mastodon instances): http(s) only; the host must resolve to a
 * public address, checked inside the connection's own DNS lookup so the
 * address checked is the address connected to (no DNS-rebinding window);
 * every redirect hop checked again, followed by hand with a hop limit (and
 * never to another host unless asked); a timeout over the whole exchange; a
 * body size cap; no cookies, no credentials; one request at a time per host,
 * spaced, and a host that answered 429 left alone until its Retry-After.
 *
 * Tests fetch local servers through `allowLoopback` (a constructor option
 * no environment variable reaches) or an explicit list of loopback ports
 * (VIGIE_TEST_FETCH_LOOPBACK_PORTS, refused when NODE_ENV=production).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { isLoopback, isPublicAddress } from './address-policy.js'

/** Why a fetch did not give an answer. */
export type SafeFetchErrorCode = 'BadUrl' | 'Blocked' | 'Timeout' | 'Network' | 'TooLarge' | 'TooManyRedirects' | 'RateLimited'

/** A refused or failed fetch, with a French message. */
export class SafeFetchError extends Error {
  override name = 'SafeFetchError'
  constructor(
    readonly code: SafeFetchErrorCode,
    message: string,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** Settings of one fetcher. */
export interface SafeFetchOptions {
  /** Whole exchange, body included, in ms (default 10,000). */
  timeoutMs?: number
  /** Largest body read, in bytes (default 1 MiB); HEAD reads none. */
  maxBytes?: number
  /** Redirect hops followed (default 5). */
  maxRedirects?: number
  /** Least time between two requests to one host, in ms (default 1,000). */
  hostSpacingMs?: number
  userAgent?: string
  /** TESTS ONLY: loopback addresses allowed on any port. Never set from the environment. */
  allowLoopback?: boolean
  /** Loopback addresses allowed on these ports only (VIGIE_TEST_FETCH_LOOPBACK_PORTS, manual checks on a local network). */
  loopbackPorts?: readonly number[]
  /**
   * For services named in Vigie's own configuration (AppView, PLC directory): any address, as
   * the operator chose it. Never for a URL that came from a post, a feed or a DID document.
   */
  configuredService?: boolean
  /** DNS lookup (default node:dns lookup). */
  lookup?: typeof dnsLookup
  /** Clock in ms (default Date.now). */
  nowMs?: () => number
}

/** One request. */
export interface SafeRequest {
  method?: 'GET' | 'HEAD'
  headers?: Record<string, string>
  /** Follow redirects to another host (default false: the redirect itself is returned). */
  followOffHost?: boolean
  /**
   * Decides each redirect hop instead of `followOffHost` (every hop is still checked against the
   * address policy): false returns the redirect itself, its target in `offHostRedirect`.
   */
  followRedirect?: (next: URL, from: URL) => boolean
  /** Answer types wanted (Accept). */
  accept?: string
  /** Largest body read for this request (default: the fetcher's). */
  maxBytes?: number
  /** Past `maxBytes`, keep the first bytes and stop reading (`truncated`) instead of failing. */
  truncate?: boolean
}

/** A complete answer. */
export interface SafeResponse {
  status: number
  headers: Record<string, string>
  /** The URL that gave this answer (after same-host redirects). */
  url: string
  /** URLs redirected through, in order. */
  redirects: string[]
  /** A redirect not followed because it leaves the host: its target. */
  offHostRedirect: string | null
  bytes: Uint8Array
  /** The body was cut at `maxBytes` (requests with `truncate`). */
  truncated?: boolean
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** A fetcher of untrusted URLs. */
export class SafeFetcher {
  private readonly nextSlot = new Map<string, number>()
  private readonly pausedUntil = new Map<string, number>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly now: () => number

  constructor(private readonly opts: SafeFetchOptions = {}) {
    this.now = opts.nowMs ?? Date.now
  }

  /** Fetches `url`; throws `SafeFetchError`. Statuses (404, 429, 500…) are answers, not errors. */
  async fetch(url: string, req: SafeRequest = {}): Promise<SafeResponse> {
    const redirects: string[] = []
    let current = parseUrl(url)
    const origin = current.host
    const deadline = this.now() + (this.opts.timeoutMs ?? 10_000)
    for (let hop = 0; ; hop++) {
      const res = await this.once(current, req, deadline)
      const location = REDIRECTS.has(res.status) ? res.headers.location : undefined
      if (!location) return { ...res, url: current.toString(), redirects, offHostRedirect: null }
      let next: URL
      try {
        next = parseUrl(new URL(location, current).toString())
      } catch {
        return { ...res, url: current.toString(), redirects, offHostRedirect: null }
      }
      const follow = req.followRedirect ? req.followRedirect(next, current) : next.host === origin || req.followOffHost === true
      if (!follow) return { ...res, url: current.toString(), redirects, offHostRedirect: next.toString() }
      if (hop >= (this.opts.maxRedirects ?? 5)) throw new SafeFetchError('TooManyRedirects', `trop de redirections (${redirects.length}) depuis ${origin}`)
      redirects.push(next.toString())
      current = next
    }
  }

  /** The host's turn, then one exchange. */
  private once(url: URL, req: SafeRequest, deadline: number): Promise<Omit<SafeResponse, 'url' | 'redirects' | 'offHostRedirect'>> {
    const host = url.host
    const previous = this.queues.get(host) ?? Promise.resolve()
    const run = previous.then(async () => {
      const paused = this.pausedUntil.get(host) ?? 0
      if (paused > this.now()) {
        throw new SafeFetchError('RateLimited', `${url.hostname} limite le débit : pas de requête avant ${new Date(paused).toISOString()}`, paused - this.now())
      }
      const wait = (this.nextSlot.get(host) ?? 0) - this.now()
      if (wait > 0) await sleep(Math.min(wait, Math.max(0, deadline - this.now())))
      this.nextSlot.set(host, this.now() + (this.opts.hostSpacingMs ?? 1_000))
      const res = await this.exchange(url, req, deadline)
      if (res.status === 429) {
        const after = retryAfter(res.headers['retry-after'], this.now()) ?? 60_000
        this.pausedUntil.set(host, this.now() + after)
      }
      return res
    })
    const tail: Promise<unknown> = run.catch(() => undefined).finally(() => {
      if (this.queues.get(host) === tail) this.queues.delete(host)
    })
    this.queues.set(host, tail)
    return run
  }

  private exchange(url: URL, req: SafeRequest, deadline: number): Promise<Omit<SafeResponse, 'url' | 'redirects' | 'offHostRedirect'>> {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
    const literal = url.hostname.replace(/^\[|\]$/g, '')
    if (isIP(literal) && !this.allowed(literal, port)) {
      return Promise.reject(new SafeFetchError('Blocked', `adresse non publique refusée : ${url.hostname}`))
    }
    const remaining = deadline - this.now()
    if (remaining <= 0) return Promise.reject(new SafeFetchError('Timeout', `délai dépassé : ${url.hostname}`))
    const method = req.method ?? 'GET'
    const maxBytes = method === 'HEAD' ? 0 : (req.maxBytes ?? this.opts.maxBytes ?? 1024 * 1024)
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent ?? 'Vigie-Verification/1',
      accept: req.accept ?? '*/*',
      ...req.headers,
    }
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest
    return new Promise((resolve, reject) => {
      let settled = false
      const fail = (err: SafeFetchError) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        outgoing.destroy()
        reject(err)
      }
      const outgoing = request(url, { method, headers, agent: false, lookup: this.lookupFor(port) }, (res: IncomingMessage) => {
        const chunks: Buffer[] = []
        let total = 0
        const finish = (truncated: boolean) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          const flat: Record<string, string> = {}
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v
          const bytes = new Uint8Array(Buffer.concat(chunks))
          resolve(truncated ? { status: res.statusCode ?? 0, headers: flat, bytes, truncated } : { status: res.statusCode ?? 0, headers: flat, bytes })
          if (truncated) outgoing.destroy()
        }
        res.on('data', (chunk: Buffer) => {
          if (settled) return
          total += chunk.length
          if (total > maxBytes) {
            if (method === 'HEAD') return
            if (req.truncate) {
              chunks.push(chunk.subarray(0, chunk.length - (total - maxBytes)))
              finish(true)
              return
            }
            fail(new SafeFetchError('TooLarge', `réponse trop grande (plus de ${maxBytes} octets) : ${url.hostname}`))
            return
          }
          chunks.push(chunk)
        })
        res.on('end', () => finish(false))
        res.on('error', (err) => fail(new SafeFetchError('Network', `réponse interrompue : ${url.hostname}`, null, { cause: err })))
      })
      const timer = setTimeout(() => fail(new SafeFetchError('Timeout', `délai dépassé : ${url.hostname}`)), remaining)
      outgoing.on('error', (err) => {
        if (err instanceof SafeFetchError) fail(err)
        else {
          const inner = (err as { cause?: unknown }).cause
          fail(inner instanceof SafeFetchError ? inner : new SafeFetchError('Network', `erreur réseau : ${url.hostname} (${(err as NodeJS.ErrnoException).code ?? err.message})`, null, { cause: err }))
        }
      })
      outgoing.end()
    })
  }

  private allowed(address: string, port: number): boolean {
    return addressAllowed(this.opts, address, port)
  }

  private lookupFor(port: number): LookupFunction {
    return policyLookup(this.opts, port)
  }
}

/** True when the address policy of `opts` lets Vigie connect to `address` on `port`. */
export function addressAllowed(opts: Pick<SafeFetchOptions, 'configuredService' | 'allowLoopback' | 'loopbackPorts'>, address: string, port: number): boolean {
  if (opts.configuredService === true || isPublicAddress(address)) return true
  if (!isLoopback(address)) return false
  return opts.allowLoopback === true || (opts.loopbackPorts ?? []).includes(port)
}

/**
 * A connection's DNS lookup under the address policy: only allowed addresses come out of it, so
 * the address checked is the one connected to (pinned: no second resolution). Also used by the
 * capture's filtering proxy.
 */
export function policyLookup(opts: SafeFetchOptions, port: number): LookupFunction {
  const resolve = opts.lookup ?? dnsLookup
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0)
      const list = (addresses as unknown as LookupAddress[]).filter((a) => addressAllowed(opts, a.address, port))
      const first = list[0]
      if (!first) {
        const refused = new SafeFetchError('Blocked', `${hostname} ne mène à aucune adresse publique : refusé`)
        return callback(Object.assign(new Error(refused.message, { cause: refused }), { code: 'EVIGIEBLOCKED' }), '', 0)
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
      callback(null, first.address, first.family)
    })
  }
}

/** Parses an untrusted URL: http(s) only, no credentials, no fragment; throws `SafeFetchError`. */
export function parseSafeUrl(raw: string): URL {
  return parseUrl(raw)
}

function parseUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SafeFetchError('BadUrl', 'URL illisible')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SafeFetchError('BadUrl', `protocole refusé : ${url.protocol} (http et https seulement)`)
  if (url.username || url.password) throw new SafeFetchError('BadUrl', 'URL avec identifiants refusée')
  url.hash = ''
  return url
}

function retryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.min(Math.max(0, seconds * 1000), 3_600_000)
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.min(Math.max(0, date - now), 3_600_000) : null
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref())
