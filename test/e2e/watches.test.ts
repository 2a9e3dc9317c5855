/**
 * In the browser: a counsellor creates a watch through its form, then edits it;
 * only the changed fields are sent (the audit log records which were edited),
 * handles typed with « @ » and capitals count as unchanged, and a form sent
 * without any change sends nothing and says so.
 */
import type { Browser, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signIn, startE2eServer, type E2eServer } from './harness.js'

describe('dashboard: watch form', () => {
  let vigie: E2eServer
  let browser: Browser

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer('pglite'), launchBrowser()])
    await vigie.user('conseillere', 'counsellor')
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('creates a watch, sends only what changed on edit, and nothing when nothing changed', async () => {
    const { page, watch } = await signIn(browser, vigie.url, 'conseillere')
    const writes: Request[] = []
    page.on('request', (r) => {
      if (r.url().includes('/api/watches') && r.method() !== 'GET') writes.push(r)
    })
    await page.getByTestId('nav-watches').click()
    await page.getByTestId('watch-new').click()
    await page.locator('#watch-label').fill('Léa Martin')
    await page.locator('#watch-names').fill('Lea, Léa M')
    await page.locator('#watch-handles').fill('@Lea.Martin.bsky.social')
    await page.getByTestId('watch-save').click()
    await page.getByTestId('toast').filter({ hasText: 'Veille créée.' }).waitFor()
    await page.getByTestId('watch-row').filter({ hasText: 'Léa Martin' }).waitFor()
    expect(writes.map((r) => r.method())).toEqual(['POST'])

    // Edit the school only: the handle typed back with « @ » and capitals is not a change.
    await page.getByTestId('watch-row').filter({ hasText: 'Léa Martin' }).getByTestId('watch-edit').click()
    await expect(page.locator('#watch-handles').inputValue()).resolves.toBe('@lea.martin.bsky.social')
    await page.locator('#watch-handles').fill('@LEA.martin.bsky.social')
    await page.locator('#watch-school').fill('Collège Jean Moulin')
    await page.getByTestId('watch-save').click()
    await page.getByTestId('toast').filter({ hasText: 'Veille enregistrée.' }).waitFor()
    expect(writes.map((r) => r.method())).toEqual(['POST', 'PATCH'])
    expect(writes[1]?.postDataJSON()).toEqual({ school: 'Collège Jean Moulin' })

    // Nothing changed: nothing is sent, and the counsellor is told.
    await page.getByTestId('watch-row').filter({ hasText: 'Léa Martin' }).getByTestId('watch-edit').click()
    await page.getByTestId('watch-save').click()
    await page.getByTestId('toast').filter({ hasText: 'Aucune modification.' }).waitFor()
    expect(writes).toHaveLength(2)

    expect(watch.errors).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
  })
})
