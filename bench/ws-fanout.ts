/**
 * WebSocket fan-out under load: the real server (createContext + app) with
 * 200 dashboards signed in with real session cookies, while 2,000 posts/s
 * (background French posts, hostile ones, a hashtag wave and a pile-on) go
 * through the whole pipeline for 60 s. Prints the delay from ingest (the post
 * handed to the pipeline) to receipt by each client (p50/p99/max), events and
 * frames per second, server CPU and RSS. Never asserts.
 *
 * The clients run in a child process so the server's CPU is measured alone
 * (the server process also generates the posts, as a source would).
 * Ingest times travel to the client process over IPC, keyed by external id;
 * both processes read the same wall clock (performance.timeOrigin + now()).
 *
 *   npx tsx bench/ws-fanout.ts                   # PGlite in a temp dir
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/ws-fanout.ts
 *   BENCH_CLIENTS=200 BENCH_RATE=2000 BENCH_SECONDS=60 npx tsx bench/ws-fanout.ts
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import type { Role } from '../src/auth/roles.js'
import { createUser } from '../src/auth/user-service.js'
import { envToConfig, type DatabaseConfig } from '../src/config/config.js'
import { createContext } from '../src/context.js'
import { silentLogger } from '../src/logger.js'
import { parsePost } from '../src/posts/post-input.js'
import { startServer } from '../src/server/serve.js'
import type { Post } from '../contract/post.js'
import { backgroundPosts, rng } from './background-posts.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt, quantile } from './stats.js'

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200)
const RATE = Number(process.env.BENCH_RATE ?? 2000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
/** Scenario time runs this much faster than the wall clock, so waves open, grow and close within the run. */
const SPEEDUP = 10
const PASSWORD = 'mot-de-passe-du-banc-ws'
const ROLE_MIX: readonly Role[] = ['admin', 'analyst', 'analyst', 'analyst', 'reviewer', 'reviewer', 'counsellor', 'analyst', 'reviewer', 'analyst']

/** Wall-clock milliseconds, comparable across processes on one machine. */
const wallNow = () => performance.timeOrigin + performance.now()

/** Messages between the server process and the client process. */
type ToClients =
  | { kind: 'start'; url: string; cookies: string[] }
  | { kind: 'ingest'; ids: string[]; at: number[] }
  | { kind: 'finish' }
type FromClients =
  | { kind: 'ready'; connected: number; failed: number }
  | { kind: 'results'; report: ClientReport }

interface ClientReport {
  hostileDelays: number[]
  wavePostsDelays: number[]
  /** Hub publication (the frame's `at`, ms precision) → receipt, every event frame. */
  publishDelays: number[]
  frames: number
  byType: Record<string, number>
  unmatched: number
  closedByServer: Record<string, number>
  cpuUserMs: number
  cpuSystemMs: number
  maxRssMiB: number
}

// ---------------------------------------------------------------- posts

const HOSTILE_TAG = [
  "les 2010 c'est tous des cassos #anti2010",
  "#Anti2010 bande de gamins de merde dégagez de l'insta",
  'les 2010 vous êtes des grosses merdes #anti_2010',
  'ntm les 2010 allez crever #anti2010',
  'sale 2010 va te pendre #anti2010',
  'tous sur les 2010 on les affiche #anti2010',
]
const HOSTILE_TARGET = [
  "@lea.martin.bsky.social t'es qu'une grosse pute",
  "@lea.martin.bsky.social va crever sale chienne personne t'aime",
  "Léa Martin elle est trop moche mdr on l'affiche @lea.martin.bsky.social",
  '@lea.martin.bsky.social suicide toi tout le monde te déteste',
]

/**
 * `count` posts `stepMs` apart in scenario time: background, plus from 20 % of
 * the run a #anti2010 wave (6 % of posts) and a pile-on on one student (3 %).
 */
function generatePosts(count: number, start: Date, stepMs: number): Post[] {
  const random = rng(11)
  const background = backgroundPosts(count, start, stepMs, 3)
  const out: Post[] = []
  for (let i = 0; i < count; i++) {
    let line = JSON.parse(background[i]!) as Record<string, unknown>
    const r = random()
    if (i > count * 0.2 && r < 0.09) {
      const wave = r < 0.06
      const texts = wave ? HOSTILE_TAG : HOSTILE_TARGET
      line = {
        ...line,
        id: `${wave ? 'raid' : 'pile'}-${i}`,
        author: `${wave ? 'raid' : 'meute'}${Math.floor(random() * (wave ? 400 : 120))}.bsky.social`,
        text: `${texts[Math.floor(random() * texts.length)]!}${random() < 0.5 ? ' mdr' : ''}`,
      }
    }
    const parsed = parsePost(line)
    if (parsed.ok) out.push(parsed.post)
  }
  return out
}

// ---------------------------------------------------------------- server process

async function logIn(url: string, name: string): Promise<string> {
  const res = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${await res.text()}`)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

function send(child: ChildProcess, m: ToClients): void {
  child.send(m)
}

function nextMessage<K extends FromClients['kind']>(child: ChildProcess, kind: K): Promise<Extract<FromClients, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromClients) => {
      if (m.kind !== kind) return
      child.off('message', onMessage)
      resolve(m as Extract<FromClients, { kind: K }>)
    }
    child.on('message', onMessage)
    child.once('exit', (code) => reject(new Error(`client process exited (${code})`)))
  })
}

async function run(label: string, database: DatabaseConfig): Promise<void> {
  const pipelineMs: number[] = []
  const ctx = await createContext(envToConfig({}, { database, port: 0, host: '127.0.0.1', logLevel: 'silent', sources: [] }), {
    log: silentLogger,
    pipeline: { onPublished: (_post, ms) => pipelineMs.push(ms) },
  })
  const server = await startServer(ctx)
  const child = fork(fileURLToPath(import.meta.url), ['--clients'], { execArgv: process.execArgv, stdio: 'inherit' })
  try {
    // Users (one per ten clients) and one real session per client, through POST /api/login.
    const users = Math.max(1, Math.ceil(CLIENTS / 10))
    const names: string[] = []
    for (let i = 0; i < users; i++) {
      const name = `banc-${ROLE_MIX[i % ROLE_MIX.length]}-${i}`
      await createUser(ctx.database.db, { name, role: ROLE_MIX[i % ROLE_MIX.length]!, password: PASSWORD })
      names.push(name)
    }
    const cookies: string[] = []
    for (let i = 0; i < CLIENTS; i += 8) {
      cookies.push(...(await Promise.all(Array.from({ length: Math.min(8, CLIENTS - i) }, (_, k) => logIn(server.url, names[(i + k) % users]!)))))
    }
    send(child, { kind: 'start', url: server.url, cookies })
    const ready = await nextMessage(child, 'ready')

    const total = RATE * SECONDS
    const posts = generatePosts(total, new Date('2026-11-04T08:00:00Z'), (1000 / RATE) * SPEEDUP)
    console.log(
      `${label}: ${ready.connected} WebSocket clients connected (${ready.failed} failed), ${users} users, ` +
        `${fmt(posts.length)} posts at ${fmt(RATE)}/s for ${SECONDS} s`,
    )

    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    let maxRss = 0
    const rssTimer = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 250)
    let idBatch: string[] = []
    let atBatch: number[] = []
    const ipcTimer = setInterval(() => {
      if (idBatch.length === 0) return
      send(child, { kind: 'ingest', ids: idBatch, at: atBatch })
      idBatch = []
      atBatch = []
    }, 20)
    const events0 = await metricTotal(ctx.metrics.wsEvents)
    const frames0 = await metricTotal(ctx.metrics.wsFrames)
    pipelineMs.length = 0
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    let sent = 0
    while (sent < posts.length) {
      const due = Math.min(posts.length, Math.floor(((performance.now() - t0) / 1000) * RATE))
      while (sent < due) {
        const post = posts[sent++]!
        idBatch.push(post.id)
        atBatch.push(wallNow())
        await ctx.pipeline.ingest(post)
      }
      await new Promise((r) => setTimeout(r, 5))
    }
    const ingestSeconds = (performance.now() - t0) / 1000
    await ctx.pipeline.flush()
    const flushedSeconds = (performance.now() - t0) / 1000
    await new Promise((r) => setTimeout(r, 1500)) // last frames in flight
    const cpu = process.cpuUsage(cpu0)
    const wallSeconds = (performance.now() - t0) / 1000
    clearInterval(ipcTimer)
    clearInterval(rssTimer)
    loop.disable()
    if (idBatch.length > 0) send(child, { kind: 'ingest', ids: idBatch, at: atBatch })
    const events = (await metricTotal(ctx.metrics.wsEvents)) - events0
    const frames = (await metricTotal(ctx.metrics.wsFrames)) - frames0
    const dropped = await metricTotal(ctx.metrics.wsDropped)
    send(child, { kind: 'finish' })
    const { report } = await nextMessage(child, 'results')

    const ms = (xs: number[]) => `p50 ${fmt(quantile(xs, 0.5), 1)} ms, p99 ${fmt(quantile(xs, 0.99), 1)} ms, max ${fmt(xs.reduce((a, b) => Math.max(a, b), 0), 1)} ms (${fmt(xs.length)} receipts)`
    console.log(`  ingest: ${fmt(sent / ingestSeconds)} posts/s offered, all stored after ${fmt(flushedSeconds, 1)} s; stored ${fmt(ctx.pipeline.stats.stored)}`)
    console.log(`  ingest → hub publish (pipeline: batch, insert), every post: ${ms(pipelineMs)}`)
    console.log(`  hub publish → client (fan-out alone, from the frame's "at"), every event: ${ms(report.publishDelays)}`)
    console.log(`  ingest → client, post.hostile: ${ms(report.hostileDelays)}`)
    console.log(`  ingest → client, wave.posts (freshest post of the frame): ${ms(report.wavePostsDelays)}`)
    console.log(`  events journaled: ${fmt(events)} = ${fmt(events / flushedSeconds)}/s; frames sent: ${fmt(frames)} = ${fmt(frames / flushedSeconds)}/s; received by clients: ${fmt(report.frames)}`)
    console.log(`  received by type: ${Object.entries(report.byType).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}`)
    console.log(`  clients closed by the server: ${JSON.stringify(report.closedByServer)} (server count ${dropped}); receipts without a known ingest time: ${report.unmatched}`)
    console.log(
      `  server process: CPU ${fmt((cpu.user + cpu.system) / 1000 / wallSeconds / 10, 0)} % of one core ` +
        `(user ${fmt(cpu.user / 1e6, 1)} s, system ${fmt(cpu.system / 1e6, 1)} s over ${fmt(wallSeconds, 1)} s), peak RSS ${fmt(maxRss / 2 ** 20)} MiB, ` +
        `event-loop delay p99 ${fmt(loop.percentile(99) / 1e6, 1)} ms, max ${fmt(loop.max / 1e6, 1)} ms`,
    )
    console.log(
      `  client process: CPU user ${fmt(report.cpuUserMs / 1000, 1)} s, system ${fmt(report.cpuSystemMs / 1000, 1)} s, peak RSS ${fmt(report.maxRssMiB)} MiB` +
        `${database.driver === 'postgres' ? '; PostgreSQL server CPU not included' : '; PGlite runs inside the server process'}`,
    )
  } finally {
    child.kill()
    await server.close()
    await ctx.close()
  }
}

async function metricTotal(metric: { get(): Promise<{ values: Array<{ value: number }> }> }): Promise<number> {
  return (await metric.get()).values.reduce((s, v) => s + v.value, 0)
}

// ---------------------------------------------------------------- client process

function runClients(): void {
  const ingestAt = new Map<string, number>()
  const hostileDelays: number[] = []
  const wavePostsDelays: number[] = []
  const publishDelays: number[] = []
  const pending: Array<{ ids: string[]; at: number; kind: 'hostile' | 'wave' }> = []
  const byType: Record<string, number> = {}
  const closedByServer: Record<string, number> = {}
  let frames = 0
  let maxRss = 0
  const sockets: WebSocket[] = []
  const rssTimer = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 250)
  const cpu0 = process.cpuUsage()

  const record = (ids: string[], at: number, kind: 'hostile' | 'wave') => {
    let latest = -Infinity
    for (const id of ids) {
      const t = ingestAt.get(id)
      if (t === undefined) {
        pending.push({ ids, at, kind })
        return
      }
      latest = Math.max(latest, t)
    }
    ;(kind === 'hostile' ? hostileDelays : wavePostsDelays).push(at - latest)
  }

  // The clients are the measuring instrument: they read the type and the
  // external ids with string search instead of JSON.parse, to stay cheap.
  const EXTERNAL_ID = /"externalId":"([^"\\]*)"/g
  const onFrame = (data: Buffer) => {
    const at = wallNow()
    frames++
    const text = data.toString('utf8')
    const t = text.indexOf('"type":"') + 8
    const type = text.slice(t, text.indexOf('"', t))
    const a = text.indexOf('"at":"') + 6
    if (a > 5) publishDelays.push(at - Date.parse(text.slice(a, text.indexOf('"', a))))
    byType[type] = (byType[type] ?? 0) + 1
    if (type !== 'post.hostile' && type !== 'wave.posts') return
    const ids = Array.from(text.matchAll(EXTERNAL_ID), (m) => m[1]!)
    if (ids.length > 0) record(type === 'post.hostile' ? ids.slice(0, 1) : ids, at, type === 'post.hostile' ? 'hostile' : 'wave')
  }

  process.on('message', (m: ToClients) => {
    if (m.kind === 'start') {
      let connected = 0
      let failed = 0
      for (const cookie of m.cookies) {
        const ws = new WebSocket(`${m.url.replace('http', 'ws')}/ws`, { headers: { cookie }, perMessageDeflate: false, skipUTF8Validation: true })
        sockets.push(ws)
        ws.once('message', () => {
          connected++
          ws.on('message', onFrame)
          if (connected + failed === m.cookies.length) process.send?.({ kind: 'ready', connected, failed } satisfies FromClients)
        })
        ws.once('error', () => {
          failed++
          if (connected + failed === m.cookies.length) process.send?.({ kind: 'ready', connected, failed } satisfies FromClients)
        })
        ws.on('close', (code) => {
          closedByServer[code] = (closedByServer[code] ?? 0) + 1
        })
      }
    } else if (m.kind === 'ingest') {
      for (let i = 0; i < m.ids.length; i++) ingestAt.set(m.ids[i]!, m.at[i]!)
    } else {
      let unmatched = 0
      for (const p of pending.splice(0)) {
        const times = p.ids.map((id) => ingestAt.get(id))
        if (times.some((t) => t === undefined)) {
          unmatched++
          continue
        }
        ;(p.kind === 'hostile' ? hostileDelays : wavePostsDelays).push(p.at - Math.max(...(times as number[])))
      }
      for (const ws of sockets) ws.removeAllListeners('close')
      const cpu = process.cpuUsage(cpu0)
      clearInterval(rssTimer)
      const report: ClientReport = {
        hostileDelays,
        wavePostsDelays,
        publishDelays,
        frames,
        byType,
        unmatched,
        closedByServer,
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        maxRssMiB: maxRss / 2 ** 20,
      }
      process.send?.({ kind: 'results', report } satisfies FromClients)
    }
  })
}

// ---------------------------------------------------------------- main

if (process.argv.includes('--clients')) {
  runClients()
} else {
  const pgUrl = process.env.BENCH_DATABASE_URL
  console.log(`ws fan-out: node ${process.version}, ${cpus().length} CPU(s), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; clients in a child process`)
  if (pgUrl) {
    await withBenchDatabase(pgUrl, (database) => run('PostgreSQL', database))
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ws-bench-'))
    try {
      await run('PGlite (on disk)', { driver: 'pglite', dataDir: join(dir, 'pglite') })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
