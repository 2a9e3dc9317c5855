import { describe, expect, it } from 'vitest'
import { ConfigError, envToConfig } from '../../src/config/config.js'
import { readEnv } from '../../src/config/env.js'

describe('configuration', () => {
  it('defaults to PGlite in ./data on port 8080, bound to localhost', () => {
    expect(envToConfig(readEnv({}))).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      database: { driver: 'pglite', dataDir: './data' },
      logLevel: 'info',
    })
  })

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const cfg = envToConfig(readEnv({ DATABASE_URL: 'postgres://u@db:5432/vigie', PORT: '9000', VIGIE_DATA_DIR: '/x' }))
    expect(cfg.database).toEqual({ driver: 'postgres', url: 'postgres://u@db:5432/vigie' })
    expect(cfg.port).toBe(9000)
  })

  it('reads the trusted proxies as addresses and CIDR networks, none by default', () => {
    expect(envToConfig(readEnv({})).trustProxy).toEqual([])
    expect(envToConfig(readEnv({ VIGIE_TRUST_PROXY: '127.0.0.1, ::1 10.0.0.0/8,fd00::/8' })).trustProxy).toEqual(['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8'])
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT doit être un nombre'],
    [{ PORT: '70000' }, 'PORT doit valoir au plus 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL doit commencer par postgres://'],
    [{ VIGIE_LOG_LEVEL: 'loud' }, 'VIGIE_LOG_LEVEL doit être'],
    [{ VIGIE_BATCH_SIZE: '0' }, 'VIGIE_BATCH_SIZE doit valoir au moins 1'],
    [{ VIGIE_TRUST_PROXY: '127.0.0.1, proxy.local' }, 'VIGIE_TRUST_PROXY : « proxy.local » n’est ni une adresse IP ni un réseau CIDR'],
    [{ VIGIE_TRUST_PROXY: '10.0.0.0/33' }, 'VIGIE_TRUST_PROXY : « 10.0.0.0/33 »'],
    [{ VIGIE_CHECK_RESPONSES: 'oui' }, 'VIGIE_CHECK_RESPONSES doit valoir 0 ou 1'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => envToConfig(readEnv(env))).toThrow(ConfigError)
    expect(() => envToConfig(readEnv(env))).toThrow(message)
  })
})
