/**
 * Shared test helpers: real databases (PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set, each in a fresh database) and contexts.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import postgres from 'postgres'
import { inject } from 'vitest'
import type { Role } from '../src/auth/roles.js'
import { createUser } from '../src/auth/user-service.js'
import { envToConfig, type Config, type DatabaseConfig } from '../src/config/config.js'
import { createContext, type AppContext, type ContextOverrides } from '../src/context.js'
import { createLogger, silentLogger } from '../src/logger.js'
import { createApp } from '../src/server/app.js'

/** The drivers every storage suite runs against. */
export const DRIVERS: readonly DatabaseConfig['driver'][] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite']

let template: Blob | undefined

/** A fresh, empty database of `driver`; `drop()` removes it. */
export async function freshDatabase(
  driver: DatabaseConfig['driver'],
): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  if (driver === 'pglite') {
    template ??= new Blob([readFileSync(inject('pgliteTemplate'))])
    return { database: { driver: 'pglite', dataDir: null, template }, drop: async () => {} }
  }
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set')
  const name = `vigie_test_${randomBytes(6).toString('hex')}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    database: { driver: 'postgres', url: url.toString() },
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} })
      await a.unsafe(`drop database if exists ${name} with (force)`)
      await a.end()
    },
  }
}

/** A test config: silent, port 0, small batches, every API answer checked against contract/ unless overridden. */
export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return envToConfig({}, { database, port: 0, logLevel: 'silent', batchSize: 100, flushMs: 5, checkResponses: true, ...overrides })
}

/** A context on a fresh database; `close()` also drops the database. */
export async function testContext(
  driver: DatabaseConfig['driver'],
  cfgOverrides: Partial<Config> = {},
  overrides: ContextOverrides = {},
): Promise<AppContext> {
  const { database, drop } = await freshDatabase(driver)
  const ctx = await createContext(testConfig(database, cfgOverrides), { log: process.env.TEST_LOG ? createLogger('error') : silentLogger, ...overrides })
  const close = ctx.close
  return {
    ...ctx,
    close: async () => {
      try {
        await close()
      } finally {
        await drop()
      }
    },
  }
}

/** A post line in the scenario format, with defaults. */
export function postLine(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'bluesky',
    id: randomBytes(6).toString('hex'),
    author: 'eleve.bsky.social',
    text: 'Bonjour tout le monde',
    createdAt: '2026-11-01T10:00:00.000Z',
    ...fields,
  }
}

/** A signed-in test user: its id, name, and the headers (cookie + CSRF token) to send. */
export interface TestLogin {
  userId: number
  name: string
  cookie: string
  csrfToken: string
  headers: Record<string, string>
}

/** The test password of every user `loginAs` creates. */
export const TEST_PASSWORD = 'mot-de-passe-de-test'

/** Creates a user of `role` (fresh name unless given) and logs it in through POST /api/login. */
export async function loginAs(ctx: AppContext, role: Role, name = `${role}-${randomBytes(4).toString('hex')}`): Promise<TestLogin> {
  const user = await createUser(ctx.database.db, { name, role, password: TEST_PASSWORD })
  const res = await createApp(ctx).request('/api/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: TEST_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { userId: user.id, name, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } }
}
