/** The public shape of a stored post, as served by the API, the WebSocket and evidence snapshots. */
import type { PostView } from '../../contract/post-view.js'
import type { PostRow } from '../db/schema/index.js'
import type { StoredPost } from '../types.js'

/** The wire shape (contract/post-view.ts). */
export type { PostView }

/** A post row as its public view. */
export function postView(p: PostRow): PostView {
  return {
    id: String(p.id),
    platform: p.platform,
    externalId: p.externalId,
    url: p.url,
    author: p.author,
    text: p.text,
    createdAt: p.createdAt.toISOString(),
    hashtags: p.hashtags,
    mentions: p.mentions,
    score: p.score,
    harassment: p.harassment,
    categories: p.categories,
    evidence: p.evidence,
    ...(p.hints.length > 0 ? { hints: p.hints } : {}),
    deletedAt: p.deletedAt?.toISOString() ?? null,
  }
}

/** A post fresh from the pipeline as its public view. */
export function storedPostView(p: StoredPost): PostView {
  return {
    id: p.dbId,
    platform: p.platform,
    externalId: p.id,
    url: p.url ?? null,
    author: p.author,
    text: p.text,
    createdAt: p.createdAt.toISOString(),
    hashtags: p.hashtags,
    mentions: p.mentions,
    score: p.verdict.score,
    harassment: p.verdict.harassment,
    categories: p.verdict.categories,
    evidence: p.verdict.evidence,
    ...(p.verdict.hints !== undefined && p.verdict.hints.length > 0 ? { hints: p.verdict.hints } : {}),
    deletedAt: null,
  }
}
