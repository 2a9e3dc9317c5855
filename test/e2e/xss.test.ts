/**
 * Post text and author names are written by attackers: in the browser they
 * must stay inert text on every screen that shows them (Live stream, wave
 * detail, review queue), links with `javascript:` are never clickable, and the
 * Content-Security-Policy is sent and never violated.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signIn, startE2eServer, waitLive, type E2eServer, type PageWatch } from './harness.js'

const IMG = '<img src=x onerror=window.__xss=1>'
const SCRIPT = '<script>window.__xss=1</script>'
const SVG = '"><svg onload=window.__xss=1>'
const JS_URL = 'javascript:window.__xss=1'
const ANCHOR = `<a href="${JS_URL}">clique ici</a>`

const T = Date.UTC(2026, 10, 3, 9, 0, 0)

/** Hostile #anti2010 posts (enough distinct authors to open a wave) carrying the payloads. */
function payloadPosts(): Record<string, unknown>[] {
  const posts: [author: string, text: string, url?: string][] = [
    [SVG, `les 2010 c'est tous des cassos #anti2010 ${IMG}`],
    [IMG, `#Anti2010 bande de gamins de merde dégagez ${SCRIPT}`],
    ['troll3.bsky.social', `ntm les 2010 allez crever #anti2010 ${SVG}`, JS_URL],
    ['troll4.bsky.social', `les 2010 vous êtes des grosses merdes #anti2010 ${ANCHOR}`],
    ['troll5.bsky.social', `sale 2010 va te pendre #anti2010 ${JS_URL}`, 'https://bsky.app/profile/troll5/post/1'],
    ['troll6.bsky.social', "tous sur les 2010 on les affiche #anti2010 bande de cassos"],
  ]
  return posts.map(([author, text, url], i) => ({
    platform: 'bluesky',
    id: `xss-${i}`,
    author,
    text,
    createdAt: new Date(T + i * 5_000).toISOString(),
    ...(url ? { url } : {}),
  }))
}

/** Everything that must hold on a page showing the payloads. */
async function expectInert(page: Page, watch: PageWatch): Promise<void> {
  expect(await page.evaluate<string>('typeof window.__xss')).toBe('undefined')
  // Browser-side check, as a string: the test program has no DOM types.
  const injected = await page.evaluate<Record<string, number>>(`({
    imgs: document.querySelectorAll('img[src="x"], main img').length,
    inlineScripts: document.querySelectorAll('script:not([src]), main script').length,
    svgs: document.querySelectorAll('[data-testid="post-text"] svg, .author svg, svg[onload]').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.protocol === 'javascript:').length,
  })`)
  expect(injected).toEqual({ imgs: 0, inlineScripts: 0, svgs: 0, handlers: 0, jsLinks: 0 })
  expect(await watch.cspViolations()).toEqual([])
  expect(watch.console.filter((l) => /Content Security Policy|Trusted Type/i.test(l))).toEqual([])
  expect(watch.errors).toEqual([])
}

describe('dashboard: hostile text is rendered inert', () => {
  let vigie: E2eServer
  let browser: Browser

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer('pglite'), launchBrowser()])
    await vigie.user('analyste', 'analyst')
  })

  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('shows XSS payloads in posts and author names as text, under a strict CSP', async () => {
    const { page, watch, context } = await signIn(browser, vigie.url, 'analyste')

    const res = await page.reload()
    const csp = res?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
    await waitLive(page)

    // Live: the payloads stream in over the WebSocket.
    await vigie.ingest(payloadPosts())
    await page.getByTestId('wave-row').filter({ hasText: 'anti2010' }).first().waitFor()
    await page.getByTestId('live-post').filter({ hasText: SCRIPT }).first().waitFor()
    await expectInert(page, watch)

    // Wave detail: every payload is visible literally.
    await page.getByTestId('wave-row').filter({ hasText: 'anti2010' }).first().locator('a[data-open]').click()
    await page.getByTestId('wave-detail').waitFor()
    for (const payload of [IMG, SCRIPT, SVG, ANCHOR, JS_URL]) {
      await expect(page.getByTestId('post-text').filter({ hasText: payload }).first().isVisible()).resolves.toBe(true)
    }
    for (const author of [SVG, IMG]) {
      await expect(page.getByTestId('post-row').filter({ hasText: author }).first().isVisible()).resolves.toBe(true)
    }
    // The javascript: URL of a post is shown, not linked; the https one is a safe external link.
    const jsRow = page.getByTestId('post-row').filter({ hasText: `ntm les 2010` }).first()
    await expect(jsRow.locator('a[href^="javascript:"]').count()).resolves.toBe(0)
    await expect(jsRow.getByText(JS_URL, { exact: true }).isVisible()).resolves.toBe(true)
    const safe = page.getByTestId('post-row').filter({ hasText: 'sale 2010 va te pendre' }).first().locator('a[href^="https://bsky.app/"]')
    await expect(safe.getAttribute('rel')).resolves.toContain('noopener')
    await expect(safe.getAttribute('rel')).resolves.toContain('noreferrer')
    await expectInert(page, watch)

    // Flag the payload posts; the review queue shows them inert too.
    for (const text of [SCRIPT, 'ntm les 2010']) {
      await page.getByTestId('post-row').filter({ hasText: text }).first().getByTestId('post-select').check()
    }
    await page.getByTestId('flag-open').click()
    await page.getByTestId('flag-category').selectOption('hate')
    await page.getByTestId('flag-note').fill(`note avec ${IMG} et ${SCRIPT}`)
    await page.getByTestId('flag-submit').click()
    await page.getByTestId('toast').filter({ hasText: 'relecture' }).first().waitFor()
    await page.getByTestId('nav-review').click()
    await page.getByTestId('flag-row').filter({ hasText: SCRIPT }).first().waitFor()
    await expect(page.getByTestId('flag-row').filter({ hasText: `note avec ${IMG}` }).count()).resolves.toBeGreaterThan(0)
    await expectInert(page, watch)
    await context.close()
  }, 60_000)
})
