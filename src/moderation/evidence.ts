/**
 * Evidence snapshots: the post as stored when it was flagged, frozen as
 * canonical JSON with its SHA-256. Pure: building and checking a snapshot.
 */
import { canonicalJson } from '../audit/canonical-json.js'
import { sha256 } from '../auth/tokens.js'
import type { Evidence } from '../../classifiers/verdict.js'
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
  return canonicalJson(parsed) === s.canonicalJson && sha256(s.canonicalJson) === s.sha256
}

/** The content of a snapshot (its JSON parsed), for notices. */
export function snapshotContent(s: { canonicalJson: string }): SnapshotContent {
  return JSON.parse(s.canonicalJson) as SnapshotContent
}
