/**
 * In the browser: a counsellor opens a case, drops a PNG on the vault; the
 * list never loads an image; the file's own view shows it blurred until the
 * click; the download is the exact file; a file name carrying markup stays
 * text; another counsellor is told the case does not exist; the CSP holds.
 */
import { createHash } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VaultKey } from '../../src/vault/vault-key.js'
import { makePng } from '../cases/helpers.js'
import { launchBrowser, signIn, startE2eServer, type E2eServer } from './harness.js'

const NASTY_NAME = '<img src=x onerror=window.__xss=1>.png'

describe('dashboard: case file and evidence vault', () => {
  let vigie: E2eServer
  let browser: Browser
  const png = makePng(60, 40)

  beforeAll(async () => {
    ;[vigie, browser] = await Promise.all([startE2eServer('pglite', {}, { vault: VaultKey.random() }), launchBrowser()])
    await vigie.user('conseillere', 'counsellor')
    await vigie.user('collegue', 'counsellor')
  })
  afterAll(async () => {
    await browser?.close()
    await vigie?.close()
  })

  it('opens a case, drops a PNG, previews it blurred until clicked, and hides the case from another counsellor', async () => {
    const { page, context, watch } = await signIn(browser, vigie.url, 'conseillere')
    await page.getByTestId('nav-cases').click()
    await page.getByTestId('case-new').click()
    await page.getByTestId('case-label').fill('Dossier L., 4e B')
    await page.getByTestId('case-age').selectOption('11-14')
    await page.getByTestId('case-school').fill('Collège Jean Moulin')
    await page.getByTestId('case-save').click()
    await page.getByTestId('case-detail').waitFor()
    await page.waitForURL(/#\/cases\/\d+$/)
    const caseId = Number(new URL(page.url()).hash.split('/').pop())

    // Drag and drop: a DataTransfer holding the PNG (and a second, oddly named copy), dropped on the zone.
    // Browser-side code as a string: the test program has no DOM types.
    const dataTransfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (ch) => ch.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], 'capture écran.png', { type: 'image/png' }))
      dt.items.add(new File([bytes], ${JSON.stringify(NASTY_NAME)}, { type: 'image/png' }))
      return dt
    })()`)
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer })
    await expect.poll(() => page.getByTestId('file-row').count()).toBe(2)
    await page.getByTestId('timeline-entry').filter({ hasText: 'Fichier déposé' }).first().waitFor()
    // Lists never load an image.
    expect(await page.evaluate<number>('document.querySelectorAll("img, video").length')).toBe(0)
    await expect(page.getByTestId('file-row').nth(1).locator('.file-name').textContent()).resolves.toBe(NASTY_NAME)

    // The file's own view: the image loads, blurred, until the counsellor clicks.
    await page.getByTestId('file-open').first().click()
    const preview = page.getByTestId('file-preview')
    await preview.waitFor()
    await expect.poll(() => page.evaluate<number>(`document.querySelector('[data-testid="file-preview"]').naturalWidth`)).toBe(60)
    expect(await preview.getAttribute('class')).toContain('blurred')
    expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('[data-testid="file-preview"]')).filter`)).toContain('blur')
    await expect(page.getByTestId('file-sha256').textContent()).resolves.toBe(createHash('sha256').update(png).digest('hex'))
    await page.getByTestId('file-reveal').click()
    expect(await preview.getAttribute('class')).not.toContain('blurred')

    // The download link gives back the exact bytes.
    const href = await page.getByTestId('file-download').getAttribute('href')
    const downloaded = await page.request.get(`${vigie.url}${href}`)
    expect(downloaded.headers()['content-disposition']).toMatch(/^attachment/)
    expect(Buffer.from(await downloaded.body()).equals(png)).toBe(true)

    expect(await page.evaluate<string>('typeof window.__xss')).toBe('undefined')
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.errors).toEqual([])

    // Another counsellor: the case does not exist for her.
    const other = await signIn(browser, vigie.url, 'collegue')
    await other.page.getByTestId('nav-cases').click()
    await other.page.getByText('Aucun dossier.').waitFor()
    await other.page.goto(`${vigie.url}/#/cases/${caseId}`)
    await other.page.getByText('Dossier introuvable.').waitFor()
    const status = await other.page.evaluate<number>(`fetch('/api/cases/${caseId}/files').then((r) => r.status)`)
    expect(status).toBe(404)
    await other.context.close()
    await context.close()
  }, 90_000)
})
