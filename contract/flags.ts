/** Flags and their review (four eyes: nobody confirms their own flag). */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint } from './endpoint.js'
import { PostView } from './post-view.js'
import { TakedownView } from './takedowns.js'

/** Every DSA category a post can be flagged under, in the order shown to users. */
export const DSA_CATEGORIES = [
  'harassment',
  'threat',
  'sexual_blackmail',
  'non_consensual_intimate_image',
  'doxxing',
  'hate',
  'self_harm_incitement',
] as const

export const FLAG_STATUSES = ['pending', 'claimed', 'confirmed', 'rejected'] as const
export const FlagStatus = z.enum(FLAG_STATUSES)
export type FlagStatus = z.infer<typeof FlagStatus>

/** A flag as served; user fields hold user names. */
export const FlagView = z
  .strictObject({
    id: z.number().int(),
    postId: z.string(),
    post: PostView,
    /** A DSA category. */
    category: z.string(),
    note: z.string().nullable(),
    status: FlagStatus,
    flaggedBy: z.string(),
    flaggedAt: DateTime,
    claimedBy: z.string().nullable(),
    claimedAt: DateTime.nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: DateTime.nullable(),
    decisionNote: z.string().nullable(),
    /** SHA-256 of the evidence snapshot frozen when the post was flagged. */
    evidenceSha256: z.string(),
    capturedAt: DateTime,
  })
  .meta({ id: 'FlagView' })
export type FlagView = z.infer<typeof FlagView>

/** A flag with its evidence snapshot, the hash recomputed now (`verified`). */
export const FlagDetail = z.strictObject({
  flag: FlagView,
  snapshot: z.strictObject({ canonicalJson: z.string(), sha256: z.string(), capturedAt: DateTime, verified: z.boolean() }),
})
export type FlagDetail = z.infer<typeof FlagDetail>

const note = z
  .string({ error: 'la note doit être du texte' })
  .max(2000, 'la note fait au plus 2 000 caractères')
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s))
  .optional()

/** Flags posts: one flag per post, its evidence frozen. */
export const FlagCreate = z.strictObject(
  {
    postIds: z
      .array(z.string({ error: 'identifiant de publication attendu (texte)' }).regex(/^[1-9][0-9]{0,14}$/, 'identifiant de publication invalide'), {
        error: 'postIds doit être une liste d’identifiants de publications',
      })
      .min(1, 'choisissez au moins une publication')
      .max(100, 'au plus 100 publications par signalement'),
    category: z.enum(DSA_CATEGORIES, { error: `catégorie : l’une de ${DSA_CATEGORIES.join(', ')}` }),
    note,
  },
  { error: 'champ inconnu : postIds, category et note seulement' },
)
export type FlagCreate = z.input<typeof FlagCreate>

export const FlagListQuery = z.object({
  status: z.enum(FLAG_STATUSES, { error: 'status : pending, claimed, confirmed ou rejected' }).optional(),
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(50),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})
export type FlagListQuery = z.input<typeof FlagListQuery>

export const Decision = z.strictObject(
  {
    decision: z.enum(['confirm', 'reject'], { error: 'decision : confirm ou reject' }),
    note,
  },
  { error: 'champ inconnu : decision et note seulement' },
)
export type Decision = z.input<typeof Decision>

export const FlagBody = z.strictObject({ flag: FlagView })
export type FlagBody = z.infer<typeof FlagBody>

/** A decision's answer: the flag, and on confirmation the takedown requests made. */
export const Decided = z.strictObject({ flag: FlagView, takedowns: z.array(TakedownView) })
export type Decided = z.infer<typeof Decided>

const flagId = idParams('identifiant de signalement invalide')
const review = { 403: 'pas son propre signalement (four_eyes)', 404: 'signalement introuvable', 409: 'déjà pris ou décidé par un autre' }

export const createFlags = endpoint({
  tag: 'flags',
  method: 'post',
  path: '/api/flags',
  summary: 'Signale des publications : un signalement par publication, preuve figée',
  description: 'Une publication déjà signalée (en attente, prise ou confirmée) renvoie son signalement ouvert.',
  body: FlagCreate,
  responses: { 201: z.strictObject({ flags: z.array(FlagView) }) },
  errors: { 404: 'publication introuvable' },
})

export const listFlags = endpoint({
  tag: 'flags',
  method: 'get',
  path: '/api/flags',
  summary: 'La file de relecture (en attente et pris par défaut), les plus récents d’abord',
  query: FlagListQuery,
  responses: { 200: z.strictObject({ flags: z.array(FlagView) }) },
})

export const getFlag = endpoint({
  tag: 'flags',
  method: 'get',
  path: '/api/flags/:id',
  summary: 'Un signalement et son instantané de preuve vérifié',
  params: flagId,
  responses: { 200: FlagDetail },
  errors: { 404: 'signalement introuvable' },
})

export const claimFlag = endpoint({
  tag: 'flags',
  method: 'post',
  path: '/api/flags/:id/claim',
  summary: 'Prend un signalement en relecture',
  params: flagId,
  responses: { 200: FlagBody },
  errors: review,
})

export const releaseFlag = endpoint({
  tag: 'flags',
  method: 'post',
  path: '/api/flags/:id/release',
  summary: 'Rend un signalement pris',
  params: flagId,
  responses: { 200: FlagBody },
  errors: review,
})

export const decideFlag = endpoint({
  tag: 'flags',
  method: 'post',
  path: '/api/flags/:id/decision',
  summary: 'Confirme ou rejette un signalement pris ; une confirmation crée les demandes de retrait',
  params: flagId,
  body: Decision,
  responses: { 200: Decided },
  errors: review,
})
