/**
 * A case's live events (`case.updated`, `case.file.added`) reach only those
 * who may see the case — its owner, the counsellors it is shared with (looked
 * up when each event is sent, so sharing and unsharing take effect at once)
 * and admins — never another counsellor nor the watch cell, live or replayed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { startServer, type RunningServer } from '../../src/server/serve.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { call, makePng, sha256, upload } from '../cases/helpers.js'
import { WsTestClient } from './ws-helpers.js'

describe.each(DRIVERS)('/ws case events (%s)', (driver) => {
  let ctx: AppContext
  let server: RunningServer
  const u = {} as Record<'alice' | 'carol' | 'bob' | 'analyst' | 'admin', TestLogin>
  let caseId: number
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random() })
    server = await startServer(ctx)
    u.alice = await loginAs(ctx, 'counsellor')
    u.carol = await loginAs(ctx, 'counsellor')
    u.bob = await loginAs(ctx, 'counsellor')
    u.analyst = await loginAs(ctx, 'analyst')
    u.admin = await loginAs(ctx, 'admin')
    caseId = ((await (await call(ctx, u.alice, 'POST', '/api/cases', { label: 'Dossier W.', ageBand: '11-14' })).json()) as { case: { id: number } }).case.id
  })
  afterAll(async () => {
    await server.close()
    await ctx.close()
  })

  it('sends case.updated and case.file.added to the owner, shared counsellors and admins only', async () => {
    const clients = Object.fromEntries(await Promise.all(Object.entries(u).map(async ([k, who]) => [k, await WsTestClient.open(server.url, who.cookie)] as const))) as Record<keyof typeof u, WsTestClient>
    expect((await call(ctx, u.alice, 'POST', `/api/cases/${caseId}/members`, { name: u.carol.name })).status).toBe(200)
    expect((await call(ctx, u.alice, 'PATCH', `/api/cases/${caseId}`, { notes: 'appel du 3 décembre' })).status).toBe(200)
    const png = makePng(8, 8)
    expect((await upload(ctx, u.alice, caseId, [{ name: 'capture.png', bytes: png }])).status).toBe(201)
    for (const who of ['alice', 'carol', 'admin'] as const) {
      await expect.poll(() => clients[who].events('case.file.added').length, { timeout: 5000 }).toBe(1)
      // Carol gets the sharing itself too: the case's people are read when each event is sent.
      expect(clients[who].events('case.updated').map((e) => [e.caseId, e.change])).toEqual([
        [caseId, 'shared'],
        [caseId, 'updated'],
      ])
      expect(clients[who].events('case.file.added')[0]).toMatchObject({ caseId, file: { name: 'capture.png', sha256: sha256(png) } })
    }
    // Unshared: carol gets nothing more.
    expect((await call(ctx, u.alice, 'DELETE', `/api/cases/${caseId}/members/${u.carol.userId}`)).status).toBe(200)
    expect((await call(ctx, u.alice, 'PATCH', `/api/cases/${caseId}`, { notes: 'après le retrait du partage' })).status).toBe(200)
    await expect.poll(() => clients.alice.events('case.updated').length).toBe(4)
    await expect.poll(() => clients.admin.events('case.updated').length).toBe(4)
    expect(clients.carol.events('case.updated').map((e) => e.change)).toEqual(['shared', 'updated'])
    // Never to another counsellor nor the watch cell.
    for (const who of ['bob', 'analyst'] as const) expect(clients[who].events().filter((e) => String(e.type).startsWith('case.'))).toEqual([])

    // Replayed: the same rule (bob resuming from the start gets none of them).
    const hello = clients.bob.hello
    const replay = await WsTestClient.open(server.url, u.bob.cookie, `?since=0&epoch=${hello.epoch}`)
    const admin = await WsTestClient.open(server.url, u.admin.cookie, `?since=0&epoch=${hello.epoch}`)
    await expect.poll(() => admin.events('case.updated').length).toBe(4)
    expect(replay.events().filter((e) => String(e.type).startsWith('case.'))).toEqual([])
    for (const c of [...Object.values(clients), replay, admin]) await c.close()
  })
})
