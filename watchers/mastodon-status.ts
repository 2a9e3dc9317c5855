/**
 * Mastodon `Status` JSON (the REST entity) → Post. Only the fields Vigie uses
 * are validated; everything in a status is attacker-controlled.
 */
import { z } from 'zod'
import type { Post } from '../contract/post.js'
import { htmlToText } from './html-to-text.js'

const MastodonAccount = z.object({
  id: z.string().max(64),
  acct: z.string().min(1).max(400),
  username: z.string().max(200),
  /** The ActivityPub actor id (Mastodon 4.2+): the account's stable id. */
  uri: z.string().max(2_000).nullish(),
  url: z.string().max(2_000).nullish(),
  created_at: z.string().max(64).nullish(),
})

/** The subset of a Mastodon status Vigie reads. */
export const MastodonStatus = z.object({
  id: z.string().min(1).max(64),
  uri: z.string().min(1).max(2_000),
  url: z.string().max(2_000).nullish(),
  created_at: z.string().max(64),
  content: z.string().max(1_000_000),
  spoiler_text: z.string().max(10_000).nullish(),
  language: z.string().max(16).nullish(),
  in_reply_to_id: z.string().max(64).nullish(),
  account: MastodonAccount,
  tags: z.array(z.object({ name: z.string().max(200) })).max(500).nullish(),
  mentions: z.array(z.object({ acct: z.string().max(400), url: z.string().max(2_000).nullish() })).max(500).nullish(),
  reblog: z.unknown().nullish(),
})

/** A validated Mastodon status. */
export type MastodonStatus = z.infer<typeof MastodonStatus>

/** `user` on `host` → `user@host`; remote accts (`user@other`) kept; lower-case. */
export function fullAcct(acct: string, host: string): string {
  const a = (acct.startsWith('@') ? acct.slice(1) : acct).toLowerCase()
  return a.includes('@') ? a : `${a}@${host.toLowerCase()}`
}

/** The host of a profile URL (the account's domain), or `fallback`. */
function hostOf(url: string | null | undefined, fallback: string): string {
  if (!url) return fallback
  try {
    return new URL(url).host || fallback
  } catch {
    return fallback
  }
}

function toDate(s: string | null | undefined): Date | undefined {
  if (!s) return undefined
  const t = Date.parse(s)
  return Number.isNaN(t) ? undefined : new Date(t)
}

/**
 * Turns a status read from instance `host` into a Post. Local accts get the
 * domain of their profile URL (else `host`), so handles are global. The id is the status
 * `uri` (global across instances); `replyTo` is the instance-local
 * `in_reply_to_id`, as Mastodon gives it.
 */
export function statusToPost(s: MastodonStatus, host: string, now: Date): Post {
  const content = htmlToText(s.content)
  const text = s.spoiler_text ? `${s.spoiler_text}\n\n${content}` : content
  const post: Post = {
    platform: 'mastodon',
    id: s.uri,
    url: s.url ?? s.uri,
    author: fullAcct(s.account.acct, hostOf(s.account.url, host)),
    // One account, one author: the actor URI when the instance gives it (4.2+), else the profile URL.
    authorId: s.account.uri ?? s.account.url ?? fullAcct(s.account.acct, host),
    text,
    createdAt: toDate(s.created_at) ?? now,
    hashtags: [...new Set((s.tags ?? []).map((t) => t.name.toLowerCase()))],
    mentions: [...new Set((s.mentions ?? []).map((m) => fullAcct(m.acct, hostOf(m.url, host))))],
    langs: s.language ? [s.language.toLowerCase()] : [],
  }
  const authorCreatedAt = toDate(s.account.created_at)
  if (authorCreatedAt) post.authorCreatedAt = authorCreatedAt
  if (s.in_reply_to_id) post.replyTo = s.in_reply_to_id
  return post
}
