/**
 * Feeds a recorded scenario (JSONL posts) through the pipeline, either as
 * fast as possible or keeping the posts' spacing in scenario time.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Pipeline } from '../pipeline/pipeline.js'
import { parsePostLine } from '../posts/post-input.js'
import { readJsonlLines } from './jsonl.js'

export interface ReplayOptions {
  /** Ignore the posts' spacing in time. */
  fast: boolean
  /** With `fast` off: scenario seconds per wall-clock second (default 1). */
  speed?: number
  /** Called for every line that is not a valid post. */
  onInvalid?: (lineNo: number, reason: string) => void
  signal?: AbortSignal
}

/** What a replay read. */
export interface ReplayCounts {
  /** Non-blank lines read. */
  lines: number
  /** Lines that were not valid posts. */
  invalid: number
}

/** Replays `input` into `pipeline`; resolves once every post is written. */
export async function replay(
  input: NodeJS.ReadableStream,
  pipeline: Pipeline,
  opts: ReplayOptions,
): Promise<ReplayCounts> {
  const counts: ReplayCounts = { lines: 0, invalid: 0 }
  const speed = opts.speed ?? 1
  let origin: { scenario: number; wall: number } | undefined
  for await (const { lineNo, text } of readJsonlLines(input)) {
    if (opts.signal?.aborted) break
    counts.lines++
    const parsed = parsePostLine(text)
    if (!parsed.ok) {
      counts.invalid++
      opts.onInvalid?.(lineNo, parsed.reason)
      continue
    }
    if (!opts.fast) {
      const t = parsed.post.createdAt.getTime()
      origin ??= { scenario: t, wall: Date.now() }
      const wait = origin.wall + (t - origin.scenario) / speed - Date.now()
      if (wait > 0) {
        await pipeline.flush() // what happened before now is visible now
        await sleep(wait, undefined, { signal: opts.signal }).catch(() => undefined)
      }
    }
    await pipeline.ingest(parsed.post)
  }
  await pipeline.flush()
  return counts
}
