/**
 * End-to-end harness: a real Vigie server on a free port with a fresh
 * database, users made through the user service, and Debian's Chromium
 * driven by playwright-core (a fresh profile and a new context per user).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { Role } from '../../src/auth/roles.js'
import { createUser } from '../../src/auth/user-service.js'
import type { Config, DatabaseConfig } from '../../src/config/config.js'
import type { AppContext, ContextOverrides } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { testContext } from '../_util.js'

/** Where Debian installs Chromium (`apt-get install -y chromium`; `.ci/run` does it). */
export const CHROMIUM = '/usr/bin/chromium'

/** Flags for a quiet, offline, headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The password of every e2e user. */
export const E2E_PASSWORD = 'mot-de-passe-e2e-vigie'

/** A running server with its context. */
export interface E2eServer {
  ctx: AppContext
  server: RunningServer
  url: string
  /** Creates a user through the user service. */
  user(name: string, role: Role): Promise<void>
  /** Validates and ingests post objects (scenario format), then flushes. */
  ingest(posts: readonly Record<string, unknown>[]): Promise<void>
  close(): Promise<void>
}

/** Starts Vigie on a free port over a fresh database of `driver` (`cfg` adds settings, e.g. a vault key). */
export async function startE2eServer(driver: DatabaseConfig['driver'] = 'pglite', overrides: ContextOverrides = {}, cfg: Partial<Config> = {}): Promise<E2eServer> {
  const ctx = await testContext(driver, { port: 0, host: '127.0.0.1', sources: [], ...cfg }, overrides)
  const server = await startServer(ctx)
  return {
    ctx,
    server,
    url: server.url,
    async user(name, role) {
      await createUser(ctx.database.db, { name, role, password: E2E_PASSWORD })
    },
    async ingest(posts) {
      for (const raw of posts) {
        const parsed = parsePost(raw)
        if (!parsed.ok) throw new Error(`bad test post: ${parsed.reason}`)
        await ctx.pipeline.ingest(parsed.post)
      }
      await ctx.pipeline.flush()
    },
    async close() {
      await server.close()
      await ctx.close()
    },
  }
}

/** Launches Chromium headless (Playwright gives it a fresh temporary profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
}

/** What a page reported: console messages and CSP violations seen by the document. */
export interface PageWatch {
  console: string[]
  errors: string[]
  cspViolations(): Promise<string[]>
}

/** Records console output, page errors and `securitypolicyviolation` events. */
export async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  const consoleLines: string[] = []
  const errors: string[] = []
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => errors.push(e.message))
  // Runs in the page before its own scripts (injected by the driver, so the CSP does not apply to it).
  await context.addInitScript(`
    const seen = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective + ' ' + e.blockedURI))
  `)
  return {
    console: consoleLines,
    errors,
    cspViolations: () => page.evaluate<string[]>('window.__cspViolations ?? []'),
  }
}

/** A new context and page signed in as `name` through the login form; the Live screen is shown. */
export async function signIn(browser: Browser, url: string, name: string): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  // Shorter than the test timeout, so that a missing element fails with its selector in the message.
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  const watch = await watchPage(context, page)
  await page.goto(url)
  await page.getByTestId('login-name').fill(name)
  await page.getByTestId('login-password').fill(E2E_PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('nav-live').waitFor()
  return { context, page, watch }
}

/** Waits until the dashboard's WebSocket is connected. */
export async function waitLive(page: Page): Promise<void> {
  await page.locator('[data-testid="ws-status"][data-state="live"]').waitFor()
}
