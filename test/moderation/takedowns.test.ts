/**
 * Confirmed flag → takedown requests: Bluesky createReport (checked against
 * the lexicons by the fake PDS), Mastodon reports, DSA notices; missing
 * credentials, platform failures and retries, status transitions, and the
 * platform deleting the post.
 */
import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { TakedownConfig } from '../../src/config/config.js'
import type { AppContext } from '../../src/context.js'
import { auditLog, posts, watches, watchMatches, type PostRow } from '../../src/db/schema/index.js'
import type { HubMessage } from '../../src/hub/hub.js'
import { GOOD_FAITH_STATEMENT, type DsaNotice } from '../../src/moderation/dsa-notice.js'
import type { TakedownView } from '../../src/moderation/views.js'
import { markPostsDeleted } from '../../src/posts/post-lifecycle.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { startFakeBlueskyPds, fakePostRef, type FakeBlueskyPds } from '../watchers/fakes/bluesky-report-server.js'
import { startFakeMastodonReports, type FakeMastodonReports } from '../watchers/fakes/mastodon-report-server.js'
import type { FakePost } from '../watchers/fakes/xrpc-server.js'
import { client, insertPost, type ErrorBody } from './helpers.js'

describe.each(DRIVERS)('takedowns (%s)', (driver) => {
  let ctx: AppContext
  let pds: FakeBlueskyPds
  let masto: FakeMastodonReports
  let analyst: TestLogin
  let reviewer: TestLogin
  let configured: TakedownConfig
  const events: HubMessage[] = []

  beforeAll(async () => {
    pds = await startFakeBlueskyPds()
    masto = await startFakeMastodonReports()
    configured = {
      bluesky: { service: pds.url, identifier: pds.account.identifier, appPassword: pds.account.password, labelerDid: null },
      mastodon: { instance: masto.url, token: masto.token },
      notifier: { name: 'Association Test Protection Enfance', email: 'signalements@asso.test' },
    }
    ctx = await testContext(driver, { sources: [], takedown: configured }, { takedowns: { attempts: 3, retryBaseMs: 20 } })
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
    ctx.hub.subscribe((m) => events.push(m))
  })
  beforeEach(() => {
    ctx.cfg.takedown = configured
  })
  afterAll(async () => {
    await ctx.close()
    await pds.close()
    await masto.close()
  })

  /** A Bluesky post stored in Vigie; `served`: the AppView still has it (its CID is known). */
  const blueskyPost = async (served = true, fields: Parameters<typeof insertPost>[1] = {}) => {
    const fake: FakePost = {
      did: 'did:plc:harceleur00000000000000001',
      handle: 'harceleur.bsky.social',
      rkey: `3l${randomBytes(5).toString('hex')}`,
      text: 't es trop moche @lea.martin, personne veut de toi #anti2010',
      createdAt: '2026-11-27T20:00:00.000Z',
      indexedAt: '2026-11-27T20:00:01.000Z',
    }
    if (served) pds.posts.push(fake)
    const { uri, cid } = fakePostRef(fake)
    const post = await insertPost(ctx, { externalId: uri, url: `https://bsky.app/profile/harceleur.bsky.social/post/${fake.rkey}`, ...fields })
    return { post, uri, cid }
  }

  const confirm = async (post: PostRow, category = 'harassment') => {
    const flagged = await client(ctx, analyst).flag([String(post.id)], category, 'vague contre une élève')
    const flag = flagged.body.flags[0]!
    expect((await client(ctx, reviewer).claim(flag.id)).status).toBe(200)
    const decided = await client(ctx, reviewer).decide(flag.id, 'confirm', 'moquerie et exclusion ciblées')
    expect(decided.status).toBe(200)
    return decided.body
  }

  const takedown = async (id: number) => (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${id}`)).body.takedown
  const byChannel = (list: TakedownView[], channel: string) => list.find((t) => t.channel === channel)!

  it('confirming a Bluesky post sends createReport (strongRef, harassment reason) and a DSA notice is ready', async () => {
    const { post, uri, cid } = await blueskyPost()
    const { flag, takedowns } = await confirm(post)
    expect(flag.status).toBe('confirmed')
    expect(takedowns.map((t) => t.channel).sort()).toEqual(['bluesky-report', 'dsa-notice'])
    for (const t of takedowns) {
      expect(t).toMatchObject({ flagId: flag.id, postId: String(post.id), platform: 'bluesky', status: 'requested', lastError: null })
      expect(Date.parse(t.dueAt) - Date.parse(t.requestedAt)).toBe(3_600_000)
      expect(t.post).toEqual({ url: post.url, author: post.author, externalId: uri })
    }
    await ctx.moderation.sender.drain()

    const report = pds.reports.find((r) => r.body.subject.uri === uri)
    expect(pds.invalid).toEqual([])
    expect(report?.body.reasonType).toBe('tools.ozone.report.defs#reasonHarassmentTargeted')
    expect(report?.body.subject).toEqual({ $type: 'com.atproto.repo.strongRef', uri, cid })
    expect(report?.body.reason).toContain('Harcèlement')
    expect(report?.body.reason).toContain(flag.evidenceSha256)
    expect(report?.body.modTool).toEqual({ name: 'vigie' })

    const sent = await takedown(byChannel(takedowns, 'bluesky-report').id)
    expect(sent).toMatchObject({ status: 'acknowledged', externalRef: String(report?.id), lastError: null })
    expect(sent.answer).toContain(`Signalement n° ${report?.id}`)
    expect(sent.acknowledgedAt).not.toBeNull()
    expect(events.some((m) => m.event.type === 'takedown.updated' && m.event.takedown.id === sent.id && m.event.takedown.status === 'acknowledged')).toBe(true)
    expect((await takedown(byChannel(takedowns, 'dsa-notice').id)).status).toBe('requested')

    const audit = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.subject === `takedown:${sent.id}`)
    expect(audit.map((e) => e.action)).toEqual(['takedown.request', 'takedown.send'])
    expect(audit[1]?.details).toMatchObject({ outcome: 'acknowledged', externalRef: String(report?.id) })
    expect(JSON.stringify(audit)).not.toContain('moche')
  })

  it('uses the child-safety reason for a watched minor and reports the account when the post is gone', async () => {
    const { post, uri } = await blueskyPost(false)
    const [watch] = await ctx.database.db.insert(watches).values({ label: 'Léa Martin', names: ['Léa Martin'] }).returning()
    await ctx.database.db.insert(watchMatches).values({ watchId: watch!.id, postId: post.id, term: 'lea martin', hostile: true, postedAt: post.createdAt })
    const { takedowns } = await confirm(post)
    await ctx.moderation.sender.drain()
    const report = pds.reports.find((r) => r.body.subject.did === 'did:plc:harceleur00000000000000001' && r.body.reason?.includes('mineure'))
    expect(pds.invalid).toEqual([])
    expect(report?.body.reasonType).toBe('tools.ozone.report.defs#reasonChildSafetyHarassment')
    expect(report?.body.subject).toEqual({ $type: 'com.atproto.admin.defs#repoRef', did: 'did:plc:harceleur00000000000000001' })
    expect(report?.body.reason).not.toContain('Léa')
    const sent = await takedown(byChannel(takedowns, 'bluesky-report').id)
    expect(sent.status).toBe('acknowledged')
    expect(sent.answer).toMatch(/compte/)
    expect(uri).toMatch(/^at:\/\//)
  })

  it('confirming a Mastodon post reports the status with its account id, forwarded', async () => {
    const status = masto.addStatus({ id: `11${Date.now() % 100000}`, html: '<p>on va te retrouver à la sortie du collège</p>', acct: 'menaceur' })
    const post = await insertPost(ctx, {
      platform: 'mastodon',
      externalId: String(status.uri),
      url: String(status.url),
      author: `menaceur@${masto.host}`,
      authorId: `https://${masto.host}/@menaceur`,
      text: 'on va te retrouver à la sortie du collège',
      categories: ['threat'],
      evidence: [{ category: 'threat', match: 'on va te retrouver', start: 0, end: 18 }],
    })
    const { takedowns } = await confirm(post, 'threat')
    expect(takedowns.map((t) => t.channel).sort()).toEqual(['dsa-notice', 'mastodon-report'])
    await ctx.moderation.sender.drain()
    const report = masto.reports.find((r) => r.status_ids.includes(String(status.id)))
    expect(report).toMatchObject({ account_id: '109000000000000042', status_ids: [String(status.id)], category: 'other', forward: true })
    expect(report?.comment.length).toBeLessThanOrEqual(1000)
    expect(report?.comment).toContain('Menace')
    const search = masto.http.requests.find((r) => r.path === '/api/v2/search')
    expect(search?.query.get('resolve')).toBe('true')
    const sent = await takedown(byChannel(takedowns, 'mastodon-report').id)
    expect(sent).toMatchObject({ status: 'acknowledged', externalRef: report?.id })
  })

  it('keeps a report "requested" with a clear error when credentials are missing, and sends it once configured', async () => {
    ctx.cfg.takedown = { ...configured, bluesky: null }
    const { post, uri } = await blueskyPost()
    const { takedowns } = await confirm(post)
    const report = byChannel(takedowns, 'bluesky-report')
    expect(report.status).toBe('requested')
    expect(report.lastError).toMatch(/identifiants Bluesky non configurés/)
    await ctx.moderation.sender.drain()
    expect(pds.reports.some((r) => r.body.subject.uri === uri)).toBe(false)

    const still = await client(ctx, reviewer).post<{ takedown: TakedownView }>(`/api/takedowns/${report.id}/send`)
    expect(still.status).toBe(200)
    expect(still.body.takedown).toMatchObject({ status: 'requested' })
    expect(still.body.takedown.lastError).toMatch(/non configurés/)

    ctx.cfg.takedown = configured
    const sent = await client(ctx, reviewer).post<{ takedown: TakedownView }>(`/api/takedowns/${report.id}/send`)
    expect(sent.status).toBe(200)
    await ctx.moderation.sender.drain()
    expect(await takedown(report.id)).toMatchObject({ status: 'acknowledged', lastError: null })
    expect(pds.reports.some((r) => r.body.subject.uri === uri)).toBe(true)
  })

  it('sends at start the reports still waiting (restart, or credentials configured since)', async () => {
    ctx.cfg.takedown = { ...configured, bluesky: null }
    const { post, uri } = await blueskyPost()
    const report = byChannel((await confirm(post)).takedowns, 'bluesky-report')
    await ctx.moderation.sender.drain()
    await ctx.moderation.resumePending() // Bluesky still not configured: the report waits
    await ctx.moderation.sender.drain()
    expect(await takedown(report.id)).toMatchObject({ status: 'requested' })

    ctx.cfg.takedown = configured
    expect(await ctx.moderation.resumePending()).toBeGreaterThanOrEqual(1)
    await ctx.moderation.sender.drain()
    expect(await takedown(report.id)).toMatchObject({ status: 'acknowledged', lastError: null })
    expect(pds.reports.filter((r) => r.body.subject.uri === uri)).toHaveLength(1)
  })

  it('records a 500 from the platform, retries with backoff, and can be sent again after giving up', async () => {
    const path = '/xrpc/com.atproto.moderation.createReport'
    // One failure: the automatic retry succeeds.
    pds.http.faults.push({ pathPrefix: path, status: 500 })
    const first = await blueskyPost()
    const one = byChannel((await confirm(first.post)).takedowns, 'bluesky-report')
    await ctx.moderation.sender.drain()
    expect(await takedown(one.id)).toMatchObject({ status: 'acknowledged', lastError: null })

    // Every attempt fails: the error stays recorded, the takedown stays requested.
    for (let i = 0; i < 3; i++) pds.http.faults.push({ pathPrefix: path, status: 500 })
    const second = await blueskyPost()
    const two = byChannel((await confirm(second.post)).takedowns, 'bluesky-report')
    await ctx.moderation.sender.drain()
    const failed = await takedown(two.id)
    expect(failed.status).toBe('requested')
    expect(failed.lastError).toBe('Bluesky a répondu HTTP 500 (createReport)')
    const sends = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.subject === `takedown:${two.id}` && e.action === 'takedown.send')
    expect(sends.map((e) => e.details.outcome)).toEqual(['failed', 'failed', 'failed'])

    await client(ctx, reviewer).post(`/api/takedowns/${two.id}/send`)
    await ctx.moderation.sender.drain()
    expect(await takedown(two.id)).toMatchObject({ status: 'acknowledged', lastError: null })
  })

  it('proxies to the configured labeler, and records a refused app password without retrying', async () => {
    ctx.cfg.takedown = { ...configured, bluesky: { ...configured.bluesky!, labelerDid: 'did:plc:ar7c4by46qjdydhdevvrndac' } }
    const proxied = await blueskyPost()
    await confirm(proxied.post)
    await ctx.moderation.sender.drain()
    expect(pds.reports.find((r) => r.body.subject.uri === proxied.uri)?.proxy).toBe('did:plc:ar7c4by46qjdydhdevvrndac#atproto_labeler')

    ctx.cfg.takedown = { ...configured, bluesky: { ...configured.bluesky!, appPassword: 'wrong-pass-word-0000' } }
    const refused = await blueskyPost()
    const report = byChannel((await confirm(refused.post)).takedowns, 'bluesky-report')
    await ctx.moderation.sender.drain()
    const after = await takedown(report.id)
    expect(after.status).toBe('requested')
    expect(after.lastError).toMatch(/^Bluesky a refusé les identifiants/)
    const sends = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.subject === `takedown:${report.id}` && e.action === 'takedown.send')
    expect(sends.map((e) => e.details.retryable)).toEqual([false])
  })

  it('moves through allowed statuses only (others 409) and refuses to "send" a DSA notice', async () => {
    const post = await insertPost(ctx, { platform: 'rss', externalId: `https://news.test/${randomBytes(4).toString('hex')}`, url: null })
    const { takedowns } = await confirm(post, 'hate')
    expect(takedowns.map((t) => t.channel)).toEqual(['dsa-notice'])
    const id = takedowns[0]!.id
    const set = (status: string, answer?: string) =>
      client(ctx, reviewer).post<{ takedown: TakedownView } & ErrorBody>(`/api/takedowns/${id}/status`, { status, ...(answer ? { answer } : {}) })

    expect((await client(ctx, reviewer).post<ErrorBody>(`/api/takedowns/${id}/send`)).status).toBe(409)
    expect((await set('acknowledged', 'accusé de réception par courriel')).body.takedown).toMatchObject({ status: 'acknowledged', answer: 'accusé de réception par courriel' })
    const again = await set('acknowledged')
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/impossible/)
    const removed = await set('removed', 'contenu retiré le jour même')
    expect(removed.body.takedown).toMatchObject({ status: 'removed', answer: 'contenu retiré le jour même' })
    expect(removed.body.takedown.resolvedAt).not.toBeNull()
    expect((await set('refused')).status).toBe(409)
    const bad = await set('requested')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/acknowledged, removed ou refused/)
    expect((await client(ctx, reviewer).post<ErrorBody>('/api/takedowns/999999/status', { status: 'removed' })).status).toBe(404)

    const list = await client(ctx, analyst).get<{ takedowns: TakedownView[] }>('/api/takedowns?status=removed')
    expect(list.body.takedowns.map((t) => t.id)).toContain(id)
    const statuses = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.subject === `takedown:${id}` && e.action === 'takedown.status')
    expect(statuses.map((e) => [e.details.from, e.details.to])).toEqual([
      ['requested', 'acknowledged'],
      ['acknowledged', 'removed'],
    ])
  })

  it('serves the DSA notice as a text download and as JSON: URLs, explanation, notifier, good faith, hash', async () => {
    const hostile = 'Nom : faux notifiant\nJe déclare de bonne foi que rien\n<script>alert(1)</script>\u202Eesrever'
    const { post, uri } = await blueskyPost(true, { text: hostile })
    const { flag, takedowns } = await confirm(post)
    const id = byChannel(takedowns, 'dsa-notice').id

    const txt = await client(ctx, analyst).get<string>(`/api/takedowns/${id}/notice.txt`)
    expect(txt.status).toBe(200)
    expect(txt.res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/)
    expect(txt.res.headers.get('content-disposition')).toMatch(/^attachment; filename="avis-dsa-vigie-\d+\.txt"$/)
    expect(txt.res.headers.get('x-content-type-options')).toBe('nosniff')
    const text = txt.body
    expect(text).toContain('article 16 du règlement (UE) 2022/2065')
    expect(text).toContain(`URL : ${post.url}`)
    expect(text).toContain(`URL : ${uri}`)
    expect(text).toContain('Nom : Association Test Protection Enfance')
    expect(text).toContain('Adresse électronique : signalements@asso.test')
    expect(text).toContain(GOOD_FAITH_STATEMENT)
    expect(text).toContain(flag.evidenceSha256)
    expect(text).toContain('Harcèlement')
    expect(text).toContain('moquerie et exclusion ciblées')
    // The post text is quoted data: every line prefixed, no bidi override, never a field of its own.
    expect(text).toContain('    > Nom : faux notifiant')
    expect(text).toContain('    > <script>alert(1)</script>\uFFFDesrever')
    expect(text.split('\n').filter((l) => l.startsWith('Nom :') || l.startsWith('   Nom :'))).toEqual(['   Nom : Association Test Protection Enfance'])
    expect(text).not.toContain('\u202E')

    const json = await client(ctx, analyst).get<DsaNotice>(`/api/takedowns/${id}/notice.json`)
    expect(json.res.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(json.body).toMatchObject({
      type: 'dsa-article-16-notice',
      platform: 'bluesky',
      content: { urls: [post.url, uri], text: hostile, author: post.author },
      explanation: { category: 'harassment', categoryLabel: 'Harcèlement', targetIsMinor: false, reviewNote: 'moquerie et exclusion ciblées' },
      notifier: { name: 'Association Test Protection Enfance', email: 'signalements@asso.test' },
      goodFaithStatement: GOOD_FAITH_STATEMENT,
      evidence: { sha256: flag.evidenceSha256, capturedAt: flag.capturedAt },
    })
    expect((await client(ctx, analyst).get('/api/takedowns/999999/notice.txt')).status).toBe(404)
  })

  it('says in the DSA notice that a post marked without evidence has none, and lists its frozen hints as « indices »', async () => {
    const text = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable"
    const hint = (match: string, weight: number) => ({ kind: 'model' as const, match, start: text.indexOf(match), end: text.indexOf(match) + match.length, weight })
    const { post } = await blueskyPost(true, { text, score: 0.62, categories: [], evidence: [], hints: [hint('hystérique', 1.38), hint('incapable', 0.85)] })
    const { takedowns } = await confirm(post)
    // Rescored since (a new model): the notice still says what was frozen when it was flagged.
    await ctx.database.db.update(posts).set({ hints: [], score: 0.1 }).where(eq(posts.id, post.id))
    const id = byChannel(takedowns, 'dsa-notice').id
    const txt = (await client(ctx, analyst).get<string>(`/api/takedowns/${id}/notice.txt`)).body
    expect(txt).toContain('   Sans preuve directe : l’analyse automatique n’a relevé dans le message aucun passage en cause')
    expect(txt).toContain('   Indices relevés par l’analyse, qui ne sont pas des preuves :\n     - « hystérique » (mot qui a pesé dans le score)\n     - « incapable » (mot qui a pesé dans le score)\n')
    expect(txt).not.toContain('Passages en cause')
    const json = await client(ctx, analyst).get<DsaNotice>(`/api/takedowns/${id}/notice.json`)
    expect(json.status).toBe(200)
    expect(json.body.explanation.classifier).toMatchObject({ matches: [], withoutEvidence: true, hints: [{ match: 'hystérique', kind: 'model' }, { match: 'incapable', kind: 'model' }] })
    expect(json.body.explanation.summary).toContain('Indices relevés par l’analyse, qui ne sont pas des preuves : « hystérique »')
  })

  it('marks the requests of a post its author deletes « supprimé par l’auteur », open and watched, not removed', async () => {
    ctx.cfg.takedown = { ...configured, bluesky: null }
    const { post } = await blueskyPost()
    const { takedowns } = await confirm(post)
    const at = new Date('2026-11-28T01:00:00.000Z')
    expect(await markPostsDeleted(ctx.database.db, 'bluesky', [post.externalId], at, ctx.hub)).toBe(1)
    for (const t of takedowns) {
      expect(await takedown(t.id)).toMatchObject({ status: 'requested', removedBy: 'author', removedAt: at.toISOString(), resolvedAt: null })
      expect(events.some((m) => m.event.type === 'takedown.updated' && m.event.takedown.id === t.id && m.event.takedown.removedBy === 'author')).toBe(true)
    }
    const audit = (await ctx.database.db.select().from(auditLog).orderBy(auditLog.id)).filter((e) => e.action === 'takedown.author_deleted' && e.actor === 'system')
    expect(audit.map((e) => e.subject)).toEqual(expect.arrayContaining(takedowns.map((t) => `takedown:${t.id}`)))
    // The notice still shows the post as it was when flagged.
    const notice = await client(ctx, analyst).get<DsaNotice>(`/api/takedowns/${byChannel(takedowns, 'dsa-notice').id}/notice.json`)
    expect(notice.body.content.text).toBe(post.text)
  })

  it('sends two confirmations at once on one Bluesky login, and retries a 401 after a session change', async () => {
    ctx.cfg.takedown = { ...configured, bluesky: { ...configured.bluesky!, identifier: pds.account.identifier } }
    // A fresh account key: a new session must be opened, by both reports at the same moment.
    ctx.cfg.takedown = { ...ctx.cfg.takedown, bluesky: { ...ctx.cfg.takedown.bluesky!, service: `${pds.url}/` } }
    const before = pds.sessionsCreated
    const one = await blueskyPost()
    const two = await blueskyPost()
    const [a, b] = await Promise.all([confirm(one.post), confirm(two.post)])
    await ctx.moderation.sender.drain()
    expect(pds.sessionsCreated - before).toBe(1)
    for (const t of [byChannel(a.takedowns, 'bluesky-report'), byChannel(b.takedowns, 'bluesky-report')]) {
      expect(await takedown(t.id)).toMatchObject({ status: 'acknowledged', lastError: null })
    }
    // The session is revoked under a report: the 401 is retried on a fresh login, not left « demandé ».
    pds.http.faults.push({ pathPrefix: '/xrpc/com.atproto.moderation.createReport', status: 401, body: JSON.stringify({ error: 'AuthenticationRequired', message: 'Token has been revoked' }) })
    const three = await blueskyPost()
    const c = await confirm(three.post)
    await ctx.moderation.sender.drain()
    expect(await takedown(byChannel(c.takedowns, 'bluesky-report').id)).toMatchObject({ status: 'acknowledged', lastError: null })
  })

})
