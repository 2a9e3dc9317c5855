/** The signals a post contributes to: its hashtag keys and the accounts it targets. */
import { hashtagKey } from '../../classifiers/waves/hashtag-key.js'
import { WAVE_RULES } from '../../classifiers/waves/wave-score.js'
import type { StoredPost } from '../types.js'

export type SignalKind = 'hashtag' | 'target'

/** One (kind, key) a post counts towards; `variant` is the raw hashtag. */
export interface Signal {
  kind: SignalKind
  key: string
  variant?: string
}

const DAY_MS = 86_400_000

/** The signal's identity as one string. */
export function signalId(s: { kind: string; key: string }): string {
  return `${s.kind}\u0000${s.key}`
}

/** True when the author's account was younger than the new-account threshold. */
export function isNewAccount(post: StoredPost): boolean {
  if (!post.authorCreatedAt) return false
  return post.createdAt.getTime() - post.authorCreatedAt.getTime() < WAVE_RULES.newAccountDays * DAY_MS
}

/**
 * Signals of `post`. `replyAuthors` maps a replied-to post id to its author,
 * so that replies count as targeting that author; `handles` maps known
 * account ids (DIDs) to their current handle, so that one target account is
 * one target whether a post named it by DID or by handle.
 */
export function signalsOf(post: StoredPost, replyAuthors: ReadonlyMap<string, string>, handles: ReadonlyMap<string, string> = new Map()): Signal[] {
  const out = new Map<string, Signal>()
  for (const tag of post.hashtags) {
    const key = hashtagKey(tag)
    if (key.length < 2) continue
    const s: Signal = { kind: 'hashtag', key, variant: tag }
    out.set(`${signalId(s)}\u0000${tag}`, s)
  }
  const author = post.author.toLowerCase()
  const canonical = (name: string) => handles.get(name) ?? name
  const targets = new Set(post.mentions.map(canonical))
  const replied = post.replyTo ? replyAuthors.get(post.replyTo) : undefined
  if (replied) targets.add(canonical(replied.toLowerCase()))
  const account = post.authorId?.toLowerCase()
  const self = account ? handles.get(account) : undefined
  for (const target of targets) {
    if (target === author || target === account || target === self) continue
    const s: Signal = { kind: 'target', key: target }
    out.set(signalId(s), s)
  }
  return [...out.values()]
}

/** Start of the minute holding `d`. */
export function minuteOf(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 60_000) * 60_000)
}

/**
 * The batch's scenario time: the latest createdAt, ignoring posts dated more
 * than 10 minutes after the batch median (a forged future date must not
 * fast-forward every window).
 */
export function scenarioNow(posts: readonly StoredPost[]): Date {
  const times = posts.map((p) => p.createdAt.getTime()).sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  let now = -Infinity
  for (const t of times) if (t <= median + 600_000 && t > now) now = t
  return new Date(now)
}
