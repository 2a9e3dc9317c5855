/**
 * The filtering proxy every byte of a capture's Chromium goes through: an
 * HTTP proxy on 127.0.0.1 (plain requests forwarded, HTTPS tunnelled with
 * CONNECT) that applies the SafeFetcher's address policy to every
 * connection: public addresses only, resolved once inside the connection's
 * own lookup (the address checked is the one connected to), IP literals
 * checked too; ports 80 and 443 only; no WebSocket upgrades over plain HTTP;
 * a cap on the bytes of one capture; idle connections cut. Chromium itself
 * resolves no name (see chromium-capture.ts), so it reaches nothing —
 * Vigie's own port, the database, the cloud metadata address — but through
 * here. Tests open loopback with `allowLoopback` (never from the
 * environment).
 */
import { request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, isIP, type AddressInfo, type Socket } from 'node:net'
import { addressAllowed, policyLookup, type SafeFetchOptions } from '../net/safe-fetch.js'

/** Settings of one proxy. */
export interface FilterProxyOptions {
  /** Address policy (tests: allowLoopback, lookup). */
  policy: Pick<SafeFetchOptions, 'allowLoopback' | 'loopbackPorts' | 'lookup'>
  /** Bytes through the proxy, both ways, before it refuses more (default 64 MiB). */
  maxBytes?: number
  /** A connection idle this long is cut, in ms (default 20,000). */
  idleMs?: number
}

/** What the proxy saw: for the capture's record (hosts only, never paths). */
export interface ProxyStats {
  connections: number
  bytes: number
  /** `host:port — reason` of refused connections (at most 50). */
  refused: string[]
  capped: boolean
}

const PORTS = new Set([80, 443])

/** A running proxy for one capture. */
export class FilterProxy {
  readonly stats: ProxyStats = { connections: 0, bytes: 0, refused: [], capped: false }
  private readonly sockets = new Set<Socket>()
  private server: Server | null = null
  private port = 0

  constructor(private readonly opts: FilterProxyOptions) {}

  /** `http://127.0.0.1:PORT`, for Chromium's --proxy-server. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Listens on a free loopback port. */
  async start(): Promise<void> {
    const server = createServer((req, res) => this.forward(req, res))
    server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => this.tunnel(req, socket, head))
    server.on('upgrade', (_req: IncomingMessage, socket: Socket) => socket.destroy())
    server.on('connection', (socket: Socket) => this.track(socket))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.port = (server.address() as AddressInfo).port
    this.server = server
  }

  /** Cuts every connection and stops listening. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    this.sockets.clear()
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.setTimeout(this.opts.idleMs ?? 20_000, () => socket.destroy())
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }

  private refuse(target: string, reason: string): void {
    if (this.stats.refused.length < 50) this.stats.refused.push(`${target.slice(0, 200)} — ${reason}`)
  }

  /** Counts bytes; false (and everything cut) past the cap. */
  private count(n: number): boolean {
    this.stats.bytes += n
    if (this.stats.bytes <= (this.opts.maxBytes ?? 64 * 1024 * 1024)) return true
    if (!this.stats.capped) this.refuse('*', 'volume maximal de la capture atteint')
    this.stats.capped = true
    for (const s of this.sockets) s.destroy()
    return false
  }

  /** Why `host:port` may not be reached, or null. Names are checked later, in the lookup. */
  private literalRefusal(host: string, port: number): string | null {
    if (!PORTS.has(port) && !(this.opts.policy.allowLoopback === true || (this.opts.policy.loopbackPorts ?? []).includes(port))) {
      return `port ${port} refusé (80 et 443 seulement)`
    }
    if (isIP(host) && !addressAllowed(this.opts.policy, host, port)) return 'adresse non publique refusée'
    return null
  }

  /** A plain-HTTP request (absolute URI). */
  private forward(req: IncomingMessage, res: ServerResponse): void {
    let url: URL
    try {
      url = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end()
      return
    }
    const host = url.hostname.replace(/^\[|\]$/g, '')
    const port = Number(url.port || 80)
    const refusal = url.protocol !== 'http:' ? 'protocole refusé' : this.literalRefusal(host, port)
    if (refusal) {
      this.refuse(`${host}:${port}`, refusal)
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Refusé par Vigie.')
      return
    }
    this.stats.connections++
    const headers = { ...req.headers }
    for (const name of Object.keys(headers)) if (name.startsWith('proxy-')) delete headers[name]
    const outgoing = httpRequest(
      { host, port, path: `${url.pathname}${url.search}`, method: req.method, headers, agent: false, lookup: policyLookup(this.opts.policy, port) },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers)
        upstream.on('data', (chunk: Buffer) => {
          if (this.count(chunk.length)) res.write(chunk)
        })
        upstream.on('end', () => res.end())
        upstream.on('error', () => res.destroy())
      },
    )
    outgoing.on('error', (err: NodeJS.ErrnoException) => {
      this.refuse(`${host}:${port}`, err.code === 'EVIGIEBLOCKED' ? 'aucune adresse publique' : `erreur réseau (${err.code ?? 'inconnue'})`)
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end()
    })
    req.on('data', (chunk: Buffer) => {
      if (this.count(chunk.length)) outgoing.write(chunk)
    })
    req.on('end', () => outgoing.end())
  }

  /** An HTTPS (or wss) tunnel: CONNECT host:port, connected to the checked address. */
  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? ''
    const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(target)
    const host = m?.[1] ?? ''
    const port = Number(m?.[2] ?? 0)
    const refusal = m ? this.literalRefusal(host, port) : 'cible illisible'
    if (refusal) {
      this.refuse(target, refusal)
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    this.stats.connections++
    const upstream = connect({ host, port, lookup: policyLookup(this.opts.policy, port) })
    this.track(upstream)
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0 && this.count(head.length)) upstream.write(head)
      upstream.on('data', (chunk: Buffer) => {
        if (this.count(chunk.length)) client.write(chunk)
      })
      client.on('data', (chunk: Buffer) => {
        if (this.count(chunk.length)) upstream.write(chunk)
      })
      upstream.on('end', () => client.end())
      client.on('end', () => upstream.end())
    })
    upstream.once('error', (err: NodeJS.ErrnoException) => {
      this.refuse(target, err.code === 'EVIGIEBLOCKED' ? 'aucune adresse publique' : `erreur réseau (${err.code ?? 'inconnue'})`)
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
    })
    client.once('close', () => upstream.destroy())
  }
}
