/**
 * One target account = one pile-on target: posts that name it by DID (a
 * mention the AppView could not resolve, a reply to a post stored under its
 * DID) and posts that name it by handle count towards the same target, keyed
 * by its current handle from account_identities; the opening episode links
 * them all.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Post } from '../../contract/post.js'
import type { AppContext } from '../../src/context.js'
import { accountIdentities } from '../../src/db/schema/index.js'
import { DRIVERS, testContext } from '../_util.js'
import { plcDid } from '../watchers/fakes/jetstream-events.js'

const CLARA = plcDid(700)
const HANDLE = 'clara.bsky.social'
const T0 = Date.parse('2026-11-27T21:00:00.000Z')
const INSULT = 't’es qu’une grosse merde, personne ne veut de toi au collège, dégage'

function post(n: number, author: string, extra: Partial<Post>): Post {
  return {
    platform: 'bluesky',
    id: `at://${author}/app.bsky.feed.post/3p${n}`,
    author,
    authorId: author,
    text: INSULT,
    createdAt: new Date(T0 + n * 20_000),
    hashtags: [],
    mentions: [],
    langs: ['fr'],
    ...extra,
  }
}

describe.each(DRIVERS)('pile-on targets by account (%s)', (driver) => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext(driver)
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('counts a target named by DID and by handle as one target', async () => {
    // Clara's post was stored under her DID (the AppView was down); her handle was learnt since.
    const own = post(0, CLARA, { text: 'trop contente de ma journée au collège' })
    await ctx.pipeline.ingest(own)
    await ctx.pipeline.flush()
    await ctx.database.db.insert(accountIdentities).values({ platform: 'bluesky', accountId: CLARA, handle: HANDLE, checkedAt: new Date(T0) })

    const attackers = Array.from({ length: 9 }, (_, i) => plcDid(710 + i))
    for (const [i, a] of attackers.entries()) {
      const how = i % 3
      // A reply to the DID-authored post, a mention by DID, a mention by handle.
      const extra: Partial<Post> = how === 0 ? { replyTo: own.id } : { mentions: [how === 1 ? CLARA : HANDLE] }
      await ctx.pipeline.ingest(post(i + 1, a, extra))
    }
    await ctx.pipeline.flush()

    const targets = await ctx.database.rows<{ key: string; authors: number }>(
      sql`select key, count(*)::int as authors from signal_authors where kind = 'target' group by key order by key`,
    )
    expect(targets).toEqual([{ key: HANDLE, authors: 9 }])
    const [wave] = await ctx.database.rows<{ id: number; key: string; authors: number; posts: number }>(
      sql`select id, key, authors, posts from waves where kind = 'target'`,
    )
    expect(wave).toMatchObject({ key: HANDLE })
    // The opening episode links the posts that named her by DID too.
    const linked = await ctx.database.rows<{ n: number }>(
      sql`select count(*)::int as n from wave_posts wp join posts p on p.id = wp.post_id where wp.wave_id = ${wave!.id} and p.author_id <> ${CLARA}`,
    )
    expect(linked[0]?.n).toBe(9)
    expect(wave!.authors).toBe(9)
  })
})
