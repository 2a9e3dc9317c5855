/** The vault key and retention settings: parsed, refused with French messages, never printed. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ConfigError, envToConfig } from '../../src/config/config.js'
import { readEnv } from '../../src/config/env.js'
import { MASKED_KEY } from '../../src/vault/vault-key.js'

const KEY_B64 = Buffer.alloc(32, 7).toString('base64')
const KEY_HEX = Buffer.alloc(32, 9).toString('hex')

describe('vault key configuration', () => {
  it('has no key by default, and the retention defaults of the issue', () => {
    const cfg = envToConfig(readEnv({}))
    expect(cfg.vault).toBeNull()
    expect(cfg.retention).toEqual({ postDays: 30, caseDays: 365, schedule: '15 3 * * *' })
  })

  it('reads a base64 or hex key from VIGIE_VAULT_KEY, and a key file', () => {
    expect(envToConfig(readEnv({ VIGIE_VAULT_KEY: KEY_B64 })).vault?.bytes()).toEqual(Buffer.alloc(32, 7))
    expect(envToConfig(readEnv({ VIGIE_VAULT_KEY: KEY_HEX })).vault?.bytes()).toEqual(Buffer.alloc(32, 9))
    const file = join(mkdtempSync(join(tmpdir(), 'vigie-key-')), 'vault.key')
    writeFileSync(file, `${KEY_B64}\n`, { mode: 0o600 })
    expect(envToConfig(readEnv({ VIGIE_VAULT_KEY_FILE: file })).vault?.bytes()).toEqual(Buffer.alloc(32, 7))
  })

  it('never prints the key: JSON, String() and inspect show a mask', () => {
    const cfg = envToConfig(readEnv({ VIGIE_VAULT_KEY: KEY_B64 }))
    for (const shown of [JSON.stringify(cfg), inspect(cfg, { depth: 10 }), String(cfg.vault)]) {
      expect(shown).not.toContain(KEY_B64)
      expect(shown).not.toContain(Buffer.alloc(32, 7).toString('hex'))
    }
    expect(JSON.stringify(cfg)).toContain(MASKED_KEY)
  })

  it.each([
    [{ VIGIE_VAULT_KEY: 'trop-courte' }, 'VIGIE_VAULT_KEY doit être une clé de 32 octets'],
    [{ VIGIE_VAULT_KEY: Buffer.alloc(16).toString('base64') }, 'openssl rand -base64 32'],
    [{ VIGIE_VAULT_KEY: KEY_B64, VIGIE_VAULT_KEY_FILE: '/x' }, 'VIGIE_VAULT_KEY et VIGIE_VAULT_KEY_FILE sont exclusifs'],
    [{ VIGIE_VAULT_KEY_FILE: '/nulle/part/vault.key' }, 'VIGIE_VAULT_KEY_FILE illisible'],
    [{ VIGIE_RETENTION_DAYS: '0' }, 'VIGIE_RETENTION_DAYS doit valoir au moins 1'],
    [{ VIGIE_CASE_RETENTION_DAYS: 'un an' }, 'VIGIE_CASE_RETENTION_DAYS doit être un nombre'],
    [{ VIGIE_RETENTION_SCHEDULE: 'chaque nuit' }, 'VIGIE_RETENTION_SCHEDULE doit être une expression cron'],
  ] as Array<[Record<string, string>, string]>)('refuses %j with a clear message that never repeats the key', (env, message) => {
    expect(() => envToConfig(readEnv(env))).toThrow(ConfigError)
    expect(() => envToConfig(readEnv(env))).toThrow(message)
    try {
      envToConfig(readEnv(env))
    } catch (err) {
      const key = env.VIGIE_VAULT_KEY
      if (key !== undefined && key.length > 8) expect((err as Error).message).not.toContain(key)
    }
  })

  it('turns the purge schedule off with "off"', () => {
    expect(envToConfig(readEnv({ VIGIE_RETENTION_SCHEDULE: 'off' })).retention.schedule).toBeNull()
  })
})
