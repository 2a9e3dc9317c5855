/**
 * Plays the demo scenario into the pipeline in real time, sped up: the quiet
 * hour before `liveStart` goes in at once, then a post dated `t` enters at
 * wall time `wallStart + (t − liveStart) / speed`. Posts keep their scenario
 * `createdAt` (every detection window runs on it), which starts at the
 * moment the demo starts. Rounds follow one another until aborted.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Pipeline } from '../pipeline/pipeline.js'
import { parsePostLine } from '../posts/post-input.js'
import type { Post } from '../types.js'
import { DEMO_QUIET_MINUTES, demoScenario } from './demo-scenario.js'
import { generateScenario } from './scenario/generate.js'

/** How the feed runs. */
export interface DemoFeedOptions {
  pipeline: Pipeline
  /** Scenario seconds per wall-clock second. */
  speed: number
  /** Scenario time that is "now" when the feed starts (its createdAt). */
  liveStart: Date
  signal: AbortSignal
  /** Called after each round with the posts it held. */
  onRound?: (round: number, posts: number) => void
}

/**
 * A demo post with the address it would have on bsky.app, so that DSA notices
 * and the dashboard show a URL. Built on the author's (made-up) DID rather
 * than on the handle, which could be a real person's.
 */
export function withDemoUrl(post: Post): Post {
  if (post.url || post.platform !== 'bluesky') return post
  const author = post.authorId ?? post.author
  return { ...post, url: `https://bsky.app/profile/${encodeURIComponent(author).replace(/%3A/g, ':')}/post/${encodeURIComponent(post.id)}` }
}

/** Feeds rounds until `signal` aborts; resolves once the last ingested post is written. */
export async function playDemoFeed(opts: DemoFeedOptions): Promise<void> {
  const { pipeline, speed, signal } = opts
  const liveStart = opts.liveStart.getTime()
  const wallStart = Date.now()
  let start = liveStart - DEMO_QUIET_MINUTES * 60_000
  for (let round = 0; !signal.aborted; round++) {
    const scenario = demoScenario(new Date(start), round)
    const { lines } = generateScenario(scenario)
    let posts = 0
    for (const line of lines) {
      if (signal.aborted) break
      const parsed = parsePostLine(line)
      if (!parsed.ok) continue // the generator writes valid lines; never stop the demo for one
      const wait = wallStart + (parsed.post.createdAt.getTime() - liveStart) / speed - Date.now()
      // The pipeline flushes partly filled batches on its own timer (VIGIE_FLUSH_MS).
      if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined)
      if (signal.aborted) break
      await pipeline.ingest(withDemoUrl(parsed.post))
      posts++
    }
    start += scenario.durationMinutes * 60_000
    if (!signal.aborted) opts.onRound?.(round, posts)
  }
  await pipeline.flush()
}
