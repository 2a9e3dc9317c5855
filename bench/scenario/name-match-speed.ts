/**
 * Name-watch matching speed: one post against 1,000 compiled watches.
 * Prints posts/s and µs/post, wall and CPU (CPU is the fairer figure on a shared machine; never pass/fail).
 *
 *   npx tsx bench/scenario/name-match-speed.ts [--watches 1000] [--posts 200000]
 */
import { FIRST_NAMES } from '../../classifiers/waves/first-names.js'
import { buildWatchIndex, compileWatch, matchIndexed } from '../../classifiers/waves/name-match.js'
import type { CompiledWatch } from '../../classifiers/waves/name-match.js'
import { rng } from '../background-posts.js'
import { generateScenario } from './generate.js'

const SURNAMES = 'martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia david bertrand roux vincent fournier morel girard andre mercier dupont lambert bonnet francois martinez'.split(' ')

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}

const watchCount = arg('watches', 1000)
const postCount = arg('posts', 200_000)
const random = rng(7)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1)

const watches: CompiledWatch[] = []
for (let i = 0; i < watchCount; i++) {
  const first = cap(pick(FIRST_NAMES))
  const last = cap(pick(SURNAMES))
  const handle = `${first}.${last}${i}.bsky.social`.toLowerCase()
  watches.push(compileWatch({ id: String(i), names: [`${first} ${last}`, `${first} ${last[0]}`], handles: [handle], school: i % 3 === 0 ? `collège ${cap(pick(SURNAMES))}` : undefined }))
}
const t0 = performance.now()
const index = buildWatchIndex(watches)
const buildMs = performance.now() - t0

const { lines } = generateScenario({ seed: 3, start: new Date('2026-03-02T07:00:00Z'), durationMinutes: 120, backgroundPerMinute: 100, waves: [] })
const posts = lines.map((l) => JSON.parse(l) as { text: string; author: string; mentions?: string[]; hashtags?: string[] })
  .map((p) => ({ text: p.text, author: p.author, mentions: p.mentions ?? [], hashtags: p.hashtags ?? [] }))

let hits = 0
for (let i = 0; i < 2000; i++) hits += matchIndexed(index, posts[i % posts.length]!).length // warm-up
hits = 0
const start = performance.now()
const cpu0 = process.cpuUsage()
for (let i = 0; i < postCount; i++) hits += matchIndexed(index, posts[i % posts.length]!).length
const ms = performance.now() - start
const cpu = process.cpuUsage(cpu0)
console.info(`watches ${watchCount} (index built in ${buildMs.toFixed(1)} ms), posts ${postCount}, distinct texts ${posts.length}`)
console.info(`${Math.round(postCount / (ms / 1000)).toLocaleString('en')} posts/s, ${((ms * 1000) / postCount).toFixed(2)} µs/post wall, ${((cpu.user + cpu.system) / postCount).toFixed(2)} µs/post CPU, ${hits} hits`)
