/** Admin only: GET/POST /api/users, PATCH /api/users/:id. */
import * as contract from '../../../contract/users.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { createUser, DuplicateUserError, listUsers, updateUser, UserInputError, userView } from '../../auth/user-service.js'
import { sessionOf } from '../auth.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof UserInputError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
    if (err instanceof DuplicateUserError) throw new ApiError(409, 'conflict', err.message, { cause: err })
    throw err
  }
}

/** The users routes. */
export const userRoutes = routes(
  serve(contract.listUsers, ACCESS.users, async (c) => {
    return reply(200, { users: (await listUsers(c.var.ctx.database.db)).map(userView) })
  }),
  serve(contract.createUser, ACCESS.users, async (c, { body: input }) => {
    const { db } = c.var.ctx.database
    const user = await mapped(() => createUser(db, input))
    await appendAudit(db, { actor: sessionOf(c).user.name, action: 'user.create', subject: `user:${user.id}`, details: { name: user.name, role: user.role } })
    return reply(201, { user: userView(user) })
  }),
  serve(contract.patchUser, ACCESS.users, async (c, { params: { id }, body: patch }) => {
    const { db } = c.var.ctx.database
    const me = sessionOf(c).user
    // An admin cannot lock themselves out (and so remove the last admin by mistake).
    if (id === me.id && (patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin'))) {
      throw new ApiError(409, 'conflict', 'vous ne pouvez ni désactiver votre compte ni retirer votre propre rôle admin')
    }
    const user = await mapped(() => updateUser(db, id, patch))
    if (!user) throw new ApiError(404, 'not_found', `compte ${id} introuvable`)
    // A disabled account, a new role or a new password ends the user's open WebSockets now.
    if (patch.disabled === true || patch.role !== undefined || patch.password !== undefined) {
      c.var.ctx.hub.publish({ type: 'session.ended', userId: user.id })
    }
    const details: Record<string, unknown> = {}
    if (patch.role !== undefined) details.role = patch.role
    if (patch.disabled !== undefined) details.disabled = patch.disabled
    if (patch.password !== undefined) details.password = 'changé'
    await appendAudit(db, { actor: me.name, action: 'user.update', subject: `user:${user.id}`, details })
    return reply(200, { user: userView(user) })
  }),
)
