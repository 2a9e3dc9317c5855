/**
 * The fetcher of untrusted URLs: public addresses only (checked on the
 * connection's own lookup and on every redirect), same-host redirects,
 * size cap, timeout, 429 pause, per-host spacing; local servers only with
 * the test setting.
 */
import type { LookupAddress } from 'node:dns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPublicAddress } from '../../src/net/address-policy.js'
import { SafeFetcher, SafeFetchError, type SafeFetchOptions } from '../../src/net/safe-fetch.js'
import { startHttpServer, type FakeHttpServer } from '../watchers/fakes/http-server.js'

/** A lookup that answers `address` for every name (what an attacker's DNS would do). */
function fakeDns(address: string, family = 4): NonNullable<SafeFetchOptions['lookup']> {
  return ((_host: string, _opts: unknown, cb: (err: null, a: LookupAddress[]) => void) => cb(null, [{ address, family }])) as unknown as NonNullable<
    SafeFetchOptions['lookup']
  >
}

describe('address policy', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.1', false],
    ['100.100.1.1', false],
    ['169.254.169.254', false],
    ['224.0.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:8.8.8.8', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['ff02::1', false],
    ['2002:7f00:1::', false],
    ['64:ff9b::a9fe:a9fe', false],
    ['8.8.8.8', true],
    ['151.101.1.1', true],
    ['2a00:1450:4007:80e::200e', true],
    ['not-an-ip', false],
  ])('%s public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })
})

describe('SafeFetcher', () => {
  let server: FakeHttpServer
  let port: number
  beforeAll(async () => {
    server = await startHttpServer({
      '/ok': () => ({ text: 'bonjour' }),
      '/gone': () => ({ status: 410, text: 'gone' }),
      '/hop': () => ({ status: 302, headers: { location: '/ok' } }),
      '/loop': () => ({ status: 302, headers: { location: '/loop' } }),
      '/away': () => ({ status: 301, headers: { location: 'https://ailleurs.example/page' } }),
      '/metadata': () => ({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }),
      '/busy': () => ({ status: 429, headers: { 'retry-after': '120' }, text: 'slow down' }),
    })
    port = Number(new URL(server.url).port)
  })
  afterAll(() => server.close())

  const local = (opts: SafeFetchOptions = {}) => new SafeFetcher({ allowLoopback: true, hostSpacingMs: 0, ...opts })

  it('refuses loopback, private and metadata addresses without the test setting', async () => {
    const f = new SafeFetcher({ hostSpacingMs: 0 })
    await expect(f.fetch(`${server.url}/ok`)).rejects.toMatchObject({ code: 'Blocked' })
    await expect(f.fetch('http://169.254.169.254/latest/meta-data/')).rejects.toMatchObject({ code: 'Blocked' })
    await expect(f.fetch('http://[::1]:80/')).rejects.toMatchObject({ code: 'Blocked' })
    // A public-looking name whose DNS answers a private address: refused inside the connection's lookup.
    const rebinding = new SafeFetcher({ hostSpacingMs: 0, lookup: fakeDns('10.0.0.7') })
    await expect(rebinding.fetch(`http://innocent.example:${port}/ok`)).rejects.toMatchObject({ code: 'Blocked' })
    const named = new SafeFetcher({ hostSpacingMs: 0, lookup: fakeDns('127.0.0.1') })
    await expect(named.fetch(`http://localhost.example:${port}/ok`)).rejects.toMatchObject({ code: 'Blocked' })
    expect(server.requests.length).toBe(0)
  })

  it('allows only the listed loopback ports with loopbackPorts', async () => {
    const listed = new SafeFetcher({ hostSpacingMs: 0, loopbackPorts: [port] })
    expect((await listed.fetch(`${server.url}/ok`)).status).toBe(200)
    const other = new SafeFetcher({ hostSpacingMs: 0, loopbackPorts: [port + 1] })
    await expect(other.fetch(`${server.url}/ok`)).rejects.toMatchObject({ code: 'Blocked' })
  })

  it('refuses other schemes and URLs with credentials', async () => {
    const f = local()
    await expect(f.fetch('file:///etc/passwd')).rejects.toMatchObject({ code: 'BadUrl' })
    await expect(f.fetch('ftp://example.org/')).rejects.toMatchObject({ code: 'BadUrl' })
    await expect(f.fetch(`http://user:pw@127.0.0.1:${port}/ok`)).rejects.toMatchObject({ code: 'BadUrl' })
  })

  it('follows same-host redirects, returns off-host ones unfollowed, re-checks each hop, stops loops', async () => {
    const f = local()
    const hop = await f.fetch(`${server.url}/hop`)
    expect(hop).toMatchObject({ status: 200, url: `${server.url}/ok`, redirects: [`${server.url}/ok`] })
    expect(new TextDecoder().decode(hop.bytes)).toBe('bonjour')
    const away = await f.fetch(`${server.url}/away`)
    expect(away).toMatchObject({ status: 301, offHostRedirect: 'https://ailleurs.example/page' })
    await expect(f.fetch(`${server.url}/metadata`, { followOffHost: true })).rejects.toMatchObject({ code: 'Blocked' })
    await expect(f.fetch(`${server.url}/loop`)).rejects.toMatchObject({ code: 'TooManyRedirects' })
  })

  it('caps the body and the time', async () => {
    server.faults.push({ pathPrefix: '/ok', streamBytes: 5 * 1024 * 1024 })
    await expect(local({ maxBytes: 64 * 1024 }).fetch(`${server.url}/ok`)).rejects.toMatchObject({ code: 'TooLarge' })
    server.faults.push({ pathPrefix: '/ok', delayMs: 2_000 })
    await expect(local({ timeoutMs: 200 }).fetch(`${server.url}/ok`)).rejects.toMatchObject({ code: 'Timeout' })
  })

  it('leaves a host alone after a 429 until its Retry-After, without asking again', async () => {
    const f = local()
    expect((await f.fetch(`${server.url}/busy`)).status).toBe(429)
    const before = server.requests.length
    const err = await f.fetch(`${server.url}/ok`).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SafeFetchError)
    expect(err).toMatchObject({ code: 'RateLimited' })
    expect((err as SafeFetchError).retryAfterMs).toBeGreaterThan(100_000)
    expect(server.requests.length).toBe(before)
  })

  it('sends HEAD without reading a body, and no cookie or authorization', async () => {
    const head = await local().fetch(`${server.url}/gone`, { method: 'HEAD' })
    expect(head.status).toBe(410)
    const last = server.requests.at(-1)
    expect(last?.method).toBe('HEAD')
    expect(last?.headers.cookie).toBeUndefined()
    expect(last?.headers.authorization).toBeUndefined()
  })
})
