/**
 * One account = one author: an account read as a DID from Jetstream and as a
 * handle from Bluesky search, before and after a restart, is counted once in
 * the wave aggregates and shown under its current handle. The AppView is a
 * local fake speaking app.bsky.actor.getProfiles; the DID ↔ handle map lives
 * in the database (account_identities), so a restart asks the AppView nothing.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hashtagKey } from '../../classifiers/waves/hashtag-key.js'
import type { AppContext } from '../../src/context.js'
import type { SourceServiceOptions } from '../../src/sources/source-service.js'
import { DRIVERS } from '../_util.js'
import { eventually, restartableDatabase, sourceOptions } from '../sources/helpers.js'
import { identityEvent, plcDid, postEvent } from '../watchers/fakes/jetstream-events.js'
import { startFakeJetstream, type FakeJetstream } from '../watchers/fakes/jetstream-server.js'
import { startFakeBluesky, type FakeBluesky, type FakePost } from '../watchers/fakes/xrpc-server.js'

const TOM = plcDid(901) // posts through Jetstream and search
const YANN = plcDid(902) // Jetstream only; changes handle
const CLARA = plcDid(900) // the target, mentioned
const TAG = 'anticlara'
const NEVER = '0 0 1 1 *'
const T0 = Date.parse('2026-11-27T21:00:00.000Z') * 1000
const TEXT = `@clara franchement personne ne veut de toi au collège #${TAG}`

/** Source options with the AppView left to the config (VIGIE_BLUESKY_APPVIEW). */
function withConfiguredAppview(): SourceServiceOptions {
  const { identityService: _none, ...opts } = sourceOptions()
  return opts
}

async function authorsOn(ctx: AppContext, kind: string, key: string): Promise<string[]> {
  const rows = await ctx.database.rows<{ author: string }>(sql`select author from signal_authors where kind = ${kind} and key = ${key} order by author`)
  return rows.map((r) => r.author)
}

async function postAuthors(ctx: AppContext): Promise<Array<{ author: string; authorId: string | null; mentions: string[] }>> {
  return ctx.database.rows(sql`select author, author_id as "authorId", mentions from posts where platform = 'bluesky' order by created_at, external_id`)
}

describe.each(DRIVERS)('one account = one author (%s)', (driver) => {
  let js: FakeJetstream
  let bsky: FakeBluesky
  beforeAll(async () => {
    js = await startFakeJetstream()
    bsky = await startFakeBluesky()
  })
  afterAll(async () => {
    await js.close()
    await bsky.close()
  })
  beforeEach(() => {
    bsky.directory.clear()
    bsky.posts.length = 0
    bsky.http.requests.length = 0
  })

  const jetPost = (did: string, n: number) => postEvent({ did, rkey: `3j${n}`, timeUs: T0 + n * 1_000_000, text: TEXT, langs: ['fr'], tags: [TAG], mentionDids: [CLARA] })
  const searchPost = (n: number): FakePost => {
    const at = new Date((T0 + n * 1_000_000) / 1000).toISOString()
    return { did: TOM, handle: 'tom.bsky.social', rkey: `3s${n}`, text: TEXT, createdAt: at, indexedAt: at, langs: ['fr'], tags: [TAG], mentionDids: [CLARA] }
  }
  const profileRequests = () => bsky.http.requests.filter((r) => r.path.endsWith('app.bsky.actor.getProfiles')).length

  it('counts an account once across Jetstream (DIDs), search (handles) and a restart, and shows its handle', async () => {
    bsky.directory.set(TOM, 'tom.bsky.social')
    bsky.directory.set(YANN, 'yann.bsky.social')
    bsky.directory.set(CLARA, 'clara.bsky.social')
    const db = await restartableDatabase(driver)
    const configured = [
      { kind: 'jetstream', name: 'flux', url: js.url },
      { kind: 'bluesky-search', name: 'recherche', service: bsky.url, identifier: 'vigie.test', appPassword: 'app-pass-1234', q: '*', schedule: NEVER },
    ]
    // VIGIE_BLUESKY_APPVIEW set to the local AppView.
    const cfg = { sources: configured, bluesky: { appview: bsky.url, plc: bsky.url } }
    const key = hashtagKey(TAG)
    const byAccount = async (ctx: AppContext, did: string) => (await postAuthors(ctx)).filter((p) => p.authorId === did).map((p) => p.author)
    try {
      const ctx = await db.open(cfg, withConfiguredAppview())
      try {
        await ctx.sources.start()
        const search = (await ctx.sources.list()).find((s) => s.kind === 'bluesky-search')!
        await eventually(() => js.clientCount() === 1)
        // The AppView fails once: the stream's posts are stored under their DIDs.
        bsky.http.faults.push({ pathPrefix: '/xrpc/app.bsky.actor.getProfiles', status: 500 })
        js.emit([jetPost(TOM, 1), jetPost(YANN, 2), jetPost(TOM, 3)])
        await eventually(async () => (await postAuthors(ctx)).length === 3)
        expect(await byAccount(ctx, TOM)).toEqual([TOM, TOM])

        // Search gives Tom's handle: the same account, and his earlier posts now show it.
        bsky.posts.push(searchPost(4), searchPost(5))
        expect(await ctx.sources.runNow(search.id)).toMatchObject({ status: 'ok', fetched: 2 })
        await eventually(async () => (await postAuthors(ctx)).length === 5)
        expect(await authorsOn(ctx, 'hashtag', key)).toEqual([TOM, YANN].sort())
        expect(await byAccount(ctx, TOM)).toEqual(Array(4).fill('tom.bsky.social'))
        expect(await byAccount(ctx, YANN)).toEqual([YANN])
        // Clara, mentioned by DID while the AppView was down, was resolved by the search: every stored mention reads her handle.
        expect((await postAuthors(ctx)).map((p) => p.mentions.join())).toEqual(Array(5).fill('clara.bsky.social'))
      } finally {
        await ctx.close()
      }

      // While Vigie is stopped: both post again.
      js.emit([jetPost(TOM, 6), jetPost(YANN, 7)])
      const before = bsky.http.requests.length

      const again = await db.open(cfg, withConfiguredAppview())
      try {
        await again.sources.start()
        await eventually(async () => (await postAuthors(again)).length === 7)
        // Tom and Clara come from the database: the AppView is asked about Yann only.
        const asked = bsky.http.requests.slice(before).filter((r) => r.path.endsWith('app.bsky.actor.getProfiles')).flatMap((r) => r.query.getAll('actors'))
        expect(asked).toEqual([YANN])
        await eventually(async () => (await byAccount(again, YANN)).every((a) => a === 'yann.bsky.social'))
        const search = (await again.sources.list()).find((s) => s.kind === 'bluesky-search')!
        bsky.posts.push(searchPost(8))
        expect(await again.sources.runNow(search.id)).toMatchObject({ status: 'ok', fetched: 1 })
        await eventually(async () => (await postAuthors(again)).length === 8)
        expect(await authorsOn(again, 'hashtag', key)).toEqual([TOM, YANN].sort())
        expect(await byAccount(again, TOM)).toEqual(Array(6).fill('tom.bsky.social'))
        expect(await authorsOn(again, 'target', 'clara.bsky.social')).toEqual([TOM, YANN].sort())

        // A handle change from the stream is applied to the map and to every stored post of the account.
        await eventually(() => js.clientCount() === 1)
        js.emit([identityEvent({ did: YANN, handle: 'yann-nouveau.bsky.social', timeUs: T0 + 9_000_000, seq: 1 })])
        await eventually(async () => (await byAccount(again, YANN)).every((a) => a === 'yann-nouveau.bsky.social'))
        const [row] = await again.database.rows<{ handle: string }>(sql`select handle from account_identities where platform = 'bluesky' and account_id = ${YANN}`)
        expect(row?.handle).toBe('yann-nouveau.bsky.social')
        js.emit([jetPost(YANN, 10)])
        await eventually(async () => (await postAuthors(again)).length === 9)
        expect(await byAccount(again, YANN)).toEqual(Array(3).fill('yann-nouveau.bsky.social'))
        expect(await authorsOn(again, 'hashtag', key)).toEqual([TOM, YANN].sort())
      } finally {
        await again.close()
      }
    } finally {
      await db.drop()
    }
  })

  it('a jetstream source may name its own AppView', async () => {
    bsky.directory.set(TOM, 'tom.bsky.social')
    const db = await restartableDatabase(driver)
    // No default AppView at all: only the source's own resolves.
    const cfg = { sources: [{ kind: 'jetstream', name: 'flux réseau local', url: js.url, appview: `${bsky.url}/` }] }
    try {
      const ctx = await db.open(cfg, sourceOptions())
      try {
        await ctx.sources.start()
        await eventually(() => js.clientCount() === 1)
        js.emit([jetPost(TOM, 20)])
        await eventually(async () => (await postAuthors(ctx)).length >= 1)
        expect((await postAuthors(ctx)).at(-1)).toMatchObject({ author: 'tom.bsky.social', authorId: TOM })
        expect(profileRequests()).toBe(1)
      } finally {
        await ctx.close()
      }
    } finally {
      await db.drop()
    }
  })
})
