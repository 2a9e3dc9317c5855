/**
 * The evidence vault over HTTP: a 50 MB file uploaded to a case through the
 * real server by curl (another process, so this one holds only the server),
 * then downloaded; prints upload and download throughput (medians of 3) and,
 * on one more round trip, the server's peak of live Buffer memory sampled
 * after forced GCs, to show that no file is held whole (with PostgreSQL: an
 * in-memory PGlite holds the database itself in Buffers). Then times the
 * complaint PDF and zip.
 *
 *   node --expose-gc --import tsx bench/vault.ts              # PGlite in memory
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --expose-gc --import tsx bench/vault.ts
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createUser } from '../src/auth/user-service.js'
import { envToConfig, type DatabaseConfig } from '../src/config/config.js'
import { createContext } from '../src/context.js'
import { silentLogger } from '../src/logger.js'
import { startServer } from '../src/server/serve.js'
import { VaultKey } from '../src/vault/vault-key.js'
import { makePng } from '../test/cases/helpers.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt, median } from './stats.js'

const RUNS = 3
const MB = 1024 * 1024

function curl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    const p = spawn('curl', ['-s', '-S', ...args])
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`curl exited ${code}`))))
  })
}

async function run(database: DatabaseConfig, label: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-vault-'))
  const file = join(dir, 'capture.png')
  const bytes = Buffer.concat([makePng(16, 16), randomBytes(50 * MB - 64 * 1024)])
  writeFileSync(file, bytes)
  const sha = createHash('sha256').update(bytes).digest('hex')
  const cfg = envToConfig({}, { database, port: 0, host: '127.0.0.1', logLevel: 'silent', sources: [], vault: VaultKey.random() })
  const ctx = await createContext(cfg, { log: silentLogger })
  const server = await startServer(ctx)
  try {
    await createUser(ctx.database.db, { name: 'bench', role: 'counsellor', password: 'mot-de-passe-bench' })
    const login = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench', password: 'mot-de-passe-bench' }) })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const { csrfToken } = (await login.json()) as { csrfToken: string }
    const headers = { cookie, 'x-csrf-token': csrfToken }
    const created = await fetch(`${server.url}/api/cases`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'Banc', ageBand: '15-17' }) })
    const caseId = ((await created.json()) as { case: { id: number } }).case.id

    const gc = (globalThis as { gc?: () => void }).gc
    const up: number[] = []
    const down: number[] = []
    const hdr = ['-H', `cookie: ${cookie}`, '-H', `x-csrf-token: ${csrfToken}`]
    const roundTrip = async (): Promise<void> => {
      const t0 = performance.now()
      const answer = JSON.parse(await curl([...hdr, '-F', `file=@${file}`, `${server.url}/api/cases/${caseId}/files`])) as { files: Array<{ id: number; sha256: string }> }
      up.push(performance.now() - t0)
      const stored = answer.files[0]
      if (stored?.sha256 !== sha) throw new Error(`upload failed: ${JSON.stringify(answer).slice(0, 200)}`)
      const out = join(dir, 'back.png')
      const t1 = performance.now()
      await curl([...hdr, '-o', out, `${server.url}/api/cases/${caseId}/files/${stored.id}/content`])
      down.push(performance.now() - t1)
      if (createHash('sha256').update(readFileSync(out)).digest('hex') !== sha) throw new Error('download differs')
      rmSync(out)
    }
    for (let r = 0; r < RUNS; r++) await roundTrip()
    // One more round trip, timed apart, with the live Buffer memory sampled after forced GCs.
    let peak = 0
    if (gc) {
      gc()
      const base = process.memoryUsage().arrayBuffers
      const sampler = setInterval(() => {
        gc()
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - base)
      }, 50)
      const [u, d] = [up.length, down.length]
      await roundTrip()
      up.splice(u)
      down.splice(d)
      clearInterval(sampler)
    }
    const size = bytes.length / MB
    const t2 = performance.now()
    const pdf = await fetch(`${server.url}/api/cases/${caseId}/export.pdf`, { headers })
    const pdfBytes = (await pdf.arrayBuffer()).byteLength
    const pdfMs = performance.now() - t2
    const t3 = performance.now()
    await curl([...hdr, '-o', join(dir, 'export.zip'), `${server.url}/api/cases/${caseId}/export.zip`])
    const zipMs = performance.now() - t3
    console.log(
      `${label}: ${fmt(size)} MB file — upload (sniff, SHA-256, AES-256-GCM, store) median ${fmt(size / (median(up) / 1000), 1)} MB/s, ` +
        `download (decrypt, authenticate, hash) median ${fmt(size / (median(down) / 1000), 1)} MB/s; ` +
        `server's peak of live Buffers during a round trip ${gc ? `${fmt(peak / MB, 1)} MiB` : 'not measured (run with --expose-gc)'}`,
    )
    console.log(`${label}: export.pdf ${fmt(pdfBytes / 1024)} KiB in ${fmt(pdfMs)} ms; export.zip of ${RUNS + (gc ? 1 : 0)} files (${fmt(((RUNS + (gc ? 1 : 0)) * bytes.length) / MB)} MB) in ${fmt(zipMs)} ms`)
  } finally {
    await server.close()
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const pg = process.env.BENCH_DATABASE_URL
if (pg) await withBenchDatabase(pg, (database) => run(database, 'PostgreSQL'))
else await run({ driver: 'pglite', dataDir: null }, 'PGlite (in memory)')
