/**
 * URLs reported into a case follow the case's access rules: its owner, the
 * counsellors it is shared with and admins see and download them (each
 * capture read audited); anyone else — another counsellor, the watch cell —
 * gets 404, and nobody files into a case they may not see. Their captures
 * (Vigie's of the page, the victim's screenshot) appear on the case's
 * timeline and in export.pdf / export.zip with their hashes.
 */
import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../contract/cases.js'
import type { CaptureView, IntakeAnswer, IntakeItemView } from '../../contract/intake.js'
import type { ChromiumSettings, PageCapture } from '../../src/capture/chromium-capture.js'
import type { AppContext } from '../../src/context.js'
import { createApp } from '../../src/server/app.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { call, makePng, pdfText, sha256, unzip } from './helpers.js'

const PAGE_PNG = makePng(30, 20)
const PAGE_HTML = Buffer.from('<html><body><h1>@lea.m</h1><p>vidéo moqueuse</p></body></html>', 'utf8')

/** A page Chromium captured (a local stand-in: no browser, no network). */
function captured(url: string, _settings: ChromiumSettings): Promise<PageCapture> {
  return Promise.resolve({
    requestedUrl: url,
    finalUrl: url,
    status: 200,
    headers: { 'content-type': 'text/html' },
    capturedAt: new Date(),
    png: PAGE_PNG,
    html: PAGE_HTML,
    text: '@lea.m vidéo moqueuse',
    error: null,
    proxy: { connections: 1, bytes: 1000, refused: [], capped: false },
  })
}

describe.each(DRIVERS)('URLs reported into a case (%s)', (driver) => {
  let ctx: AppContext
  const u = {} as Record<'alice' | 'bob' | 'carol' | 'analyst' | 'reviewer' | 'admin', TestLogin>
  let caseId: number
  let item: IntakeItemView
  let victim: CaptureView
  const victimPng = makePng(24, 16)
  const url = 'https://www.tiktok.com/@lea.m/video/7312345678901234567'

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random(), capture: { chromiumPath: process.execPath } }, { intake: { capture: captured } })
    u.alice = await loginAs(ctx, 'counsellor')
    u.bob = await loginAs(ctx, 'counsellor')
    u.carol = await loginAs(ctx, 'counsellor')
    u.analyst = await loginAs(ctx, 'analyst')
    u.reviewer = await loginAs(ctx, 'reviewer')
    u.admin = await loginAs(ctx, 'admin')
    caseId = ((await (await call(ctx, u.alice, 'POST', '/api/cases', { label: 'Dossier L.', ageBand: '11-14' })).json()) as { case: { id: number } }).case.id
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('files into a case only for those who see it (404 otherwise)', async () => {
    for (const who of [u.bob, u.analyst]) {
      const refused = await call(ctx, who, 'POST', '/api/intake', { urls: url, caseId })
      expect(refused.status).toBe(404)
    }
    const res = await call(ctx, u.alice, 'POST', '/api/intake', { urls: url, caseId, description: 'Vidéo moqueuse' })
    expect(res.status).toBe(200)
    item = ((await res.json()) as IntakeAnswer).results[0]?.item as IntakeItemView
    expect(item).toMatchObject({ caseId, platform: 'tiktok' })
    await ctx.captures.drain()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(victimPng)]), 'capture.png')
    const attached = await createApp(ctx).request(`/api/intake/${item.id}/captures`, { method: 'POST', headers: u.alice.headers, body: form })
    expect(attached.status).toBe(201)
    victim = ((await attached.json()) as { capture: CaptureView }).capture
    item = ((await (await call(ctx, u.alice, 'GET', `/api/intake/${item.id}`)).json()) as { item: IntakeItemView }).item
    expect(item.captures.map((c) => [c.source, c.image?.sha256])).toEqual([
      ['page', sha256(PAGE_PNG)],
      ['victim-screenshot', sha256(victimPng)],
    ])
  })

  it('shows the item and its captures to the case’s people only; each read of a capture is audited on the case', async () => {
    const status = async (who: TestLogin, path: string) => (await call(ctx, who, 'GET', path)).status
    const [page] = item.captures
    const paths = [`/api/intake/${item.id}`, `/api/intake/${item.id}/captures/${page?.id}/image`, `/api/intake/${item.id}/captures/${page?.id}/page.html`]
    for (const path of paths) {
      for (const who of [u.alice, u.admin]) expect(await status(who, path), path).toBe(200)
      for (const who of [u.bob, u.carol, u.analyst, u.reviewer]) expect(await status(who, path), path).toBe(404)
    }
    expect((await call(ctx, u.analyst, 'POST', `/api/intake/${item.id}/capture`)).status).toBe(404)
    const listed = async (who: TestLogin) => ((await (await call(ctx, who, 'GET', '/api/intake')).json()) as { items: IntakeItemView[] }).items.map((i) => i.id)
    expect(await listed(u.alice)).toEqual([item.id])
    expect(await listed(u.admin)).toEqual([item.id])
    for (const who of [u.bob, u.analyst, u.reviewer]) expect(await listed(who)).toEqual([])
    // The same URL pasted by someone else: said to exist, never shown.
    const again = (await (await call(ctx, u.analyst, 'POST', '/api/intake', { urls: url })).json()) as IntakeAnswer
    expect(again.results[0]).toEqual({ input: url, outcome: 'existing', reason: 'déjà signalé par une autre personne (non visible ici)', item: null })

    // Shared with carol: she sees it; unshared: 404 again.
    expect((await call(ctx, u.alice, 'POST', `/api/cases/${caseId}/members`, { name: u.carol.name })).status).toBe(200)
    const image = await call(ctx, u.carol, 'GET', `/api/intake/${item.id}/captures/${victim.id}/image`)
    expect(image.status).toBe(200)
    expect(sha256(Buffer.from(await image.arrayBuffer()))).toBe(sha256(victimPng))
    expect(await listed(u.carol)).toEqual([item.id])
    expect((await call(ctx, u.alice, 'DELETE', `/api/cases/${caseId}/members/${u.carol.userId}`)).status).toBe(200)
    expect(await status(u.carol, `/api/intake/${item.id}`)).toBe(404)

    const reads = await ctx.database.rows<{ actor: string; subject: string; details: { captureId: number; kind: string; sha256: string } }>(
      sql`select actor, subject, details from audit_log where action = 'capture.read' order by id`,
    )
    expect(reads.map((r) => [r.actor, r.subject, r.details.captureId, r.details.kind])).toEqual([
      [u.alice.name, `case:${caseId}`, page?.id, 'image'],
      [u.admin.name, `case:${caseId}`, page?.id, 'image'],
      [u.alice.name, `case:${caseId}`, page?.id, 'html'],
      [u.admin.name, `case:${caseId}`, page?.id, 'html'],
      [u.carol.name, `case:${caseId}`, victim.id, 'image'],
    ])
  })

  it('puts the item and its captures on the case’s timeline, with their hashes', async () => {
    const timeline = (await (await call(ctx, u.alice, 'GET', `/api/cases/${caseId}/timeline`)).json()) as Timeline
    const filed = timeline.entries.find((e) => e.kind === 'intake.filed')
    expect(filed).toMatchObject({ actor: u.alice.name, refs: { intakeId: item.id, postId: item.postId } })
    expect(filed?.summary).toContain(url)
    const shots = timeline.entries.filter((e) => e.kind === 'capture.created')
    expect(shots.map((e) => [e.actor, e.sha256, e.refs.captureId])).toEqual([
      ['système', sha256(PAGE_PNG), item.captures[0]?.id],
      [u.alice.name, sha256(victimPng), victim.id],
    ])
    expect(shots[1]?.summary).toMatch(/^Capture d’écran de la victime jointe/)
  })

  it('lists every capture hash in export.pdf, and the captured bytes in export.zip with SHA256SUMS', async () => {
    const [page] = item.captures
    const pdf = await call(ctx, u.alice, 'GET', `/api/cases/${caseId}/export.pdf`)
    expect(pdf.status).toBe(200)
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()))
    expect(text).toContain('4. Liens signalés et leurs captures')
    expect(text).toContain(url)
    for (const h of [sha256(PAGE_PNG), sha256(PAGE_HTML), page?.recordSha256, sha256(victimPng), victim.recordSha256]) expect(text).toContain(h)

    const zip = await call(ctx, u.alice, 'GET', `/api/cases/${caseId}/export.zip`)
    expect(zip.status).toBe(200)
    const entries = await unzip(Buffer.from(await zip.arrayBuffer()))
    const root = `dossier-${caseId}`
    const pageImage = `captures/lien-${item.id}-capture-${page?.id}.png`
    const pageHtml = `captures/lien-${item.id}-capture-${page?.id}-page.html.txt`
    const victimImage = `captures/lien-${item.id}-capture-${victim.id}.png`
    expect(entries.get(`${root}/${pageImage}`)?.equals(PAGE_PNG)).toBe(true)
    expect(entries.get(`${root}/${pageHtml}`)?.equals(PAGE_HTML)).toBe(true)
    expect(entries.get(`${root}/${victimImage}`)?.equals(victimPng)).toBe(true)
    // SHA256SUMS checks every entry it lists, captures included.
    const sums = (entries.get(`${root}/SHA256SUMS`)?.toString('utf8') ?? '').trim().split('\n')
    for (const name of [pageImage, pageHtml, victimImage]) expect(sums).toContain(`${createHash('sha256').update(entries.get(`${root}/${name}`) ?? '').digest('hex')}  ${name}`)
    for (const line of sums) {
      const [sum, name] = line.split('  ')
      expect(sha256(entries.get(`${root}/${name}`) ?? Buffer.alloc(0)), name).toBe(sum)
    }
    // Not for someone outside the case.
    expect((await call(ctx, u.bob, 'GET', `/api/cases/${caseId}/export.zip`)).status).toBe(404)
  })
})
