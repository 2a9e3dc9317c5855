/** A stored post as the API, the WebSocket and evidence snapshots show it. */
import { z } from 'zod'
import { DateTime } from './common.js'

/** Why the classifier scored a post: the matched words and their place in the text. */
export const Evidence = z
  .strictObject({
    /** Classifier category (`insult`, `threat`, `pile_on`…). */
    category: z.string(),
    /** The matched text, as written in the post. */
    match: z.string(),
    /** UTF-16 offsets into the post text, end exclusive. */
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: 'Evidence' })
export type Evidence = z.infer<typeof Evidence>

/**
 * Why the classifier marked a post that carries no evidence: hostile words said of no one
 * (`weak`), or the words that weighed most toward the model's score (`model`, with `weight`, the
 * word's share of the model's logit). Not evidence: no category.
 */
export const Hint = z
  .strictObject({
    kind: z.enum(['weak', 'model']),
    /** The hinted text, as written in the post. */
    match: z.string(),
    /** UTF-16 offsets into the post text, end exclusive. */
    start: z.number().int(),
    end: z.number().int(),
    weight: z.number().optional(),
  })
  .meta({ id: 'Hint' })
export type Hint = z.infer<typeof Hint>

/** A stored post. Its text, author and tags are written by strangers: show them as text only. */
export const PostView = z
  .strictObject({
    /** Database id (bigint, as a decimal string). */
    id: z.string(),
    platform: z.string(),
    /** The platform's id for the post. */
    externalId: z.string(),
    url: z.string().nullable(),
    author: z.string(),
    text: z.string(),
    createdAt: DateTime,
    hashtags: z.array(z.string()),
    mentions: z.array(z.string()),
    /** Harassment score, 0..1. */
    score: z.number(),
    harassment: z.boolean(),
    categories: z.array(z.string()),
    evidence: z.array(Evidence),
    /** Only on a post marked without evidence (see Hint); absent otherwise. */
    hints: z.array(Hint).optional(),
    /** When the platform reported the post deleted; null while it is online. */
    deletedAt: DateTime.nullable(),
  })
  .meta({ id: 'PostView' })
export type PostView = z.infer<typeof PostView>
