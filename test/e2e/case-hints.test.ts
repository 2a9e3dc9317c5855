/**
 * In the browser: a case's timeline shows the hints frozen with a model-only flag's snapshot
 * (« Indices (sans preuve directe) »), as text even when the hinted word looks like markup, and a
 * flag whose snapshot row is damaged says « Instantané illisible » while the page still renders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evidenceSnapshots, flags } from '../../src/db/schema/index.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs } from '../_util.js'
import { call, sha256 } from '../cases/helpers.js'
import { insertPost } from '../moderation/helpers.js'
import { launchBrowser, signIn, startE2eServer, type E2eServer } from './harness.js'
import type { Browser } from 'playwright-core'

const MARKUP = '<img src=x onerror=window.__xss=1>'
const TEXT = `Elle devient hystérique ${MARKUP} franchement`

describe.each(DRIVERS)('dashboard: hints and unreadable snapshots on the case timeline (%s)', (driver) => {
  let vigie: E2eServer
  let browser: Browser
  let caseId = 0

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer(driver, {}, { vault: VaultKey.random() }), launchBrowser()])
    await vigie.user('conseillere', 'counsellor')
    const ctx = vigie.ctx
    const analyst = await loginAs(ctx, 'analyst')
    const at = (w: string) => TEXT.indexOf(w)
    const post = await insertPost(ctx, {
      text: TEXT, score: 0.6, harassment: true, categories: [], evidence: [],
      hints: [
        { kind: 'model', match: 'hystérique', start: at('hystérique'), end: at('hystérique') + 'hystérique'.length, weight: 0.8 },
        { kind: 'model', match: MARKUP, start: at(MARKUP), end: at(MARKUP) + MARKUP.length, weight: 0.3 },
      ],
    } as never)
    const flagged = await call(ctx, analyst, 'POST', '/api/flags', { postIds: [String(post.id)], category: 'harassment' })
    expect(flagged.status, await flagged.clone().text()).toBe(201)
    const hinted = ((await flagged.json()) as { flags: Array<{ id: number }> }).flags[0]!.id
    // A damaged snapshot row, written directly (not JSON, hash of something else).
    const row = await insertPost(ctx, { text: 'Léa sale balance' })
    const [flag] = await ctx.database.db.insert(flags).values({ postId: row.id, category: 'harassment', status: 'pending', flaggedBy: analyst.userId }).returning()
    const json = '{"flagId":' + flag!.id + ',"post":{"text":"Léa sa'
    await ctx.database.db.insert(evidenceSnapshots).values({ flagId: flag!.id, postId: row.id, canonicalJson: json, sha256: sha256(Buffer.from('autre', 'utf8')), capturedAt: new Date() })
    // The case belongs to the counsellor who signs in below.
    const { page, context } = await signIn(browser, vigie.url, 'conseillere')
    await page.getByTestId('nav-cases').click()
    await page.getByTestId('case-new').click()
    await page.getByTestId('case-label').fill('Dossier M., 3e A')
    await page.getByTestId('case-age').selectOption('11-14')
    await page.getByTestId('case-save').click()
    await page.getByTestId('case-detail').waitFor()
    await page.waitForURL(/#\/cases\/\d+$/)
    caseId = Number(new URL(page.url()).hash.split('/').pop())
    for (const id of [hinted, flag!.id]) {
      const status = await page.evaluate<number>(`fetch('/api/session').then((r) => r.json()).then((s) => fetch('/api/cases/${caseId}/links', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken }, body: JSON.stringify({ kind: 'flag', id: ${id} }) })).then((r) => r.status)`)
      expect(status).toBe(200)
    }
    await context.close()
  }, 90_000)
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('shows the frozen hints as text and says an unreadable snapshot cannot be read', async () => {
    const { page, context, watch } = await signIn(browser, vigie.url, 'conseillere')
    await page.goto(`${vigie.url}/#/cases/${caseId}`)
    await page.getByTestId('case-detail').waitFor()
    const hints = page.getByTestId('timeline-hints')
    await hints.first().waitFor()
    const text = (await hints.allTextContents()).join('\n')
    expect(text).toContain('Indices (sans preuve directe)')
    expect(text).toContain('hystérique')
    expect(text).toContain(MARKUP)
    await page.getByTestId('timeline-entry').filter({ hasText: 'Instantané illisible' }).first().waitFor()
    expect(await page.evaluate<number>('document.querySelectorAll("img").length')).toBe(0)
    expect(await page.evaluate<string>('typeof window.__xss')).toBe('undefined')
    await page.screenshot({ path: '/tmp/e2ehints-timeline.png', fullPage: true })
    expect(watch.errors).toEqual([])
    await context.close()
  }, 90_000)
})
