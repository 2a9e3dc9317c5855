/** Login, logout, sessions, CSRF, Origin, rate limiting and the one-time setup token. */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginLimiter } from '../../src/auth/rate-limit.js'
import { findSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/auth/session-store.js'
import { sha256 } from '../../src/auth/tokens.js'
import type { AppContext } from '../../src/context.js'
import { auditLog, sessions, users } from '../../src/db/schema/index.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, TEST_PASSWORD, testContext } from '../_util.js'

const json = { 'content-type': 'application/json' }
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code

describe.each(DRIVERS)('accounts and sessions (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })
  const app = () => createApp(ctx)
  const login = (name: string, password: string, headers: Record<string, string> = {}) =>
    app().request('/api/login', { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ name, password }) })

  it('logs in with an HttpOnly SameSite=Strict cookie, stores only its hash, and logs out', async () => {
    const me = await loginAs(ctx, 'analyst', 'camille')
    const again = await login('camille', TEST_PASSWORD)
    expect(again.status).toBe(200)
    const body = (await again.json()) as { user: Record<string, unknown>; csrfToken: string }
    expect(body.user).toEqual({ id: me.userId, name: 'camille', role: 'analyst' })
    const cookie = again.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^vigie_session=[\w-]{43};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).not.toContain('Secure')
    const token = cookie.split(';')[0]!.split('=')[1]!
    const rows = await ctx.database.db.select().from(sessions).where(eq(sessions.userId, me.userId))
    expect(rows.map((r) => r.tokenHash)).toContain(sha256(token))
    expect(JSON.stringify(rows)).not.toContain(token)
    const [user] = await ctx.database.db.select().from(users).where(eq(users.id, me.userId))
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/)

    const session = await app().request('/api/session', { headers: { cookie: me.cookie } })
    expect(await session.json()).toEqual({ user: { id: me.userId, name: 'camille', role: 'analyst' }, csrfToken: me.csrfToken })

    const out = await app().request('/api/logout', { method: 'POST', headers: me.headers })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/vigie_session=;.*Max-Age=0/)
    expect((await app().request('/api/session', { headers: { cookie: me.cookie } })).status).toBe(401)
  })

  it('sets Secure behind TLS or when VIGIE_SECURE_COOKIES=1', async () => {
    await loginAs(ctx, 'reviewer', 'dominique')
    const tls = await app().request('https://vigie.example/api/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'dominique', password: TEST_PASSWORD }),
    })
    expect(tls.headers.get('set-cookie')).toContain('Secure')
    const forced = await createApp({ ...ctx, cfg: { ...ctx.cfg, secureCookies: true } }).request('/api/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'dominique', password: TEST_PASSWORD }),
    })
    expect(forced.headers.get('set-cookie')).toContain('Secure')
  })

  it('requires the CSRF token on state-changing requests and refuses a foreign Origin', async () => {
    const admin = await loginAs(ctx, 'admin')
    const body = JSON.stringify({ name: 'nouveau', role: 'reviewer', password: 'un-mot-de-passe-long' })
    const noToken = await app().request('/api/users', { method: 'POST', headers: { ...json, cookie: admin.cookie }, body })
    expect(noToken.status).toBe(403)
    expect(await errorCode(noToken)).toBe('csrf')
    const wrong = await app().request('/api/users', { method: 'POST', headers: { ...json, cookie: admin.cookie, 'x-csrf-token': 'x' }, body })
    expect(wrong.status).toBe(403)
    const foreign = await app().request('/api/users', { method: 'POST', headers: { ...json, ...admin.headers, origin: 'https://evil.example' }, body })
    expect(foreign.status).toBe(403)
    expect(await errorCode(foreign)).toBe('forbidden_origin')
    const ok = await app().request('/api/users', { method: 'POST', headers: { ...json, ...admin.headers, origin: 'http://localhost' }, body })
    expect(ok.status).toBe(201)
    expect(await ok.json()).toMatchObject({ user: { name: 'nouveau', role: 'reviewer', disabled: false } })
    expect((await login('nouveau', 'un-mot-de-passe-long', { origin: 'https://evil.example' })).status).toBe(403)
  })

  it('admin changes role, disables and resets a password; the old sessions end', async () => {
    const admin = await loginAs(ctx, 'admin')
    const bob = await loginAs(ctx, 'reviewer', 'bob')
    const patch = (body: unknown) =>
      app().request(`/api/users/${bob.userId}`, { method: 'PATCH', headers: { ...json, ...admin.headers }, body: JSON.stringify(body) })
    const short = await patch({ password: 'court' })
    expect(short.status).toBe(400)
    expect(((await short.json()) as { error: { message: string } }).error.message).toMatch(/au moins 12 caractères/)
    expect((await patch({ role: 'chef' })).status).toBe(400)
    const self = await app().request(`/api/users/${admin.userId}`, {
      method: 'PATCH',
      headers: { ...json, ...admin.headers },
      body: JSON.stringify({ role: 'analyst' }),
    })
    expect(self.status).toBe(409)
    expect((await patch({ role: 'analyst' })).status).toBe(200)
    expect((await app().request('/api/session', { headers: { cookie: bob.cookie } })).status).toBe(401)

    expect((await login('bob', TEST_PASSWORD)).status).toBe(200)
    expect((await patch({ disabled: true })).status).toBe(200)
    expect((await login('bob', TEST_PASSWORD)).status).toBe(401)
    expect((await patch({ disabled: false, password: 'nouveau-mot-de-passe' })).status).toBe(200)
    expect((await login('bob', TEST_PASSWORD)).status).toBe(401)
    expect((await login('bob', 'nouveau-mot-de-passe')).status).toBe(200)
    const list = (await (await app().request('/api/users', { headers: admin.headers })).json()) as { users: Array<Record<string, unknown>> }
    expect(list.users.find((u) => u.name === 'bob')).toMatchObject({ role: 'analyst', disabled: false })
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/i)
    const dup = await app().request('/api/users', {
      method: 'POST',
      headers: { ...json, ...admin.headers },
      body: JSON.stringify({ name: 'bob', role: 'admin', password: 'encore-un-mot-de-passe' }),
    })
    expect(dup.status).toBe(409)
  })

  it('expires sessions after 12 h idle and 7 days in all', async () => {
    const me = await loginAs(ctx, 'counsellor')
    const token = me.cookie.split('=')[1]!
    const now = Date.now()
    expect(await findSession(ctx.database.db, token, new Date(now + SESSION_IDLE_MS - 60_000))).not.toBeNull()
    // Touched just now (above), so still alive 11 h later; absolute expiry still applies.
    expect(await findSession(ctx.database.db, token, new Date(now + SESSION_ABSOLUTE_MS + 1))).toBeNull()
    expect((await app().request('/api/session', { headers: { cookie: me.cookie } })).status).toBe(401)
    const other = await loginAs(ctx, 'counsellor')
    expect(await findSession(ctx.database.db, other.cookie.split('=')[1]!, new Date(now + SESSION_IDLE_MS + 120_000))).toBeNull()
  })

  it('audits logins (never the password), failures and logouts', async () => {
    await loginAs(ctx, 'analyst', 'eve')
    expect((await login('eve', 'pas-le-bon-mot-de-passe')).status).toBe(401)
    const rows = await ctx.database.db.select().from(auditLog).where(eq(auditLog.actor, 'eve'))
    expect(rows.map((r) => r.action)).toEqual(['user.login', 'user.login_failed'])
    expect(JSON.stringify(rows)).not.toContain('pas-le-bon-mot-de-passe')
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD)
  })
})

describe('login rate limiting and first-admin setup', () => {
  let ctx: AppContext
  let clock = Date.now()
  beforeAll(async () => {
    ctx = await testContext('pglite', { sources: [] }, { limiter: new LoginLimiter({ maxFailures: 5, windowMs: 15 * 60_000, now: () => clock }) })
  })
  afterAll(async () => {
    await ctx.close()
  })
  const login = (name: string, password: string) =>
    createApp(ctx).request('/api/login', { method: 'POST', headers: json, body: JSON.stringify({ name, password }) })

  it('creates the first admin once with the setup token, only while no user exists', async () => {
    const token = await ctx.auth.setup.issue()
    const setup = (body: unknown) => createApp(ctx).request('/api/setup', { method: 'POST', headers: json, body: JSON.stringify(body) })
    expect((await setup({ token: 'faux', name: 'admin', password: 'mot-de-passe-admin' })).status).toBe(403)
    expect((await setup({ token, name: 'admin', password: 'court' })).status).toBe(400) // the token is not spent
    const created = await setup({ token, name: 'admin', password: 'mot-de-passe-admin' })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ user: { name: 'admin', role: 'admin' } })
    expect((await setup({ token, name: 'admin2', password: 'mot-de-passe-admin' })).status).toBe(403)
    const fresh = await ctx.auth.setup.issue()
    expect((await setup({ token: fresh, name: 'admin3', password: 'mot-de-passe-admin' })).status).toBe(403) // users exist now
    expect((await login('admin', 'mot-de-passe-admin')).status).toBe(200)
  })

  it('answers 429 with Retry-After after 5 failures per name, and per IP', async () => {
    await loginAs(ctx, 'analyst', 'frank')
    for (let i = 0; i < 5; i++) expect((await login('frank', `mauvais-${i}`)).status).toBe(401)
    const blocked = await login('frank', TEST_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(await errorCode(blocked)).toBe('too_many_attempts')
    clock += 15 * 60_000 + 1000
    expect((await login('frank', TEST_PASSWORD)).status).toBe(200)
    // Per IP: five names, one failure each, then every name is blocked from this address.
    for (let i = 0; i < 5; i++) expect((await login(`inconnu-${i}`, 'mauvais-mot-de-passe')).status).toBe(401)
    expect((await login('frank', TEST_PASSWORD)).status).toBe(429)
  })
})
