import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import type { DatabaseConfig } from '../../src/config/config.js'
import { countPosts } from '../../src/posts/post-store.js'
import { DRIVERS, freshDatabase, postLine } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'
import { runVigie, spawnVigie } from './cli-process.js'

const dir = mkdtempSync(join(tmpdir(), 'vigie-replay-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function scenario(name: string, lines: string[]): string {
  const path = join(dir, name)
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

describe('vigie replay', () => {
  it('replays a scenario and reports stored, duplicate and rejected posts', async () => {
    const file = scenario('mixed.jsonl', [
      JSON.stringify(postLine({ id: '1', text: 'Salut #Anti2010' })),
      JSON.stringify(postLine({ id: '2', createdAt: '2026-11-01T10:00:00.200Z' })),
      '',
      JSON.stringify(postLine({ id: '1', text: 'même id' })),
      '{"platform": "bluesky", oops',
      JSON.stringify(postLine({ id: '3', text: undefined })),
      JSON.stringify(postLine({ id: '4', createdAt: '31/10/2026' })),
      JSON.stringify(postLine({ id: '5', text: 'x'.repeat(1_000_000) })),
      JSON.stringify(postLine({ id: '6', text: 'nul\u0000 et \uD800 seul', createdAt: '2026-11-01T10:00:00.400Z' })),
    ])
    const { code, stdout, stderr } = await runVigie(['replay', file, '--report'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ posts: 8, stored: 3, duplicates: 1, rejected: 4, waves: [], alerts: [] })
    expect(stderr).toContain('ligne 5 rejetée : JSON invalide')
    expect(stderr).toContain('ligne 6 rejetée : text manquant')
    expect(stderr).toContain('ligne 7 rejetée : createdAt n’est pas une date-heure ISO-8601')
    expect(stderr).toContain('ligne 8 rejetée : text dépasse 50000 caractères')
  })

  it('--report lists the waves and the grouped alert of a --watch, in scenario time', async () => {
    const s = harassmentScenario()
    const file = scenario('crisis.jsonl', s.lines.map((l) => JSON.stringify(l)))
    const { code, stdout, stderr } = await runVigie([
      'replay', file, '--fast', '--report', '--watch', 'Léa Martin, Lea M, @lea.martin.bsky.social',
    ])
    expect(code, stderr).toBe(0)
    const report = JSON.parse(stdout) as { stored: number; waves: Array<Record<string, unknown>>; alerts: unknown[] }
    expect(report.stored).toBe(s.lines.length)
    expect(report.waves.map((w) => `${w.kind}:${w.key}`)).toEqual(['hashtag:anti2010', 'target:lea.martin.bsky.social'])
    expect(report.waves[0]).toEqual({
      kind: 'hashtag',
      key: 'anti2010',
      variants: expect.arrayContaining(['anti2010', 'anti_2010']),
      openedAt: expect.stringMatching(/^2026-11-02T09:0[0-5]/),
      peakAt: expect.any(String),
      score: expect.any(Number),
      posts: expect.any(Number),
      authors: expect.any(Number),
      hostileShare: expect.any(Number),
      reasons: expect.arrayContaining([expect.stringContaining('hostiles')]),
    })
    expect(report.alerts).toEqual([{ watch: 'Léa Martin', firstAt: s.firstLeaHostile, posts: s.leaHostile, hostile: s.leaHostile }])
  })

  it('explains a missing file and bad options', async () => {
    const missing = await runVigie(['replay', join(dir, 'nope.jsonl')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('impossible de lire')
    const bad = await runVigie(['replay', 'x.jsonl', '--speed', 'vite'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--speed attend un nombre positif')
    const watch = await runVigie(['replay', 'x.jsonl', '--watch', '@seulement.un.pseudo'])
    expect(watch.code).toBe(2)
    expect(watch.stderr).toContain('commencez par le nom affiché')
    const unknown = await runVigie(['replay', 'x.jsonl', '--turbo'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('option inconnue : --turbo')
  })

  it('prints help for the command and for each subcommand', async () => {
    const help = await runVigie(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('replay')
    const sub = await runVigie(['replay', '--help'])
    expect(sub.stdout).toContain('--fast')
  })
})

describe.each(DRIVERS)('replay killed with SIGKILL, then replayed again (%s)', (driver) => {
  it('ends with every valid post stored exactly once', async () => {
    const total = 6000
    const lines = Array.from({ length: total }, (_, i) =>
      JSON.stringify(postLine({ id: `k${i}`, text: `message numéro ${i}`, createdAt: new Date(Date.UTC(2026, 10, 1, 10, 0, 0, i)).toISOString() })),
    )
    lines.splice(100, 0, 'garbage line')
    const file = scenario(`kill-${driver}.jsonl`, lines)
    let database: DatabaseConfig
    let drop = async () => {}
    let args: string[]
    let env: Record<string, string> = {}
    if (driver === 'pglite') {
      const dataDir = join(dir, 'kill-data')
      database = { driver: 'pglite', dataDir }
      args = ['--data-dir', dataDir]
    } else {
      ;({ database, drop } = await freshDatabase('postgres'))
      if (database.driver !== 'postgres') throw new Error('unreachable')
      env = { DATABASE_URL: database.url }
      args = []
    }
    try {
      // First run: killed as soon as the first batches are written.
      const child = spawnVigie(['replay', file, '--fast', ...args], { ...env, VIGIE_LOG_LEVEL: 'debug', VIGIE_BATCH_SIZE: '200' })
      await new Promise<void>((resolve, reject) => {
        let written = 0
        child.stderr?.on('data', (d: Buffer) => {
          written += (d.toString().match(/batch written/g) ?? []).length
          if (written >= 3 && !child.killed) {
            child.kill('SIGKILL')
            resolve()
          }
        })
        child.once('exit', () => reject(new Error('replay ended before it was killed')))
      })
      await new Promise((r) => child.once('exit', r))

      // Second run: same file, same database.
      const second = await runVigie(['replay', file, '--fast', '--report', ...args], env)
      expect(second.code, second.stderr).toBe(0)
      const report = JSON.parse(second.stdout) as { posts: number; stored: number; duplicates: number; rejected: number }
      expect(report.posts).toBe(total + 1)
      expect(report.rejected).toBe(1)
      expect(report.duplicates).toBeGreaterThan(0)
      expect(report.stored + report.duplicates).toBe(total)

      const handle = await openDatabase(database)
      try {
        expect(await countPosts(handle.db)).toBe(total)
      } finally {
        await handle.close()
      }
    } finally {
      await drop()
    }
  })
})
