/** Session, CSRF/Origin and role middleware, and who the caller is. */
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Context } from 'hono'
import type { Role } from '../auth/roles.js'
import { findSession, type SessionInfo } from '../auth/session-store.js'
import { sameToken } from '../auth/tokens.js'
import type { Viewer } from '../watches/watch-service.js'
import { clientAddress } from './client-address.js'
import type { AppEnv } from './env.js'
import { ApiError } from './errors.js'

/** Name of the session cookie. */
export const SESSION_COOKIE = 'vigie_session'
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Unsafe routes callable without a session (they start one). */
const NO_SESSION_ROUTES = new Set(['/api/login', '/api/setup'])

/** Loads the session named by the cookie into `c.var.session` (null when anonymous). */
export const loadSession = createMiddleware<AppEnv>(async function loadSession(c, next) {
  const token = getCookie(c, SESSION_COOKIE)
  c.set('session', token ? await findSession(c.var.ctx.database.db, token) : null)
  await next()
})

/** On state-changing requests: a foreign Origin is refused, and a session must send its CSRF token. */
export const checkCsrf = createMiddleware<AppEnv>(async function checkCsrf(c, next) {
  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin')
    if (origin !== undefined && !sameHost(origin, c.req.url)) {
      throw new ApiError(403, 'forbidden_origin', 'origine de la requête refusée')
    }
    const session = c.var.session
    if (session && !NO_SESSION_ROUTES.has(c.req.path)) {
      const sent = c.req.header('x-csrf-token') ?? ''
      if (!sameToken(sent, session.csrfToken)) throw new ApiError(403, 'csrf', 'jeton CSRF manquant ou invalide (en-tête X-CSRF-Token)')
    }
  }
  await next()
})

function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host
  } catch {
    return false
  }
}

/** The caller's session, or a 401. */
export function sessionOf(c: Context<AppEnv>): SessionInfo {
  const session = c.var.session
  if (!session) throw new ApiError(401, 'unauthorized', 'connexion requise')
  return session
}

/** Lets through any signed-in user from this site (the WebSocket upgrade): 401 otherwise, 403 for a foreign Origin. */
export const requireSession = createMiddleware<AppEnv>(async function requireSession(c, next) {
  sessionOf(c)
  const origin = c.req.header('origin')
  if (origin !== undefined && !sameHost(origin, c.req.url)) throw new ApiError(403, 'forbidden_origin', 'origine de la requête refusée')
  await next()
})

/** Lets through only signed-in users holding one of `roles` (401 anonymous, 403 other roles). */
export function requireRole(roles: readonly Role[]) {
  return createMiddleware<AppEnv>(async function requireRole(c, next) {
    const { user } = sessionOf(c)
    if (!roles.includes(user.role as Role)) throw new ApiError(403, 'forbidden', 'votre rôle ne permet pas cette action')
    await next()
  })
}

/** True for 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopback(address: string | null): boolean {
  if (!address) return false
  const a = address.replace(/^::ffff:/, '')
  return a === '::1' || a.startsWith('127.')
}

/** Loopback clients pass (behind a trusted proxy, the client it names); anyone else must be a signed-in admin. */
export const loopbackOrAdmin = createMiddleware<AppEnv>(async function loopbackOrAdmin(c, next) {
  if (isLoopback(clientAddress(c))) return next()
  const { user } = sessionOf(c)
  if (user.role !== 'admin') throw new ApiError(403, 'forbidden', 'votre rôle ne permet pas cette action')
  await next()
})

/** The watches viewer of the session: admins see all, counsellors their own. */
export function viewerOf(c: Context<AppEnv>): Viewer {
  const { user } = sessionOf(c)
  return { userId: user.id, admin: user.role === 'admin' }
}
