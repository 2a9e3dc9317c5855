/**
 * In the browser, at 1280 px and on a 390 px phone: « Recherche » finds posts
 * without accents (« eleve » → « élève »), pages to older results, and flags
 * a selection (which then clears); a wave shows every post page by page,
 * oldest first too; and live posts wait while rows are selected or the flag
 * dialog is open, so the rows being flagged never move.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FlagView } from '../../contract/flags.js'
import type { WaveDetail, WaveList } from '../../contract/waves.js'
import { DRIVERS } from '../_util.js'
import { harassmentScenario, T0 } from '../fixtures/harassment-scenario.js'
import { E2E_PASSWORD, launchBrowser, signIn, startE2eServer, waitLive, type E2eServer } from './harness.js'

const VIEWPORTS = [
  { name: '1280 px', width: 1280, height: 800 },
  { name: '390 px', width: 390, height: 844 },
] as const

/** 120 posts about « élèves », one every 30 s while the scenario's waves are open. */
const SCHOOL_POSTS = Array.from({ length: 120 }, (_, i) => ({
  platform: 'bluesky',
  id: `eleve-${i}`,
  author: `parent${i % 7}.bsky.social`,
  text: i % 2 === 0 ? `Les ÉLÈVES du collège n°${i} partent en sortie` : `Une élève a trouvé un livre (${i})`,
  createdAt: new Date(T0 + 5 * 60_000 + i * 30_000).toISOString(),
}))

/** The page is no wider than the window, and `selector` stays inside it. */
async function fitsWidth(page: Page, selector: string): Promise<{ overflow: number; right: number; width: number }> {
  // A string, run in the page (the tests are compiled without the DOM's types).
  return page.evaluate<{ overflow: number; right: number; width: number }>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)})
    return { overflow: el.scrollWidth - el.clientWidth, right: Math.round(el.getBoundingClientRect().right), width: window.innerWidth }
  })()`)
}

describe.each(DRIVERS)('dashboard on %s: search, whole waves, flagging', (driver) => {
  let vigie: E2eServer
  let browser: Browser
  let wave: { id: number; key: string; posts: number }

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer(driver), launchBrowser()])
    await vigie.user('analyste', 'analyst')
    await vigie.ingest(harassmentScenario().lines.filter((l) => Date.parse(l.createdAt) < T0 + 70 * 60_000).map((l) => ({ ...l })))
    await vigie.ingest(SCHOOL_POSTS)
    const { waves } = (await (await fetchAs('/api/waves?status=all')).json()) as WaveList
    const biggest = [...waves].sort((a, b) => b.posts - a.posts)[0]!
    wave = { id: biggest.id, key: biggest.key, posts: biggest.posts }
    expect(wave.posts).toBeGreaterThan(50)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  /** GET as an admin over HTTP (a session made once). */
  let adminHeaders: Record<string, string> | null = null
  async function fetchAs(path: string): Promise<Response> {
    if (!adminHeaders) {
      await vigie.user('admin-e2e', 'admin')
      const res = await fetch(`${vigie.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: vigie.url },
        body: JSON.stringify({ name: 'admin-e2e', password: E2E_PASSWORD }),
      })
      adminHeaders = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' }
    }
    return fetch(`${vigie.url}${path}`, { headers: adminHeaders })
  }

  async function open(width: number, height: number) {
    const session = await signIn(browser, vigie.url, 'analyste')
    await session.page.setViewportSize({ width, height })
    await waitLive(session.page)
    return session
  }

  for (const vp of VIEWPORTS) {
    it(`searches without accents, pages, and flags from the results (${vp.name})`, async () => {
      const { page, context, watch } = await open(vp.width, vp.height)
      await page.goto(`${vigie.url}/#/search`)
      await page.getByTestId('search-screen').waitFor()
      await page.getByTestId('search-q').fill('eleve')
      await page.getByTestId('search-submit').click()
      const rows = page.locator('[data-testid="search-screen"] [data-testid="post-row"]')
      await expect.poll(() => rows.count()).toBe(50)
      expect(page.url()).toContain('#/search?q=eleve')
      // Newest first; every result says « élève » in some form.
      await expect(rows.first().textContent()).resolves.toContain('(119)')
      for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toMatch(/élève/)
      // Older pages, until the oldest result.
      await page.getByTestId('posts-more').click()
      await expect.poll(() => rows.count()).toBe(100)
      await page.getByTestId('posts-more').click()
      await expect.poll(() => rows.count()).toBe(120)
      await page.getByTestId('posts-more').waitFor({ state: 'hidden' })
      await expect(rows.last().textContent()).resolves.toContain('n°0 ')

      // The screen fits the phone: no horizontal scroll inside it, nothing past the window's edge.
      const fit = await fitsWidth(page, '[data-testid="search-screen"]')
      expect(fit.overflow).toBeLessThanOrEqual(0)
      expect(fit.right).toBeLessThanOrEqual(fit.width)

      // Select two results and flag them: they are marked, and the selection clears.
      const picked = [rows.nth(1), rows.nth(2)]
      const ids = await Promise.all(picked.map((r) => r.getAttribute('data-post-id')))
      for (const r of picked) await r.getByTestId('post-select').check()
      await expect(page.getByTestId('selection-count').textContent()).resolves.toContain('2 sélectionné')
      await page.getByTestId('flag-open').click()
      await page.getByTestId('flag-category').selectOption('harassment')
      await page.getByTestId('flag-submit').click()
      await page.getByTestId('toast').filter({ hasText: 'relecture' }).first().waitFor()
      await expect.poll(() => page.locator('[data-testid="search-screen"] input[data-testid="post-select"]:checked').count()).toBe(0)
      await expect(page.getByTestId('selection-count').textContent()).resolves.toBe('')
      for (const r of picked) await expect(r.getAttribute('class')).resolves.toContain('post-flagged')
      const { flags } = (await (await fetchAs('/api/flags?status=pending')).json()) as { flags: FlagView[] }
      for (const id of ids) expect(flags.some((f) => f.post.id === id)).toBe(true)

      // A query the server refuses says why, in French.
      await page.getByTestId('search-q').fill('le de')
      await page.getByTestId('search-submit').click()
      await expect.poll(async () => (await page.getByTestId('search-error').textContent()) ?? '').toContain('rien à chercher')
      // « Effacer » empties the criteria and the results.
      await page.getByRole('button', { name: 'Effacer' }).click()
      await expect.poll(() => page.getByTestId('search-q').inputValue()).toBe('')
      await page.getByRole('button', { name: 'Effacer' }).click()
      await expect.poll(() => rows.count()).toBe(0)
      expect(watch.errors).toEqual([])
      await context.close()
    }, 90_000)

    it(`shows every post of a wave page by page, oldest first too (${vp.name})`, async () => {
      const { page, context, watch } = await open(vp.width, vp.height)
      await page.goto(`${vigie.url}/#/waves/${wave.id}`)
      const rows = page.locator('[data-testid="wave-detail"] [data-testid="post-row"]')
      await expect.poll(() => rows.count()).toBe(50)
      await expect(page.getByTestId('wave-posts').textContent()).resolves.toBe(String(wave.posts))
      while (await page.getByTestId('posts-more').isVisible()) {
        const before = await rows.count()
        await page.getByTestId('posts-more').click()
        await expect.poll(() => rows.count()).toBeGreaterThan(before)
      }
      expect(await rows.count()).toBe(wave.posts)
      const detail = (await (await fetchAs(`/api/waves/${wave.id}`)).json()) as WaveDetail
      await page.getByTestId('posts-order').selectOption('oldest')
      await expect.poll(async () => rows.first().locator('time').getAttribute('datetime')).toBe(detail.wave.onsetAt)
      const fit = await fitsWidth(page, '[data-testid="wave-detail"]')
      expect(fit.overflow).toBeLessThanOrEqual(0)
      expect(fit.right).toBeLessThanOrEqual(fit.width)
      expect(watch.errors).toEqual([])
      await context.close()
    }, 90_000)
  }

  it('flags from the keyboard: x selects, f opens the dialog, Échap keeps the selection, « Envoyer » clears it', async () => {
    const { page, context } = await open(1280, 800)
    await page.goto(`${vigie.url}/#/search?q=${encodeURIComponent('"partent en sortie"')}&order=oldest`)
    const rows = page.locator('[data-testid="search-screen"] [data-testid="post-row"]')
    await expect.poll(() => rows.count()).toBe(50)
    await rows.nth(4).focus()
    await page.keyboard.press('x')
    await page.keyboard.press('j')
    await page.keyboard.press('x')
    await expect(page.getByTestId('selection-count').textContent()).resolves.toContain('2 sélectionné')
    await page.keyboard.press('f')
    await expect(page.locator('#flag-title').textContent()).resolves.toBe('Signaler 2 messages')
    await page.keyboard.press('Escape')
    await page.getByTestId('flag-dialog').waitFor({ state: 'detached' })
    await expect(page.getByTestId('selection-count').textContent()).resolves.toContain('2 sélectionné')
    await page.keyboard.press('f')
    await page.getByTestId('flag-category').selectOption('doxxing')
    await page.getByTestId('flag-submit').click()
    await page.getByTestId('toast').filter({ hasText: '2 signalements' }).first().waitFor()
    await expect(page.getByTestId('selection-count').textContent()).resolves.toBe('')
    await expect(rows.nth(4).getAttribute('class')).resolves.toContain('post-flagged')
    await expect(rows.nth(5).getAttribute('class')).resolves.toContain('post-flagged')
    await context.close()
  }, 60_000)

  it('holds live posts while rows are selected and the flag dialog is open, then clears the selection', async () => {
    const { page, context } = await open(1280, 800)
    await page.goto(`${vigie.url}/#/waves/${wave.id}`)
    const rows = page.locator('[data-testid="wave-detail"] [data-testid="post-row"]')
    await expect.poll(() => rows.count()).toBe(50)
    const target = rows.nth(3)
    const targetId = await target.getAttribute('data-post-id')
    await target.getByTestId('post-select').check()
    const topBefore = await rows.first().getAttribute('data-post-id')
    const yBefore = (await target.boundingBox())!.y

    // New hostile posts join the wave while the row is selected.
    const { posts: newest } = (await (await fetchAs(`/api/waves/${wave.id}`)).json()) as WaveDetail
    const last = Date.parse(newest[0]!.createdAt)
    const fresh = Array.from({ length: 3 }, (_, i) => ({
      platform: 'bluesky',
      id: `live-${i}`,
      author: `nouveau${i}.bsky.social`,
      text: `les 2010 c'est tous des cassos #${wave.key}`,
      createdAt: new Date(last + (i + 1) * 1000).toISOString(),
    }))
    await vigie.ingest(fresh)
    const held = page.getByTestId('live-held')
    await held.waitFor()
    await expect(held.textContent()).resolves.toContain('3 nouveau')
    await expect(rows.first().getAttribute('data-post-id')).resolves.toBe(topBefore)
    expect((await target.boundingBox())!.y).toBe(yBefore)

    // The dialog is open: still held. Flagging clears the selection, then the held posts come on top.
    await page.getByTestId('flag-open').click()
    await page.getByTestId('flag-dialog').waitFor()
    await vigie.ingest([{ ...fresh[0]!, id: 'live-3', author: 'nouveau3.bsky.social', createdAt: new Date(last + 4000).toISOString() }])
    await expect.poll(async () => (await held.textContent()) ?? '').toContain('4 nouveau')
    await page.getByTestId('flag-category').selectOption('harassment')
    await page.getByTestId('flag-submit').click()
    await page.getByTestId('toast').filter({ hasText: 'relecture' }).first().waitFor()
    await held.waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('[data-testid="wave-detail"] input[data-testid="post-select"]:checked').count()).toBe(0)
    await expect(rows.first().textContent()).resolves.toContain('nouveau3')
    await expect(page.locator(`[data-post-id="${targetId}"]`).getAttribute('class')).resolves.toContain('post-flagged')
    await context.close()
  }, 90_000)
})
