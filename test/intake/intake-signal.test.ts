/**
 * « Signaler » on a filed URL enters the normal flow end to end: the flag
 * freezes the evidence; another person claims and confirms it (four eyes);
 * the confirmation requests the DSA notice for the item's platform, sent
 * through its web form and recorded « envoyé »; for an item in a case, each
 * step lands on the case's timeline. Only those who see the item may flag it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../contract/cases.js'
import type { FlagView } from '../../contract/flags.js'
import type { IntakeAnswer, IntakeItemView, NoticeStep } from '../../contract/intake.js'
import type { ChromiumSettings, PageCapture } from '../../src/capture/chromium-capture.js'
import type { AppContext } from '../../src/context.js'
import type { TakedownView } from '../../src/moderation/views.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { call, makePng } from '../cases/helpers.js'

function captured(url: string, _settings: ChromiumSettings): Promise<PageCapture> {
  return Promise.resolve({
    requestedUrl: url,
    finalUrl: url,
    status: 200,
    headers: {},
    capturedAt: new Date(),
    png: makePng(8, 8),
    html: Buffer.from('<html><body>vidéo</body></html>'),
    text: 'vidéo',
    error: null,
    proxy: { connections: 1, bytes: 10, refused: [], capped: false },
  })
}

describe.each(DRIVERS)('« Signaler » from a filed URL (%s)', (driver) => {
  let ctx: AppContext
  const u = {} as Record<'alice' | 'bob' | 'analyst' | 'reviewer' | 'admin', TestLogin>
  let caseId: number
  let item: IntakeItemView
  const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random(), capture: { chromiumPath: process.execPath } }, { intake: { capture: captured } })
    u.alice = await loginAs(ctx, 'counsellor')
    u.bob = await loginAs(ctx, 'counsellor')
    u.analyst = await loginAs(ctx, 'analyst')
    u.reviewer = await loginAs(ctx, 'reviewer')
    u.admin = await loginAs(ctx, 'admin')
    caseId = (await json<{ case: { id: number } }>(call(ctx, u.alice, 'POST', '/api/cases', { label: 'Dossier M.', ageBand: '15-17' }))).case.id
    const filed = await json<IntakeAnswer>(call(ctx, u.alice, 'POST', '/api/intake', { urls: 'https://www.tiktok.com/@moqueur/video/7300000000000000001', caseId }))
    item = filed.results[0]?.item as IntakeItemView
    await ctx.captures.drain()
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('flags the item: evidence frozen, pending review; asking again gives the same open flag', async () => {
    expect(item.flagId).toBeNull()
    expect((await call(ctx, u.bob, 'POST', `/api/intake/${item.id}/flag`, { category: 'harassment' })).status).toBe(404)
    expect((await call(ctx, u.analyst, 'POST', `/api/intake/${item.id}/flag`, { category: 'harassment' })).status).toBe(404)
    expect((await call(ctx, u.alice, 'POST', `/api/intake/${item.id}/flag`, { category: 'insulte' })).status).toBe(400)
    const res = await call(ctx, u.alice, 'POST', `/api/intake/${item.id}/flag`, { category: 'harassment', note: 'vidéo moqueuse reçue par la victime' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { item: IntakeItemView; flags: FlagView[] }
    const [flag] = body.flags
    expect(flag).toMatchObject({ status: 'pending', category: 'harassment', flaggedBy: u.alice.name })
    expect(body.item.flagId).toBe(flag?.id)
    const again = await json<{ flags: FlagView[] }>(call(ctx, u.alice, 'POST', `/api/intake/${item.id}/flag`, { category: 'threat' }))
    expect(again.flags.map((f) => f.id)).toEqual([flag?.id])
    item = body.item
  })

  it('four eyes, then the DSA notice through TikTok’s form, recorded « envoyé »; every step on the case’s timeline', async () => {
    const flagId = item.flagId
    // The watch cell's review queue holds it, with its frozen evidence.
    const queue = await json<{ flags: FlagView[] }>(call(ctx, u.reviewer, 'GET', '/api/flags'))
    expect(queue.flags.map((f) => f.id)).toContain(flagId)
    const detail = await call(ctx, u.reviewer, 'GET', `/api/flags/${flagId}`)
    expect(detail.status).toBe(200)
    // A counsellor does not review.
    expect((await call(ctx, u.alice, 'POST', `/api/flags/${flagId}/claim`)).status).toBe(403)
    expect((await call(ctx, u.reviewer, 'POST', `/api/flags/${flagId}/claim`)).status).toBe(200)
    const decided = await json<{ takedowns: TakedownView[] }>(call(ctx, u.reviewer, 'POST', `/api/flags/${flagId}/decision`, { decision: 'confirm' }))
    expect(decided.takedowns.map((t) => [t.platform, t.channel, t.status])).toEqual([['tiktok', 'dsa-notice', 'requested']])
    const takedownId = decided.takedowns[0]?.id
    const step = await json<{ step: NoticeStep }>(call(ctx, u.reviewer, 'GET', `/api/takedowns/${takedownId}/notice-step`))
    expect(step.step).toMatchObject({ channel: 'form', platformName: 'TikTok' })
    expect(step.step.text).toContain('URL : https://www.tiktok.com/@moqueur/video/7300000000000000001')
    expect(step.step.text).toContain(item.captures[0]?.image?.sha256 ?? 'missing')
    const sent = await json<{ takedown: TakedownView }>(call(ctx, u.reviewer, 'POST', `/api/takedowns/${takedownId}/sent`, { reference: 'TT-42' }))
    expect(sent.takedown).toMatchObject({ status: 'acknowledged', sentVia: 'form', externalRef: 'TT-42' })

    const timeline = await json<Timeline>(call(ctx, u.alice, 'GET', `/api/cases/${caseId}/timeline`))
    const kinds = timeline.entries.map((e) => e.kind)
    for (const k of ['intake.filed', 'capture.created', 'flag.created', 'flag.confirmed', 'takedown.requested', 'takedown.acknowledged'] as const) expect(kinds).toContain(k)
    expect(timeline.entries.find((e) => e.kind === 'flag.created')).toMatchObject({ actor: u.alice.name, refs: { flagId, postId: item.postId } })
    expect(timeline.entries.find((e) => e.kind === 'takedown.acknowledged')?.summary).toContain('TT-42')
  })

  it('the flagger never confirms their own flag, even an admin', async () => {
    const filed = await json<IntakeAnswer>(call(ctx, u.admin, 'POST', '/api/intake', { urls: 'https://www.instagram.com/p/C9z8Y7x6W5v/' }))
    const own = filed.results[0]?.item as IntakeItemView
    const { flags } = await json<{ flags: FlagView[] }>(call(ctx, u.admin, 'POST', `/api/intake/${own.id}/flag`, { category: 'doxxing' }))
    const res = await call(ctx, u.admin, 'POST', `/api/flags/${flags[0]?.id}/claim`)
    expect(res.status).toBe(403)
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('four_eyes')
  })
})
