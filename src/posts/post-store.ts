/** Writes scored posts in batches, idempotent on (platform, external id). */
import { sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { posts, type NewPostRow } from '../db/schema/index.js'
import type { ScoredPost, StoredPost } from '../types.js'

/** The row to insert for a scored post. */
export function toRow(p: ScoredPost): NewPostRow {
  return {
    platform: p.platform,
    externalId: p.id,
    url: p.url ?? null,
    author: p.author,
    authorId: p.authorId ?? null,
    authorCreatedAt: p.authorCreatedAt ?? null,
    text: p.text,
    createdAt: p.createdAt,
    hashtags: p.hashtags,
    mentions: p.mentions,
    replyTo: p.replyTo ?? null,
    langs: p.langs,
    lang: p.verdict.lang,
    score: p.verdict.score,
    harassment: p.verdict.harassment,
    categories: p.verdict.categories,
    evidence: p.verdict.evidence,
    modelVersion: p.verdict.modelVersion,
  }
}

/** The key that makes a post unique. */
export function postKey(p: { platform: string; id: string }): string {
  return `${p.platform}\u0000${p.id}`
}

/**
 * Inserts the posts that are not stored yet and returns them as stored, in
 * input order. Posts already present (from an earlier run or another writer)
 * are left out. Callers pass posts with distinct keys.
 */
export async function insertNewPosts(db: Database, batch: readonly ScoredPost[]): Promise<StoredPost[]> {
  if (batch.length === 0) return []
  const inserted = await db
    .insert(posts)
    .values(batch.map(toRow))
    .onConflictDoNothing({ target: [posts.platform, posts.externalId] })
    .returning({ id: posts.id, platform: posts.platform, externalId: posts.externalId, seenAt: posts.seenAt })
  const byKey = new Map(inserted.map((r) => [postKey({ platform: r.platform, id: r.externalId }), r]))
  const stored: StoredPost[] = []
  for (const p of batch) {
    const row = byKey.get(postKey(p))
    if (row) stored.push({ ...p, dbId: String(row.id), seenAt: row.seenAt })
  }
  return stored
}

/** Number of stored posts (for reports and tests). */
export async function countPosts(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(posts)
  return row?.n ?? 0
}
