/**
 * Flags and their review: POST/GET /api/flags, GET /api/flags/:id,
 * POST /api/flags/:id/claim | release | decision.
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { ACCESS } from '../../auth/roles.js'
import { DSA_CATEGORIES } from '../../moderation/categories.js'
import type { Actor } from '../../moderation/deps.js'
import { ModerationError } from '../../moderation/errors.js'
import { requireRole, sessionOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody, parseQuery } from '../validate.js'

const STATUS_BY_CODE = { not_found: 404, four_eyes: 403, conflict: 409, bad_request: 400, upstream: 502 } as const

/** Runs a moderation action, turning its refusals into API errors. */
export async function moderated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof ModerationError) throw new ApiError(STATUS_BY_CODE[err.code], err.code, err.message, { cause: err })
    throw err
  }
}

/** The signed-in user as a moderation actor. */
export function actorOf(c: Context<AppEnv>): Actor {
  const { user } = sessionOf(c)
  return { id: user.id, name: user.name, role: user.role }
}

/** A positive integer id from the path, or a 400 saying what it should identify. */
export function idParam(c: Context<AppEnv>, what: string): number {
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(c.req.param('id'))
  if (!id.success) throw new ApiError(400, 'bad_request', `identifiant de ${what} invalide`)
  return id.data
}

const note = z
  .string({ error: 'la note doit être du texte' })
  .max(2000, 'la note fait au plus 2 000 caractères')
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s))
  .optional()

const flagSchema = z.strictObject(
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

const listSchema = z.object({
  status: z.enum(['pending', 'claimed', 'confirmed', 'rejected'], { error: 'status : pending, claimed, confirmed ou rejected' }).optional(),
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(50),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})

const decisionSchema = z.strictObject(
  {
    decision: z.enum(['confirm', 'reject'], { error: 'decision : confirm ou reject' }),
    note,
  },
  { error: 'champ inconnu : decision et note seulement' },
)

const flaggers = requireRole(ACCESS.flags)
const reviewers = requireRole(ACCESS.review)

/** The flag and review routes. */
export const flagRoutes = new Hono<AppEnv>()
  .post('/api/flags', flaggers, async (c) => {
    const input = await parseJsonBody(c, flagSchema)
    const flags = await moderated(() => c.var.ctx.moderation.flag(actorOf(c), input))
    return c.json({ flags }, 201)
  })
  .get('/api/flags', flaggers, async (c) => {
    const query = parseQuery(c, listSchema)
    return c.json({ flags: await c.var.ctx.moderation.listFlags(query) })
  })
  .get('/api/flags/:id', flaggers, async (c) => {
    const id = idParam(c, 'signalement')
    return c.json(await moderated(() => c.var.ctx.moderation.getFlag(id)))
  })
  .post('/api/flags/:id/claim', reviewers, async (c) => {
    const id = idParam(c, 'signalement')
    return c.json({ flag: await moderated(() => c.var.ctx.moderation.claim(actorOf(c), id)) })
  })
  .post('/api/flags/:id/release', reviewers, async (c) => {
    const id = idParam(c, 'signalement')
    return c.json({ flag: await moderated(() => c.var.ctx.moderation.release(actorOf(c), id)) })
  })
  .post('/api/flags/:id/decision', reviewers, async (c) => {
    const id = idParam(c, 'signalement')
    const input = await parseJsonBody(c, decisionSchema)
    return c.json(await moderated(() => c.var.ctx.moderation.decide(actorOf(c), id, input)))
  })
