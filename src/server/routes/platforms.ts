/**
 * The platform registry: GET /api/platforms (every entry, with where it comes
 * from), PUT /api/platforms/:id (an administrator's version), DELETE
 * /api/platforms/:id (back to the shipped entry, or a custom one removed).
 */
import * as contract from '../../../contract/platforms.js'
import { ACCESS } from '../../auth/roles.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'
import { actorOf, moderated } from './flags.js'

/** The registry routes. */
export const platformRoutes = routes(
  serve(contract.listPlatforms, ACCESS.platformsRead, async (c) => reply(200, { platforms: await c.var.ctx.platforms.views() })),
  serve(contract.savePlatform, ACCESS.platformsWrite, async (c, { params: { id }, body: definition }) => {
    if (definition.id !== id) throw new ApiError(400, 'bad_request', 'l’identifiant du corps diffère de celui de l’adresse')
    return reply(200, { platform: await moderated(() => c.var.ctx.platforms.save(actorOf(c).name, definition)) })
  }),
  serve(contract.resetPlatform, ACCESS.platformsWrite, async (c, { params: { id } }) => {
    await moderated(() => c.var.ctx.platforms.reset(actorOf(c).name, id))
    return reply(204)
  }),
)
