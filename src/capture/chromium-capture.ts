/**
 * One capture of a public page as an anonymous visitor: Debian's Chromium
 * (playwright-core), headless, a fresh temporary profile, every request
 * through the filtering proxy and no name resolved by Chromium itself, no
 * downloads, no service workers, JavaScript dialogs dismissed, pop-ups
 * closed, and a hard time limit after which the browser is closed whatever
 * it is doing. Gives the full-page screenshot (PNG, height capped), the
 * HTML after scripts ran, the page's visible text (to read its state), the
 * final URL, the main answer's HTTP status and headers, and what the proxy
 * refused.
 */
import { chromium, type Browser, type Response } from 'playwright-core'
import type { SafeFetchOptions } from '../net/safe-fetch.js'
import { FilterProxy, type ProxyStats } from './filter-proxy.js'

/** Capture settings. */
export interface ChromiumSettings {
  /** The Chromium binary (Debian: /usr/bin/chromium). */
  executablePath: string
  /** Address policy of the proxy (tests: allowLoopback, lookup). */
  policy: Pick<SafeFetchOptions, 'allowLoopback' | 'loopbackPorts' | 'lookup'>
  /** Whole capture, launch included, in ms (default 60,000). */
  timeoutMs?: number
  /** Navigation, in ms (default 30,000). */
  navigationTimeoutMs?: number
  /** Tallest screenshot, in CSS pixels (default 12,000). */
  maxScreenshotHeight?: number
  /** Largest HTML kept, in bytes (default 5 MiB). */
  maxHtmlBytes?: number
  /** Bytes through the proxy (default 64 MiB). */
  maxBytes?: number
}

/** What a capture saw. */
export interface PageCapture {
  requestedUrl: string
  finalUrl: string | null
  /** HTTP status of the main document (null when it never answered). */
  status: number | null
  headers: Record<string, string>
  capturedAt: Date
  png: Buffer | null
  html: Buffer | null
  /** The page's visible text (first 100,000 characters): read to tell a removed or walled page. */
  text: string
  /** Why the page could not be captured (navigation error, time limit), in French; null when it loaded. */
  error: string | null
  proxy: ProxyStats
}

const WIDTH = 1280

/** Chromium flags: headless, quiet, no network of its own (the proxy does it all). */
export function chromiumArgs(): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--no-pings',
    '--dns-prefetch-disable',
    '--disable-dev-shm-usage',
    '--mute-audio',
    // No name is resolved by Chromium: everything goes to the proxy (an IP literal), or nowhere.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    // WebRTC may not open UDP around the proxy.
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  ]
  // Chromium's sandbox cannot run as root: only then is it turned off.
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}

/** Captures `url`; never throws for a page that fails (the capture says why), only for a browser that cannot start. */
export async function capturePage(url: string, settings: ChromiumSettings): Promise<PageCapture> {
  const proxy = new FilterProxy({ policy: settings.policy, ...(settings.maxBytes ? { maxBytes: settings.maxBytes } : {}) })
  await proxy.start()
  const capturedAt = new Date()
  const result: PageCapture = { requestedUrl: url, finalUrl: null, status: null, headers: {}, capturedAt, png: null, html: null, text: '', error: null, proxy: proxy.stats }
  let browser: Browser | null = null
  let timer: NodeJS.Timeout | undefined
  try {
    browser = await chromium.launch({
      executablePath: settings.executablePath,
      headless: true,
      args: chromiumArgs(),
      proxy: { server: proxy.url },
      timeout: 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    const open = browser
    const limit = settings.timeoutMs ?? 60_000
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), limit)
    })
    const outcome = await Promise.race([visit(open, url, settings, result), timedOut])
    if (outcome === 'timeout') result.error = `délai dépassé (${Math.round(limit / 1000)} s) : capture interrompue`
  } finally {
    clearTimeout(timer)
    if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())])
    await proxy.stop()
  }
  return result
}

async function visit(browser: Browser, url: string, settings: ChromiumSettings, out: PageCapture): Promise<'done'> {
  const context = await browser.newContext({
    acceptDownloads: false,
    serviceWorkers: 'block',
    viewport: { width: WIDTH, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  })
  const page = await context.newPage()
  // Pop-ups and new windows are closed at once: only the page asked for is captured.
  context.on('page', (p) => {
    if (p !== page) void p.close().catch(() => undefined)
  })
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined))
  let response: Response | null = null
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: settings.navigationTimeoutMs ?? 30_000 })
  } catch (err) {
    out.error = `la page ne s’est pas chargée : ${navigationError(err)}`
  }
  if (response) {
    out.status = response.status()
    out.headers = await response.allHeaders().catch(() => ({}))
    if (out.headers['set-cookie']) out.headers['set-cookie'] = '(omis)'
  }
  if (!out.error || response) {
    await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined)
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined)
  }
  out.finalUrl = page.url() === 'about:blank' ? null : page.url()
  if (out.finalUrl === null) return 'done'
  try {
    const html = Buffer.from(await page.content(), 'utf8')
    out.html = html.subarray(0, settings.maxHtmlBytes ?? 5 * 1024 * 1024)
    out.text = (await page.evaluate<string>('document.body ? document.body.innerText : ""')).slice(0, 100_000)
    const height = await page.evaluate<number>('Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)')
    const max = settings.maxScreenshotHeight ?? 12_000
    out.png =
      height > max
        ? await page.screenshot({ type: 'png', fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: max }, animations: 'disabled', timeout: 20_000 })
        : await page.screenshot({ type: 'png', fullPage: true, animations: 'disabled', timeout: 20_000 })
  } catch (err) {
    out.error ??= `capture incomplète : ${navigationError(err)}`
  }
  return 'done'
}

/** The first line of a Playwright error, without its call log. */
function navigationError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return (text.split('\n')[0] ?? text).replace(/^page\.\w+: /, '').slice(0, 300)
}
