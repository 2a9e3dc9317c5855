/**
 * « Joindre la capture de la victime »: when the page cannot be captured (a
 * login wall here), the cell attaches the victim's own screenshot. Its type
 * is read from its bytes with the vault's rules, PNG, JPEG and WebP only;
 * it is hashed, encrypted in the vault, kept as a write-once capture of the
 * item and audited; someone who may not see the item gets 404.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaptureView, IntakeAnswer, IntakeItemView } from '../../contract/intake.js'
import type { ChromiumSettings, PageCapture } from '../../src/capture/chromium-capture.js'
import type { AppContext } from '../../src/context.js'
import { auditLog } from '../../src/db/schema/index.js'
import { createApp } from '../../src/server/app.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { makePng, probes, sha256 } from '../cases/helpers.js'

/** A page behind a login wall, as Chromium would report it (no screenshot worth keeping). */
function loginWall(url: string, _settings: ChromiumSettings): Promise<PageCapture> {
  return Promise.resolve({
    requestedUrl: url,
    finalUrl: 'https://www.tiktok.com/login?redirect_url=x',
    status: 200,
    headers: {},
    capturedAt: new Date(),
    png: null,
    html: null,
    text: 'Connecte-toi à TikTok',
    error: null,
    proxy: { connections: 1, bytes: 100, refused: [], capped: false },
  })
}

/** A minimal baseline JPEG header (SOF0, 48 × 32), enough for sniffing. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0', 'latin1'),
  Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
  Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x30, 0x03, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]),
  Buffer.from([0xff, 0xd9]),
])
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([2, 0, 3, 0, 0, 0, 0, 0x3b])])

/** POSTs files as multipart/form-data to the item's captures. */
async function attach(ctx: AppContext, who: TestLogin, id: number, files: Array<{ name: string; bytes: Uint8Array }>): Promise<Response> {
  const form = new FormData()
  for (const f of files) form.append('file', new Blob([new Uint8Array(f.bytes)], { type: 'image/png' }), f.name)
  return await createApp(ctx).request(`/api/intake/${id}/captures`, { method: 'POST', headers: who.headers, body: form })
}

const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message

describe.each(DRIVERS)('the victim’s own screenshot (%s)', (driver) => {
  let ctx: AppContext
  let counsellor: TestLogin
  let other: TestLogin
  let analyst: TestLogin
  let item: IntakeItemView
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random(), capture: { chromiumPath: process.execPath } }, { intake: { capture: loginWall } })
    counsellor = await loginAs(ctx, 'counsellor')
    other = await loginAs(ctx, 'counsellor')
    analyst = await loginAs(ctx, 'analyst')
    const res = await createApp(ctx).request('/api/intake', {
      method: 'POST',
      headers: { ...counsellor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ urls: 'https://www.tiktok.com/@lea.m/video/7312345678901234567' }),
    })
    item = ((await res.json()) as IntakeAnswer).results[0]?.item as IntakeItemView
    await ctx.captures.drain()
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('the page could not be captured: it says so, and keeps no image', async () => {
    const res = await createApp(ctx).request(`/api/intake/${item.id}`, { headers: counsellor.headers })
    const { item: view } = (await res.json()) as { item: IntakeItemView }
    expect(view.captures.map((c) => [c.source, c.state, c.image])).toEqual([['page', 'login_wall', null]])
  })

  it('attaches a PNG: hashed, encrypted in the vault, served back exactly, audited', async () => {
    const png = makePng(64, 48)
    const res = await attach(ctx, counsellor, item.id, [{ name: 'Capture Léa.png', bytes: png }])
    expect(res.status, await res.clone().text()).toBe(201)
    const body = (await res.json()) as { item: IntakeItemView; capture: CaptureView }
    expect(body.capture).toMatchObject({ source: 'victim-screenshot', state: 'attached', createdBy: counsellor.name, image: { sha256: sha256(png), size: png.length, type: 'image/png', stored: true } })
    expect(body.item.captures.map((c) => c.source)).toEqual(['page', 'victim-screenshot'])
    // Encrypted: no slice of the PNG is anywhere in the database.
    const chunks = await ctx.database.rows<{ data: Uint8Array }>(sql`select data from vault_chunks`)
    const stored = Buffer.concat(chunks.map((c) => Buffer.from(c.data)))
    expect(stored.length).toBeGreaterThanOrEqual(png.length)
    for (const p of [png.subarray(0, 16), ...probes(png)]) expect(stored.includes(p)).toBe(false)
    const image = await createApp(ctx).request(`/api/intake/${item.id}/captures/${body.capture.id}/image`, { headers: counsellor.headers })
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('x-vigie-sha256')).toBe(sha256(png))
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true)
    const [audit] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'capture.attach'))
    expect(audit).toMatchObject({ actor: counsellor.name, subject: `intake:${item.id}`, details: { captureId: body.capture.id, imageSha256: sha256(png) } })
    // Write-once, like every capture.
    await expect(ctx.database.rows(sql`update captures set summary = 'x' where id = ${body.capture.id}`)).rejects.toThrow()
  })

  it('takes a JPEG, served with its own type', async () => {
    const res = await attach(ctx, counsellor, item.id, [{ name: 'photo.jpg', bytes: JPEG }])
    expect(res.status).toBe(201)
    const { capture } = (await res.json()) as { capture: CaptureView }
    expect(capture.image).toMatchObject({ type: 'image/jpeg', sha256: sha256(JPEG) })
    const image = await createApp(ctx).request(`/api/intake/${item.id}/captures/${capture.id}/image`, { headers: counsellor.headers })
    expect(image.headers.get('content-type')).toBe('image/jpeg')
  })

  it('refuses what is not a PNG, JPEG or WebP screenshot, whatever its name, and stores nothing', async () => {
    const before = (await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from captures`))[0]?.n
    const gif = await attach(ctx, counsellor, item.id, [{ name: 'capture.png', bytes: GIF }])
    expect(gif.status).toBe(415)
    expect(await message(gif)).toBe('type refusé (image/gif) : une capture d’écran PNG, JPEG ou WebP seulement')
    const svg = await attach(ctx, counsellor, item.id, [{ name: 'capture.png', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }])
    expect(svg.status).toBe(415)
    expect(await message(svg)).toMatch(/^type refusé : SVG, HTML et XML/)
    const bomb = await attach(ctx, counsellor, item.id, [{ name: 'b.png', bytes: makePng(4, 4, { width: 100_000, height: 100_000 }) }])
    expect(bomb.status).toBe(422)
    const big = Buffer.concat([makePng(4, 4), Buffer.alloc(15 * 1024 * 1024)])
    const tooBig = await attach(ctx, counsellor, item.id, [{ name: 'big.png', bytes: big }])
    expect(tooBig.status).toBe(413)
    expect(await message(tooBig)).toBe('capture d’écran trop grosse (15 Mo au plus)')
    expect((await attach(ctx, counsellor, item.id, [{ name: 'vide.png', bytes: new Uint8Array(0) }])).status).toBe(400)
    const two = await attach(ctx, counsellor, item.id, [{ name: 'a.png', bytes: makePng(4, 4) }, { name: 'b.png', bytes: makePng(4, 4) }])
    expect(two.status).toBe(400)
    expect(await message(two)).toBe('une seule capture d’écran par envoi')
    const json = await createApp(ctx).request(`/api/intake/${item.id}/captures`, { method: 'POST', headers: { ...counsellor.headers, 'content-type': 'application/json' }, body: '{}' })
    expect(json.status).toBe(415)
    expect((await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from captures`))[0]?.n).toBe(before)
  })

  it('answers 404 to a counsellor who may not see the item; the watch cell may attach', async () => {
    expect((await attach(ctx, other, item.id, [{ name: 'a.png', bytes: makePng(4, 4) }])).status).toBe(404)
    expect((await attach(ctx, analyst, item.id, [{ name: 'a.png', bytes: makePng(4, 4) }])).status).toBe(201)
  })
})

describe('without a vault key', () => {
  it('refuses the screenshot with how to set a key (nothing would keep its bytes)', async () => {
    const ctx = await testContext('pglite', { sources: [], capture: { chromiumPath: null } })
    try {
      const counsellor = await loginAs(ctx, 'counsellor')
      const res = await createApp(ctx).request('/api/intake', {
        method: 'POST',
        headers: { ...counsellor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ urls: 'https://www.instagram.com/p/C1a2B3c4D5e/' }),
      })
      const id = ((await res.json()) as IntakeAnswer).results[0]?.item?.id ?? 0
      const refused = await attach(ctx, counsellor, id, [{ name: 'a.png', bytes: makePng(4, 4) }])
      expect(refused.status).toBe(503)
      expect(await message(refused)).toMatch(/^capture refusée, coffre-fort non configuré .*VIGIE_VAULT_KEY/)
    } finally {
      await ctx.close()
    }
  })
})
