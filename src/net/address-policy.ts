/**
 * Which IP addresses Vigie may connect to when it fetches a URL it did not
 * choose (an RSS item's link, a PDS named in a DID document): public unicast
 * only. Built on node:net's BlockList; pure.
 */
import { BlockList, isIP } from 'node:net'

const blocked = new BlockList()
// IPv4: "this network", private, CGNAT, loopback, link-local (cloud metadata 169.254.169.254),
// IETF assignments, documentation, 6to4 relay, benchmarking, multicast, reserved, broadcast.
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4')
}
// IPv6: only global unicast (2000::/3) passes, which already leaves out the unspecified and loopback
// addresses, IPv4-mapped and -translated ones, unique local, link-local and multicast; within it:
// IETF assignments (Teredo), documentation, 6to4 (they reach IPv4 ranges).
for (const [net, prefix] of [
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6')
}

/** True for a public unicast address Vigie may connect to. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  if (family === 6 && !/^[23]/i.test(expandFirstGroup(address))) return false // only 2000::/3 is global unicast
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** True for 127.0.0.0/8 and ::1. */
export function isLoopback(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return address.startsWith('127.')
  return family === 6 && (address === '::1' || address === '0:0:0:0:0:0:0:1')
}

function expandFirstGroup(address: string): string {
  if (address.startsWith('::')) return '0'
  return (address.split(':')[0] ?? '0').padStart(4, '0')
}
