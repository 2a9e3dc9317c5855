/**
 * `vigie start --demo`: a throwaway database, printed accounts, a replayed
 * crisis whose wave and alert show over HTTP, and a clean exit that removes
 * the temporary folder.
 */
import { existsSync, rmSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it, onTestFinished } from 'vitest'
import { DEMO_QUIET_MINUTES, DEMO_TARGET, demoScenario } from '../../src/demo/demo-scenario.js'
import { generateScenario } from '../../src/demo/scenario/generate.js'
import { parsePostLine } from '../../src/posts/post-input.js'
import { runVigie, spawnVigie } from './cli-process.js'

interface Banner {
  url: string
  folder: string
  accounts: Map<string, string>
}

function parseBanner(stdout: string): Banner | undefined {
  if (!stdout.includes('Ctrl-C')) return undefined
  const url = /Tableau de bord : (http:\/\/\S+)/.exec(stdout)?.[1]
  const folder = /Base jetable\s+: (\S+)/.exec(stdout)?.[1]
  const accounts = new Map([...stdout.matchAll(/^ {2}(\S+)\s+mot de passe : (\S+)/gm)].map((m) => [m[1]!, m[2]!]))
  return url && folder ? { url, folder, accounts } : undefined
}

/** Polls `probe` until it returns a value, for at most `ms`; a network error counts as "not yet". */
async function eventually<T>(probe: () => Promise<T | undefined>, ms: number, what: string, alive: () => string | null): Promise<T> {
  const deadline = Date.now() + ms
  let last: unknown
  for (;;) {
    const dead = alive()
    if (dead !== null) throw new Error(`the demo exited while waiting for ${what}: ${dead}`)
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`)
    await sleep(200)
  }
}

async function login(url: string, name: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  })
  expect(res.status).toBe(200)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, 'x-csrf-token': csrfToken }
}

describe('the demo scenario', () => {
  it('is valid posts in time order: a quiet hour, then the waves, the pile-on, counter-speech, news and benign bursts', () => {
    const start = new Date('2026-11-28T08:00:00Z')
    const { lines, truth } = generateScenario(demoScenario(start, 0))
    const posts = lines.map((l) => parsePostLine(l))
    expect(posts.every((p) => p.ok)).toBe(true)
    const times = posts.map((p) => (p.ok ? p.post.createdAt.getTime() : NaN))
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true)
    const live = start.getTime() + DEMO_QUIET_MINUTES * 60_000
    expect(truth.every((t) => Date.parse(t.onset) >= live)).toBe(true)
    expect(truth.map((t) => `${t.kind}:${t.key}:${t.harassment}`).sort()).toEqual([
      'benign:cyberharcelement:false',
      'hashtag:anti2010:true',
      'hashtag:antigaspi:false',
      'hashtag:antiroux:true',
      'hashtag:bienvenueaux2010:false',
      'hashtag:finaleldc:false',
      `target:${DEMO_TARGET.handle}:true`,
    ])
    // The next round follows on, with its own post ids.
    const next = generateScenario(demoScenario(new Date(times.at(-1)!), 1))
    const ids = new Set(posts.map((p) => (p.ok ? p.post.id : '')))
    expect(next.lines.map((l) => parsePostLine(l)).some((p) => p.ok && ids.has(p.post.id))).toBe(false)
  })
})

describe('vigie start --demo', () => {
  it('prints accounts, replays waves and a pile-on alert, and removes its folder on SIGTERM', async () => {
    const child = spawnVigie(['start', '--demo', '--speed', '600'], { PORT: '0', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never' })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    // A timed-out test never reaches its finally: never leave a demo server running behind it.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    })
    const alive = () => (child.exitCode !== null || child.signalCode !== null ? `code ${child.exitCode} signal ${child.signalCode}; stderr: ${stderr}` : null)
    let folder: string | undefined
    try {
      const banner = await eventually(async () => parseBanner(stdout), 60_000, 'the demo banner', alive)
      expect([...banner.accounts.keys()].sort()).toEqual(['admin', 'analyste', 'conseillere', 'relecteur', 'relectrice'])
      for (const password of banner.accounts.values()) expect(password.length).toBeGreaterThanOrEqual(12)
      folder = banner.folder
      expect(existsSync(banner.folder)).toBe(true)

      const analyst = await login(banner.url, 'analyste', banner.accounts.get('analyste')!)
      const waves = await eventually(
        async () => {
          const res = await fetch(`${banner.url}/api/waves?status=all`, { headers: analyst })
          const body = (await res.json()) as { waves: { id: number; kind: string; key: string }[] }
          return body.waves.some((w) => w.key === 'anti2010') && body.waves.some((w) => w.kind === 'target') ? body.waves : undefined
        },
        60_000,
        'the #anti2010 wave and the pile-on',
        alive,
      )
      expect(waves.find((w) => w.kind === 'target')?.key).toBe('lea.martin.bsky.social')

      const counsellor = await login(banner.url, 'conseillere', banner.accounts.get('conseillere')!)
      const alerts = await eventually(
        async () => {
          const res = await fetch(`${banner.url}/api/alerts`, { headers: counsellor })
          const body = (await res.json()) as { alerts: { watch: string }[] }
          return body.alerts.length > 0 ? body.alerts : undefined
        },
        60_000,
        'the counsellor alert',
        alive,
      )
      expect(alerts[0]?.watch).toBe('Léa Martin')

      // A confirmed flag makes a DSA notice carrying the post's URL, and no platform report waiting with an error.
      const wave = waves.find((w) => w.key === 'anti2010')!
      const detail = (await (await fetch(`${banner.url}/api/waves/${wave.id}`, { headers: analyst })).json()) as { posts: { id: string; url: string | null }[] }
      const post = detail.posts[0]!
      expect(post.url).toMatch(/^https:\/\/bsky\.app\/profile\/did:plc:[a-z0-9]+\/post\/sc\d+-[a-z0-9]+$/)
      const send = (who: Record<string, string>, path: string, body: unknown) =>
        fetch(`${banner.url}${path}`, { method: 'POST', headers: { ...who, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const created = await send(analyst, '/api/flags', { postIds: [post.id], category: 'harassment' })
      expect(created.status).toBe(201)
      const flagId = ((await created.json()) as { flags: { id: number }[] }).flags[0]!.id
      const reviewer = await login(banner.url, 'relecteur', banner.accounts.get('relecteur')!)
      expect((await send(reviewer, `/api/flags/${flagId}/claim`, {})).status).toBe(200)
      const decided = await send(reviewer, `/api/flags/${flagId}/decision`, { decision: 'confirm' })
      expect(decided.status).toBe(200)
      const { takedowns } = (await decided.json()) as { takedowns: { id: number; channel: string; status: string; lastError: string | null }[] }
      expect(takedowns.map((t) => [t.channel, t.status, t.lastError])).toEqual([['dsa-notice', 'requested', null]])
      const notice = await (await fetch(`${banner.url}/api/takedowns/${takedowns[0]!.id}/notice.txt`, { headers: analyst })).text()
      expect(notice).toContain(`URL : ${post.url}`)

      // No platform source at all: nothing reaches the network.
      const admin = await login(banner.url, 'admin', banner.accounts.get('admin')!)
      const sources = (await (await fetch(`${banner.url}/api/sources`, { headers: admin })).json()) as { sources: unknown[] }
      expect(sources.sources).toEqual([])

      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(existsSync(banner.folder)).toBe(false)
      expect(stdout).toContain('Démo arrêtée, base effacée.')
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL')
        await exited
        if (folder) rmSync(folder, { recursive: true, force: true }) // a failed test leaves nothing behind
      }
    }
  }, 180_000)

  it('refuses --speed without --demo and a speed that is not positive', async () => {
    const alone = await runVigie(['start', '--speed', '5'])
    expect(alone.code).toBe(2)
    expect(alone.stderr).toContain('--speed ne sert qu’avec --demo')
    const zero = await runVigie(['start', '--demo', '--speed', '0'])
    expect(zero.code).toBe(2)
    expect(zero.stderr).toContain('--speed attend un nombre positif')
  })
})
