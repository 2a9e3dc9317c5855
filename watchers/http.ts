/**
 * The HTTP client every polled watcher uses, over global fetch: a timeout per
 * request (body included), a cap on body size (streamed, aborted past the
 * cap), and typed errors for rate limits, 5xx, network failures and bad bodies.
 */
import {
  RateLimitedError,
  ResponseTooLargeError,
  WatcherFetchError,
  WatcherParseError,
} from './errors.js'
import { parseRateLimit, retryAfterMs, type RateLimitInfo } from './rate-limit.js'

/** Settings shared by every request of one client. */
export interface HttpClientOptions {
  /** Per-request timeout, body included, in ms (default 15,000). */
  timeoutMs?: number
  /** Largest body accepted, in bytes (default 5 MiB). */
  maxBytes?: number
  /** Sent as User-Agent. */
  userAgent?: string
  /** Wait assumed for a 429 that gives no hint, in ms (default 60,000). */
  defaultRetryAfterMs?: number
  /** Longest wait a server may impose, in ms (default 1 hour). */
  maxRetryAfterMs?: number
  /** The fetch to use (default: global fetch). */
  fetch?: typeof globalThis.fetch
  /** Clock in ms, for HTTP-date headers (default Date.now). */
  nowMs?: () => number
}

/** Per-request settings. */
export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  signal?: AbortSignal
  timeoutMs?: number
  maxBytes?: number
}

/** A fully read response (status 2xx–4xx other than 429). */
export interface HttpResponse {
  status: number
  headers: Headers
  url: string
  bytes: Uint8Array
  /** Quota headers, when the server sends them. */
  rateLimit: RateLimitInfo | null
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** A capped, timed HTTP client that throws typed watcher errors. */
export class HttpClient {
  readonly timeoutMs: number
  readonly maxBytes: number
  private readonly opts: HttpClientOptions
  private readonly fetchImpl: typeof globalThis.fetch
  private readonly nowMs: () => number

  constructor(opts: HttpClientOptions = {}) {
    this.opts = opts
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
    this.fetchImpl = opts.fetch ?? globalThis.fetch
    this.nowMs = opts.nowMs ?? Date.now
  }

  /** Sends a request; throws on 429, 5xx, 401/403, other 4xx, network, timeout, size. */
  async request(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    const res = await this.send(url, opts)
    this.assertStatus(res, { strict: true })
    return res
  }

  /** GETs a JSON body; malformed JSON → WatcherParseError. */
  async getJson(url: string, opts: RequestOptions = {}): Promise<{ body: unknown; response: HttpResponse }> {
    const response = await this.request(url, {
      ...opts,
      headers: { accept: 'application/json', ...opts.headers },
    })
    return { body: parseJsonBytes(response.bytes, url), response }
  }

  /** GETs a text body, decoded as UTF-8. */
  async getText(url: string, opts: RequestOptions = {}): Promise<{ text: string; response: HttpResponse }> {
    const response = await this.request(url, opts)
    return { text: decodeUtf8(response.bytes), response }
  }

  /**
   * A fetch for libraries (@atproto/api): same timeout and cap, 429 and 5xx
   * thrown as typed errors, other statuses returned (buffered) so the library
   * can handle them (e.g. refresh an expired session on 401).
   */
  fetchAdapter(): typeof globalThis.fetch {
    const adapter = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init)
      const res = await this.send(request, { signal: request.signal })
      this.assertStatus(res, { strict: false })
      const nullBody = res.status === 204 || res.status === 304 || res.bytes.byteLength === 0
      return new Response(nullBody ? null : res.bytes, { status: res.status, headers: res.headers })
    }
    return adapter
  }

  private async send(input: string | Request, opts: RequestOptions): Promise<HttpResponse> {
    const url = typeof input === 'string' ? input : input.url
    const safeUrl = redactUrl(url)
    const timeoutMs = opts.timeoutMs ?? this.timeoutMs
    const maxBytes = opts.maxBytes ?? this.maxBytes
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout
    const failure = (err: unknown): WatcherFetchError => {
      if (opts.signal?.aborted) {
        return new WatcherFetchError('Aborted', `request aborted: ${safeUrl}`, { retryable: false, cause: err, url: safeUrl })
      }
      if (timeout.aborted) {
        return new WatcherFetchError('Timeout', `no complete answer within ${timeoutMs} ms: ${safeUrl}`, {
          retryable: true,
          cause: err,
          url: safeUrl,
        })
      }
      return new WatcherFetchError('Network', `network error: ${safeUrl}: ${describe(err)}`, {
        retryable: true,
        cause: err,
        url: safeUrl,
      })
    }

    let res: Response
    try {
      if (typeof input === 'string') {
        const headers: Record<string, string> = { ...opts.headers }
        if (this.opts.userAgent && !('user-agent' in headers)) headers['user-agent'] = this.opts.userAgent
        res = await this.fetchImpl(input, { method: opts.method ?? 'GET', headers, body: opts.body, signal, redirect: 'follow' })
      } else {
        if (this.opts.userAgent && !input.headers.has('user-agent')) input.headers.set('user-agent', this.opts.userAgent)
        res = await this.fetchImpl(new Request(input, { signal }))
      }
    } catch (err) {
      throw failure(err)
    }

    let bytes: Uint8Array
    try {
      bytes = await readCapped(res, maxBytes)
    } catch (err) {
      if (err instanceof ResponseTooLargeError) throw new ResponseTooLargeError(maxBytes, safeUrl)
      throw failure(err)
    }
    return { status: res.status, headers: res.headers, url: safeUrl, bytes, rateLimit: parseRateLimit(res.headers, this.nowMs()) }
  }

  private assertStatus(res: HttpResponse, { strict }: { strict: boolean }): void {
    const { status, url } = res
    if (status === 429) {
      const wait = retryAfterMs(res.headers, this.nowMs()) ?? this.opts.defaultRetryAfterMs ?? 60_000
      throw new RateLimitedError(Math.min(wait, this.opts.maxRetryAfterMs ?? 3_600_000), { status, url })
    }
    if (status >= 500) {
      throw new WatcherFetchError('HttpStatus', `HTTP ${status}: ${url}`, { retryable: true, status, url })
    }
    if (!strict) return
    if (status === 401 || status === 403) {
      throw new WatcherFetchError('Auth', `HTTP ${status} (credentials refused or needed): ${url}`, { retryable: false, status, url })
    }
    if (status < 200 || status >= 300) {
      // 408 Request Timeout and 425 Too Early are worth retrying; other 4xx are ours.
      const retryable = status === 408 || status === 425
      throw new WatcherFetchError('HttpStatus', `HTTP ${status}: ${url}`, { retryable, status, url })
    }
  }
}

/** Reads a body, aborting the transfer as soon as it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined)
    throw new ResponseTooLargeError(maxBytes)
  }
  if (!res.body) return new Uint8Array(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new ResponseTooLargeError(maxBytes)
    }
    chunks.push(value)
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

const utf8 = new TextDecoder('utf-8')

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}

/** Parses a JSON body; malformed JSON → WatcherParseError. */
export function parseJsonBytes(bytes: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(decodeUtf8(bytes)) as unknown
  } catch (err) {
    throw new WatcherParseError(`malformed JSON from ${url}`, err)
  }
}

/** The URL without user:password. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (!u.username && !u.password) return url
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return url
  }
}

/** A short description of a thrown value, including undici's cause code. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const cause = err.cause
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code
    return `${err.message} (${typeof code === 'string' ? code : cause.message})`
  }
  return err.message
}
