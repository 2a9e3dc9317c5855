/**
 * At rest, on disk: after a PNG is deposited, no slice of it appears in any
 * file of the data folder (the embedded database), while the case's label,
 * stored in clear, does (so the scan really reads what the database wrote).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../src/context.js'
import { silentLogger } from '../../src/logger.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { loginAs, testConfig } from '../_util.js'
import { call, makePng, probes, upload } from './helpers.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
}

describe('vault at rest (PGlite data folder)', () => {
  it('leaves no byte sequence of the deposited PNG anywhere in the data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-at-rest-'))
    try {
      const ctx = await createContext(testConfig({ driver: 'pglite', dataDir: dir }, { sources: [], vault: VaultKey.random() }), { log: silentLogger })
      const png = makePng(120, 80)
      const label = `Témoin-${randomBytes(6).toString('hex')}`
      try {
        const alice = await loginAs(ctx, 'counsellor')
        const created = await call(ctx, alice, 'POST', '/api/cases', { label, ageBand: '11-14' })
        const caseId = ((await created.json()) as { case: { id: number } }).case.id
        expect((await upload(ctx, alice, caseId, [{ name: 'capture.png', bytes: png }])).status).toBe(201)
      } finally {
        await ctx.close()
      }
      const files = filesUnder(dir)
      expect(files.length).toBeGreaterThan(10)
      let labelSeen = false
      for (const f of files) {
        const bytes = readFileSync(f)
        if (bytes.includes(Buffer.from(label, 'utf8'))) labelSeen = true
        for (const p of probes(png, 24)) expect(bytes.includes(p), f).toBe(false)
      }
      expect(labelSeen).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
