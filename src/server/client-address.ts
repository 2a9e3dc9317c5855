/**
 * The client's address: the TCP peer, or — when the peer is a reverse proxy
 * named in VIGIE_TRUST_PROXY — the address that proxy read in
 * `X-Forwarded-For`. The header is walked from the right (the nearest hop)
 * past trusted proxies, so addresses a client wrote itself at its left are
 * never believed.
 */
import { BlockList, isIP } from 'node:net'
import type { Context } from 'hono'
import type { AppEnv } from './env.js'

/** `::ffff:1.2.3.4` as `1.2.3.4`; other addresses unchanged. */
export function plainAddress(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address
}

/** The reverse proxies whose X-Forwarded-For is believed. */
export class TrustedProxies {
  private readonly list = new BlockList()
  readonly empty: boolean

  /** `entries`: addresses and CIDR networks, already validated by the config. */
  constructor(entries: readonly string[]) {
    this.empty = entries.length === 0
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/')
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
      if (prefix === undefined) this.list.addAddress(address, type)
      else this.list.addSubnet(address, Number(prefix), type)
    }
  }

  /** True for an address of a trusted proxy. */
  has(address: string): boolean {
    const a = plainAddress(address)
    const family = isIP(a)
    if (family === 0 || this.empty) return false
    return this.list.check(a, family === 6 ? 'ipv6' : 'ipv4')
  }

  /** The client behind `peer`, given the X-Forwarded-For header it sent. */
  clientOf(peer: string, forwardedFor: string | undefined): string {
    const direct = plainAddress(peer)
    if (!forwardedFor || !this.has(direct)) return direct
    const hops = forwardedFor.split(',').map((h) => plainAddress(h.trim()))
    let client = direct
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] ?? ''
      // A hop that is not an address was not written by a proxy we trust: stop at the last good one.
      if (isIP(hop) === 0) return client
      client = hop
      if (!this.has(hop)) return hop
    }
    return client
  }
}

const BY_CONFIG = new WeakMap<readonly string[], TrustedProxies>()

/** The trusted proxies of a config's list (built once per list). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  let found = BY_CONFIG.get(entries)
  if (!found) {
    found = new TrustedProxies(entries)
    BY_CONFIG.set(entries, found)
  }
  return found
}

/** The client's address, or null under `app.request()` (no socket). */
export function clientAddress(c: Context<AppEnv>): string | null {
  const peer = c.env?.incoming?.socket.remoteAddress
  if (!peer) return null
  return trustedProxies(c.var.ctx.cfg.trustProxy).clientOf(peer, c.req.header('x-forwarded-for'))
}
