/**
 * Reporting by URL end to end, over HTTP: a TikTok-style short link pasted
 * in a sentence is expanded, normalised, deduplicated and filed; Chromium
 * captures it from a local imitation (PNG and HTML hashes); flag → four eyes
 * → the platform's web form step (« envoyé ») or its notice e-mailed to a
 * local SMTP server; the page turns « unavailable » → removed by the platform
 * within one check. Outside the test setting, names resolving to loopback or
 * to the metadata address are refused.
 */
import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IntakeAnswer, IntakeItemView, NoticeStep } from '../../contract/intake.js'
import type { PlatformView } from '../../contract/platforms.js'
import type { AppContext } from '../../src/context.js'
import { auditLog, posts } from '../../src/db/schema/index.js'
import type { TakedownView } from '../../src/moderation/views.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { memoryStore } from '../capture/memory-store.js'
import { startSmtpServer, type LocalSmtp } from '../mail/smtp-server.js'
import { fakeDns, startFakePlatforms, type FakePlatforms } from './fakes/fake-platforms.js'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe.each(DRIVERS)('reporting by URL (%s)', (driver) => {
  let net: FakePlatforms
  let smtp: LocalSmtp
  let ctx: AppContext
  const store = memoryStore()
  const users: Record<'analyst' | 'reviewer' | 'admin' | 'counsellor' | 'counsellor2', TestLogin> = {} as never
  beforeAll(async () => {
    net = await startFakePlatforms()
    smtp = await startSmtpServer()
    const local = { allowLoopback: true, lookup: fakeDns(), hostSpacingMs: 0 }
    ctx = await testContext(
      driver,
      { sources: [], mail: { url: smtp.url, from: 'vigie@cellule.example' } },
      { intake: { fetch: local, store }, removals: { fetch: local } },
    )
    users.analyst = await loginAs(ctx, 'analyst')
    users.reviewer = await loginAs(ctx, 'reviewer')
    users.admin = await loginAs(ctx, 'admin')
    users.counsellor = await loginAs(ctx, 'counsellor')
    users.counsellor2 = await loginAs(ctx, 'counsellor')
  })
  afterAll(async () => {
    await ctx.close()
    await smtp.close()
    await net.close()
  })

  async function call<T>(who: TestLogin, method: string, path: string, body?: unknown): Promise<{ status: number; json: T; res: Response }> {
    const headers: Record<string, string> = { ...who.headers }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await createApp(ctx).request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    const text = await res.clone().text()
    return { status: res.status, json: (text.startsWith('{') ? JSON.parse(text) : {}) as T, res }
  }

  /** Flags a post as the analyst, then the reviewer claims and confirms it: the takedown requests. */
  async function flagAndConfirm(postId: string): Promise<TakedownView[]> {
    const flagged = await call<{ flags: { id: number }[] }>(users.analyst, 'POST', '/api/flags', { postIds: [postId], category: 'harassment', note: 'vidéo moqueuse' })
    expect(flagged.status).toBe(201)
    const flagId = flagged.json.flags[0]?.id
    expect((await call(users.reviewer, 'POST', `/api/flags/${flagId}/claim`)).status).toBe(200)
    const decided = await call<{ takedowns: TakedownView[] }>(users.reviewer, 'POST', `/api/flags/${flagId}/decision`, { decision: 'confirm' })
    expect(decided.status).toBe(200)
    return decided.json.takedowns
  }

  let item: IntakeItemView
  const canonical = () => `${net.origin('www.tiktok.com')}/@lea.m/video/7312345678901234567`

  it('expands a pasted short link, normalises it and files it as a TikTok video', async () => {
    const short = `${net.origin('vm.tiktok.com')}/ZMabc123/`
    const r = await call<IntakeAnswer>(users.analyst, 'POST', '/api/intake', { urls: `Regarde ce qu’ils ont posté : ${short} stp`, description: 'Vidéo qui se moque de Léa' })
    expect(r.status).toBe(200)
    expect(r.json.results).toHaveLength(1)
    const [result] = r.json.results
    expect(result).toMatchObject({ outcome: 'created', reason: null })
    item = result?.item as IntakeItemView
    expect(item).toMatchObject({ platform: 'tiktok', platformName: 'TikTok', kind: 'video', kindLabel: 'vidéo', url: canonical(), shortLink: short, captureState: 'pending' })
    // The redirect hop is kept without its query string: `_t` may name who shared the link.
    expect(item.chain).toEqual([canonical()])
    expect(JSON.stringify(item)).not.toContain('sharer-id')
    const [post] = await ctx.database.db.select().from(posts).where(eq(posts.id, Number(item.postId)))
    expect(post).toMatchObject({ platform: 'tiktok', externalId: 'video/7312345678901234567', author: 'lea.m', text: 'Vidéo qui se moque de Léa', modelVersion: 'saisie-url', score: 0, harassment: false, hashtags: [], mentions: [] })
  })

  it('captures the page: PNG and HTML kept with their hashes, in a write-once record', async () => {
    await ctx.captures.drain()
    const r = await call<{ item: IntakeItemView }>(users.analyst, 'GET', `/api/intake/${item.id}`)
    item = r.json.item
    expect(item.captureState).toBe('done')
    const [capture] = item.captures
    expect(capture).toMatchObject({ source: 'page', state: 'available', httpStatus: 200, finalUrl: canonical(), createdBy: 'system' })
    expect(capture?.summary).toMatch(/^Page capturée : en ligne/)
    const image = await call(users.analyst, 'GET', `/api/intake/${item.id}/captures/${capture?.id}/image`)
    expect(image.status).toBe(200)
    expect(image.res.headers.get('content-type')).toBe('image/png')
    expect(image.res.headers.get('x-content-type-options')).toBe('nosniff')
    const png = new Uint8Array(await image.res.arrayBuffer())
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a')
    expect(sha(png)).toBe(capture?.image?.sha256)
    const html = await call(users.analyst, 'GET', `/api/intake/${item.id}/captures/${capture?.id}/page.html`)
    expect(html.res.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(html.res.headers.get('content-type')).toBe('application/octet-stream')
    const htmlBytes = new Uint8Array(await html.res.arrayBuffer())
    expect(Buffer.from(htmlBytes).toString('utf8')).toContain('@lea.m · vidéo 7312345678901234567')
    expect(sha(htmlBytes)).toBe(capture?.html?.sha256)
    // Write-once: the database refuses to change a capture.
    await expect(ctx.database.db.execute(`update captures set state = 'removed' where id = ${capture?.id}`)).rejects.toThrow()
    const actions = (await ctx.database.db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['intake.create', 'capture.create']))
  })

  it('deduplicates: the same item by another link is the same item', async () => {
    const r = await call<IntakeAnswer>(users.analyst, 'POST', '/api/intake', {
      urls: `${net.origin('vm.tiktok.com')}/ZMabc123/\nhttps://www.tiktok.com/@lea.m/video/7312345678901234567?is_from_webapp=1&sender_device=pc\n${net.origin('vm.tiktok.com')}/ZMabc123/\nhttps://m.tiktok.com/@LEA.M/video/7312345678901234567`,
    })
    // The repeated short link is taken once; every shape of the item's URL is the same item.
    expect(r.json.results.map((x) => [x.outcome, x.item?.id])).toEqual([
      ['existing', item.id],
      ['existing', item.id],
      ['existing', item.id],
    ])
  })

  it('says why a URL is refused, and files the rest', async () => {
    const r = await call<IntakeAnswer>(users.analyst, 'POST', '/api/intake', {
      urls: `http://169.254.169.254/latest/meta-data/ ${net.origin('vm.tiktok.com')}/ZMloop ${net.origin('vm.tiktok.com')}/gone`,
    })
    expect(r.json.results.map((x) => [x.outcome, x.reason])).toEqual([
      ['refused', 'adresse non publique refusée : 169.254.169.254'],
      ['refused', 'trop de redirections (6) depuis le lien court'],
      ['refused', 'le lien court n’existe plus'],
    ])
    expect((await call(users.analyst, 'POST', '/api/intake', { urls: 'rien ici' })).status).toBe(400)
  })

  it('shows a counsellor their own items only (404 for someone else’s)', async () => {
    const mine = await call<IntakeAnswer>(users.counsellor, 'POST', '/api/intake', { urls: `${net.origin('www.instagram.com')}/p/C1a2B3c4D5e/?igsh=abc` })
    const id = mine.json.results[0]?.item?.id
    expect(mine.json.results[0]).toMatchObject({ outcome: 'created', item: { platform: 'instagram', kind: 'post' } })
    expect((await call(users.counsellor, 'GET', `/api/intake/${id}`)).status).toBe(200)
    expect((await call(users.counsellor2, 'GET', `/api/intake/${id}`)).status).toBe(404)
    expect((await call(users.counsellor2, 'POST', `/api/intake/${id}/capture`)).status).toBe(404)
    expect((await call<{ items: IntakeItemView[] }>(users.counsellor2, 'GET', '/api/intake')).json.items).toEqual([])
    expect((await call(users.analyst, 'GET', `/api/intake/${id}`)).status).toBe(200)
    await ctx.captures.drain()
  })

  it('confirm → the notice for TikTok through its web form: text ready to paste, then « envoyé » with the platform’s reference', async () => {
    const takedowns = await flagAndConfirm(item.postId)
    expect(takedowns.map((t) => [t.platform, t.channel, t.status])).toEqual([['tiktok', 'dsa-notice', 'requested']])
    const id = takedowns[0]?.id
    const step = await call<{ step: NoticeStep }>(users.analyst, 'GET', `/api/takedowns/${id}/notice-step`)
    expect(step.json.step).toMatchObject({ channel: 'form', platformName: 'TikTok', platformCategory: 'Harcèlement et intimidation', verified: false, sentAt: null })
    expect(step.json.step.formUrl).toMatch(/^https:\/\/www\.tiktok\.com\//)
    const text = step.json.step.text
    expect(text).toContain(`URL : ${canonical()}`)
    expect(text).toContain('Capture de la page par Vigie')
    expect(text).toContain(item.captures[0]?.image?.sha256 ?? 'missing')
    expect(text).toContain('Publié le : inconnu (contenu signalé par son adresse')
    expect(text).not.toContain('Analyse automatique')
    expect((await call(users.analyst, 'POST', `/api/takedowns/${id}/sent`, { reference: 'x' })).status).toBe(403)
    const sent = await call<{ takedown: TakedownView }>(users.reviewer, 'POST', `/api/takedowns/${id}/sent`, { reference: 'TT-2026-0042' })
    expect(sent.status).toBe(200)
    expect(sent.json.takedown).toMatchObject({ status: 'acknowledged', sentVia: 'form', sentBy: users.reviewer.name, externalRef: 'TT-2026-0042' })
    expect((await call(users.reviewer, 'POST', `/api/takedowns/${id}/sent`, {})).status).toBe(409)
    const [audit] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'takedown.sent'))
    expect(audit?.details).toMatchObject({ via: 'form', reference: 'TT-2026-0042', to: 'acknowledged' })
  })

  it('the page turns « unavailable » → removed by the platform within one check, the timer stopped', async () => {
    net.remove('www.tiktok.com', '/@lea.m/video/7312345678901234567')
    await ctx.removals.runOnce()
    const { json } = await call<{ takedowns: TakedownView[] }>(users.reviewer, 'GET', '/api/takedowns')
    const t = json.takedowns.find((x) => x.postId === item.postId)
    expect(t).toMatchObject({ status: 'removed', removedBy: 'platform' })
    expect(t?.removedAt).not.toBeNull()
    expect(t?.lastCheck?.summary).toMatch(/Video currently unavailable/)
  })

  it('confirm → the notice e-mailed to the platform’s address from the registry (local SMTP server)', async () => {
    const yt = (await call<{ platforms: PlatformView[] }>(users.admin, 'GET', '/api/platforms')).json.platforms.find((p) => p.definition.id === 'youtube')
    if (!yt) throw new Error('youtube missing')
    const edited = { ...yt.definition, notice: { ...yt.definition.notice, email: 'dsa-notices@youtube.example' }, verified: true }
    expect((await call(users.analyst, 'PUT', '/api/platforms/youtube', edited)).status).toBe(403)
    const saved = await call<{ platform: PlatformView }>(users.admin, 'PUT', '/api/platforms/youtube', edited)
    expect(saved.json.platform).toMatchObject({ origin: 'edited', updatedBy: users.admin.name, definition: { verified: true } })
    const filed = await call<IntakeAnswer>(users.analyst, 'POST', '/api/intake', { urls: `${net.origin('youtu.be')}/dQw4w9WgXcQ?si=partage` })
    const video = filed.json.results[0]?.item as IntakeItemView
    expect(video).toMatchObject({ platform: 'youtube', kind: 'video', url: `${net.origin('www.youtube.com')}/watch?v=dQw4w9WgXcQ` })
    await ctx.captures.drain()
    const [t] = await flagAndConfirm(video.postId)
    await ctx.moderation.notices.drain()
    const [mail] = await smtp.waitFor(1)
    expect(mail?.envelopeTo).toEqual(['dsa-notices@youtube.example'])
    expect(mail?.parsed.subject).toMatch(/Notification DSA \(article 16\)/)
    expect(mail?.parsed.text).toContain(`URL : ${video.url}`)
    const after = await call<{ takedown: TakedownView }>(users.reviewer, 'GET', `/api/takedowns/${t?.id}`)
    expect(after.json.takedown).toMatchObject({ status: 'acknowledged', sentVia: 'email', sentTo: 'dsa-notices@youtube.example' })
    expect((await call<{ step: NoticeStep }>(users.reviewer, 'GET', `/api/takedowns/${t?.id}/notice-step`)).json.step).toMatchObject({ channel: 'email', sentVia: 'email' })
    expect((await call(users.admin, 'PUT', '/api/platforms/web', { ...edited, id: 'web', hosts: ['forum.example'] })).status).toBe(400)
    expect((await call(users.admin, 'PUT', '/api/platforms/tiktok2', { ...edited, id: 'tiktok2', hosts: ['www.tiktok.com'] })).status).toBe(409)
    // Back to the shipped entry.
    expect((await call(users.admin, 'DELETE', '/api/platforms/youtube')).status).toBe(204)
    expect((await call(users.admin, 'DELETE', '/api/platforms/youtube')).status).toBe(409)
  })
})

describe('outside the test setting', () => {
  it.each([['127.0.0.1'], ['169.254.169.254']])('refuses a short link whose name resolves to %s', async (address) => {
    const ctx = await testContext('pglite', { sources: [] }, { intake: { fetch: { lookup: fakeDns(address), hostSpacingMs: 0 } } })
    try {
      const analyst = await loginAs(ctx, 'analyst')
      const res = await createApp(ctx).request('/api/intake', {
        method: 'POST',
        headers: { ...analyst.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ urls: 'https://vm.tiktok.com/ZMabc123/' }),
      })
      const body = (await res.json()) as IntakeAnswer
      expect(body.results[0]).toMatchObject({ outcome: 'refused', reason: 'lien court non suivi : vm.tiktok.com ne mène à aucune adresse publique : refusé' })
    } finally {
      await ctx.close()
    }
  })
})
