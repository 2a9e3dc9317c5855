/**
 * The platform registry: GET /api/platforms (every entry, with where it comes
 * from), PUT /api/platforms/:id (an administrator's version), DELETE
 * /api/platforms/:id (back to the shipped entry, or a custom one removed).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { PlatformDefinition } from '../../../contract/platforms.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody } from '../validate.js'
import { actorOf, moderated } from './flags.js'

const platformId = (raw: string | undefined): string => {
  const id = z.string().regex(/^[a-z][a-z0-9-]{0,30}$/).safeParse(raw)
  if (!id.success) throw new ApiError(400, 'bad_request', 'identifiant de plateforme invalide')
  return id.data
}

/** The registry routes. */
export const platformRoutes = new Hono<AppEnv>()
  .get('/api/platforms', requireRole(ACCESS.platformsRead), async (c) => c.json({ platforms: await c.var.ctx.platforms.views() }))
  .put('/api/platforms/:id', requireRole(ACCESS.platformsWrite), async (c) => {
    const id = platformId(c.req.param('id'))
    const definition = await parseJsonBody(c, PlatformDefinition)
    if (definition.id !== id) throw new ApiError(400, 'bad_request', 'l’identifiant du corps diffère de celui de l’adresse')
    return c.json({ platform: await moderated(() => c.var.ctx.platforms.save(actorOf(c).name, definition)) })
  })
  .delete('/api/platforms/:id', requireRole(ACCESS.platformsWrite), async (c) => {
    const id = platformId(c.req.param('id'))
    await moderated(() => c.var.ctx.platforms.reset(actorOf(c).name, id))
    return c.body(null, 204)
  })
