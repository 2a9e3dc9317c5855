/**
 * Regenerates the README screenshots (docs/live.png, docs/wave-detail.png,
 * 1280×800) from a running demo (`vigie start --demo`, in process), with
 * Debian's Chromium. Needs the built dashboard (`npm run build`).
 *
 *   npx tsx scripts/screenshots.ts [--speed 30]
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from 'playwright-core'
import { envToConfig } from '../src/config/config.js'
import { readEnv } from '../src/config/env.js'
import { runDemo, type DemoReady } from '../src/demo/demo.js'
import { projectRoot } from '../src/project-root.js'

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

interface WaveSummary {
  id: number
  kind: string
  key: string
  posts: number
}

/** Logs in over HTTP and polls the waves until both the #anti2010 wave and the pile-on are well formed. */
async function waitForCrisis(demo: DemoReady, password: string): Promise<WaveSummary> {
  const login = await fetch(`${demo.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'analyste', password }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const deadline = Date.now() + 5 * 60_000
  while (Date.now() < deadline) {
    const { waves } = (await (await fetch(`${demo.url}/api/waves`, { headers: { cookie } })).json()) as { waves: WaveSummary[] }
    const hashtag = waves.find((w) => w.key === 'anti2010')
    const target = waves.find((w) => w.kind === 'target')
    if (hashtag && target && hashtag.posts >= 250 && target.posts >= 60) return hashtag
    await sleep(1000)
  }
  throw new Error('no crisis after 5 minutes')
}

async function shoot(demo: DemoReady, docs: string): Promise<void> {
  const analyst = demo.accounts.find((a) => a.name === 'analyste')
  if (!analyst) throw new Error('no analyst account')
  const wave = await waitForCrisis(demo, analyst.password)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    const page = await context.newPage()
    await page.goto(demo.url)
    await page.getByTestId('login-name').fill(analyst.name)
    await page.getByTestId('login-password').fill(analyst.password)
    await page.getByTestId('login-submit').click()
    await page.locator('[data-testid="ws-status"][data-state="live"]').waitFor()
    await page.getByTestId('wave-row').nth(1).waitFor()
    await page.getByTestId('live-post').nth(5).waitFor()
    await sleep(3000) // let a few more posts stream in, as a watcher would see it
    await page.screenshot({ path: join(docs, 'live.png') })

    await page.locator(`[data-testid="wave-row"][data-wave-id="${wave.id}"] a[data-open]`).click()
    await page.getByTestId('wave-chart').locator('canvas').first().waitFor()
    await page.getByTestId('post-row').nth(2).waitFor()
    for (const i of [0, 1]) await page.getByTestId('post-row').nth(i).getByTestId('post-select').check()
    await page.evaluate('window.scrollTo(0, 0)') // the chart and the reasons first; checking boxes scrolled down
    await page.screenshot({ path: join(docs, 'wave-detail.png') })
    await context.close()
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--speed')
  const speed = i >= 0 ? Number(process.argv[i + 1]) : 30
  if (!Number.isFinite(speed) || speed <= 0) throw new Error('--speed attend un nombre positif')
  const root = projectRoot()
  if (!existsSync(join(root, 'dashboard', 'dist', 'index.html'))) throw new Error('tableau de bord non construit : lancez « npm run build »')
  const docs = join(root, 'docs')
  mkdirSync(docs, { recursive: true })
  const cfg = envToConfig({ ...readEnv(), logLevel: 'silent' }, { port: 0 })
  let stop = () => {}
  const stopped = new Promise<void>((resolve) => (stop = resolve))
  let failure: unknown
  await runDemo(cfg, {
    speed,
    stopped,
    write: () => {},
    onReady: (demo) => {
      shoot(demo, docs)
        .catch((err: unknown) => (failure = err))
        .finally(stop)
    },
  })
  if (failure) throw failure
  console.info(`docs/live.png et docs/wave-detail.png écrits (démo ×${speed})`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
