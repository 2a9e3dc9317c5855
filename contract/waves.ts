/** Waves and pile-ons: the ranked list and one wave with its posts. */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint } from './endpoint.js'
import { PostView } from './post-view.js'
import { PostPage, PostPaging } from './posts.js'

/** A detected hashtag wave or pile-on on one account. */
export const WaveView = z
  .strictObject({
    id: z.number().int(),
    /** `hashtag`: a tag and its variants; `target`: a pile-on on one account. */
    kind: z.enum(['hashtag', 'target']),
    /** The canonical tag, or the targeted handle. */
    key: z.string(),
    status: z.enum(['emerging', 'active', 'declining', 'closed']),
    /** Scenario time of the first post of the episode. */
    onsetAt: DateTime,
    openedAt: DateTime,
    peakAt: DateTime,
    closedAt: DateTime.nullable(),
    score: z.number(),
    posts: z.number().int(),
    hostile: z.number().int(),
    authors: z.number().int(),
    /** hostile / posts, 0..1. */
    hostileShare: z.number(),
    /** Why it opened, in French. */
    reasons: z.array(z.string()),
  })
  .meta({ id: 'WaveView' })
export type WaveView = z.infer<typeof WaveView>

/** Posts and hostile posts per minute over the last 30 minutes of a wave (scenario time). */
export const WaveSpark = z
  .strictObject({
    /** Start of the first minute. */
    from: DateTime,
    posts: z.array(z.number().int()),
    hostile: z.array(z.number().int()),
  })
  .meta({ id: 'WaveSpark' })
export type WaveSpark = z.infer<typeof WaveSpark>

/** A wave in the list, with its sparkline. */
export const WaveListItem = WaveView.extend({ spark: WaveSpark.optional() })
export type WaveListItem = z.infer<typeof WaveListItem>

export const WaveList = z.strictObject({ waves: z.array(WaveListItem) })
export type WaveList = z.infer<typeof WaveList>

/** Posts of a wave shown with its detail (the newest); the others come page by page from GET /api/waves/:id/posts. */
export const WAVE_DETAIL_POSTS = 50

/** A wave with its timeline, top authors, variants and newest posts. */
export const WaveDetail = z
  .strictObject({
    wave: WaveView.extend({ stats: z.record(z.string(), z.number()) }),
    variants: z.array(z.strictObject({ variant: z.string(), posts: z.number().int() })),
    timeline: z.array(z.strictObject({ minute: DateTime, posts: z.number().int(), hostile: z.number().int() })),
    topAuthors: z.array(z.strictObject({ author: z.string(), posts: z.number().int(), hostile: z.number().int() })),
    /** The WAVE_DETAIL_POSTS newest posts. */
    posts: z.array(PostView),
    /** Cursor of the next (older) page for GET /api/waves/:id/posts; null when every post is above. */
    postsCursor: z.string().nullable(),
  })
  .meta({ id: 'WaveDetail' })
export type WaveDetail = z.infer<typeof WaveDetail>

export const WaveListQuery = z.object({
  status: z.enum(['open', 'closed', 'all'], { error: 'status : open, closed ou all' }).default('open'),
  kind: z.enum(['hashtag', 'target'], { error: 'kind : hashtag ou target' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
export type WaveListQuery = z.input<typeof WaveListQuery>

export const listWaves = endpoint({
  tag: 'waves',
  method: 'get',
  path: '/api/waves',
  summary: 'Vagues classées par score',
  query: WaveListQuery,
  responses: { 200: WaveList },
})

export const getWave = endpoint({
  tag: 'waves',
  method: 'get',
  path: '/api/waves/:id',
  summary: 'Une vague : chronologie par minute, principaux auteurs, variantes, raisons et ses 50 messages les plus récents',
  params: idParams('identifiant de vague invalide'),
  responses: { 200: WaveDetail },
  errors: { 404: 'vague introuvable' },
})

export const WavePostsQuery = PostPaging
export type WavePostsQuery = z.input<typeof WavePostsQuery>

export const listWavePosts = endpoint({
  tag: 'waves',
  method: 'get',
  path: '/api/waves/:id/posts',
  summary: 'Tous les messages d’une vague, page par page',
  description: 'Du plus récent au plus ancien (order=oldest : du premier au dernier), par pages de `limit` ; `nextCursor` donne la page suivante, stable même si la vague grossit entre-temps.',
  params: idParams('identifiant de vague invalide'),
  query: WavePostsQuery,
  responses: { 200: PostPage },
  errors: { 404: 'vague introuvable' },
})
