/** Admin only: GET/POST /api/users, PATCH /api/users/:id. */
import { Hono } from 'hono'
import { z } from 'zod'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS, ROLES } from '../../auth/roles.js'
import { createUser, DuplicateUserError, listUsers, updateUser, UserInputError, userView } from '../../auth/user-service.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { requireRole, sessionOf } from '../auth.js'
import { parseJsonBody } from '../validate.js'

const role = z.enum(ROLES, { error: `role : ${ROLES.join(', ')}` })
const createSchema = z.strictObject({ name: z.string(), role, password: z.string() })
const patchSchema = z
  .strictObject({ role: role.optional(), disabled: z.boolean().optional(), password: z.string().optional() })
  .refine((p) => Object.keys(p).length > 0, 'rien à modifier')

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof UserInputError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
    if (err instanceof DuplicateUserError) throw new ApiError(409, 'conflict', err.message, { cause: err })
    throw err
  }
}

const admin = requireRole(ACCESS.users)

/** The users routes. */
export const userRoutes = new Hono<AppEnv>()
  .get('/api/users', admin, async (c) => {
    return c.json({ users: (await listUsers(c.var.ctx.database.db)).map(userView) })
  })
  .post('/api/users', admin, async (c) => {
    const input = await parseJsonBody(c, createSchema)
    const { db } = c.var.ctx.database
    const user = await mapped(() => createUser(db, input))
    await appendAudit(db, { actor: sessionOf(c).user.name, action: 'user.create', subject: `user:${user.id}`, details: { name: user.name, role: user.role } })
    return c.json({ user: userView(user) }, 201)
  })
  .patch('/api/users/:id', admin, async (c) => {
    const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(c.req.param('id'))
    if (!id.success) throw new ApiError(400, 'bad_request', "identifiant d'utilisateur invalide")
    const patch = await parseJsonBody(c, patchSchema)
    const { db } = c.var.ctx.database
    const me = sessionOf(c).user
    // An admin cannot lock themselves out (and so remove the last admin by mistake).
    if (id.data === me.id && (patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin'))) {
      throw new ApiError(409, 'conflict', 'vous ne pouvez ni désactiver votre compte ni retirer votre propre rôle admin')
    }
    const user = await mapped(() => updateUser(db, id.data, patch))
    if (!user) throw new ApiError(404, 'not_found', `utilisateur ${id.data} introuvable`)
    // A disabled account, a new role or a new password ends the user's open WebSockets now.
    if (patch.disabled === true || patch.role !== undefined || patch.password !== undefined) {
      c.var.ctx.hub.publish({ type: 'session.ended', userId: user.id })
    }
    const details: Record<string, unknown> = {}
    if (patch.role !== undefined) details.role = patch.role
    if (patch.disabled !== undefined) details.disabled = patch.disabled
    if (patch.password !== undefined) details.password = 'changé'
    await appendAudit(db, { actor: me.name, action: 'user.update', subject: `user:${user.id}`, details })
    return c.json({ user: userView(user) })
  })
