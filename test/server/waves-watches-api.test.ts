import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { createApp } from '../../src/server/app.js'
import { signWebhook } from '../../src/watches/webhook.js'
import { loginAs, testContext, type TestLogin } from '../_util.js'
import { harassmentScenario } from '../fixtures/harassment-scenario.js'

describe('waves, watches and alerts over HTTP', () => {
  let ctx: AppContext
  const hooks: Array<{ headers: IncomingMessage['headers']; body: string }> = []
  let hookUrl = ''
  let admin: TestLogin
  const hookServer = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => (body += d.toString()))
    req.on('end', () => {
      hooks.push({ headers: req.headers, body })
      // The first delivery fails: the sender must retry.
      res.writeHead(hooks.length === 1 ? 503 : 204).end()
    })
  })

  beforeAll(async () => {
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r))
    hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`
    ctx = await testContext('pglite', { batchSize: 50 }, { webhooks: { retryBaseMs: 10 } })
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await ctx.close()
    hookServer.close()
  })

  const app = () => {
    const a = createApp(ctx)
    return { request: (path: string, init: RequestInit = {}) => a.request(path, { ...init, headers: { ...admin.headers, ...(init.headers as Record<string, string>) } }) }
  }
  const post = (path: string, body: unknown) =>
    app().request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('validates a new watch and answers bad input with a clear 400', async () => {
    const bad = await post('/api/watches', { label: 'L', handles: 'nope' })
    expect(bad.status).toBe(400)
    const body = (await bad.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toMatch(/label|handles/)
    const notJson = await app().request('/api/watches', { method: 'POST', body: 'x' })
    expect(notJson.status).toBe(415)
    const tooBig = await post('/api/watches', { label: 'x'.repeat(300_000) })
    expect(tooBig.status).toBe(413)
  })

  it('creates a watch (the webhook secret is never returned), replays a scenario and serves waves and alerts', async () => {
    const created = await post('/api/watches', {
      label: 'Léa Martin',
      names: ['Lea M'],
      handles: ['@Lea.Martin.bsky.social'],
      webhookUrl: hookUrl,
      webhookSecret: 'un-secret-de-test-assez-long',
    })
    expect(created.status).toBe(201)
    const { watch } = (await created.json()) as { watch: Record<string, unknown> }
    expect(watch).toMatchObject({ label: 'Léa Martin', handles: ['lea.martin.bsky.social'], hasWebhookSecret: true })
    expect(watch).not.toHaveProperty('webhookSecret')

    for (const line of harassmentScenario().lines) {
      const r = parsePost(line)
      if (r.ok) await ctx.pipeline.ingest(r.post)
    }
    await ctx.pipeline.flush()
    await ctx.webhooks.drain()

    const list = (await (await app().request('/api/waves?status=all')).json()) as { waves: Array<{ id: number; key: string }> }
    expect(list.waves.map((w) => w.key).sort()).toEqual(['anti2010', 'lea.martin.bsky.social'])
    const id = list.waves.find((w) => w.key === 'anti2010')!.id
    const detail = (await (await app().request(`/api/waves/${id}`)).json()) as {
      wave: { reasons: string[] }
      timeline: Array<{ minute: string; posts: number; hostile: number }>
      topAuthors: Array<{ author: string }>
      posts: Array<{ text: string; harassment: boolean }>
      variants: Array<{ variant: string }>
    }
    expect(detail.timeline.length).toBeGreaterThan(10)
    expect(detail.timeline.every((t) => t.hostile <= t.posts)).toBe(true)
    expect(detail.topAuthors.length).toBeGreaterThan(5)
    expect(detail.posts.some((p) => p.harassment)).toBe(true)
    expect(detail.variants.map((v) => v.variant)).toContain('anti2o1o')
    expect((await app().request('/api/waves/999999')).status).toBe(404)
    expect((await app().request('/api/waves/abc')).status).toBe(400)
    expect((await app().request('/api/waves?status=maybe')).status).toBe(400)

    const alerts = (await (await app().request('/api/alerts')).json()) as { alerts: Array<Record<string, unknown>> }
    expect(alerts.alerts).toHaveLength(1)
    expect(alerts.alerts[0]).toMatchObject({ watch: 'Léa Martin', status: 'open', hostile: 30 })

    // One signed webhook for the opening (retried once after a 503), none per post.
    expect(hooks).toHaveLength(2)
    const last = hooks[1]!
    const ts = Number(last.headers['x-vigie-timestamp'])
    expect(last.headers['x-vigie-signature']).toBe(signWebhook('un-secret-de-test-assez-long', ts, last.body))
    expect(JSON.parse(last.body)).toMatchObject({ event: 'alert.opened', watch: { label: 'Léa Martin' } })
  })
})
