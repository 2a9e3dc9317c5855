/** `vigie user add` (password on stdin) and `vigie audit verify`, as child processes. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/auth/password.js'
import { openDatabase } from '../../src/db/client.js'
import { auditLog, users } from '../../src/db/schema/index.js'
import { runVigie } from './cli-process.js'

describe('vigie user add / vigie audit verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-user-'))
  const env = { VIGIE_DATA_DIR: dir }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('creates a user from a password on stdin, refuses short ones and passwords in argv', async () => {
    const ok = await runVigie(['user', 'add', 'alice', '--role', 'admin'], env, 'un mot de passe solide\n')
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('« alice » créé')
    expect(ok.stdout + ok.stderr).not.toContain('solide')

    const short = await runVigie(['user', 'add', 'bruno', '--role', 'analyst'], env, 'court\n')
    expect(short.code).toBe(2)
    expect(short.stderr).toMatch(/au moins 12 caractères/)
    const argv = await runVigie(['user', 'add', 'bruno', '--role', 'analyst', 'un-mot-de-passe-en-argument'], env, '')
    expect(argv.code).toBe(2)
    expect(argv.stderr).toMatch(/entrée standard/)
    const role = await runVigie(['user', 'add', 'bruno', '--role', 'chef'], env, 'un mot de passe solide\n')
    expect(role.code).toBe(2)
    expect(role.stderr).toMatch(/--role attend/)
    const dup = await runVigie(['user', 'add', 'alice', '--role', 'analyst'], env, 'un mot de passe solide\n')
    expect(dup.code).toBe(2)
    expect(dup.stderr).toMatch(/existe déjà/)

    const db = await openDatabase({ driver: 'pglite', dataDir: dir })
    try {
      const [alice] = await db.db.select().from(users).where(eq(users.name, 'alice'))
      expect(alice?.role).toBe('admin')
      expect(await verifyPassword('un mot de passe solide', alice?.passwordHash ?? null)).toBe(true)
    } finally {
      await db.close()
    }
  })

  it('verifies the audit chain and exits 1 at the first tampered entry', async () => {
    const good = await runVigie(['audit', 'verify'], env)
    expect(good.stderr).toBe('')
    expect(good.code).toBe(0)
    expect(good.stdout).toContain('journal d\'audit intact (1 entrée(s))')

    const db = await openDatabase({ driver: 'pglite', dataDir: dir })
    let id = 0
    try {
      const [row] = await db.db.select().from(auditLog)
      id = row!.id
      await db.db.update(auditLog).set({ actor: 'quelqu-un-d-autre' }).where(eq(auditLog.id, id))
    } finally {
      await db.close()
    }
    const bad = await runVigie(['audit', 'verify'], env)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(`altéré à l'entrée ${id}`)
  })
})
