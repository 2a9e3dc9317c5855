/**
 * « Signaler une URL » in a real browser: an analyst pastes a TikTok short
 * link, sees it filed and captured, the screenshot blurred until clicked,
 * attaches the victim's own screenshot (blurred too); the admin sees the
 * platform registry.
 */
import { eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryStore } from '../capture/memory-store.js'
import { createCase } from '../../src/cases/case-service.js'
import { users } from '../../src/db/schema/index.js'
import { makePng, sha256 } from '../cases/helpers.js'
import { fakeDns, startFakePlatforms, type FakePlatforms } from '../intake/fakes/fake-platforms.js'
import { launchBrowser, signIn, startE2eServer, type E2eServer } from './harness.js'

describe('Signaler une URL (browser)', () => {
  let net: FakePlatforms
  let vigie: E2eServer
  let browser: Browser
  beforeAll(async () => {
    net = await startFakePlatforms()
    const local = { allowLoopback: true, lookup: fakeDns(), hostSpacingMs: 0 }
    vigie = await startE2eServer('pglite', { intake: { fetch: local, store: memoryStore() }, removals: { fetch: local } })
    await vigie.user('analyste', 'analyst')
    await vigie.user('admin', 'admin')
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
    await net?.close()
  })

  it('files a pasted short link, shows its capture blurred, then clear on click', async () => {
    const { context, page, watch } = await signIn(browser, vigie.url, 'analyste')
    await page.getByTestId('nav-intake').click()
    await page.getByTestId('intake-urls').fill(`Regarde : ${net.origin('vm.tiktok.com')}/ZMabc123/`)
    await page.getByTestId('intake-description').fill('Vidéo qui se moque d’une élève')
    await page.getByTestId('intake-submit').click()
    await page.locator('[data-testid="intake-result"][data-outcome="created"]').waitFor()
    await vigie.ctx.captures.drain()
    const img = page.getByTestId('capture-image')
    await img.waitFor({ timeout: 20_000 })
    expect(await img.getAttribute('class')).toContain('blurred')
    expect(await page.getByTestId('intake-item').first().textContent()).toContain('TikTok · vidéo')
    await page.getByTestId('capture-reveal').click()
    expect(await img.getAttribute('class')).not.toContain('blurred')
    expect(watch.errors).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
    await context.close()
  })

  it('attaches the victim’s own screenshot to the item: refused when not an image, blurred until clicked', async () => {
    const { context, page, watch } = await signIn(browser, vigie.url, 'analyste')
    await page.getByTestId('nav-intake').click()
    const card = page.getByTestId('intake-item').first()
    await card.getByTestId('capture').first().waitFor()
    await card.getByTestId('intake-attach-file').setInputFiles({ name: 'capture.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') })
    await page.getByText(/type refusé : SVG, HTML et XML/).waitFor()
    const png = makePng(40, 30)
    await card.getByTestId('intake-attach-file').setInputFiles({ name: 'capture victime.png', mimeType: 'image/png', buffer: png })
    const victim = page.locator('[data-testid="capture"][data-state="attached"]')
    await victim.waitFor()
    expect(await victim.getByTestId('capture-image-sha').textContent()).toBe(sha256(png))
    const img = victim.getByTestId('capture-image')
    expect(await img.getAttribute('class')).toContain('blurred')
    expect(await img.getAttribute('alt')).toBe('Capture d’écran de la victime (floutée : cliquez pour afficher)')
    await victim.getByTestId('capture-reveal').click()
    expect(await img.getAttribute('class')).not.toContain('blurred')
    // The decrypted image itself, drawn by the browser.
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(40)
    expect(watch.errors).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
    await context.close()
  })

  it('« Signaler » on the item sends it to review; the card then shows its flag', async () => {
    const { context, page, watch } = await signIn(browser, vigie.url, 'analyste')
    await page.getByTestId('nav-intake').click()
    const card = page.getByTestId('intake-item').first()
    await card.getByTestId('intake-flag-item').click()
    await page.getByTestId('flag-category').selectOption('harassment')
    await page.getByTestId('flag-note').fill('vidéo moqueuse')
    await page.getByTestId('flag-submit').click()
    await card.getByText(/^signalement n° \d+$/).waitFor()
    expect(await card.getByTestId('intake-flag-item').count()).toBe(0)
    const [flag] = await vigie.ctx.moderation.listFlags({ limit: 10 })
    expect(flag).toMatchObject({ status: 'pending', category: 'harassment' })
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('a counsellor files a link into a case from the case’s screen: the item shows its case, the case’s timeline shows the link', async () => {
    await vigie.user('ecoutante', 'counsellor')
    const [me] = await vigie.ctx.database.db.select().from(users).where(eq(users.name, 'ecoutante'))
    const kase = await createCase(vigie.ctx.database.db, { userId: me!.id, name: 'ecoutante', admin: false }, { label: 'Dossier E.', ageBand: '11-14' })
    const { context, page, watch } = await signIn(browser, vigie.url, 'ecoutante')
    await page.goto(`${vigie.url}/#/cases/${kase.id}`)
    await page.getByTestId('case-intake').click()
    await expect.poll(() => page.getByTestId('intake-case').inputValue()).toBe(String(kase.id))
    await page.getByTestId('intake-urls').fill(`${net.origin('www.instagram.com')}/p/C1a2B3c4D5e/`)
    await page.getByTestId('intake-submit').click()
    await page.locator('[data-testid="intake-result"][data-outcome="created"]').waitFor()
    await page.getByTestId('intake-item').first().getByText(`dossier n° ${kase.id}`, { exact: false }).waitFor()
    await page.goto(`${vigie.url}/#/cases/${kase.id}`)
    await page.locator('[data-testid="timeline-entry"][data-kind="intake.filed"]').waitFor()
    expect(watch.errors).toEqual([])
    await context.close()
    await vigie.ctx.captures.drain()
  })

  it('shows the registry to the admin, with defaults to check', async () => {
    const { context, page } = await signIn(browser, vigie.url, 'admin')
    await page.getByTestId('nav-platforms').click()
    await page.locator('[data-testid="platform"][data-platform="tiktok"]').waitFor()
    expect(await page.getByTestId('platform').count()).toBe(7)
    expect(await page.locator('[data-platform="discord"]').textContent()).toContain('adresses à vérifier')
    await context.close()
  })
})
