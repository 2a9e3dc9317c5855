/** /ws and sessions: the upgrade needs a session, the socket closes when it ends; client frames are ping or ignored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { AppContext } from '../../src/context.js'
import { createApp } from '../../src/server/app.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { CLOSE_SESSION_ENDED } from '../../src/server/ws-broadcaster.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { publishTrend, WsTestClient } from './ws-helpers.js'

/** The HTTP status of a refused upgrade. */
function refusedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers })
  return new Promise((resolve, reject) => {
    ws.on('error', () => {})
    ws.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0)
      res.resume()
      req.destroy()
    })
    ws.once('open', () => reject(new Error('upgrade accepted')))
  })
}

describe.each(DRIVERS)('/ws sessions and client frames (%s)', (driver) => {
  let ctx: AppContext
  let server: RunningServer
  let admin: TestLogin
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    server = await startServer(ctx)
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
  })

  const request = (who: TestLogin, method: string, path: string, body?: unknown) =>
    createApp(ctx).request(path, {
      method,
      headers: { ...who.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })

  it('refuses the upgrade without a session (401) and accepts every signed-in role (101)', async () => {
    expect(await refusedStatus(server.url)).toBe(401)
    expect(await refusedStatus(server.url, { cookie: 'vigie_session=faux' })).toBe(401)
    for (const role of ['admin', 'analyst', 'reviewer', 'counsellor'] as const) {
      const c = await WsTestClient.open(server.url, (await loginAs(ctx, role)).cookie)
      expect(c.hello).toMatchObject({ type: 'hello', version: 2, user: { role } })
      await c.close()
    }
  })

  it('closes the socket when its user logs out, and only that session’s socket', async () => {
    const me = await loginAs(ctx, 'analyst')
    const other = await loginAs(ctx, 'analyst')
    const mine = await WsTestClient.open(server.url, me.cookie)
    const theirs = await WsTestClient.open(server.url, other.cookie)
    expect((await request(me, 'POST', '/api/logout')).status).toBe(204)
    expect(await mine.closed).toBe(CLOSE_SESSION_ENDED)
    expect(theirs.ws.readyState).toBe(WebSocket.OPEN)
    publishTrend(ctx.hub, 1)
    await expect.poll(() => theirs.events().length).toBe(1)
    await theirs.close()
    expect(await refusedStatus(server.url, { cookie: me.cookie })).toBe(401)
  })

  it('closes the sockets of a user an admin disables or moves to another role', async () => {
    const disabled = await loginAs(ctx, 'reviewer')
    const moved = await loginAs(ctx, 'analyst')
    const c1 = await WsTestClient.open(server.url, disabled.cookie)
    const c2 = await WsTestClient.open(server.url, moved.cookie)
    expect((await request(admin, 'PATCH', `/api/users/${disabled.userId}`, { disabled: true })).status).toBe(200)
    expect((await request(admin, 'PATCH', `/api/users/${moved.userId}`, { role: 'counsellor' })).status).toBe(200)
    expect(await c1.closed).toBe(CLOSE_SESSION_ENDED)
    expect(await c2.closed).toBe(CLOSE_SESSION_ENDED)
  })

  it('closes a user’s sockets at once on a session.ended hub event', async () => {
    const who = await loginAs(ctx, 'reviewer')
    const c = await WsTestClient.open(server.url, who.cookie)
    ctx.hub.publish({ type: 'session.ended', userId: who.userId })
    expect(await c.closed).toBe(CLOSE_SESSION_ENDED)
  })

  it('answers ping with pong and ignores any other or malformed frame', async () => {
    const c = await WsTestClient.open(server.url, admin.cookie)
    for (const junk of ['pas du json', '{"type":', 'null', '[]', '42', '"ping"', '{"type":"subscribe","all":true}', '{"type":{"x":1}}', '{"__proto__":{"type":"ping"}}']) c.ws.send(junk)
    c.ws.send(Buffer.from([0xff, 0x00, 0x01]), { binary: true })
    c.ws.send('{"type":"ping"}')
    await expect.poll(() => c.frames.filter((f) => f.type === 'pong').length).toBe(1)
    expect(c.frames.map((f) => f.type)).toEqual(['hello', 'pong'])
    expect(c.ws.readyState).toBe(WebSocket.OPEN)
    await c.close()
  })

  it('closes a client that sends an oversized frame (1009) and keeps serving others', async () => {
    const c = await WsTestClient.open(server.url, admin.cookie)
    c.ws.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(8 * 1024) }))
    expect(await c.closed).toBe(1009)
    const d = await WsTestClient.open(server.url, admin.cookie)
    d.ws.send('{"type":"ping"}')
    await expect.poll(() => d.frames.some((f) => f.type === 'pong')).toBe(true)
    await d.close()
  })
})
