/**
 * First run in a real browser: the page the start log points to
 * (/#/installation) opens « Première installation »; the token creates the
 * first admin, who is then signed in on « Comptes », and stays signed in
 * after a reload.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupPageUrl } from '../../src/cli/commands/start.js'
import { launchBrowser, startE2eServer, watchPage, type E2eServer } from './harness.js'

describe('first run (browser)', () => {
  let vigie: E2eServer
  let browser: Browser
  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer('pglite'), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('creates the first admin from the logged page and signs them in', async () => {
    const token = await vigie.ctx.auth.setup.issue()
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' })
    context.setDefaultTimeout(20_000)
    const page = await context.newPage()
    const watch = await watchPage(context, page)
    await page.goto(setupPageUrl(vigie.url))
    // The form is open at once, its first field focused.
    await page.getByTestId('setup-token').waitFor({ state: 'visible' })
    expect(await page.getByTestId('setup-toggle').getAttribute('aria-expanded')).toBe('true')
    await expect(page.evaluate<string | undefined>('document.activeElement?.id')).resolves.toBe('setup-token')

    await page.getByTestId('setup-token').fill(token)
    await page.getByTestId('setup-name').fill('premiere-admin')
    await page.getByTestId('setup-password').fill('mot-de-passe-admin-e2e')
    await page.getByTestId('setup-submit').click()

    // Signed in, on « Comptes », with the admin's screens in the menu.
    await page.getByTestId('nav-users').waitFor()
    expect(page.url()).toMatch(/#\/users$/)
    await expect(page.locator('.who').textContent()).resolves.toBe('premiere-admin · administrateur')
    await page.locator('main table').getByText('premiere-admin').first().waitFor()

    // The session is a real one: a reload keeps it.
    await page.reload()
    await page.getByTestId('nav-users').waitFor()
    await expect(page.getByTestId('login-name').count()).resolves.toBe(0)
    expect(watch.errors).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
    await context.close()
  })
})
