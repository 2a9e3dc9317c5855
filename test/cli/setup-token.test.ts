/** First start with no user: one setup token on the console, usable once to create the admin. */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnVigie } from './cli-process.js'

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

describe('vigie start with no user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-setup-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints one setup token that creates the first admin once', async () => {
    const port = await freePort()
    const child = spawnVigie(['start'], { VIGIE_DATA_DIR: dir, PORT: String(port) })
    let stderr = ''
    const token = await new Promise<string>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        stderr += d.toString()
        const m = /jeton à usage unique : ([\w-]{43})/.exec(stderr)
        if (m) resolve(m[1]!)
      })
      child.once('exit', () => reject(new Error(`exited: ${stderr}`)))
    })
    try {
      expect(stderr.match(/jeton à usage unique/g)).toHaveLength(1)
      // The line points to the dashboard page that takes the token.
      expect(stderr).toContain(`ouvrez http://127.0.0.1:${port}/#/installation (« Première installation »)`)
      const setup = (body: unknown) =>
        fetch(`http://127.0.0.1:${port}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const res = await setup({ token, name: 'premiere-admin', password: 'mot-de-passe-admin' })
      expect(res.status).toBe(201)
      expect((await setup({ token, name: 'second-admin', password: 'mot-de-passe-admin' })).status).toBe(403)
      const login = await fetch(`http://127.0.0.1:${port}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'premiere-admin', password: 'mot-de-passe-admin' }),
      })
      expect(login.status).toBe(200)
    } finally {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
  })
})
