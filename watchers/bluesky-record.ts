/**
 * Bluesky `app.bsky.feed.post` records → Post: text, dates, languages, tag and
 * mention facets, reply parent. Shared by Jetstream and search. Records are
 * attacker-controlled: validated with zod, bounded in size.
 */
import { z } from 'zod'
import type { Post } from '../contract/post.js'

/** A DID as it appears in events and facets. */
export const DID_RE = /^did:[a-z]{1,32}:[a-zA-Z0-9._:%-]{1,2048}$/
/** A record key. */
export const RKEY_RE = /^[A-Za-z0-9._:~-]{1,512}$/

const Feature = z.object({
  $type: z.string().max(200).optional(),
  tag: z.string().max(640).optional(),
  did: z.string().max(2_100).optional(),
})

/** The fields of an `app.bsky.feed.post` record Vigie reads. */
export const PostRecord = z.object({
  text: z.string().max(100_000),
  createdAt: z.string().max(64),
  langs: z.array(z.string().max(32)).max(16).optional(),
  tags: z.array(z.string().max(640)).max(32).optional(),
  facets: z
    .array(z.object({ features: z.array(Feature).max(64) }))
    .max(512)
    .optional(),
  reply: z
    .object({
      parent: z.object({ uri: z.string().max(2_100) }),
      root: z.object({ uri: z.string().max(2_100) }).optional(),
    })
    .optional(),
})

/** A validated post record. */
export type PostRecord = z.infer<typeof PostRecord>

/** The at:// URI of a post. */
export function postUri(did: string, rkey: string): string {
  return `at://${did}/app.bsky.feed.post/${rkey}`
}

/** The bsky.app web link of a post. */
export function postUrl(actor: string, rkey: string): string {
  return `https://bsky.app/profile/${actor}/post/${rkey}`
}

/** The rkey of an at:// post URI, or undefined. */
export function rkeyOf(uri: string): string | undefined {
  const slash = uri.lastIndexOf('/')
  return slash === -1 ? undefined : uri.slice(slash + 1)
}

function normaliseTag(tag: string): string | undefined {
  const t = (tag.startsWith('#') ? tag.slice(1) : tag).trim().toLowerCase()
  return t.length > 0 && t.length <= 640 ? t : undefined
}

/** Primary language subtags, lower-case, without repeats ("fr-FR" → "fr"). */
export function normaliseLangs(langs: readonly string[] | undefined): string[] {
  if (!langs || langs.length === 0) return []
  const out: string[] = []
  for (const l of langs) {
    const dash = l.indexOf('-')
    const primary = (dash === -1 ? l : l.slice(0, dash)).toLowerCase()
    if (primary.length >= 2 && primary.length <= 3 && !out.includes(primary)) out.push(primary)
  }
  return out
}

/** Hashtags (tag facets + record tags) and mentioned DIDs of a record. */
export function facetsOf(record: PostRecord): { hashtags: string[]; mentionDids: string[] } {
  const hashtags = new Set<string>()
  const mentionDids = new Set<string>()
  for (const facet of record.facets ?? []) {
    for (const f of facet.features) {
      if (f.$type === 'app.bsky.richtext.facet#tag' && f.tag !== undefined) {
        const t = normaliseTag(f.tag)
        if (t) hashtags.add(t)
      } else if (f.$type === 'app.bsky.richtext.facet#mention' && f.did !== undefined && DID_RE.test(f.did)) {
        mentionDids.add(f.did.toLowerCase())
      }
    }
  }
  for (const tag of record.tags ?? []) {
    const t = normaliseTag(tag)
    if (t) hashtags.add(t)
  }
  return { hashtags: [...hashtags], mentionDids: [...mentionDids] }
}

/** Builds a Post from a record; `author` is the handle when known, else the DID. */
export function recordToPost(did: string, rkey: string, record: PostRecord, fallbackDate: Date, author?: string): Post {
  const { hashtags, mentionDids } = facetsOf(record)
  const t = Date.parse(record.createdAt)
  const post: Post = {
    platform: 'bluesky',
    id: postUri(did, rkey),
    url: postUrl(author ?? did, rkey),
    author: author ?? did,
    authorId: did,
    text: record.text,
    createdAt: Number.isNaN(t) ? fallbackDate : new Date(t),
    hashtags,
    mentions: mentionDids,
    langs: normaliseLangs(record.langs),
  }
  if (record.reply) post.replyTo = record.reply.parent.uri
  return post
}
