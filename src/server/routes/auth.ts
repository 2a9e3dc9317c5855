/** Accounts at the door: POST /api/login, POST /api/logout, GET /api/session, POST /api/setup. */
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import * as contract from '../../../contract/auth.js'
import { appendAudit } from '../../audit/audit-log.js'
import { passwordProblem } from '../../auth/password.js'
import { createSession, deleteSession, SESSION_ABSOLUTE_MS } from '../../auth/session-store.js'
import { authenticate, countUsers, createUser, DuplicateUserError, USER_NAME, UserInputError, userView } from '../../auth/user-service.js'
import type { UserRow } from '../../db/schema/index.js'
import { SESSION_COOKIE, sessionOf } from '../auth.js'
import { clientAddress } from '../client-address.js'
import { reply, routes, serve } from '../endpoint.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'

/** The signed-in user as the contract shows it. */
function who(u: UserRow): contract.SessionUser {
  const { id, name, role } = userView(u)
  return { id, name, role }
}

function secure(c: Context<AppEnv>): boolean {
  return c.var.ctx.cfg.secureCookies || new URL(c.req.url).protocol === 'https:'
}

/** Starts a session for `userId`: sets the cookie, returns the CSRF token. */
async function startSession(c: Context<AppEnv>, userId: number): Promise<string> {
  const { token, csrfToken } = await createSession(c.var.ctx.database.db, userId)
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(c),
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  })
  return csrfToken
}

/** The auth routes. */
export const authRoutes = routes(
  serve(contract.login, 'public', async (c, { body: { name, password } }) => {
    const { ctx } = c.var
    const ip = clientAddress(c) ?? 'local'
    const attempt = { name, ip }
    const verdict = await ctx.auth.limiter.check(attempt)
    if (!verdict.allowed) {
      await appendAudit(ctx.database.db, {
        actor: name,
        action: 'user.login_refused',
        details: { ip, reason: verdict.reason, retryAfter: verdict.retryAfter },
      })
      c.header('Retry-After', String(verdict.retryAfter))
      throw new ApiError(429, 'too_many_attempts', `trop d'essais de connexion : réessayez dans ${Math.ceil(verdict.retryAfter / 60)} min`)
    }
    const user = await authenticate(ctx.database.db, name, password)
    if (!user) {
      await ctx.auth.limiter.failed(attempt)
      await appendAudit(ctx.database.db, { actor: name, action: 'user.login_failed', details: { ip } })
      throw new ApiError(401, 'bad_credentials', 'nom ou mot de passe incorrect')
    }
    await ctx.auth.limiter.succeeded(attempt)
    const csrfToken = await startSession(c, user.id)
    await appendAudit(ctx.database.db, { actor: user.name, action: 'user.login', subject: `user:${user.id}`, details: { ip } })
    return reply(200, { user: who(user), csrfToken })
  }),
  serve(contract.logout, 'signed-in', async (c) => {
    const current = sessionOf(c)
    await deleteSession(c.var.ctx.database.db, current.tokenHash)
    c.var.ctx.hub.publish({ type: 'session.ended', tokenHash: current.tokenHash }) // its WebSockets close now
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    await appendAudit(c.var.ctx.database.db, { actor: current.user.name, action: 'user.logout', subject: `user:${current.user.id}` })
    return reply(204)
  }),
  serve(contract.session, 'signed-in', (c) => {
    const { user, csrfToken } = sessionOf(c)
    return reply(200, { user: who(user), csrfToken })
  }),
  serve(contract.setup, 'public', async (c, { body: input }) => {
    const { db } = c.var.ctx.database
    // Checked before the token is spent, so a typo does not burn it.
    const problem = USER_NAME.test(input.name) ? passwordProblem(input.password) : 'nom invalide (2 à 64 lettres, chiffres, « . », « - » ou « _ »)'
    if (problem) throw new ApiError(400, 'bad_request', problem)
    if ((await countUsers(db)) > 0 || !(await c.var.ctx.auth.setup.consume(input.token))) {
      throw new ApiError(403, 'setup_closed', 'jeton d’installation invalide, expiré ou déjà utilisé')
    }
    try {
      const user = await createUser(db, { name: input.name, role: 'admin', password: input.password })
      await appendAudit(db, { actor: user.name, action: 'user.setup', subject: `user:${user.id}`, details: { role: 'admin' } })
      return reply(201, { user: userView(user) })
    } catch (err) {
      if (err instanceof UserInputError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
      if (err instanceof DuplicateUserError) throw new ApiError(409, 'conflict', err.message, { cause: err })
      throw err
    }
  }),
)
