/**
 * Flags and their review: POST/GET /api/flags, GET /api/flags/:id,
 * POST /api/flags/:id/claim | release | decision.
 */
import type { Context } from 'hono'
import * as contract from '../../../contract/flags.js'
import { ACCESS } from '../../auth/roles.js'
import type { Actor } from '../../moderation/deps.js'
import { ModerationError } from '../../moderation/errors.js'
import { sessionOf } from '../auth.js'
import { reply, routes, serve } from '../endpoint.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'

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

/** The flag and review routes. */
export const flagRoutes = routes(
  serve(contract.createFlags, ACCESS.flags, async (c, { body: input }) => {
    const flags = await moderated(() => c.var.ctx.moderation.flag(actorOf(c), input))
    return reply(201, { flags })
  }),
  serve(contract.listFlags, ACCESS.flags, async (c, { query }) => {
    return reply(200, { flags: await c.var.ctx.moderation.listFlags(query) })
  }),
  serve(contract.getFlag, ACCESS.flags, async (c, { params: { id } }) => {
    return reply(200, await moderated(() => c.var.ctx.moderation.getFlag(id)))
  }),
  serve(contract.claimFlag, ACCESS.review, async (c, { params: { id } }) => {
    return reply(200, { flag: await moderated(() => c.var.ctx.moderation.claim(actorOf(c), id)) })
  }),
  serve(contract.releaseFlag, ACCESS.review, async (c, { params: { id } }) => {
    return reply(200, { flag: await moderated(() => c.var.ctx.moderation.release(actorOf(c), id)) })
  }),
  serve(contract.decideFlag, ACCESS.review, async (c, { params: { id }, body: input }) => {
    return reply(200, await moderated(() => c.var.ctx.moderation.decide(actorOf(c), id, input)))
  }),
)
