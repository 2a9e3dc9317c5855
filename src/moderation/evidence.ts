/**
 * Evidence snapshots: the post as stored when it was flagged, frozen as
 * canonical JSON with its SHA-256. Pure: building and checking a snapshot,
 * and reading its hints back.
 *
 * No version field: the content only ever gains optional keys (`post.hints`),
 * written only when there is something to write, so a post that snapshotted
 * to some bytes before still does, and a snapshot stored before a key existed
 * still verifies (its hash is over its own text, whatever keys it has).
 * Readers take each such key as absent when missing and parse it, never trust
 * it (snapshotHints). A stored snapshot is read through readSnapshot, which
 * checks its JSON against SnapshotContent (zod) and says in French what is
 * wrong when it does not fit (« Instantané illisible : … ») instead of throwing.
 */
import { z } from 'zod'
import { DateTime } from '../../contract/common.js'
import { Hint as HintSchema } from '../../contract/post-view.js'
import { canonicalJson } from '../audit/canonical-json.js'
import { sha256 } from '../auth/tokens.js'
import type { Evidence, Hint } from '../../classifiers/verdict.js'
import type { PostRow } from '../db/schema/index.js'

/** What a snapshot holds (its canonical JSON is what is hashed). */
export interface SnapshotContent {
  flagId: number
  /** Database id of the post (decimal string). */
  postId: string
  category: string
  /** The post matched a victim watch (a minor followed by the helpline). */
  targetIsMinor: boolean
  capturedAt: string
  post: {
    platform: string
    externalId: string
    url: string | null
    author: string
    authorId: string | null
    text: string
    createdAt: string
    hashtags: string[]
    mentions: string[]
    replyTo: string | null
    langs: string[]
    score: number
    categories: string[]
    evidence: Evidence[]
    /**
     * Why a post marked without evidence was marked (Verdict.hints: weak cues or the model's
     * words), as the dashboard showed it when it was flagged. Only on a post without evidence that
     * had hints; absent otherwise, and in snapshots taken before hints were frozen. Read it with
     * snapshotHints.
     */
    hints?: Hint[]
    modelVersion: string
    deletedAt: string | null
    authorStatus: string | null
  }
}

/** A frozen snapshot: its canonical JSON text and the SHA-256 (hex) of that text. */
export interface Snapshot {
  canonicalJson: string
  sha256: string
  capturedAt: Date
}

/**
 * `{ hints }` for a post without evidence that has hints (each with its known keys only), else
 * nothing: a snapshot without hints keeps the bytes it always had.
 */
function frozenHints(post: PostRow): { hints?: Hint[] } {
  if (post.evidence.length > 0 || post.hints.length === 0) return {}
  return {
    hints: post.hints.map((h) => ({ kind: h.kind, match: h.match, start: h.start, end: h.end, ...(h.weight === undefined ? {} : { weight: h.weight }) })),
  }
}

/** Freezes `post` as flagged under `category` at `capturedAt`. */
export function buildSnapshot(
  post: PostRow,
  flag: { id: number; category: string; targetIsMinor: boolean },
  capturedAt: Date,
): Snapshot {
  const content: SnapshotContent = {
    flagId: flag.id,
    postId: String(post.id),
    category: flag.category,
    targetIsMinor: flag.targetIsMinor,
    capturedAt: capturedAt.toISOString(),
    post: {
      platform: post.platform,
      externalId: post.externalId,
      url: post.url,
      author: post.author,
      authorId: post.authorId,
      text: post.text,
      createdAt: post.createdAt.toISOString(),
      hashtags: post.hashtags,
      mentions: post.mentions,
      replyTo: post.replyTo,
      langs: post.langs,
      score: post.score,
      categories: post.categories,
      evidence: post.evidence,
      ...frozenHints(post),
      modelVersion: post.modelVersion,
      deletedAt: post.deletedAt?.toISOString() ?? null,
      authorStatus: post.authorStatus,
    },
  }
  const text = canonicalJson(content)
  return { canonicalJson: text, sha256: sha256(text), capturedAt }
}

/** True when the stored text is canonical JSON and hashes to the stored SHA-256. */
export function verifySnapshot(s: { canonicalJson: string; sha256: string }): boolean {
  let parsed: unknown
  try {
    parsed = JSON.parse(s.canonicalJson)
  } catch {
    return false
  }
  return canonicalJson(parsed) === s.canonicalJson && snapshotHashMatches(s)
}

/**
 * What a stored snapshot must hold to be read: SnapshotContent's keys with their types, dates as
 * ISO strings. Keys it does not know are ignored (a later version may add optional ones), and so
 * are evidence keys past the four it prints. `post.hints` is only required to be an array here:
 * each hint is parsed by snapshotHints, which drops those that do not fit rather than the snapshot.
 */
const SnapshotContentSchema = z.object({
  flagId: z.number().int(),
  postId: z.string(),
  category: z.string(),
  targetIsMinor: z.boolean(),
  capturedAt: DateTime,
  post: z.object({
    platform: z.string(),
    externalId: z.string(),
    url: z.string().nullable(),
    author: z.string(),
    authorId: z.string().nullable(),
    text: z.string(),
    createdAt: DateTime,
    hashtags: z.array(z.string()),
    mentions: z.array(z.string()),
    replyTo: z.string().nullable(),
    langs: z.array(z.string()),
    score: z.number(),
    categories: z.array(z.string()),
    evidence: z.array(z.object({ category: z.string(), match: z.string(), start: z.number().int(), end: z.number().int() })),
    hints: z.array(z.unknown()).optional(),
    modelVersion: z.string(),
    deletedAt: DateTime.nullable(),
    authorStatus: z.string().nullable(),
  }),
})

/** The start of what a case file or a notice says of a snapshot it cannot read. */
export const UNREADABLE_SNAPSHOT = 'Instantané illisible'

/** A stored snapshot read back: its content, or why it cannot be read (French, for a case file). */
export type SnapshotRead = { ok: true; content: SnapshotContent } | { ok: false; reason: string }

/** Most fields named in the reason a snapshot cannot be read. */
const MAX_REASON_FIELDS = 3

/**
 * The content of a stored snapshot, checked rather than cast (the row may have been damaged or
 * written by another version): `{ ok: false, reason }` when its text is not JSON or does not fit
 * SnapshotContent, e.g. « le JSON conservé ne se lit pas » or « champ post.text absent ou
 * invalide ». The content is the stored object (keys in their stored order), except its hints:
 * those that do not fit the text are dropped (snapshotHints). Never throws.
 */
export function readSnapshot(s: { canonicalJson: string }): SnapshotRead {
  let raw: unknown
  try {
    raw = JSON.parse(s.canonicalJson)
  } catch {
    return { ok: false, reason: 'le JSON conservé ne se lit pas' }
  }
  const parsed = SnapshotContentSchema.safeParse(raw)
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'racine'))]
    const named = fields.slice(0, MAX_REASON_FIELDS).map((f) => `champ ${f} absent ou invalide`)
    return { ok: false, reason: `${named.join(' ; ')}${fields.length > MAX_REASON_FIELDS ? ' ; …' : ''}` }
  }
  // The stored object itself, now checked: its keys in their stored order, keys of later versions
  // kept. Evidence categories are open strings: one this version does not know prints as it is.
  const content = raw as SnapshotContent
  const hints = snapshotHints(content)
  const { hints: _dropped, ...withoutHints } = content.post
  return { ok: true, content: { ...content, post: hints.length > 0 ? { ...content.post, hints } : withoutHints } }
}

/** The content of a snapshot (readSnapshot); throws « Instantané illisible : … » when it cannot be read. */
export function snapshotContent(s: { canonicalJson: string }): SnapshotContent {
  const read = readSnapshot(s)
  if (!read.ok) throw new Error(`${UNREADABLE_SNAPSHOT} : ${read.reason}`)
  return read.content
}

/** True when the stored text hashes to the stored SHA-256, whether or not it reads as a snapshot. */
export function snapshotHashMatches(s: { canonicalJson: string; sha256: string }): boolean {
  return sha256(s.canonicalJson) === s.sha256
}

/** Most hints read back from one snapshot (a post holds a handful; more is not ours). */
export const MAX_SNAPSHOT_HINTS = 20

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** True when offset `i` of `text` is not between the two halves of a surrogate pair. */
function onCharBoundary(text: string, i: number): boolean {
  return i === 0 || i === text.length || !(isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i)))
}

/**
 * The hints of a stored snapshot's content, parsed rather than trusted (the post was written by a
 * stranger and the JSON read back from the database): none unless the frozen post has a text and
 * no evidence; each hint must match the wire schema (post-view.ts `Hint`: a known kind, integer
 * offsets, no extra key), lie inside the text on whole characters (start < end), and its `match`
 * must be the text there; a weight that is not a positive finite number is dropped. In text
 * order, the first of overlapping hints kept, at most MAX_SNAPSHOT_HINTS. Never throws.
 */
export function snapshotHints(content: unknown): Hint[] {
  const post = (content as { post?: unknown } | null)?.post
  if (typeof post !== 'object' || post === null) return []
  const { text, evidence, hints } = post as { text?: unknown; evidence?: unknown; hints?: unknown }
  if (typeof text !== 'string' || !Array.isArray(hints) || (Array.isArray(evidence) && evidence.length > 0)) return []
  const valid: Hint[] = []
  for (const raw of hints.slice(0, 4 * MAX_SNAPSHOT_HINTS)) {
    const parsed = HintSchema.safeParse(raw)
    if (!parsed.success) continue
    const { kind, match, start, end, weight } = parsed.data
    if (start < 0 || end > text.length || start >= end || !onCharBoundary(text, start) || !onCharBoundary(text, end)) continue
    if (text.slice(start, end) !== match) continue
    valid.push({ kind, match, start, end, ...(weight !== undefined && Number.isFinite(weight) && weight > 0 ? { weight } : {}) })
  }
  valid.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Hint[] = []
  for (const h of valid) {
    const last = out.at(-1)
    if (last !== undefined && h.start < last.end) continue
    out.push(h)
    if (out.length === MAX_SNAPSHOT_HINTS) break
  }
  return out
}
