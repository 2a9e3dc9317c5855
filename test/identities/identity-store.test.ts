/** The account_identities store: newest record wins, and new or changed handles reach the stored posts. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Post } from '../../contract/post.js'
import type { AppContext } from '../../src/context.js'
import { DbIdentityStore } from '../../src/identities/identity-store.js'
import { DRIVERS, testContext } from '../_util.js'
import { plcDid } from '../watchers/fakes/jetstream-events.js'

const SAM = plcDid(600)
const NOE = plcDid(601)
const at = (min: number) => new Date(Date.parse('2026-11-27T21:00:00.000Z') + min * 60_000)

describe.each(DRIVERS)('identity store (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver)
  })
  afterAll(async () => {
    await ctx.close()
  })

  const posts = () => ctx.database.rows<{ id: string; author: string; mentions: string[] }>(sql`select external_id as id, author, mentions from posts order by external_id`)

  it('keeps the newest handle, renames the account’s posts and rewrites mentions by DID or by old handle', async () => {
    const base: Omit<Post, 'id' | 'author' | 'authorId' | 'mentions'> = { platform: 'bluesky', text: 'bonjour à tous', createdAt: at(0), hashtags: [], langs: ['fr'] }
    await ctx.pipeline.ingest({ ...base, id: 'at://a/1', author: SAM, authorId: SAM, mentions: [NOE] })
    await ctx.pipeline.ingest({ ...base, id: 'at://b/2', author: NOE, authorId: NOE, mentions: [SAM, 'autre.bsky.social'] })
    await ctx.pipeline.flush()
    const store = new DbIdentityStore(ctx.database.db)

    expect(await store.record([{ did: SAM, handle: 'sam.bsky.social', checkedAt: at(1) }, { did: NOE, handle: 'noe.bsky.social', checkedAt: at(1) }])).toEqual({ changed: 2, renamed: 2, mentions: 2 })
    expect(await posts()).toEqual([
      { id: 'at://a/1', author: 'sam.bsky.social', mentions: ['noe.bsky.social'] },
      { id: 'at://b/2', author: 'noe.bsky.social', mentions: ['sam.bsky.social', 'autre.bsky.social'] },
    ])
    // The same answer again changes nothing; an older one never replaces a newer one.
    expect(await store.record([{ did: SAM, handle: 'sam.bsky.social', checkedAt: at(2) }])).toEqual({ changed: 0, renamed: 0, mentions: 0 })
    expect(await store.record([{ did: SAM, handle: 'ancien.bsky.social', checkedAt: at(0) }])).toEqual({ changed: 0, renamed: 0, mentions: 0 })

    // A handle change: posts and mentions under the old handle follow.
    expect(await store.record([{ did: SAM, handle: 'sam-nouveau.bsky.social', checkedAt: at(3) }])).toEqual({ changed: 1, renamed: 1, mentions: 1 })
    expect((await posts()).map((p) => [p.author, p.mentions])).toEqual([
      ['sam-nouveau.bsky.social', ['noe.bsky.social']],
      ['noe.bsky.social', ['sam-nouveau.bsky.social', 'autre.bsky.social']],
    ])
    expect(await store.byDids([SAM, plcDid(999)])).toEqual([{ did: SAM, handle: 'sam-nouveau.bsky.social', checkedAt: at(3) }])
    expect(await store.byHandle('noe.bsky.social')).toEqual({ did: NOE, handle: 'noe.bsky.social', checkedAt: at(1) })
    expect(await store.byHandle('sam.bsky.social')).toBeUndefined()
  })
})
