import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { loginAs, postLine, testContext, type TestLogin } from '../_util.js'

describe('server', () => {
  let ctx: AppContext
  let admin: TestLogin
  beforeAll(async () => {
    ctx = await testContext('pglite')
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('GET /healthz reports the database and the version', async () => {
    const res = await createApp(ctx).request('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { driver: 'pglite', reachable: true },
    })
  })

  it('GET /metrics speaks the Prometheus text format', async () => {
    const res = await createApp(ctx).request('/metrics', { headers: admin.headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/plain')
    const body = await res.text()
    for (const name of [
      'vigie_posts_ingested_total',
      'vigie_posts_rejected_total',
      'vigie_posts_duplicates_total',
      'vigie_ingest_publish_latency_seconds_bucket',
      'vigie_ws_clients',
    ]) {
      expect(body).toContain(`# TYPE ${name.replace(/_bucket$/, '')}`)
    }
  })

  it('answers unknown routes with the JSON error shape and sets a strict CSP', async () => {
    const res = await createApp(ctx).request('/api/nope')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.stringContaining('/api/nope') } })
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
  })

  it('serves the dashboard page at /', async () => {
    const res = await createApp(ctx).request('/')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html lang="fr">')
  })

  describe('WebSocket /ws', () => {
    let server: RunningServer
    beforeAll(async () => {
      server = await startServer(ctx)
    })
    afterAll(async () => {
      await server.close()
    })

    it('pushes each stored post to connected clients and counts them', async () => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, { headers: { cookie: admin.cookie } })
      const messages: Array<Record<string, unknown>> = []
      await new Promise<void>((resolve, reject) => {
        ws.once('error', reject)
        ws.on('message', (d: Buffer) => {
          const m = JSON.parse(d.toString()) as Record<string, unknown>
          messages.push(m)
          if (m.type === 'hello') resolve()
        })
      })
      expect(await (await fetch(`${server.url}/metrics`)).text()).toContain('vigie_ws_clients 1')

      // Only posts the classifier marks hostile go to dashboards (post.hostile), never the whole stream.
      const text = "<img src=x onerror=alert(1)> t'es qu'une grosse pute"
      const r = parsePost(postLine({ id: 'ws-1', text }))
      if (!r.ok) throw new Error(r.reason)
      const received = new Promise<Record<string, unknown>>((resolve) =>
        ws.on('message', (d: Buffer) => {
          const m = JSON.parse(d.toString()) as Record<string, unknown>
          if (m.type === 'post.hostile') resolve(m)
        }),
      )
      await ctx.pipeline.ingest(r.post)
      await ctx.pipeline.flush()
      const m = await received
      expect(m).toMatchObject({ type: 'post.hostile', post: { externalId: 'ws-1', text, harassment: true } })
      expect(typeof m.id).toBe('number')

      ws.close()
      await new Promise((r) => ws.once('close', r))
      await expect.poll(async () => (await fetch(`${server.url}/metrics`)).text()).toContain('vigie_ws_clients 0')
    })
  })
})
