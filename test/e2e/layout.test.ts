/**
 * Every screen at 1280 px (a laptop) and 390 px (a phone): the page never
 * scrolls sideways, tables turn into labelled cards on the phone, and the
 * wave chart's legend shows the hovered minute's values with x-axis ticks
 * that never repeat a label.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WaveDetail } from '../../contract/waves.js'
import { createApp } from '../../src/server/app.js'
import { loginAs, type TestLogin } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'
import { launchBrowser, signIn, startE2eServer, type E2eServer } from './harness.js'

/** What the page measures: its scroll width, the viewport, and the elements sticking out on the right. */
interface Overflow {
  scrollWidth: number
  innerWidth: number
  offenders: string[]
}

const MEASURE = `(() => {
  const vw = window.innerWidth
  const offenders = []
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.right > vw + 0.5) {
      const id = el.getAttribute('data-testid') || el.id || (typeof el.className === 'string' ? el.className : '')
      offenders.push(el.tagName.toLowerCase() + (id ? '[' + id + ']' : '') + ' right=' + Math.round(r.right))
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, offenders: offenders.slice(-6) }
})()`

describe('layout at 1280 and 390 px (browser)', () => {
  let vigie: E2eServer
  let browser: Browser
  let waveId = 0
  let watchId = 0
  let caseId = 0

  async function call(who: TestLogin, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await createApp(vigie.ctx).request(path, {
      method,
      headers: { ...who.headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as Record<string, unknown>
  }

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer('pglite'), launchBrowser()])
    await vigie.user('admin', 'admin')
    const admin = await loginAs(vigie.ctx, 'admin', 'admin-api')
    const analyst = await loginAs(vigie.ctx, 'analyst', 'analyste-api')
    const reviewer = await loginAs(vigie.ctx, 'reviewer', 'relecteur-api')
    const watch = await call(admin, 'POST', '/api/watches', { label: 'Léa Martin', names: ['lea m'], handles: ['@lea.martin.bsky.social'], school: 'Collège Jean-Moulin' })
    watchId = (watch.watch as { id: number }).id
    await vigie.ingest(harassmentScenario().lines.map((l) => ({ ...l })))
    const { waves } = (await call(analyst, 'GET', '/api/waves?status=all')) as { waves: { id: number; key: string }[] }
    waveId = waves.find((w) => w.key === 'anti2010')!.id
    const detail = (await call(analyst, 'GET', `/api/waves/${waveId}`)) as unknown as WaveDetail
    const created = (await call(analyst, 'POST', '/api/flags', { postIds: detail.posts.slice(0, 3).map((p) => p.id), category: 'harassment', note: 'Insultes visant les élèves nés en 2010.' })) as {
      flags: { id: number }[]
    }
    const first = created.flags[0]!.id
    await call(reviewer, 'POST', `/api/flags/${first}/claim`, {})
    await call(reviewer, 'POST', `/api/flags/${first}/decision`, { decision: 'confirm' })
    const kase = await call(admin, 'POST', '/api/cases', { label: 'Léa M. — collège', ageBand: '11-14', school: 'Collège Jean-Moulin', notes: 'Acharnement sur Bluesky.' })
    caseId = (kase.case as { id: number }).id
    await call(admin, 'POST', `/api/cases/${caseId}/links`, { kind: 'watch', id: watchId })
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  /** Each screen and an element that shows once it has loaded. */
  const screens = (): Array<[string, string]> => [
    ['live', 'wave-row'],
    ['search?hashtag=anti2010&hostile=true', 'post-row'],
    [`waves/${waveId}`, 'post-row'],
    ['review', 'flag-row'],
    ['takedowns', 'takedown-row'],
    ['report', 'report-totals'],
    ['watches', 'watch-row'],
    [`watches/${watchId}`, 'alert-row'],
    ['cases', 'case-row'],
    [`cases/${caseId}`, 'timeline-entry'],
    ['intake', 'intake-urls'],
    ['audit', 'audit-row'],
    ['users', 'user-row'],
    ['referents', 'ref-name'],
    ['platforms', 'platform'],
  ]

  async function show(page: Page, route: string, ready: string): Promise<void> {
    await page.evaluate(`location.hash = '#/${route}'`)
    await page.getByTestId(ready).first().waitFor()
    await page.waitForTimeout(250) // late parts of the screen (side panels, charts)
  }

  for (const width of [1280, 390]) {
    it(`never scrolls sideways at ${width} px, on any screen`, async () => {
      const { context, page, watch } = await signIn(browser, vigie.url, 'admin')
      await page.setViewportSize({ width, height: 844 })
      const wide: Record<string, Overflow> = {}
      for (const [route, ready] of screens()) {
        await show(page, route, ready)
        const m = await page.evaluate<Overflow>(MEASURE)
        if (m.scrollWidth > m.innerWidth) wide[route] = m
      }
      expect(wide).toEqual({})
      expect(watch.errors).toEqual([])
      expect(await watch.cspViolations()).toEqual([])
      await context.close()
    })
  }

  it('never scrolls sideways on the sign-in and first-run page at 390 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(`${vigie.url}/#/installation`)
    await page.getByTestId('setup-token').waitFor()
    const m = await page.evaluate<Overflow>(MEASURE)
    expect(m.offenders).toEqual([])
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth)
    await context.close()
  })

  it('shows tables as labelled cards at 390 px and as tables at 1280 px', async () => {
    const { context, page } = await signIn(browser, vigie.url, 'admin')
    const cardOf = `(() => {
      const row = document.querySelector('[data-testid="user-row"]')
      const cell = row.querySelector('td')
      return {
        row: getComputedStyle(row).display,
        head: getComputedStyle(row.closest('table').tHead).position,
        label: getComputedStyle(cell, '::before').content,
        width: Math.round(row.getBoundingClientRect().width),
      }
    })()`
    await show(page, 'users', 'user-row')
    expect(await page.evaluate<{ row: string }>(cardOf)).toMatchObject({ row: 'table-row' })
    await page.setViewportSize({ width: 390, height: 844 })
    const card = await page.evaluate<{ row: string; head: string; label: string; width: number }>(cardOf)
    // One card per row, its header row hidden, each value under its column's name.
    expect(card).toMatchObject({ row: 'block', head: 'absolute', label: '"Nom"' })
    expect(card.width).toBeLessThanOrEqual(390)
    // The live waves table too, whose rows arrive over time.
    await show(page, 'live', 'wave-row')
    const live = await page.evaluate<string[]>(`[...document.querySelector('[data-testid="wave-row"]').cells].map((c) => c.dataset.label)`)
    expect(live).toEqual(['Vague', 'Phase', 'Score', 'Messages / min', 'Messages', 'Hostiles', 'Auteurs', 'Ouverte'])
    await context.close()
  })

  it('shows the hovered minute in the chart legend, and never repeats an x-axis label, at 1280 px', async () => {
    const { context, page } = await signIn(browser, vigie.url, 'admin')
    const detail = (await (await page.request.get(`${vigie.url}/api/waves/${waveId}`)).json()) as WaveDetail
    const perMinute = new Map(detail.timeline.map((t) => [Date.parse(t.minute) / 1000, t]))
    await show(page, `waves/${waveId}`, 'wave-chart')
    const chart = page.getByTestId('wave-chart')
    await chart.locator('canvas').waitFor()
    const legend = page.getByTestId('chart-legend')
    // Nothing hovered: the latest minute.
    expect(await legend.getAttribute('data-state')).toBe('latest')
    const over = (await chart.locator('.u-over').boundingBox())!
    const seen = new Set<string>()
    for (const share of [0.2, 0.5, 0.8]) {
      await page.mouse.move(over.x + over.width * share, over.y + over.height / 2)
      await expect.poll(() => legend.getAttribute('data-state')).toBe('hover')
      const x = Number(await page.getByTestId('legend-x').getAttribute('data-x'))
      seen.add(String(x))
      const values = await page.getByTestId('legend-value').allTextContents()
      const minute = perMinute.get(x)
      expect(values).toEqual([String(minute?.posts ?? 0), String(minute?.hostile ?? 0)])
    }
    expect(seen.size).toBe(3) // three places, three minutes
    await page.mouse.move(0, 0)
    await expect.poll(() => legend.getAttribute('data-state')).toBe('latest')
    const ticks = ((await chart.getAttribute('data-x-ticks')) ?? '').split('|')
    expect(ticks.length).toBeGreaterThanOrEqual(4)
    expect(new Set(ticks).size).toBe(ticks.length)
    for (const t of ticks) expect(t).toMatch(/^\d\d:\d\d$/)
    await context.close()
  })
})
