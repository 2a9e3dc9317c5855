/**
 * What the dashboard reads and edits beyond the base API: wave sparklines,
 * our own hashtag counts, editing a watch and its matched posts (owner or
 * admin only), and the built dashboard served strictly.
 */
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { auditLog } from '../../src/db/schema/index.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { SPARK_MINUTES } from '../../src/server/routes/waves.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'

type Json = Record<string, unknown>

interface WaveWithSpark {
  id: number
  kind: string
  key: string
  posts: number
  hostile: number
  spark: { from: string; posts: number[]; hostile: number[] }
}

interface PostJson {
  id: string
  text: string
  harassment: boolean
  hashtags: string[]
  deletedAt: string | null
  evidence: Array<{ start: number; end: number; match: string }>
}

describe.each(DRIVERS)('dashboard API (%s)', (driver) => {
  let ctx: AppContext
  let admin: TestLogin
  let owner: TestLogin
  let other: TestLogin
  let analyst: TestLogin
  let watchId = 0

  const send = (who: TestLogin | null, method: string, path: string, body?: unknown) =>
    createApp(ctx).request(path, {
      method,
      headers: { ...(who?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const json = async <T = Json>(res: Response): Promise<T> => (await res.json()) as T

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], batchSize: 50 })
    admin = await loginAs(ctx, 'admin')
    owner = await loginAs(ctx, 'counsellor', 'ecoutante-a')
    other = await loginAs(ctx, 'counsellor', 'ecoutant-b')
    analyst = await loginAs(ctx, 'analyst')
    const created = await send(owner, 'POST', '/api/watches', { label: 'Léa Martin', handles: ['@lea.martin.bsky.social'] })
    expect(created.status).toBe(201)
    watchId = (await json<{ watch: { id: number } }>(created)).watch.id
    for (const line of harassmentScenario().lines) {
      const r = parsePost(line)
      if (r.ok) await ctx.pipeline.ingest(r.post)
    }
    await ctx.pipeline.flush()
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('gives each wave a per-minute sparkline of its last 30 minutes, ending at its last post', async () => {
    const res = await send(analyst, 'GET', '/api/waves?status=all')
    expect(res.status).toBe(200)
    const { waves } = await json<{ waves: WaveWithSpark[] }>(res)
    expect(waves.length).toBe(2)
    for (const w of waves) {
      expect(w.spark.posts).toHaveLength(SPARK_MINUTES)
      expect(w.spark.hostile).toHaveLength(SPARK_MINUTES)
      expect(w.spark.posts.every((n, i) => n >= w.spark.hostile[i]!)).toBe(true)
      // The last minute holds the wave's last post.
      expect(w.spark.posts.at(-1)).toBeGreaterThan(0)
      expect(new Date(w.spark.from).getUTCSeconds()).toBe(0)
    }
    const anti = waves.find((w) => w.key === 'anti2010')!
    // #anti2010 ran 20 minutes with up to 11 hostile posts a minute, plus prevention posts every 4 minutes.
    expect(Math.max(...anti.spark.posts)).toBeGreaterThanOrEqual(11)
    expect(anti.spark.hostile.reduce((a, b) => a + b, 0)).toBeGreaterThan(100)
    const pileOn = waves.find((w) => w.kind === 'target')!
    expect(pileOn.spark.hostile.reduce((a, b) => a + b, 0)).toBe(30)
  })

  it('serves wave posts in the shared post shape, evidence offsets pointing into the text', async () => {
    const { waves } = await json<{ waves: WaveWithSpark[] }>(await send(analyst, 'GET', '/api/waves?status=all'))
    const detail = await json<{ posts: PostJson[] }>(await send(analyst, 'GET', `/api/waves/${waves[0]!.id}`))
    expect(detail.posts.length).toBeGreaterThan(0)
    const p = detail.posts.find((x) => x.harassment && x.evidence.length > 0)!
    expect(typeof p.id).toBe('string')
    expect(p).toHaveProperty('deletedAt', null)
    expect(Array.isArray(p.hashtags)).toBe(true)
    for (const e of p.evidence) expect(p.text.slice(e.start, e.end)).toBe(e.match)
  })

  it('adds our own hashtag counts over the last hour of posts to GET /api/trends', async () => {
    const res = await send(analyst, 'GET', '/api/trends?limit=5')
    expect(res.status).toBe(200)
    const body = await json<{ trends: unknown[]; ours: { from: string; to: string; tags: Array<{ tag: string; posts: number; hostile: number }> } }>(res)
    expect(body.trends).toEqual([])
    expect(body.ours.tags.length).toBeLessThanOrEqual(5)
    const tags = body.ours.tags.map((t) => t.tag)
    // Last hour of the scenario (minutes 60–119): #anti2010 (variants grouped) and #bienvenueaux2010, not #antigaspi (minutes 30–44).
    expect(tags).toContain('anti2010')
    expect(tags).toContain('bienvenueaux2010')
    expect(tags).not.toContain('antigaspi')
    const anti = body.ours.tags.find((t) => t.tag === 'anti2010')!
    expect(anti.hostile).toBeGreaterThan(100)
    expect(new Date(body.ours.to).getTime() - new Date(body.ours.from).getTime()).toBe(60 * 60_000)
    for (let i = 1; i < body.ours.tags.length; i++) expect(body.ours.tags[i - 1]!.posts).toBeGreaterThanOrEqual(body.ours.tags[i]!.posts)
  })

  it('lets the owner edit a watch: only the sent fields change, the label stays a name, the audit names no one', async () => {
    const res = await send(owner, 'PATCH', `/api/watches/${watchId}`, { label: 'Léa Martin-Durand', names: ['Lea MD'], school: 'Collège Jean Moulin' })
    expect(res.status).toBe(200)
    const { watch } = await json<{ watch: Json }>(res)
    expect(watch).toMatchObject({ id: watchId, label: 'Léa Martin-Durand', school: 'Collège Jean Moulin', handles: ['lea.martin.bsky.social'], active: true })
    expect((watch.names as string[]).sort()).toEqual(['Lea MD', 'Léa Martin-Durand'])
    expect(watch).not.toHaveProperty('webhookSecret')

    // Absent fields are untouched (no default sneaks in).
    const again = await json<{ watch: Json }>(await send(owner, 'PATCH', `/api/watches/${watchId}`, { active: false }))
    expect(again.watch).toMatchObject({ active: false, school: 'Collège Jean Moulin', handles: ['lea.martin.bsky.social'] })
    expect((again.watch.names as string[]).sort()).toEqual(['Lea MD', 'Léa Martin-Durand'])

    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'watch.update'), eq(auditLog.subject, `watch:${watchId}`)))
    expect(entries).toHaveLength(2)
    expect(entries[0]!.actor).toBe('ecoutante-a')
    expect(entries[0]!.details).toEqual({ fields: ['label', 'names', 'school'] })
    expect(JSON.stringify(entries)).not.toMatch(/Léa|Lea|Collège/)

    // An admin may edit it too.
    const byAdmin = await send(admin, 'PATCH', `/api/watches/${watchId}`, { active: true })
    expect(byAdmin.status).toBe(200)
  })

  it('hides a watch from another counsellor (404) and refuses bad edits with a clear 400', async () => {
    const res = await send(other, 'PATCH', `/api/watches/${watchId}`, { active: false })
    expect(res.status).toBe(404)
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('not_found')
    expect((await send(analyst, 'PATCH', `/api/watches/${watchId}`, { active: false })).status).toBe(403)
    expect((await send(null, 'PATCH', `/api/watches/${watchId}`, { active: false })).status).toBe(401)

    const empty = await send(owner, 'PATCH', `/api/watches/${watchId}`, {})
    expect(empty.status).toBe(400)
    expect((await json<{ error: { message: string } }>(empty)).error.message).toMatch(/rien à modifier/)
    const unknown = await send(owner, 'PATCH', `/api/watches/${watchId}`, { ownerId: other.userId })
    expect(unknown.status).toBe(400)
    const short = await send(owner, 'PATCH', `/api/watches/${watchId}`, { label: 'L' })
    expect(short.status).toBe(400)
    expect((await json<{ error: { message: string } }>(short)).error.message).toMatch(/2 caractères/)
    expect((await send(owner, 'PATCH', '/api/watches/abc', { active: true })).status).toBe(400)
    const { watch } = await json<{ watch: Json }>(await send(owner, 'GET', `/api/watches/${watchId}`))
    expect(watch.ownerId).toBe(owner.userId)
  })

  it('lists the posts a watch matched, newest first, for its owner and admins only', async () => {
    const res = await send(owner, 'GET', `/api/watches/${watchId}/matches?limit=500`)
    expect(res.status).toBe(200)
    const { matches } = await json<{ matches: Array<{ term: string; hostile: boolean; postedAt: string; post: PostJson }> }>(res)
    // 30 hostile pile-on posts and one friendly mention.
    expect(matches).toHaveLength(31)
    expect(matches.filter((m) => m.hostile)).toHaveLength(30)
    expect(matches.every((m) => m.post.text.length > 0 && typeof m.post.id === 'string')).toBe(true)
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.postedAt >= matches[i]!.postedAt).toBe(true)

    const page = await json<{ matches: Array<{ postedAt: string }> }>(
      await send(admin, 'GET', `/api/watches/${watchId}/matches?limit=10&before=${encodeURIComponent(matches[9]!.postedAt)}`),
    )
    expect(page.matches).toHaveLength(10)
    expect(page.matches[0]!.postedAt < matches[9]!.postedAt).toBe(true)

    expect((await send(other, 'GET', `/api/watches/${watchId}/matches`)).status).toBe(404)
    expect((await send(analyst, 'GET', `/api/watches/${watchId}/matches`)).status).toBe(403)
    expect((await send(owner, 'GET', `/api/watches/${watchId}/matches?limit=0`)).status).toBe(400)
    expect((await send(owner, 'GET', `/api/watches/${watchId}/matches?before=hier`)).status).toBe(400)
  })
})

describe('the built dashboard', () => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext('pglite', { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })
  const get = (path: string) => createApp(ctx).request(path)

  it('serves index.html at / with a strict CSP, never cached', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).toMatch(/object-src 'none'/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
    expect(csp).toMatch(/img-src 'self'(;|$)/)
    expect(csp).toMatch(/require-trusted-types-for 'script'/)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await res.text()
    expect(html).toMatch(/<html lang="fr">/)
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/)
    expect(html).not.toMatch(/%APP_(JS|CSS)%/)
  })

  it('serves the hashed bundle with its content type and a year of cache', async () => {
    const html = await (await get('/')).text()
    const js = /src="(\/assets\/app-[A-Z0-9]+\.js)"/i.exec(html)?.[1]
    const css = /href="(\/assets\/app-[A-Z0-9]+\.css)"/i.exec(html)?.[1]
    expect(js).toBeDefined()
    expect(css).toBeDefined()
    const script = await get(js!)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/)
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const code = await script.text()
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/)
    const style = await get(css!)
    expect(style.headers.get('content-type')).toMatch(/^text\/css/)
  })

  it('serves nothing else: no sources, no listing, no traversal', async () => {
    for (const path of ['/assets/', '/assets', '/src/main.ts', '/dashboard/src/main.ts', '/index.html.orig', '/assets/../index.html', '/assets/%2e%2e/index.html', '/tsconfig.json', '/package.json']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/)
    }
    expect((await createApp(ctx).request('/', { method: 'POST' })).status).toBe(404)
  })
})
