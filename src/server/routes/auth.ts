/** Accounts at the door: POST /api/login, POST /api/logout, GET /api/session, POST /api/setup. */
import { Hono, type Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { appendAudit } from '../../audit/audit-log.js'
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../../auth/password.js'
import { createSession, deleteSession, SESSION_ABSOLUTE_MS } from '../../auth/session-store.js'
import { authenticate, countUsers, createUser, DuplicateUserError, USER_NAME, UserInputError, userView } from '../../auth/user-service.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { peerAddress, SESSION_COOKIE, sessionOf } from '../auth.js'
import { parseJsonBody } from '../validate.js'

const loginSchema = z.object({
  name: z.string().min(1, 'name : obligatoire').max(64),
  password: z.string().min(1, 'password : obligatoire').max(MAX_PASSWORD_LENGTH),
})
const setupSchema = z.object({ token: z.string().min(1).max(200), name: z.string(), password: z.string() })

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
export const authRoutes = new Hono<AppEnv>()
  .post('/api/login', async (c) => {
    const { name, password } = await parseJsonBody(c, loginSchema)
    const { ctx } = c.var
    const ip = peerAddress(c) ?? 'local'
    const keys = [`ip:${ip}`, `name:${name.toLowerCase()}`]
    const wait = ctx.auth.limiter.retryAfter(keys)
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      throw new ApiError(429, 'too_many_attempts', `trop d'essais de connexion : réessayez dans ${Math.ceil(wait / 60)} min`)
    }
    const user = await authenticate(ctx.database.db, name, password)
    if (!user) {
      ctx.auth.limiter.fail(keys)
      await appendAudit(ctx.database.db, { actor: name, action: 'user.login_failed', details: { ip } })
      throw new ApiError(401, 'bad_credentials', 'nom ou mot de passe incorrect')
    }
    ctx.auth.limiter.reset(keys[1]!)
    const csrfToken = await startSession(c, user.id)
    await appendAudit(ctx.database.db, { actor: user.name, action: 'user.login', subject: `user:${user.id}`, details: { ip } })
    return c.json({ user: { id: user.id, name: user.name, role: user.role }, csrfToken })
  })
  .post('/api/logout', async (c) => {
    const session = sessionOf(c)
    await deleteSession(c.var.ctx.database.db, session.tokenHash)
    c.var.ctx.hub.publish({ type: 'session.ended', tokenHash: session.tokenHash }) // its WebSockets close now
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    await appendAudit(c.var.ctx.database.db, { actor: session.user.name, action: 'user.logout', subject: `user:${session.user.id}` })
    return c.body(null, 204)
  })
  .get('/api/session', (c) => {
    const { user, csrfToken } = sessionOf(c)
    return c.json({ user: { id: user.id, name: user.name, role: user.role }, csrfToken })
  })
  .post('/api/setup', async (c) => {
    const input = await parseJsonBody(c, setupSchema)
    const { db } = c.var.ctx.database
    // Checked before the token is spent, so a typo does not burn it.
    const problem = USER_NAME.test(input.name) ? passwordProblem(input.password) : 'nom invalide (2 à 64 lettres, chiffres, « . », « - » ou « _ »)'
    if (problem) throw new ApiError(400, 'bad_request', problem)
    if ((await countUsers(db)) > 0 || !c.var.ctx.auth.setup.consume(input.token)) {
      throw new ApiError(403, 'setup_closed', 'jeton d’installation invalide, expiré ou déjà utilisé')
    }
    try {
      const user = await createUser(db, { name: input.name, role: 'admin', password: input.password })
      await appendAudit(db, { actor: user.name, action: 'user.setup', subject: `user:${user.id}`, details: { role: 'admin' } })
      return c.json({ user: userView(user) }, 201)
    } catch (err) {
      if (err instanceof UserInputError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
      if (err instanceof DuplicateUserError) throw new ApiError(409, 'conflict', err.message, { cause: err })
      throw err
    }
  })
