import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock.js'
import { runVigie, spawnVigie } from '../cli/cli-process.js'

const dir = mkdtempSync(join(tmpdir(), 'vigie-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const path = join(dir, 'a.lock')
    const release = acquireDataDirLock(path)
    // The same pid would be allowed; simulate another live process (our parent).
    writeFileSync(path, String(process.ppid))
    expect(() => acquireDataDirLock(path)).toThrow(DataDirLockedError)
    release()
    expect(existsSync(path)).toBe(false)
    acquireDataDirLock(path)()
  })

  it('takes over a lock left by a dead process', () => {
    const path = join(dir, 'b.lock')
    writeFileSync(path, '999999999')
    const release = acquireDataDirLock(path)
    release()
  })

  it('a second vigie on the same data folder refuses with a clear message', async () => {
    const dataDir = join(dir, 'shared-data')
    const first = spawnVigie(['start'], { VIGIE_DATA_DIR: dataDir, PORT: '0', VIGIE_LOG_LEVEL: 'info' })
    await new Promise<void>((resolve, reject) => {
      first.stderr?.on('data', (d: Buffer) => {
        if (d.toString().includes('Vigie écoute sur')) resolve()
      })
      first.once('exit', (code) => reject(new Error(`first vigie exited with ${code}`)))
    })
    try {
      const second = await runVigie(['start'], { VIGIE_DATA_DIR: dataDir, PORT: '0' })
      expect(second.code).toBe(1)
      expect(second.stderr).toContain('déjà utilisé par le processus')
    } finally {
      const exited = new Promise<number | null>((r) => first.once('exit', r))
      first.kill('SIGINT')
      expect(await exited).toBe(0)
    }
    expect(existsSync(join(dataDir, 'vigie.lock'))).toBe(false)
  })
})
