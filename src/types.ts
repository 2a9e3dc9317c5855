/**
 * Posts inside the service: watchers produce `Post`s (contract/post.ts), the
 * pipeline scores and stores them, the hub publishes them.
 */
import type { Post } from '../contract/post.js'
import type { Verdict } from '../classifiers/verdict.js'

export type { Post }

/** A post once scored by the classifier. */
export interface ScoredPost extends Post {
  verdict: Verdict
}

/** A post as stored, with the database id and the time Vigie first saw it. */
export interface StoredPost extends ScoredPost {
  /** Database id (bigint, as a string). */
  dbId: string
  seenAt: Date
}
