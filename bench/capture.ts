/**
 * Time of one page capture (Chromium launched, page loaded through the
 * filtering proxy, screenshot and HTML) on a local page, and of a short-link
 * expansion through the safe fetcher. Prints medians; asserts nothing.
 *
 *   npx tsx bench/capture.ts [runs]
 */
import { performance } from 'node:perf_hooks'
import { capturePage } from '../src/capture/chromium-capture.js'
import { DEFAULT_PLATFORMS } from '../src/platforms/defaults.js'
import { expandShortLink } from '../src/intake/expand.js'
import { SafeFetcher } from '../src/net/safe-fetch.js'
import { fakeDns, startFakePlatforms } from '../test/intake/fakes/fake-platforms.js'
import { fmt, median, quantile } from './stats.js'

const runs = Number(process.argv[2] ?? 10)
const net = await startFakePlatforms()
const policy = { allowLoopback: true, lookup: fakeDns() }
const captures: number[] = []
for (let i = 0; i < runs; i++) {
  const t = performance.now()
  const c = await capturePage(`${net.origin('www.tiktok.com')}/@lea.m/video/73${i}`, { executablePath: '/usr/bin/chromium', policy })
  if (c.error || !c.png) throw new Error(`capture failed: ${c.error}`)
  captures.push(performance.now() - t)
}
const fetcher = new SafeFetcher({ ...policy, hostSpacingMs: 0 })
const expansions: number[] = []
for (let i = 0; i < runs * 10; i++) {
  const t = performance.now()
  const r = await expandShortLink(fetcher, DEFAULT_PLATFORMS, new URL(`${net.origin('vm.tiktok.com')}/ZMabc123/`))
  if (!r.ok) throw new Error(r.reason)
  expansions.push(performance.now() - t)
}
await net.close()
console.log(`capture of a local page (Chromium launch included), ${runs} runs: median ${fmt(median(captures))} ms, p90 ${fmt(quantile(captures, 0.9))} ms`)
console.log(`short-link expansion (one hop, local), ${runs * 10} runs: median ${fmt(median(expansions), 1)} ms`)
