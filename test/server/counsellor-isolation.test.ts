/** Counsellors see only their own watches and alerts, over HTTP and over the WebSocket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'

type Json = Record<string, unknown>

/** Opens /ws with `cookie`; resolves with the socket and its messages once "hello" arrives. */
async function connect(url: string, cookie: string): Promise<{ ws: WebSocket; messages: Json[] }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers: { cookie } })
  const messages: Json[] = []
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject)
    ws.on('message', (d: Buffer) => {
      const m = JSON.parse(d.toString()) as Json
      messages.push(m)
      if (m.type === 'hello') resolve()
    })
  })
  return { ws, messages }
}

/** The HTTP status of a refused upgrade. */
function refusedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers })
  return new Promise((resolve, reject) => {
    ws.on('error', () => {}) // the aborted request reports an error; the status is what matters
    ws.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0)
      res.resume()
      req.destroy()
    })
    ws.once('open', () => reject(new Error('upgrade accepted')))
  })
}

describe.each(DRIVERS)('counsellor isolation (%s)', (driver) => {
  let ctx: AppContext
  let server: RunningServer
  let a: TestLogin
  let b: TestLogin
  let admin: TestLogin
  let analyst: TestLogin
  let watchA = 0
  let watchB = 0
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], batchSize: 50 })
    server = await startServer(ctx)
    a = await loginAs(ctx, 'counsellor', 'conseillere-a')
    b = await loginAs(ctx, 'counsellor', 'conseiller-b')
    admin = await loginAs(ctx, 'admin')
    analyst = await loginAs(ctx, 'analyst')
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
  })

  const get = (who: TestLogin, path: string) => createApp(ctx).request(path, { headers: who.headers })
  const create = async (who: TestLogin, body: Json) => {
    const res = await createApp(ctx).request('/api/watches', {
      method: 'POST',
      headers: { ...who.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { watch: { id: number; ownerId: number } }).watch
  }

  it('owns the watches a counsellor creates and hides them from the other counsellor (404, not 403)', async () => {
    const wa = await create(a, { label: 'Léa Martin', names: ['Lea M'], handles: ['@lea.martin.bsky.social'] })
    expect(wa.ownerId).toBe(a.userId)
    watchA = wa.id
    watchB = (await create(b, { label: 'Noé Petit', handles: ['@noe.petit.bsky.social'] })).id

    const listB = await (await get(b, '/api/watches')).text()
    expect(listB).not.toContain('Léa Martin')
    expect(listB).toContain('Noé Petit')
    const hidden = await get(b, `/api/watches/${watchA}`)
    expect(hidden.status).toBe(404)
    expect(await hidden.text()).not.toContain('Léa')
    expect((await get(a, `/api/watches/${watchA}`)).status).toBe(200)
    const all = (await (await get(admin, '/api/watches')).json()) as { watches: Array<{ id: number }> }
    expect(all.watches.map((w) => w.id).sort()).toEqual([watchA, watchB].sort())
    expect((await get(analyst, '/api/watches')).status).toBe(403)
  })

  it('refuses the WebSocket upgrade without a valid session or from a foreign Origin', async () => {
    expect(await refusedStatus(server.url)).toBe(401)
    expect(await refusedStatus(server.url, { cookie: 'vigie_session=faux' })).toBe(401)
    expect(await refusedStatus(server.url, { cookie: a.cookie, origin: 'https://evil.example' })).toBe(403)
  })

  it('sends alert events only to the owner and admins; alerts over HTTP likewise', async () => {
    const clients = {
      a: await connect(server.url, a.cookie),
      b: await connect(server.url, b.cookie),
      admin: await connect(server.url, admin.cookie),
      analyst: await connect(server.url, analyst.cookie),
    }
    for (const line of harassmentScenario().lines) {
      const r = parsePost(line)
      if (r.ok) await ctx.pipeline.ingest(r.post)
    }
    await ctx.pipeline.flush()
    const alertsOf = (name: keyof typeof clients) => clients[name].messages.filter((m) => String(m.type).startsWith('alert.'))
    await expect.poll(() => alertsOf('a').length).toBeGreaterThan(0)
    await expect.poll(() => alertsOf('admin').length).toBe(alertsOf('a').length)
    expect(alertsOf('a').every((m) => (m.alert as { watchId: number }).watchId === watchA)).toBe(true)
    // Hostile posts still flow to everyone; alerts do not.
    expect(clients.b.messages.some((m) => m.type === 'post.hostile')).toBe(true)
    expect(alertsOf('b')).toEqual([])
    expect(alertsOf('analyst')).toEqual([])

    const alertsA = (await (await get(a, '/api/alerts')).json()) as { alerts: Array<{ watchId: number; watch: string }> }
    expect(alertsA.alerts.map((x) => x.watch)).toEqual(['Léa Martin'])
    const alertsB = await (await get(b, '/api/alerts')).text()
    expect(JSON.parse(alertsB)).toEqual({ alerts: [] })
    expect(alertsB).not.toContain('Léa')
    for (const c of Object.values(clients)) c.ws.close()
  })
})
