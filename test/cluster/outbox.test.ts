/**
 * The outbox: webhooks, e-mails and platform reports survive a restart
 * (queued by an instance that stops before sending, sent once by the next
 * one to local receivers), a failing receiver is retried then served once,
 * a send that keeps failing is given up with a French reason; on one
 * PostgreSQL two delivering instances send N rows exactly once between them,
 * a row left claimed by a dead instance is sent once its lease passed, and
 * two capture services take each filed URL once.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CaptureService } from '../../src/capture/capture-service.js'
import type { PageCapture } from '../../src/capture/chromium-capture.js'
import type { DatabaseConfig } from '../../src/config/config.js'
import { createContext, type AppContext, type ContextOverrides } from '../../src/context.js'
import type { WatchView } from '../../contract/watches.js'
import { auditLog, intakeItems, outbox, takedowns, watches } from '../../src/db/schema/index.js'
import { createApp } from '../../src/server/app.js'
import { silentLogger } from '../../src/logger.js'
import { messageIdFor } from '../../src/mail/mailer.js'
import { PlatformRegistry } from '../../src/platforms/registry.js'
import { RetentionJob } from '../../src/retention/retention-job.js'
import { DRIVERS, freshDatabase, loginAs, testConfig } from '../_util.js'
import { startSmtpServer, type LocalSmtp } from '../mail/smtp-server.js'
import { client, insertPost } from '../moderation/helpers.js'
import { fakePostRef, startFakeBlueskyPds, type FakeBlueskyPds } from '../watchers/fakes/bluesky-report-server.js'

/** A local webhook receiver: records each POST; answers the next `failNext` with 503. */
interface Receiver {
  url: string
  posts: Array<{ headers: IncomingHttpHeaders; body: string }>
  failNext: number
  close(): Promise<void>
}

async function startReceiver(): Promise<Receiver> {
  const r: Receiver = { url: '', posts: [], failNext: 0, close: async () => {} }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (r.failNext > 0) {
        r.failNext--
        res.writeHead(503).end()
        return
      }
      r.posts.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  r.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return r
}

/** A database two successive contexts can open: a PGlite folder, or a fresh PostgreSQL database. */
async function reopenable(driver: DatabaseConfig['driver']): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  if (driver === 'postgres') return freshDatabase('postgres')
  const dir = mkdtempSync(join(tmpdir(), 'vigie-outbox-'))
  return { database: { driver: 'pglite', dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

describe.each(DRIVERS)('outbox (%s)', (driver) => {
  let hook: Receiver
  let smtp: LocalSmtp
  let pds: FakeBlueskyPds
  let db: { database: DatabaseConfig; drop: () => Promise<void> }
  const open = (overrides: ContextOverrides = {}) =>
    createContext(
      testConfig(db.database, {
        sources: [],
        mail: { url: smtp.url, from: 'cellule@ecoute.example' },
        takedown: {
          bluesky: { service: pds.url, identifier: pds.account.identifier, appPassword: pds.account.password, labelerDid: null },
          mastodon: null,
          notifier: { name: 'Cellule d’écoute Test', email: 'cellule@ecoute.example' },
        },
      }),
      { log: silentLogger, webhooks: { retryBaseMs: 20, attempts: 3 }, takedowns: { retryBaseMs: 20 }, ...overrides },
    )

  beforeAll(async () => {
    hook = await startReceiver()
    smtp = await startSmtpServer()
    pds = await startFakeBlueskyPds()
    db = await reopenable(driver)
  })
  afterAll(async () => {
    await hook?.close()
    await smtp?.close()
    await pds?.close()
    await db?.drop()
  })

  it('sends once, after a restart, the webhook, e-mail and platform report queued by an instance stopped before sending them', async () => {
    const before = await open({ outbox: { deliver: false } })
    let takedownId: number
    try {
      await before.webhooks.enqueue(before.database.db, { key: 'webhook:test:restart', subject: 'test:restart', url: hook.url, secret: null, payload: { event: 'test' } })
      await before.mail.add(before.database.db, {
        key: 'mail:test:restart',
        subject: 'test:restart',
        type: 'plain',
        data: {},
        message: { to: ['referente@ac-creteil.example'], subject: 'Essai de reprise', text: 'Bonjour' },
      })
      const fake = { did: 'did:plc:harceleur00000000000000001', handle: 'harceleur.bsky.social', rkey: `3l${randomBytes(5).toString('hex')}`, text: 'sale 2010', createdAt: '2026-11-27T20:00:00.000Z', indexedAt: '2026-11-27T20:00:01.000Z' }
      pds.posts.push(fake)
      const post = await insertPost(before, { externalId: fakePostRef(fake).uri })
      const [analyst, reviewer] = [await loginAs(before, 'analyst'), await loginAs(before, 'reviewer')]
      const flag = (await client(before, analyst).flag([String(post.id)], 'harassment', 'vague contre une élève')).body.flags[0]!
      await client(before, reviewer).claim(flag.id)
      const decided = await client(before, reviewer).decide(flag.id, 'confirm', 'moquerie ciblée')
      takedownId = decided.body.takedowns.find((t) => t.channel === 'bluesky-report')!.id
      const queued = await before.database.db.select().from(outbox).where(eq(outbox.state, 'pending'))
      // Our e-mail, the notice e-mail of the DSA request (sent only if the platform takes notices by e-mail), the report, the webhook.
      expect(queued.map((r) => r.kind).sort()).toEqual(['mail', 'mail', 'report', 'webhook'])
    } finally {
      await before.close()
    }
    expect(hook.posts).toHaveLength(0)
    expect(smtp.received).toHaveLength(0)
    expect(pds.reports).toHaveLength(0)

    const after = await open()
    try {
      await after.outbox.drain()
      expect(hook.posts).toHaveLength(1)
      expect(hook.posts[0]!.headers['idempotency-key']).toBe('webhook:test:restart')
      expect(JSON.parse(hook.posts[0]!.body)).toEqual({ event: 'test', delivery: 'webhook:test:restart' })
      const [mail] = await smtp.waitFor(1)
      expect(smtp.received).toHaveLength(1)
      expect(mail!.parsed.messageId).toBe(messageIdFor('mail:test:restart', 'cellule@ecoute.example'))
      expect(pds.reports).toHaveLength(1)
      const [t] = await after.database.db.select().from(takedowns).where(eq(takedowns.id, takedownId))
      expect(t).toMatchObject({ status: 'acknowledged', externalRef: String(pds.reports[0]!.id) })
      const rows = await after.database.db.select().from(outbox).orderBy(outbox.id)
      expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'sent', 'sent'])
      expect(rows.find((r) => r.kind === 'report')!.result).toMatchObject({ externalRef: String(pds.reports[0]!.id) })
    } finally {
      await after.close()
    }
  }, 180_000) // two migrations of a PGlite folder on a loaded machine

  it('retries a failing receiver with backoff and delivers once; gives up after its attempts with an audited French reason', async () => {
    const ctx = await open()
    try {
      hook.posts.length = 0
      hook.failNext = 2
      await ctx.webhooks.enqueue(ctx.database.db, { key: 'webhook:test:retry', subject: 'test:retry', url: hook.url, secret: null, payload: { event: 'retry' } })
      ctx.webhooks.wake()
      await ctx.outbox.drain()
      expect(hook.posts.map((p) => p.headers['idempotency-key'])).toEqual(['webhook:test:retry'])
      const [row] = await ctx.database.db.select().from(outbox).where(eq(outbox.key, 'webhook:test:retry'))
      expect(row).toMatchObject({ state: 'sent', attempts: 3 })

      // A receiver that is never there: given up after 3 attempts.
      await ctx.webhooks.enqueue(ctx.database.db, { key: 'webhook:test:dead', subject: 'test:dead', url: 'http://127.0.0.1:9/hook', secret: null, payload: { event: 'dead' } })
      await ctx.outbox.drain()
      const [dead] = await ctx.database.db.select().from(outbox).where(eq(outbox.key, 'webhook:test:dead'))
      expect(dead).toMatchObject({ state: 'failed', attempts: 3 })
      expect(dead!.lastError).toMatch(/^webhook injoignable/)
      const [audit] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.subject, 'test:dead'))
      expect(audit).toMatchObject({ action: 'outbox.failed' })
      expect(String(audit!.details.error)).toMatch(/^envoi abandonné après 3 essai\(s\) : webhook injoignable/)

      // The watch whose webhook was given up says so to its owner, until a webhook of it goes out again.
      const owner = await loginAs(ctx, 'counsellor')
      const [watch] = await ctx.database.db.insert(watches).values({ label: 'Léa Martin', names: ['Léa Martin'], handles: [], ownerId: owner.userId, webhookUrl: 'http://127.0.0.1:9/hook' }).returning()
      const view = async () => ((await (await createApp(ctx).request(`/api/watches/${watch!.id}`, { headers: owner.headers })).json()) as { watch: WatchView }).watch
      expect((await view()).webhookFailure).toBeNull()
      await ctx.webhooks.enqueue(ctx.database.db, { key: 'webhook:test:watch-dead', subject: `watch:${watch!.id}`, url: 'http://127.0.0.1:9/hook', secret: null, payload: { event: 'dead' } })
      await ctx.outbox.drain()
      expect((await view()).webhookFailure?.error).toMatch(/^webhook injoignable/)
      await ctx.webhooks.enqueue(ctx.database.db, { key: 'webhook:test:watch-back', subject: `watch:${watch!.id}`, url: hook.url, secret: null, payload: { event: 'back' } })
      await ctx.outbox.drain()
      expect((await view()).webhookFailure).toBeNull()

      // A sent row keeps no payload; the retention purge forgets rows done more than VIGIE_RETENTION_DAYS ago.
      const [sent] = await ctx.database.db.select().from(outbox).where(eq(outbox.key, 'webhook:test:retry'))
      expect(sent!.payload).toEqual({})
      const later = new Date(Date.now() + (ctx.cfg.retention.postDays + 1) * 24 * 3_600_000)
      const purge = new RetentionJob({ db: ctx.database.db, vault: ctx.vault, log: silentLogger, config: ctx.cfg.retention, now: () => later })
      expect((await purge.runOnce()).outboxPurged).toBeGreaterThanOrEqual(4)
      expect(await ctx.database.db.select().from(outbox).where(eq(outbox.key, 'webhook:test:dead'))).toEqual([])
    } finally {
      await ctx.close()
    }
  })

  it('takes each filed URL once with two capture services', async () => {
    const ctx = await open({ outbox: { deliver: false } })
    try {
      const user = await loginAs(ctx, 'analyst')
      // Waiting items, items left « running » by an instance that died (no lease, or a passed one), and one another live instance is capturing.
      const file = async (captureState: string, captureClaimedUntil: Date | null) => {
        const post = await insertPost(ctx, { platform: 'web', externalId: `https://forum.example/fil/${randomBytes(4).toString('hex')}` })
        const [item] = await ctx.database.db
          .insert(intakeItems)
          .values({ postId: post.id, platform: 'web', kind: 'page', url: post.externalId, submittedBy: user.userId, captureState, captureClaimedUntil })
          .returning()
        return item!
      }
      const items = []
      for (let i = 0; i < 4; i++) items.push(await file('pending', null), await file('running', i % 2 === 0 ? null : new Date(Date.now() - 60_000)))
      const held = await file('running', new Date(Date.now() + 3_600_000))
      const taken: string[] = []
      const capture = async (url: string): Promise<PageCapture> => {
        taken.push(url)
        await new Promise((r) => setTimeout(r, 20))
        const html = Buffer.from('<html><body>un fil</body></html>')
        return { requestedUrl: url, finalUrl: url, status: 200, headers: {}, capturedAt: new Date(), png: null, html, text: 'un fil', error: null, proxy: { connections: 1, bytes: html.length, refused: [], capped: false } }
      }
      const service = () =>
        new CaptureService({
          db: ctx.database.db,
          log: silentLogger,
          registry: new PlatformRegistry(ctx.database.db, () => ({})),
          config: { chromiumPath: process.execPath, policy: {} },
          store: null,
          capture,
        })
      const [a, b] = [service(), service()]
      const [na, nb] = await Promise.all([a.runOnce(), b.runOnce()])
      expect(na + nb).toBe(items.length)
      expect([...taken].sort()).toEqual(items.map((i) => i.url).sort())
      const states = await ctx.database.db.select({ id: intakeItems.id, state: intakeItems.captureState }).from(intakeItems)
      expect(states.filter((s) => s.id !== held.id).every((s) => s.state === 'done')).toBe(true)
      expect(states.find((s) => s.id === held.id)?.state).toBe('running')
      const [count] = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from captures`)
      expect(count?.n).toBe(items.length)
    } finally {
      await ctx.close()
    }
  })
})

describe.skipIf(!process.env.TEST_DATABASE_URL)('outbox: two instances on one PostgreSQL', () => {
  let hook: Receiver
  let drop: () => Promise<void>
  const contexts: AppContext[] = []

  beforeAll(async () => {
    hook = await startReceiver()
    const fresh = await freshDatabase('postgres')
    drop = fresh.drop
    for (let i = 0; i < 2; i++) contexts.push(await createContext(testConfig(fresh.database, { sources: [] }), { log: silentLogger, outbox: { leaseMs: 1_000, pollMs: 200 } }))
  })
  afterAll(async () => {
    for (const c of contexts) await c.close()
    await drop?.()
    await hook?.close()
  })

  it('delivers N rows exactly once between two delivering instances', async () => {
    const [a, b] = [contexts[0]!, contexts[1]!]
    hook.posts.length = 0
    const N = 60
    for (let i = 0; i < N; i++) {
      const by = i % 2 === 0 ? a : b
      await by.webhooks.enqueue(by.database.db, { key: `webhook:test:pair:${i}`, subject: 'test:pair', url: hook.url, secret: null, payload: { n: i } })
    }
    await Promise.all([a.outbox.drain(), b.outbox.drain()])
    const keys = hook.posts.map((p) => String(p.headers['idempotency-key']))
    expect(keys).toHaveLength(N)
    expect(new Set(keys).size).toBe(N)
  })

  it('sends a row left claimed by an instance that died, once its lease passed', async () => {
    const [a, b] = [contexts[0]!, contexts[1]!]
    hook.posts.length = 0
    await a.outbox.stop()
    // What a dead instance leaves: the row claimed (one attempt spent), its lease running.
    await a.webhooks.enqueue(a.database.db, { key: 'webhook:test:orphan', subject: 'test:orphan', url: hook.url, secret: null, payload: { n: 'orphan' } })
    await a.database.db
      .update(outbox)
      .set({ attempts: 1, claimToken: 'instance-morte', claimedUntil: sql`now() + interval '1 second'` })
      .where(eq(outbox.key, 'webhook:test:orphan'))
    await b.outbox.drain()
    expect(hook.posts.map((p) => p.headers['idempotency-key'])).toEqual(['webhook:test:orphan'])
    const [row] = await b.database.db.select().from(outbox).where(eq(outbox.key, 'webhook:test:orphan'))
    expect(row).toMatchObject({ state: 'sent', attempts: 2 })
  })
})
