/**
 * The capture's filtering proxy and Chromium behind it: the address policy on
 * every connection (names resolved once, in the connection's own lookup;
 * IP literals; ports), nothing reachable outside the test setting, and a page
 * whose sub-resources aim at the cloud metadata address or at another local
 * port (Vigie's own) gets nothing from them.
 */
import { createServer, request, type Server } from 'node:http'
import type { LookupAddress } from 'node:dns'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capturePage } from '../../src/capture/chromium-capture.js'
import { FilterProxy } from '../../src/capture/filter-proxy.js'
import type { SafeFetchOptions } from '../../src/net/safe-fetch.js'
import { fakeDns } from '../intake/fakes/fake-platforms.js'

/** A CONNECT through the proxy: the status line's code. */
function connectStatus(proxy: FilterProxy, target: string): Promise<number> {
  const { port } = new URL(proxy.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'CONNECT', path: target })
    req.on('connect', (res, socket) => {
      socket.destroy()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

/** A plain-HTTP request through the proxy: status and body. */
function proxiedGet(proxy: FilterProxy, url: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(proxy.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path: url, headers: { host: new URL(url).host } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    handler?.(req, res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, hits })))
}

describe('filtering proxy', () => {
  const withProxy = async (policy: ConstructorParameters<typeof FilterProxy>[0]['policy'], run: (p: FilterProxy) => Promise<void>) => {
    const proxy = new FilterProxy({ policy })
    await proxy.start()
    try {
      await run(proxy)
    } finally {
      await proxy.stop()
    }
  }

  it('refuses names resolving to loopback or to the metadata address, and such literals, outside the test setting', async () => {
    await withProxy({ lookup: fakeDns('127.0.0.1') }, async (p) => {
      expect(await connectStatus(p, 'www.tiktok.com:443')).toBe(502)
      expect(p.stats.refused.join('\n')).toMatch(/www\.tiktok\.com:443 — aucune adresse publique/)
    })
    await withProxy({ lookup: fakeDns('169.254.169.254') }, async (p) => {
      expect(await connectStatus(p, 'innocent.example:443')).toBe(502)
      expect((await proxiedGet(p, 'http://innocent.example/latest/meta-data/')).status).toBe(502)
      expect(p.stats.refused).toHaveLength(2)
    })
    await withProxy({}, async (p) => {
      expect(await connectStatus(p, '169.254.169.254:443')).toBe(403)
      expect(await connectStatus(p, '[::1]:443')).toBe(403)
      expect(await connectStatus(p, 'db.example:5432')).toBe(403)
      expect((await proxiedGet(p, 'http://127.0.0.1/')).status).toBe(403)
      expect(p.stats.refused.join('\n')).toMatch(/port 5432 refusé/)
      expect(p.stats.connections).toBe(0)
    })
  })

  it('reaches a local server only with the test setting, on its port', async () => {
    const local = await listen((_req, res) => res.end('bonjour'))
    try {
      await withProxy({ lookup: fakeDns(), loopbackPorts: [local.port] }, async (p) => {
        expect(await proxiedGet(p, `http://www.tiktok.com:${local.port}/@a/video/1`)).toEqual({ status: 200, body: 'bonjour' })
      })
      await withProxy({ lookup: fakeDns() }, async (p) => {
        expect((await proxiedGet(p, `http://www.tiktok.com:${local.port}/@a/video/1`)).status).toBe(403)
      })
      expect(local.hits).toEqual(['/@a/video/1'])
    } finally {
      local.server.close()
    }
  })
})

describe('Chromium behind the proxy', () => {
  let platform: Awaited<ReturnType<typeof listen>>
  let vigie: Awaited<ReturnType<typeof listen>>
  beforeAll(async () => {
    vigie = await listen((_req, res) => res.end('{"users":["secret"]}'))
    platform = await listen((req, res) => {
      if (req.url === '/slow') return // never answers
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-platform': 'fausse' })
      res.end(`<!doctype html><html><body><h1>Vidéo de @lea.m</h1>
        <img src="http://metadata.example/latest/meta-data/iam">
        <img src="http://127.0.0.1:${vigie.port}/api/users">
        <script>alert('piège'); window.open('http://www.tiktok.com:${platform.port}/popup'); fetch('http://127.0.0.1:${vigie.port}/api/session').catch(() => {})</script>
      </body></html>`)
    })
  })
  afterAll(() => {
    platform.server.close()
    vigie.server.close()
  })

  // metadata.example → the cloud metadata address; every other name → loopback.
  const lookup = ((host: string, _o: unknown, cb: (e: null, a: LookupAddress[]) => void) =>
    cb(null, [{ address: host === 'metadata.example' ? '169.254.169.254' : '127.0.0.1', family: 4 }])) as unknown as NonNullable<SafeFetchOptions['lookup']>

  it('captures the page and nothing else reaches the metadata address or another local port', async () => {
    const c = await capturePage(`http://www.tiktok.com:${platform.port}/@lea.m/video/1`, {
      executablePath: '/usr/bin/chromium',
      policy: { lookup, loopbackPorts: [platform.port] },
    })
    expect(c.error).toBeNull()
    expect(c.status).toBe(200)
    expect(c.headers['x-platform']).toBe('fausse')
    expect(c.finalUrl).toBe(`http://www.tiktok.com:${platform.port}/@lea.m/video/1`)
    expect(c.text).toContain('Vidéo de @lea.m')
    expect(c.png?.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(c.html?.toString('utf8')).toContain('Vidéo de @lea.m')
    expect(vigie.hits).toEqual([])
    expect(c.proxy.refused.join('\n')).toMatch(/metadata\.example:80 — aucune adresse publique/)
    expect(c.proxy.refused.join('\n')).toMatch(new RegExp(`127\\.0\\.0\\.1:${vigie.port} — port ${vigie.port} refusé`))
  })

  it('says so when the page never loads, within its time limit', async () => {
    const c = await capturePage(`http://www.tiktok.com:${platform.port}/slow`, {
      executablePath: '/usr/bin/chromium',
      policy: { lookup, loopbackPorts: [platform.port] },
      navigationTimeoutMs: 2_000,
    })
    expect(c.status).toBeNull()
    expect(c.png).toBeNull()
    expect(c.error).toMatch(/la page ne s’est pas chargée/)
  })
})
