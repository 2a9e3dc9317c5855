/** Trends: platform rankings and our own hashtag counts. */
import { z } from 'zod'
import { DateTime } from './common.js'
import { endpoint } from './endpoint.js'

/** One topic of a platform ranking. */
export const TrendTopic = z.strictObject({
  topic: z.string(),
  displayName: z.string().nullable(),
  rank: z.number().int(),
  postCount: z.number().int().nullable(),
  accounts: z.number().int().nullable(),
  startedAt: DateTime.nullable(),
  url: z.string().nullable(),
})
export type TrendTopic = z.infer<typeof TrendTopic>

/** The latest ranking of one platform. */
export const TrendSnapshot = z
  .strictObject({
    platform: z.string(),
    observedAt: DateTime,
    sourceId: z.number().int().nullable(),
    topics: z.array(TrendTopic),
  })
  .meta({ id: 'TrendSnapshot' })
export type TrendSnapshot = z.infer<typeof TrendSnapshot>

/** Our own counts: posts per canonical hashtag over the last hour of stored posts (scenario time). */
export const OwnTrends = z.strictObject({
  /** Start and end of the counted window; null when nothing was counted yet. */
  from: DateTime.nullable(),
  to: DateTime.nullable(),
  tags: z.array(
    z.strictObject({
      /** The folded key that groups a tag's variants (« fot » for #foot, #Foot, #fooot). */
      tag: z.string(),
      /** The tag as people wrote it: its most used variant, without '#' (« foot », « lycée »). */
      written: z.string(),
      posts: z.number().int(),
      hostile: z.number().int(),
    }),
  ),
})
export type OwnTrends = z.infer<typeof OwnTrends>

export const Trends = z.strictObject({ trends: z.array(TrendSnapshot), ours: OwnTrends })
export type Trends = z.infer<typeof Trends>

export const TrendsQuery = z.object({
  platform: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'plateforme invalide (ex. « bluesky », « mastodon »)')
    .optional(),
  limit: z.coerce
    .number({ error: 'limit doit être un nombre' })
    .int('limit doit être un entier')
    .min(1, 'limit doit valoir au moins 1')
    .max(100, 'limit doit valoir au plus 100')
    .default(25),
})
export type TrendsQuery = z.input<typeof TrendsQuery>

export const getTrends = endpoint({
  tag: 'trends',
  method: 'get',
  path: '/api/trends',
  summary: 'Dernières tendances des plateformes et nos propres comptes de hashtags sur la dernière heure',
  query: TrendsQuery,
  responses: { 200: Trends },
})
