import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RateLimitedError, ResponseTooLargeError, WatcherFetchError, WatcherParseError } from '../../watchers/errors.js'
import { HttpClient } from '../../watchers/http.js'
import { retryAfterMs } from '../../watchers/rate-limit.js'
import { startHttpServer, type FakeHttpServer } from './fakes/http-server.js'
import { caught } from './helpers.js'

let server: FakeHttpServer
const NOW = Date.parse('2026-11-27T23:00:00.000Z')

beforeAll(async () => {
  server = await startHttpServer({ '/ok': () => ({ json: { ok: true } }) })
})
afterAll(async () => {
  await server.close()
})

const client = (opts = {}) => new HttpClient({ timeoutMs: 2_000, nowMs: () => NOW, ...opts })

describe('HttpClient', () => {
  it('reads JSON', async () => {
    const { body } = await client().getJson(`${server.url}/ok`)
    expect(body).toEqual({ ok: true })
  })

  it('turns 429 + Retry-After (seconds) into RateLimitedError with the wait', async () => {
    server.faults.push({ status: 429, headers: { 'retry-after': '120' } })
    const err = await caught(client().getJson(`${server.url}/ok`))
    expect(err).toBeInstanceOf(RateLimitedError)
    expect((err as RateLimitedError).retryAfterMs).toBe(120_000)
    expect((err as RateLimitedError).retryable).toBe(true)
  })

  it('reads Retry-After as an HTTP date, ratelimit-reset as epoch seconds, Mastodon reset as ISO', async () => {
    server.faults.push({ status: 429, headers: { 'retry-after': new Date(NOW + 30_000).toUTCString() } })
    expect(((await caught(client().getJson(`${server.url}/ok`))) as RateLimitedError).retryAfterMs).toBe(30_000)
    server.faults.push({ status: 429, headers: { 'ratelimit-reset': String(NOW / 1000 + 45) } })
    expect(((await caught(client().getJson(`${server.url}/ok`))) as RateLimitedError).retryAfterMs).toBe(45_000)
    server.faults.push({ status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date(NOW + 90_000).toISOString() } })
    expect(((await caught(client().getJson(`${server.url}/ok`))) as RateLimitedError).retryAfterMs).toBe(90_000)
  })

  it('caps absurd waits and defaults when no header is given', async () => {
    server.faults.push({ status: 429, headers: { 'retry-after': '99999999' } })
    expect(((await caught(client({ maxRetryAfterMs: 3_600_000 }).getJson(`${server.url}/ok`))) as RateLimitedError).retryAfterMs).toBe(3_600_000)
    server.faults.push({ status: 429 })
    expect(((await caught(client({ defaultRetryAfterMs: 7_000 }).getJson(`${server.url}/ok`))) as RateLimitedError).retryAfterMs).toBe(7_000)
    expect(retryAfterMs(new Headers({ 'retry-after': 'garbage' }), NOW)).toBeNull()
  })

  it('reports a spent Mastodon quota on a 200', async () => {
    server.faults.push({ status: 200, body: '{}', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date(NOW + 60_000).toISOString() } })
    const { response } = await client().getJson(`${server.url}/ok`)
    expect(response.rateLimit).toEqual({ remaining: 0, resetAt: new Date(NOW + 60_000) })
  })

  it('makes 5xx retryable and 4xx not', async () => {
    server.faults.push({ status: 503 })
    const e5 = (await caught(client().getJson(`${server.url}/ok`))) as WatcherFetchError
    expect(e5).toBeInstanceOf(WatcherFetchError)
    expect([e5.code, e5.status, e5.retryable]).toEqual(['HttpStatus', 503, true])
    server.faults.push({ status: 404 })
    const e4 = (await caught(client().getJson(`${server.url}/ok`))) as WatcherFetchError
    expect([e4.status, e4.retryable]).toEqual([404, false])
    server.faults.push({ status: 401 })
    expect(((await caught(client().getJson(`${server.url}/ok`))) as WatcherFetchError).code).toBe('Auth')
  })

  it('turns malformed JSON into WatcherParseError', async () => {
    server.faults.push({ status: 200, body: '{"posts": [1, 2,' })
    const err = await caught(client().getJson(`${server.url}/ok`))
    expect(err).toBeInstanceOf(WatcherParseError)
  })

  it('cuts a 20 MB streamed body at the cap without reading it all', async () => {
    server.streamedBytes = 0
    server.faults.push({ status: 200, streamBytes: 20 * 1024 * 1024 })
    const err = await caught(client({ maxBytes: 1024 * 1024 }).getText(`${server.url}/ok`))
    expect(err).toBeInstanceOf(ResponseTooLargeError)
    expect((err as ResponseTooLargeError).limitBytes).toBe(1024 * 1024)
    await new Promise((r) => setTimeout(r, 50))
    expect(server.streamedBytes).toBeLessThan(20 * 1024 * 1024)
  })

  it('refuses a declared Content-Length above the cap up front', async () => {
    server.faults.push({ status: 200, body: 'x'.repeat(5_000) })
    const err = await caught(client({ maxBytes: 1_000 }).getText(`${server.url}/ok`))
    expect(err).toBeInstanceOf(ResponseTooLargeError)
  })

  it('times out on a slow server (headers) and on a stalled body', async () => {
    server.faults.push({ status: 200, delayMs: 1_000 })
    const slow = (await caught(client({ timeoutMs: 150 }).getJson(`${server.url}/ok`))) as WatcherFetchError
    expect([slow.code, slow.retryable]).toEqual(['Timeout', true])
    server.faults.push({ status: 200, stallBodyMs: 1_000, body: '{}' })
    const stalled = (await caught(client({ timeoutMs: 150 }).getJson(`${server.url}/ok`))) as WatcherFetchError
    expect(stalled.code).toBe('Timeout')
  })

  it('reports a refused connection as a retryable network error', async () => {
    const dead = await startHttpServer()
    const url = dead.url
    await dead.close()
    const err = (await caught(client().getJson(`${url}/ok`))) as WatcherFetchError
    expect(err).toBeInstanceOf(WatcherFetchError)
    expect([err.code, err.retryable]).toEqual(['Network', true])
  })

  it('distinguishes a caller abort from a timeout', async () => {
    server.faults.push({ status: 200, delayMs: 1_000 })
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 50)
    const err = (await caught(client().getJson(`${server.url}/ok`, { signal: ac.signal }))) as WatcherFetchError
    expect([err.code, err.retryable]).toEqual(['Aborted', false])
  })

  it('gives libraries a fetch that buffers, caps and types 429', async () => {
    const f = client().fetchAdapter()
    const res = await f(`${server.url}/ok`)
    expect(await res.json()).toEqual({ ok: true })
    server.faults.push({ status: 404, body: '{"error":"NotFound"}' })
    expect((await f(`${server.url}/ok`)).status).toBe(404)
    server.faults.push({ status: 429, headers: { 'retry-after': '5' } })
    expect(await caught(f(new Request(`${server.url}/ok`)))).toBeInstanceOf(RateLimitedError)
  })
})
