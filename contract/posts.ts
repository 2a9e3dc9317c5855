/**
 * Searching stored posts (GET /api/posts) and the paging both it and a wave's
 * posts use: newest (or oldest) first, continued by a keyset cursor so that
 * posts arriving meanwhile never shift a page.
 */
import { z } from 'zod'
import { endpoint } from './endpoint.js'
import { PostView } from './post-view.js'

/**
 * Where a page ends: `<createdAt ISO-8601>_<id>` of its last post. The next
 * page starts right after that post in the chosen order. A client may build
 * one from any post it shows (`${post.createdAt}_${post.id}`).
 */
export const PostCursor = z
  .string({ error: 'cursor : repère de page invalide' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z_\d{1,19}$/, 'cursor : repère de page invalide (date ISO-8601 en UTC, « _ », identifiant)')
  .refine((v) => Number.isFinite(Date.parse(v.slice(0, v.indexOf('_')))), 'cursor : date invalide')

/** Order of a list of posts, by time written. */
export const PostOrder = z.enum(['newest', 'oldest'], { error: 'order : newest ou oldest' })
export type PostOrder = z.infer<typeof PostOrder>

/** Posts per page: 1 to 200, 50 by default. */
export const PostLimit = z.coerce
  .number({ error: 'limit doit être un nombre' })
  .int('limit doit être un entier')
  .min(1, 'limit : de 1 à 200')
  .max(200, 'limit : de 1 à 200')
  .default(50)

/** Paging of a list of posts. */
export const PostPaging = z.object({ order: PostOrder.default('newest'), cursor: PostCursor.optional(), limit: PostLimit })

/** A page of posts, and the cursor of the next one (null on the last page). */
export const PostPage = z
  .strictObject({
    posts: z.array(PostView),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PostPage' })
export type PostPage = z.infer<typeof PostPage>

const isoTime = (name: string) =>
  z
    .string({ error: `${name} doit être une date` })
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) && Number.isFinite(Date.parse(v)),
      `${name} : date ISO-8601 (2026-11-01 ou 2026-11-01T10:00:00Z)`,
    )

const handle = (name: string) =>
  z
    .string()
    .trim()
    .max(200, `${name} : 200 caractères au plus`)
    .transform((v) => v.replace(/^@/, ''))
    .refine((v) => v.length > 0, `${name} : vide`)

/** Search criteria; every one is optional and they all apply together. */
export const PostSearchQuery = PostPaging.extend({
  /**
   * French full text, accent- and case-insensitive (« eleve » finds
   * « élève », « élèves »): words must all appear (in any form the French
   * stemmer relates), "a phrase" in this order, -word must not, OR between
   * alternatives.
   */
  q: z.string().trim().max(500, 'q : 500 caractères au plus').optional(),
  /** A hashtag (with or without #), accent- and case-insensitive. */
  hashtag: z
    .string()
    .trim()
    .max(140, 'hashtag : 140 caractères au plus')
    .transform((v) => v.replace(/^#/, ''))
    .refine((v) => v.length > 0 && !/\s/.test(v), 'hashtag : un seul mot, sans espace')
    .optional(),
  /** The author: a handle (« alice » also finds « alice.bsky.social »), or the platform's account id (a DID). */
  author: handle('author').optional(),
  /** An account the post mentions (@handle). */
  mention: handle('mention').optional(),
  platform: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{0,49}$/, 'platform : identifiant de plateforme (bluesky, mastodon, rss…)').optional(),
  /** Written at or after. */
  from: isoTime('from').optional(),
  /** Written before. */
  to: isoTime('to').optional(),
  /** `true`: only posts the classifier marks as harassment. */
  hostile: z.enum(['true', 'false'], { error: 'hostile : true ou false' }).optional(),
  /** A classifier category (insult, threat, self_harm, sexual, identity_hate, body_shaming, doxxing, pile_on, exclusion). */
  category: z.string().regex(/^[a-z_]{1,40}$/, 'category : catégorie du classifieur (insult, threat…)').optional(),
}).refine((v) => v.from === undefined || v.to === undefined || Date.parse(v.from) < Date.parse(v.to), {
  message: 'from doit précéder to',
  path: ['from'],
})
export type PostSearchQuery = z.input<typeof PostSearchQuery>

export const searchPosts = endpoint({
  tag: 'posts',
  method: 'get',
  path: '/api/posts',
  summary: 'Recherche dans les messages enregistrés',
  description:
    'Texte intégral en français, sans tenir compte des accents ni de la casse : tous les mots, "une phrase" dans l’ordre, -mot pour exclure, OR entre deux possibilités. ' +
    'Filtres : hashtag, auteur (pseudo ou identifiant de compte), compte mentionné, plateforme, période [from, to), hostiles seulement, catégorie. ' +
    'Du plus récent au plus ancien (order=oldest : l’inverse), par pages de `limit` ; `nextCursor` donne la page suivante, stable même si des messages arrivent entre-temps.',
  query: PostSearchQuery,
  responses: { 200: PostPage },
})
