/**
 * The login limiter on a real server: failures counted per account and per
 * client address, X-Forwarded-For believed only from a trusted proxy, a
 * correct password from an address that has not failed never refused, and
 * every refusal audited.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../src/auth/user-service.js'
import { LoginLimiter } from '../../src/auth/rate-limit.js'
import type { AppContext } from '../../src/context.js'
import { auditLog } from '../../src/db/schema/index.js'
import { TrustedProxies } from '../../src/server/client-address.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { DRIVERS, TEST_PASSWORD, testContext } from '../_util.js'

const ATTACKER = '203.0.113.9'
const OWNER = '198.51.100.7'

/** A server behind (or not) a trusted proxy on this host, and a login through it "from" an address. */
async function serverWith(driver: (typeof DRIVERS)[number], trustProxy: string[]): Promise<{ ctx: AppContext; server: RunningServer }> {
  const ctx = await testContext(driver, { sources: [], trustProxy })
  await createUser(ctx.database.db, { name: 'lea', role: 'counsellor', password: TEST_PASSWORD })
  return { ctx, server: await startServer(ctx) }
}

function login(server: RunningServer, from: string, password: string, name = 'lea'): Promise<Response> {
  return fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ name, password }),
  })
}

describe.each(DRIVERS)('login limiter (%s)', (driver) => {
  describe('behind a trusted proxy', () => {
    let ctx: AppContext
    let server: RunningServer
    beforeAll(async () => {
      ;({ ctx, server } = await serverWith(driver, ['127.0.0.1', '::1']))
    })
    afterAll(async () => {
      await server.close()
      await ctx.close()
    })

    it('locks out the address that hammers an account, never its owner from another address', async () => {
      for (let i = 0; i < 5; i++) expect((await login(server, ATTACKER, `mauvais-${i}`)).status).toBe(401)
      const refused = await login(server, ATTACKER, TEST_PASSWORD)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      // The owner, from an address that has not failed, with the right password.
      expect((await login(server, OWNER, TEST_PASSWORD)).status).toBe(200)
      // A second attacking address gets one wrong guess at the locked account, then is refused.
      expect((await login(server, '203.0.113.10', 'encore-faux')).status).toBe(401)
      expect((await login(server, '203.0.113.10', TEST_PASSWORD)).status).toBe(429)
      expect((await login(server, '2001:db8::1', TEST_PASSWORD)).status).toBe(200)
    })

    it('believes only the hop the proxy added: addresses written by the client are ignored', async () => {
      // The attacker writes the owner's address first; the proxy appends the attacker's real one.
      expect((await login(server, `${OWNER}, ${ATTACKER}`, TEST_PASSWORD)).status).toBe(429)
    })

    it('writes refused attempts to the audit log, with the address and the reason', async () => {
      const rows = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.login_refused')).orderBy(auditLog.id)
      expect(rows.map((r) => [r.actor, r.details.ip, r.details.reason])).toEqual([
        ['lea', ATTACKER, 'ip'],
        ['lea', '203.0.113.10', 'account'],
        ['lea', ATTACKER, 'ip'],
      ])
      expect(rows.every((r) => typeof r.details.retryAfter === 'number' && r.details.retryAfter > 0)).toBe(true)
      expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD)
    })
  })

  describe('without a trusted proxy', () => {
    let ctx: AppContext
    let server: RunningServer
    beforeAll(async () => {
      ;({ ctx, server } = await serverWith(driver, []))
    })
    afterAll(async () => {
      await server.close()
      await ctx.close()
    })

    it('ignores X-Forwarded-For: every request counts against the peer itself', async () => {
      for (let i = 0; i < 5; i++) expect((await login(server, ATTACKER, `mauvais-${i}`)).status).toBe(401)
      expect((await login(server, OWNER, TEST_PASSWORD)).status).toBe(429)
      const [row] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'user.login_refused'))
      expect(String(row?.details.ip)).toMatch(/^(127\.0\.0\.1|::1)$/)
    })
  })
})

describe('LoginLimiter', () => {
  const attempt = (ip: string, name = 'lea') => ({ name, ip })

  it('refuses an address after maxFailures on any accounts, until the oldest leaves the window', async () => {
    let now = 0
    const limiter = new LoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now })
    for (const name of ['a', 'b', 'c']) {
      await limiter.failed(attempt('10.0.0.1', name))
      now += 1000
    }
    expect(await limiter.check(attempt('10.0.0.1', 'd'))).toEqual({ allowed: false, retryAfter: 57, reason: 'ip' })
    expect(await limiter.check(attempt('10.0.0.2', 'a'))).toEqual({ allowed: true })
    now = 60_001
    expect(await limiter.check(attempt('10.0.0.1', 'd'))).toEqual({ allowed: true })
  })

  it('refuses a locked account only to the addresses that failed on it, and forgets an address after its success', async () => {
    let now = 0
    const limiter = new LoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now })
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) await limiter.failed(attempt(ip))
    now = 10_000
    expect(await limiter.check(attempt('10.0.0.2'))).toEqual({ allowed: false, retryAfter: 50, reason: 'account' })
    expect(await limiter.check(attempt('10.0.0.9'))).toEqual({ allowed: true })
    expect(await limiter.check(attempt('10.0.0.2', 'autre'))).toEqual({ allowed: true })
    await limiter.succeeded(attempt('10.0.0.2'))
    expect(await limiter.check(attempt('10.0.0.2'))).toEqual({ allowed: true })
  })
})

describe('TrustedProxies', () => {
  const proxies = new TrustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8'])

  it('reads the client from X-Forwarded-For only when the peer is a trusted proxy', () => {
    expect(proxies.clientOf('127.0.0.1', '198.51.100.7')).toBe('198.51.100.7')
    expect(proxies.clientOf('::ffff:127.0.0.1', '198.51.100.7')).toBe('198.51.100.7')
    expect(proxies.clientOf('192.0.2.1', '198.51.100.7')).toBe('192.0.2.1')
    expect(proxies.clientOf('127.0.0.1', undefined)).toBe('127.0.0.1')
  })

  it('walks from the nearest hop past trusted proxies, and stops at anything that is not an address', () => {
    expect(proxies.clientOf('127.0.0.1', '1.2.3.4, 198.51.100.7, 10.1.2.3')).toBe('198.51.100.7')
    expect(proxies.clientOf('127.0.0.1', '2001:db8::5, fd00::1')).toBe('2001:db8::5')
    expect(proxies.clientOf('127.0.0.1', 'n’importe quoi, 10.1.2.3')).toBe('10.1.2.3')
    expect(proxies.clientOf('127.0.0.1', '10.1.2.3, 10.2.3.4')).toBe('10.1.2.3')
  })

  it('trusts nobody when the list is empty', () => {
    expect(new TrustedProxies([]).clientOf('127.0.0.1', '198.51.100.7')).toBe('127.0.0.1')
  })
})
