/**
 * Two Vigie instances (`vigie start` child processes, built dist/) on one
 * PostgreSQL, fed by a local Jetstream-like server at 2,000 posts/s (French
 * background, a #anti2010 raid and a pile-on), with 200 dashboards signed in
 * and split evenly across the two instances. Prints:
 *
 * - ingest → client: from the post leaving the Jetstream server to the
 *   `post.hostile` frame reaching each dashboard (p50/p99/max), for the
 *   clients of the instance that reads Jetstream and of the other one;
 * - the takeover after `kill -9` of the instance holding the source: time
 *   to the new Jetstream connection, time until dashboards get posts again;
 * - posts emitted vs stored (lost, duplicated).
 *
 * The dashboards run in a child process, so that their work does not delay
 * the Jetstream server's sends; a post's send time travels in the post
 * itself (its createdAt is the event's time_us, taken when it is sent).
 * Uses the default lease (VIGIE_LEASE_TTL=20). Also prints the CPU each
 * party used during the steady phase and the load average, since the
 * latency depends on the machine's other work. Never asserts.
 *
 *   npm run build && npx tsx bench/cluster.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_RATE=2000 BENCH_SECONDS=60 BENCH_CLIENTS=200 npx tsx bench/cluster.ts
 *
 * BENCH_AFTER_KILL_SECONDS=0 skips the kill -9 (latency only); BENCH_FLUSH_MS
 * sets the instances' VIGIE_FLUSH_MS (at load ≈ 7, 25 ms gave a worse p99
 * than the default 5 ms in two runs each);
 * BENCH_PROFILE_DIR=/tmp/prof writes the instances' V8 CPU profiles there
 * (the killed one writes none: use it with BENCH_AFTER_KILL_SECONDS=0), to
 * read with `npx tsx bench/profile-summary.ts <file>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fork, type ChildProcess } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import type { Role } from '../src/auth/roles.js'
import { createUser } from '../src/auth/user-service.js'
import { openDatabase } from '../src/db/client.js'
import { sql } from 'drizzle-orm'
import { logIn, startInstance, type Instance } from '../test/cluster/instances.js'
import { postEvent, plcDid } from '../test/watchers/fakes/jetstream-events.js'
import { startFakeJetstream } from '../test/watchers/fakes/jetstream-server.js'
import { backgroundPosts, rng } from './background-posts.js'
import { withBenchDatabase } from './bench-database.js'
import { fmt, quantile } from './stats.js'

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200)
const RATE = Number(process.env.BENCH_RATE ?? 2000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
/** How long posts keep coming after the kill. */
const AFTER_KILL_SECONDS = Number(process.env.BENCH_AFTER_KILL_SECONDS ?? 40)
/** Where the instances write V8 CPU profiles (`--cpu-prof`), when set; the killed one writes none. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR
const PASSWORD = 'mot-de-passe-du-banc-grappe'
const ROLE_MIX: readonly Role[] = ['admin', 'analyst', 'analyst', 'reviewer', 'counsellor']

const HOSTILE_TAG = [
  "les 2010 c'est tous des cassos #anti2010",
  "#anti2010 bande de gamins de merde dégagez de l'insta",
  'les 2010 vous êtes des grosses merdes #anti2010',
  'sale 2010 va te pendre #anti2010',
]
const HOSTILE_TARGET = ["@lea.martin.bsky.social t'es qu'une grosse pute", "@lea.martin.bsky.social va crever sale chienne personne t'aime"]

/** Wall-clock ms. */
const now = () => performance.timeOrigin + performance.now()

/** The posts to send: background, and from 20 % of the run a raid (6 %) and a pile-on (3 %). */
class PostMaker {
  private readonly random = rng(17)
  private readonly background = backgroundPosts(20_000, new Date(), 1, 5).map((l) => (JSON.parse(l) as { text: string }).text)
  private n = 0

  constructor(private readonly total: number) {}

  next(timeUs: number): Record<string, unknown> {
    const i = this.n++
    const r = this.random()
    let text = this.background[i % this.background.length]!
    let author = plcDid(10_000 + Math.floor(this.random() * 5000))
    if (i > Math.min(this.total, RATE * SECONDS) * 0.2 && r < 0.09) {
      const raid = r < 0.06
      const texts = raid ? HOSTILE_TAG : HOSTILE_TARGET
      text = `${texts[Math.floor(this.random() * texts.length)]!}${this.random() < 0.5 ? ' mdr' : ''}`
      author = plcDid((raid ? 20_000 : 30_000) + Math.floor(this.random() * (raid ? 400 : 120)))
    }
    const rkey = `3kb${i}`
    const tags = [...text.matchAll(/#(\w+)/g)].map((m) => m[1]!)
    return postEvent({ did: author, rkey, timeUs, text, langs: ['fr'], ...(tags.length > 0 ? { tags } : {}) })
  }

  get count(): number {
    return this.n
  }
}

/** Parent → dashboards process. */
type ToClients = { kind: 'start'; targets: Array<{ url: string; cookie: string; on: number }> } | { kind: 'steady' } | { kind: 'kill'; at: number } | { kind: 'finish' }
/** Dashboards process → parent. */
type FromClients =
  | { kind: 'ready' }
  | { kind: 'steady'; lines: string[] }
  | { kind: 'finish'; firstAfterKill: number | null }

const ms = (xs: number[]) =>
  `p50 ${fmt(quantile(xs, 0.5), 1)} ms, p99 ${fmt(quantile(xs, 0.99), 1)} ms, max ${fmt(xs.reduce((a, b) => Math.max(a, b), 0), 1)} ms (${fmt(xs.length)} receipts)`

/** The dashboards: connect, time every post.hostile frame, report. */
function runClients(): void {
  const delays: number[][] = [[], []]
  const toPublish: number[] = []
  const fromPublish: number[][] = [[], []]
  const frameCount = [0, 0]
  const sockets: WebSocket[] = []
  let phase: 'steady' | 'between' | 'kill' = 'steady'
  let killAt = Infinity
  let firstAfterKill: number | null = null
  const CREATED = /"createdAt":"([^"]+)"/
  const reply = (m: FromClients) => process.send?.(m)
  process.on('message', (m: ToClients) => {
    if (m.kind === 'start') {
      let open = 0
      for (const t of m.targets) {
        const ws = new WebSocket(`${t.url.replace('http', 'ws')}/ws`, { headers: { cookie: t.cookie }, perMessageDeflate: false })
        sockets.push(ws)
        ws.once('message', () => {
          if (++open === m.targets.length) reply({ kind: 'ready' })
          ws.on('message', (data: Buffer) => {
            const at = now()
            frameCount[t.on]!++
            const text = data.toString('utf8')
            if (!text.includes('"type":"post.hostile"')) return
            const created = CREATED.exec(text)?.[1]
            if (!created) return
            const sent = Date.parse(created)
            if (phase === 'kill') {
              if (sent >= killAt && firstAfterKill === null) firstAfterKill = at
              return
            }
            if (phase !== 'steady') return
            delays[t.on]!.push(at - sent)
            const a = text.indexOf('"at":"') + 6
            const published = Date.parse(text.slice(a, text.indexOf('"', a)))
            if (t.on === 0) toPublish.push(published - sent)
            fromPublish[t.on]!.push(at - published)
          })
        })
      }
    } else if (m.kind === 'steady') {
      phase = 'between'
      reply({
        kind: 'steady',
        lines: [
          `  ingest → client, post.hostile, dashboards on A (reads Jetstream): ${ms(delays[0]!)}`,
          `  ingest → client, post.hostile, dashboards on B (events through PostgreSQL): ${ms(delays[1]!)}`,
          `  ingest → client, post.hostile, all dashboards: ${ms([...delays[0]!, ...delays[1]!])}`,
          `  of which Jetstream send → hub publish on A (read, classify, store, wave stages): ${ms(toPublish)}`,
          `  of which hub publish → client (journal in PostgreSQL, NOTIFY, fan-out): on A ${ms(fromPublish[0]!)}; on B ${ms(fromPublish[1]!)}`,
          `  frames received: on A ${fmt(frameCount[0]!)}, on B ${fmt(frameCount[1]!)}`,
        ],
      })
    } else if (m.kind === 'kill') {
      killAt = m.at
      phase = 'kill'
    } else {
      for (const ws of sockets) ws.terminate()
      reply({ kind: 'finish', firstAfterKill })
      process.exit(0)
    }
  })
}

function nextMessage<K extends FromClients['kind']>(child: ChildProcess, kind: K): Promise<Extract<FromClients, { kind: K }>> {
  return new Promise((resolve) => {
    const on = (m: FromClients) => {
      if (m.kind !== kind) return
      child.off('message', on)
      resolve(m as Extract<FromClients, { kind: K }>)
    }
    child.on('message', on)
  })
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  await withBenchDatabase(adminUrl, async (database) => {
    if (database.driver !== 'postgres') throw new Error('PostgreSQL expected')
    const js = await startFakeJetstream()
    const instances: Instance[] = []
    const handle = await openDatabase(database)
    try {
      const nodeArgs = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []
      // BENCH_FLUSH_MS sets the instances' VIGIE_FLUSH_MS (tuning).
      const env: Record<string, string> = process.env.BENCH_FLUSH_MS ? { VIGIE_FLUSH_MS: process.env.BENCH_FLUSH_MS } : {}
      instances.push(await startInstance(database.url, js.url, env, nodeArgs))
      await waitFor(() => js.clientCount() === 1, 60_000)
      instances.push(await startInstance(database.url, js.url, env, nodeArgs))
      const holderOf = async () => {
        const [lease] = await handle.rows<{ owner: string }>(sql`select owner from leases where name like 'source:%'`)
        return instances.findIndex((i) => lease?.owner.startsWith(`${i.child.pid}-`))
      }
      const holder = await holderOf()

      // Users (one per ten dashboards), and one session per dashboard, on the instance it connects to.
      const users = Math.max(1, Math.ceil(CLIENTS / 10))
      for (let u = 0; u < users; u++) await createUser(handle.db, { name: `grappe-${u}`, role: ROLE_MIX[u % ROLE_MIX.length]!, password: PASSWORD })
      let killAt = Infinity
      const maker = new PostMaker(RATE * (SECONDS + AFTER_KILL_SECONDS))
      const targets: Array<{ url: string; cookie: string; on: number }> = []
      for (let c = 0; c < CLIENTS; c++) {
        const on = c % 2
        targets.push({ url: instances[on]!.url, cookie: await logIn(instances[on]!.url, `grappe-${c % users}`, PASSWORD), on })
      }
      const clients = fork(fileURLToPath(import.meta.url), ['--clients'], { execArgv: process.execArgv, stdio: 'inherit' })
      const ready = nextMessage(clients, 'ready')
      clients.send({ kind: 'start', targets } satisfies ToClients)
      await ready
      console.log(
        `cluster: 2 instances on PostgreSQL, ${CLIENTS} dashboards (half on each, in a child process), ` +
          `${fmt(RATE)} posts/s for ${SECONDS} s through a local Jetstream; instance ${holder === 0 ? 'A' : 'B'} holds the source`,
      )
      if (holder !== 0) throw new Error('A started first and should hold the source')

      // Steady state.
      const emit = async (seconds: number) => {
        const t0 = performance.now()
        let sent = 0
        while (performance.now() - t0 < seconds * 1000) {
          const due = Math.floor(((performance.now() - t0) / 1000) * RATE)
          const batch: Record<string, unknown>[] = []
          const timeUs = Math.floor(now() * 1000)
          while (sent < due) {
            batch.push(maker.next(timeUs + batch.length))
            sent++
          }
          if (batch.length > 0) js.emit(batch)
          await new Promise((r) => setTimeout(r, 10))
        }
      }
      const cpuBefore = cpuSeconds(instances, clients)
      const loadBefore = loadavg()[0]!
      await emit(SECONDS)
      await new Promise((r) => setTimeout(r, 2_000))
      const cpuAfter = cpuSeconds(instances, clients)
      const loadAfter = loadavg()[0]!
      const steady = nextMessage(clients, 'steady')
      clients.send({ kind: 'steady' } satisfies ToClients)
      for (const line of (await steady).lines) console.log(line)
      if (cpuBefore && cpuAfter) {
        const used = (k: keyof CpuSeconds) => `${fmt(cpuAfter[k] - cpuBefore[k], 1)} s`
        console.log(
          `  CPU during the ${SECONDS + 2} s: instance A ${used('a')}, instance B ${used('b')}, PostgreSQL server (all its processes, other users' included) ${used('postgres')}, ` +
            `dashboards process ${used('clients')}, this process (Jetstream server) ${used('self')}`,
        )
      }
      console.log(`  load average (1 min) at the start and the end of the steady phase: ${fmt(loadBefore, 1)}, ${fmt(loadAfter, 1)}`)
      const holderName = 'A'
      const otherName = 'B'

      if (AFTER_KILL_SECONDS <= 0) {
        // No takeover (profiling, iterating): the stored count only.
        await finishClients(clients)
        const [row] = await handle.rows<{ rows: number; distinct: number }>(
          sql`select count(*)::int as rows, count(distinct external_id)::int as distinct from posts where platform = 'bluesky' and external_id like '%/3kb%'`,
        )
        console.log(`  posts emitted ${fmt(maker.count)}, stored ${fmt(row!.rows)} (${fmt(row!.distinct)} distinct) 2 s after the last one; no kill (BENCH_AFTER_KILL_SECONDS=0)`)
        console.log(`  machine load average at the end: ${loadavg().map((l) => fmt(l, 1)).join(', ')} (${cpus().length} cores)`)
        return
      }

      // Takeover: kill -9 the holder while posts keep coming.
      const connections = js.connections.length
      killAt = now()
      clients.send({ kind: 'kill', at: killAt } satisfies ToClients)
      instances[holder]!.child.kill('SIGKILL')
      const reconnect = (async () => {
        await waitFor(() => js.connections.length > connections && js.clientCount() === 1, 120_000)
        return now() - killAt
      })()
      await emit(AFTER_KILL_SECONDS)
      const takeoverMs = await reconnect
      const total = maker.count
      const stored = async () => {
        const [row] = await handle.rows<{ rows: number; distinct: number }>(
          sql`select count(*)::int as rows, count(distinct external_id)::int as distinct from posts where platform = 'bluesky' and external_id like '%/3kb%'`,
        )
        return row!
      }
      // The survivor catches up on the backlog: wait while it makes progress.
      const drainStart = now()
      let last = -1
      let lastChange = now()
      for (;;) {
        const { rows } = await stored()
        if (rows >= total) break
        if (rows !== last) {
          last = rows
          lastChange = now()
        } else if (now() - lastChange > 30_000) break
        await new Promise((r) => setTimeout(r, 1_000))
      }
      const drainSeconds = (now() - drainStart) / 1000
      const counts = await stored()
      const { firstAfterKill } = await finishClients(clients)
      const back = firstAfterKill === null ? NaN : firstAfterKill - killAt
      console.log(
        `  kill -9 of ${holderName} (lease VIGIE_LEASE_TTL=20 s): Jetstream reconnected by ${otherName} after ${fmt(takeoverMs / 1000, 1)} s; ` +
          `first post emitted after the kill on a dashboard after ${fmt(back / 1000, 1)} s`,
      )
      console.log(
        `  posts emitted ${fmt(total)}, stored ${fmt(counts.rows)} (${fmt(counts.distinct)} distinct) ${fmt(drainSeconds, 0)} s after the last one was emitted: ` +
          `lost ${fmt(total - counts.distinct)}, duplicated ${fmt(counts.rows - counts.distinct)}`,
      )
      console.log(`  machine load average at the end: ${loadavg().map((l) => fmt(l, 1)).join(', ')} (${cpus().length} cores)`)
    } finally {
      for (const i of instances) {
        if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGTERM')
        await i.exited
      }
      await handle.close()
      await js.close()
    }
  })
}

/** Closes the dashboards; returns when the first post emitted after the kill reached one. */
async function finishClients(clients: ChildProcess): Promise<{ firstAfterKill: number | null }> {
  const finished = nextMessage(clients, 'finish')
  clients.send({ kind: 'finish' } satisfies ToClients)
  return finished
}

interface CpuSeconds {
  a: number
  b: number
  postgres: number
  clients: number
  self: number
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); 0 when it cannot be read. */
function procCpu(pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the command), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

/** CPU used so far by each party of the bench; null off Linux. */
function cpuSeconds(instances: Instance[], clients: ChildProcess): CpuSeconds | null {
  if (!existsSync('/proc/self/stat')) return null
  let postgres = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') postgres += procCpu(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  const self = process.cpuUsage()
  return { a: procCpu(instances[0]?.child.pid), b: procCpu(instances[1]?.child.pid), postgres, clients: procCpu(clients.pid), self: (self.user + self.system) / 1e6 }
}

async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

if (process.argv.includes('--clients')) runClients()
else await main()
