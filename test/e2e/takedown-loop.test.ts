/**
 * In the browser: « Retraits » shows who removed the content (« retiré par
 * la plateforme », « supprimé par l’auteur »), the timer stopped at the
 * removal, a late request with its escalation steps and the live « en
 * retard » alert; « Rapport » shows the trusted-flagger figures and charts.
 * No CSP violation.
 */
import { eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takedowns } from '../../src/db/schema/index.js'
import { client, insertPost } from '../moderation/helpers.js'
import { DRIVERS, loginAs } from '../_util.js'
import { launchBrowser, signIn, startE2eServer, waitLive, type E2eServer } from './harness.js'

describe.each(DRIVERS)('takedown loop in the dashboard (%s)', (driver) => {
  let vigie: E2eServer
  let browser: Browser

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer(driver), launchBrowser()])
    await vigie.user('relecteur', 'reviewer')
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('shows removals, « en retard » with its next steps, the live alert, and the report', async () => {
    const ctx = vigie.ctx
    const analyst = await loginAs(ctx, 'analyst')
    const reviewer = await loginAs(ctx, 'reviewer')
    const ids: number[] = []
    for (const n of [1, 2, 3, 4]) {
      const post = await insertPost(ctx, { platform: 'rss', externalId: `https://news.test/e2e-${n}-${Date.now()}`, url: `https://news.test/e2e-${n}` })
      const flag = (await client(ctx, analyst).flag([String(post.id)])).body.flags[0]!
      await client(ctx, reviewer).claim(flag.id)
      ids.push((await client(ctx, reviewer).decide(flag.id, 'confirm')).body.takedowns[0]!.id)
    }
    const [byPlatform, byAuthor, late, soonLate] = ids as [number, number, number, number]
    const ago = (min: number) => new Date(Date.now() - min * 60_000)
    const db = ctx.database.db
    await db.update(takedowns).set({ requestedAt: ago(50), status: 'removed', removedAt: ago(30), resolvedAt: ago(30), removedBy: 'platform' }).where(eq(takedowns.id, byPlatform))
    await db.update(takedowns).set({ requestedAt: ago(40), removedAt: ago(35), removedBy: 'author' }).where(eq(takedowns.id, byAuthor))
    await db.update(takedowns).set({ requestedAt: ago(120), overdueAt: ago(58) }).where(eq(takedowns.id, late))
    await db.update(takedowns).set({ requestedAt: ago(61) }).where(eq(takedowns.id, soonLate))

    const { page, watch } = await signIn(browser, vigie.url, 'relecteur')
    await waitLive(page)
    await page.getByTestId('nav-takedowns').click()
    const row = (id: number) => page.locator(`[data-testid="takedown-row"][data-takedown-id="${id}"]`)
    await row(late).waitFor()
    await expect(row(byPlatform).getByTestId('takedown-status').textContent()).resolves.toBe('retiré par la plateforme')
    await expect(row(byPlatform).getByTestId('takedown-timer').textContent()).resolves.toMatch(/^retiré en 20 min/)
    await expect(row(byAuthor).getByTestId('takedown-status').textContent()).resolves.toBe('supprimé par l’auteur')
    await expect(row(byAuthor).textContent()).resolves.toContain('ce n’est pas un retrait')
    await expect(row(late).getByTestId('takedown-late').textContent()).resolves.toBe('en retard')
    await row(late).getByTestId('escalate-email').waitFor()
    await row(late).getByTestId('escalate-file-reg').waitFor()
    await expect(row(byPlatform).getByTestId('takedown-escalation').count()).resolves.toBe(0)

    // The job turns the next one late: an alert toast whatever the screen, then the row shows it.
    await page.getByTestId('nav-live').click()
    await ctx.moderation.escalateOverdue(new Date())
    await page.getByTestId('toast').filter({ hasText: `n° ${soonLate}` }).first().waitFor()

    await page.getByTestId('nav-report').click()
    await page.getByTestId('report-totals').waitFor()
    await expect(page.getByTestId('report-notices').textContent()).resolves.toBe('4')
    await expect(page.getByTestId('report-removed').textContent()).resolves.toBe('1')
    await page.locator('[data-testid="report-daily-chart"] canvas').waitFor()
    await page.locator('[data-testid="report-delay-chart"] canvas').waitFor()
    await expect(page.getByTestId('report-csv').getAttribute('href')).resolves.toMatch(/^\/api\/reports\/takedowns\.csv\?from=/)
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.errors).toEqual([])
  })
})
