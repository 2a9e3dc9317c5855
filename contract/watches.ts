/**
 * Victim watches and their alerts. A watch holds the names of a minor: only
 * its owner (a counsellor) and admins may read it; any other id answers 404.
 */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint } from './endpoint.js'
import { PostView } from './post-view.js'

/** A name, variant, handle or school as typed (trimmed; the server also cleans it). */
const term = z
  .string()
  .trim()
  .min(2, 'un terme doit compter au moins 2 caractères')
  .max(120, 'un terme est limité à 120 caractères')

/** A new watch, as a counsellor defines it. */
export const WatchCreate = z
  .object({
    /** Display name, e.g. « Mila Dupont »; it is also one of the names. */
    label: term,
    /** Name variants and nicknames. */
    names: z.array(term).max(30, '30 variantes au plus').default([]),
    /** Accounts (`@handle`). */
    handles: z.array(term).max(20, '20 comptes au plus').default([]),
    school: term.nullish().transform((v) => v ?? null),
    /** An http(s) URL that receives signed JSON alerts. */
    webhookUrl: z
      .url({ protocol: /^https?$/, error: 'webhookUrl doit être une URL http(s)' })
      .max(2048)
      .nullish()
      .transform((v) => v ?? null),
    /** HMAC-SHA256 key of the webhook signature; never returned. */
    webhookSecret: z.string().min(16, 'webhookSecret : 16 caractères au moins').max(256).nullish().transform((v) => v ?? null),
  })
  .strict()
export type WatchCreate = z.input<typeof WatchCreate>

/** A watch change: any field of a new watch, plus `active`; at least one. */
export const WatchPatch = WatchCreate.partial()
  .extend({ active: z.boolean({ error: 'active : vrai ou faux' }).optional() })
  .strict()
export type WatchPatch = z.input<typeof WatchPatch>

/** A watch as its owner and admins see it (the webhook secret never leaves the server). */
export const WatchView = z
  .strictObject({
    id: z.number().int(),
    /** The counsellor who owns it; null when made from the command line. */
    ownerId: z.number().int().nullable(),
    label: z.string(),
    names: z.array(z.string()),
    handles: z.array(z.string()),
    school: z.string().nullable(),
    webhookUrl: z.string().nullable(),
    hasWebhookSecret: z.boolean(),
    /** The latest webhook of this watch given up after its retries (French reason), unless one went out since; null otherwise. */
    webhookFailure: z.strictObject({ at: DateTime, error: z.string() }).nullable(),
    active: z.boolean(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .meta({ id: 'WatchView' })
export type WatchView = z.infer<typeof WatchView>

/** Grouped posts on one watch. It carries the watch id, never the victim's name. */
export const AlertView = z
  .strictObject({
    id: z.number().int(),
    watchId: z.number().int(),
    status: z.enum(['open', 'closed']),
    firstAt: DateTime,
    lastAt: DateTime,
    posts: z.number().int(),
    hostile: z.number().int(),
    /** The wave the posts belong to, when there is one. */
    waveId: z.number().int().nullable(),
  })
  .meta({ id: 'AlertView' })
export type AlertView = z.infer<typeof AlertView>

/** An alert with its watch's label (GET /api/alerts). */
export const AlertListItem = AlertView.extend({ watch: z.string() })
export type AlertListItem = z.infer<typeof AlertListItem>

/** One post a watch matched. */
export const WatchMatch = z.strictObject({ term: z.string(), hostile: z.boolean(), postedAt: DateTime, post: PostView })
export type WatchMatch = z.infer<typeof WatchMatch>

export const MatchesQuery = z.object({
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int().min(1, 'limit : 1 à 500').max(500, 'limit : 1 à 500').default(100),
  /** Older than this post time (paging). */
  before: z.iso.datetime({ offset: true, error: 'before : date ISO-8601' }).optional(),
})
export type MatchesQuery = z.input<typeof MatchesQuery>

const watchBody = z.strictObject({ watch: WatchView })
const watchId = idParams('identifiant de veille invalide')
const notFound = { 404: 'veille introuvable (ou celle d’un autre)' }
const own = 'Une conseillère ne voit que ses veilles ; un admin les voit toutes.'

export const listWatches = endpoint({
  tag: 'watches',
  method: 'get',
  path: '/api/watches',
  summary: 'Les veilles',
  description: own,
  responses: { 200: z.strictObject({ watches: z.array(WatchView) }) },
})

export const createWatch = endpoint({
  tag: 'watches',
  method: 'post',
  path: '/api/watches',
  summary: 'Crée une veille sur une victime (noms, variantes, comptes)',
  description: 'Le journal d’audit ne garde que l’identifiant de la veille, jamais les noms.',
  body: WatchCreate,
  responses: { 201: watchBody },
})

export const getWatch = endpoint({
  tag: 'watches',
  method: 'get',
  path: '/api/watches/:id',
  summary: 'Une veille',
  description: own,
  params: watchId,
  responses: { 200: watchBody },
  errors: notFound,
})

export const patchWatch = endpoint({
  tag: 'watches',
  method: 'patch',
  path: '/api/watches/:id',
  summary: 'Modifie une veille (les champs envoyés seulement) ou la met en pause (`active`)',
  description: own,
  params: watchId,
  body: WatchPatch,
  responses: { 200: watchBody },
  errors: notFound,
})

export const listMatches = endpoint({
  tag: 'watches',
  method: 'get',
  path: '/api/watches/:id/matches',
  summary: 'Les publications qui ont touché une veille, les plus récentes d’abord',
  description: own,
  params: watchId,
  query: MatchesQuery,
  responses: { 200: z.strictObject({ matches: z.array(WatchMatch) }) },
  errors: notFound,
})

export const listAlerts = endpoint({
  tag: 'watches',
  method: 'get',
  path: '/api/alerts',
  summary: 'Les alertes groupées, avec le nom de leur veille',
  description: own,
  responses: { 200: z.strictObject({ alerts: z.array(AlertListItem) }) },
})
