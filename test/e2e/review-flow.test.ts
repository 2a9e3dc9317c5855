/**
 * In the browser: a wave appears live on the Live screen while a scenario
 * replays; an analyst opens it and flags a post; another reviewer claims and
 * confirms it; the takedown request shows with its timer; nobody can review
 * their own flag (four eyes), in the UI and at the API.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DRIVERS } from '../_util.js'
import { harassmentScenario, T0 } from '../fixtures/harassment-scenario.js'
import { launchBrowser, signIn, startE2eServer, waitLive, type E2eServer } from './harness.js'

describe.each(DRIVERS)('dashboard on %s: live wave, flag, four-eyes review, takedown', (driver) => {
  let vigie: E2eServer
  let browser: Browser
  let replayed: Promise<void> | undefined
  // The first 70 minutes of the scenario: background, an #antigaspi burst, then the #anti2010 wave.
  const replay = () =>
    (replayed ??= vigie.ingest(harassmentScenario().lines.filter((l) => Date.parse(l.createdAt) < T0 + 70 * 60_000).map((l) => ({ ...l }))))

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer(driver), launchBrowser()])
    await vigie.user('analyste', 'analyst')
    await vigie.user('relecteur', 'reviewer')
    await vigie.user('relectrice', 'reviewer')
  })

  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('shows the wave live, flags a post, and a second reviewer confirms it into a takedown request', async () => {
    const analyst = await signIn(browser, vigie.url, 'analyste')
    const { page } = analyst
    await waitLive(page)
    await expect(page.getByTestId('wave-row').count()).resolves.toBe(0)

    const replaying = replay() // not awaited: the wave must appear while posts flow
    const waveRow = page.getByTestId('wave-row').filter({ hasText: 'anti2010' })
    await waveRow.first().waitFor()
    await page.getByTestId('live-post').first().waitFor() // hostile posts stream in too
    await replaying

    await waveRow.first().locator('a[data-open]').click()
    const detail = page.getByTestId('wave-detail')
    await detail.waitFor()
    await page.getByTestId('wave-chart').waitFor()
    const firstPost = page.getByTestId('post-row').first()
    await firstPost.waitFor()
    const postId = await firstPost.getAttribute('data-post-id')
    expect(postId).toMatch(/^\d+$/)
    await firstPost.getByTestId('post-select').check()
    await page.getByTestId('flag-open').click()
    await page.getByTestId('flag-category').selectOption('harassment')
    await page.getByTestId('flag-note').fill('Vague #anti2010 : insultes visant les élèves nés en 2010.')
    await page.getByTestId('flag-submit').click()
    await page.getByTestId('toast').filter({ hasText: 'relecture' }).first().waitFor()

    // The analyst sees the flag in the queue, as their own: no claim, no confirm.
    await page.getByTestId('nav-review').click()
    const ownRow = page.locator(`[data-testid="flag-row"]`).filter({ has: page.locator(`[data-post-id="${postId}"]`) })
    await ownRow.waitFor()
    const flagId = await ownRow.getAttribute('data-flag-id')
    await expect(ownRow.locator('.own-flag').textContent()).resolves.toContain('un autre relecteur doit le valider')
    await expect(ownRow.getByTestId('flag-confirm').count()).resolves.toBe(0)
    await expect(ownRow.getByTestId('flag-claim').count()).resolves.toBe(0)

    // A reviewer, in another browser context, claims and confirms it.
    const reviewer = await signIn(browser, vigie.url, 'relecteur')
    await reviewer.page.getByTestId('nav-review').click()
    const row = reviewer.page.locator(`[data-testid="flag-row"][data-flag-id="${flagId}"]`)
    await row.getByTestId('flag-claim').click()
    await row.getByTestId('flag-confirm').click()
    await reviewer.page.getByTestId('toast').filter({ hasText: 'retrait' }).first().waitFor()

    // The takedown request: a DSA notice (no platform account configured), requested, with its timer.
    await reviewer.page.getByTestId('nav-takedowns').click()
    const takedown = reviewer.page.getByTestId('takedown-row').first()
    await takedown.waitFor()
    await expect(takedown.getByTestId('takedown-status').getAttribute('data-status')).resolves.toBe('requested')
    const timer = takedown.getByTestId('takedown-timer')
    await expect.poll(async () => (await timer.textContent())?.trim() ?? '').toMatch(/\d/)
    await expect(takedown.getByTestId('notice-txt').getAttribute('href')).resolves.toMatch(/^\/api\/takedowns\/\d+\/notice\.txt$/)

    // The analyst's queue updates live: the confirmed flag leaves it.
    await ownRow.waitFor({ state: 'detached' })
    await analyst.context.close()
    await reviewer.context.close()
  }, 60_000)

  it('never lets a reviewer claim or confirm their own flag', async () => {
    await replay()
    const { page, context } = await signIn(browser, vigie.url, 'relectrice')
    const [wave] = (await (await page.request.get(`${vigie.url}/api/waves?status=all`)).json()).waves as { id: number }[]
    expect(wave).toBeDefined()
    await page.goto(`${vigie.url}/#/waves/${wave!.id}`)
    const post = page.getByTestId('post-row').nth(1)
    await post.waitFor()
    const postId = await post.getAttribute('data-post-id')
    await post.getByTestId('post-select').check()
    await page.getByTestId('flag-open').click()
    await page.getByTestId('flag-category').selectOption('threat')
    await page.getByTestId('flag-submit').click()
    await page.getByTestId('toast').filter({ hasText: 'relecture' }).first().waitFor()

    await page.getByTestId('nav-review').click()
    const own = page.locator('[data-testid="flag-row"]').filter({ has: page.locator(`[data-post-id="${postId}"]`) })
    await own.waitFor()
    await expect(own.locator('.own-flag').textContent()).resolves.toContain('un autre relecteur')
    await expect(own.getByTestId('flag-claim').count()).resolves.toBe(0)
    await expect(own.getByTestId('flag-confirm').count()).resolves.toBe(0)

    // The server refuses too, whatever the UI shows.
    const flagId = await own.getAttribute('data-flag-id')
    const status = await page.evaluate<number>(`(async () => {
      const session = await (await fetch('/api/session')).json()
      const res = await fetch('/api/flags/${flagId}/claim', { method: 'POST', headers: { 'x-csrf-token': session.csrfToken } })
      return res.status
    })()`)
    expect(status).toBe(403)
    await context.close()
  }, 60_000)
})
