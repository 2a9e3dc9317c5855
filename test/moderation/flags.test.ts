/** Flagging posts, the write-once evidence snapshot and its verification, on every driver. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAudit } from '../../src/audit/audit-log.js'
import type { AppContext } from '../../src/context.js'
import { sqlState } from '../../src/db/errors.js'
import { auditLog } from '../../src/db/schema/index.js'
import type { HubMessage } from '../../src/hub/hub.js'
import type { FlagView } from '../../src/moderation/views.js'
import { markPostsDeleted } from '../../src/posts/post-lifecycle.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { client, insertPost, type ErrorBody } from './helpers.js'

/** The database's message when `p` fails (drizzle wraps it in a cause), or a note that it did not fail. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'no error'
  } catch (err) {
    const messages: string[] = []
    for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message)
    expect(sqlState(err)).toBe('42501')
    return messages.join(' | ')
  }
}

type Snapshot = { flag: FlagView; snapshot: { canonicalJson: string; sha256: string; capturedAt: string; verified: boolean } }

describe.each(DRIVERS)('flags and evidence (%s)', (driver) => {
  let ctx: AppContext
  let analyst: TestLogin
  const events: HubMessage[] = []
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    analyst = await loginAs(ctx, 'analyst')
    ctx.hub.subscribe((m) => events.push(m))
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('flags one post: pending, evidence frozen, audited without the text, published', async () => {
    const post = await insertPost(ctx)
    const res = await client(ctx, analyst).flag([String(post.id)], 'harassment', 'vague #anti2010 contre une élève')
    expect(res.status).toBe(201)
    const [flag] = res.body.flags
    expect(flag).toMatchObject({
      postId: String(post.id),
      category: 'harassment',
      note: 'vague #anti2010 contre une élève',
      status: 'pending',
      flaggedBy: analyst.name,
      claimedBy: null,
      decidedBy: null,
    })
    expect(flag?.post.text).toBe(post.text)
    expect(flag?.evidenceSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(events.some((m) => m.event.type === 'flag.created' && m.event.flag.id === flag?.id)).toBe(true)

    const detail = await client(ctx, analyst).get<Snapshot>(`/api/flags/${flag?.id}`)
    expect(detail.status).toBe(200)
    expect(detail.body.snapshot.verified).toBe(true)
    expect(detail.body.snapshot.sha256).toBe(flag?.evidenceSha256)
    const frozen = JSON.parse(detail.body.snapshot.canonicalJson) as { post: Record<string, unknown>; category: string; capturedAt: string }
    expect(frozen.category).toBe('harassment')
    expect(frozen.capturedAt).toBe(detail.body.snapshot.capturedAt)
    expect(frozen.post).toMatchObject({
      platform: 'bluesky',
      externalId: post.externalId,
      url: post.url,
      author: post.author,
      authorId: post.authorId,
      text: post.text,
      hashtags: ['anti2010'],
      score: post.score,
      modelVersion: 'test-1',
      deletedAt: null,
      authorStatus: null,
    })

    const [entry] = await ctx.database.db.select().from(auditLog).where(sql`${auditLog.action} = 'flag.create' and ${auditLog.subject} = ${`flag:${flag?.id}`}`)
    expect(entry?.details).toEqual({ postId: String(post.id), category: 'harassment', evidenceSha256: flag?.evidenceSha256 })
    expect(JSON.stringify(entry)).not.toContain('moche')
    expect((await verifyAudit(ctx.database.db)).ok).toBe(true)
  })

  it('flags many posts at once, and a post already flagged returns its existing flag', async () => {
    const a = await insertPost(ctx)
    const b = await insertPost(ctx)
    const c = await insertPost(ctx, { platform: 'rss', externalId: 'https://news.test/article-1', url: 'https://news.test/article-1', author: 'news.test', authorId: null })
    const first = await client(ctx, analyst).flag([String(a.id)], 'threat')
    const again = await client(ctx, await loginAs(ctx, 'reviewer')).flag([String(a.id), String(b.id), String(c.id), String(b.id)], 'harassment')
    expect(again.status).toBe(201)
    expect(again.body.flags.map((f) => f.postId)).toEqual([String(a.id), String(b.id), String(c.id)])
    expect(again.body.flags[0]).toMatchObject({ id: first.body.flags[0]?.id, category: 'threat', flaggedBy: analyst.name })
    const queue = await client(ctx, analyst).get<{ flags: FlagView[] }>('/api/flags')
    expect(queue.body.flags.filter((f) => f.postId === String(a.id))).toHaveLength(1)
  })

  it('keeps the snapshot verified after the platform deletes the post, and the trigger refuses tampering', async () => {
    const post = await insertPost(ctx)
    const res = await client(ctx, analyst).flag([String(post.id)], 'doxxing')
    const flag = res.body.flags[0]!
    expect(await markPostsDeleted(ctx.database.db, 'bluesky', [post.externalId], new Date('2026-11-27T21:00:00.000Z'))).toBe(1)

    const after = await client(ctx, analyst).get<Snapshot>(`/api/flags/${flag.id}`)
    expect(after.body.flag.post.deletedAt).toBe('2026-11-27T21:00:00.000Z')
    expect(after.body.snapshot.verified).toBe(true)
    expect(after.body.snapshot.sha256).toBe(flag.evidenceSha256)
    expect(JSON.parse(after.body.snapshot.canonicalJson).post.deletedAt).toBeNull()

    expect(await refusal(ctx.database.rows(sql`update evidence_snapshots set canonical_json = '{}' where flag_id = ${flag.id}`))).toMatch(/write-once: UPDATE/)
    expect(await refusal(ctx.database.rows(sql`delete from evidence_snapshots where flag_id = ${flag.id}`))).toMatch(/write-once: DELETE/)
    expect(await refusal(ctx.database.rows(sql`truncate evidence_snapshots cascade`))).toMatch(/write-once: TRUNCATE/)
    const still = await client(ctx, analyst).get<Snapshot>(`/api/flags/${flag.id}`)
    expect(still.body.snapshot).toEqual(after.body.snapshot)
  })

  it('reports a snapshot whose stored hash does not match as not verified', async () => {
    const post = await insertPost(ctx)
    const res = await client(ctx, analyst).flag([String(post.id)], 'hate')
    const flag = res.body.flags[0]!
    // Forge what an attacker with table rights could do: disable the trigger, rewrite the text.
    await ctx.database.rows(sql`alter table evidence_snapshots disable trigger evidence_snapshots_no_change`)
    try {
      await ctx.database.rows(sql`update evidence_snapshots set canonical_json = replace(canonical_json, 'moche', 'gentil') where flag_id = ${flag.id}`)
    } finally {
      await ctx.database.rows(sql`alter table evidence_snapshots enable trigger evidence_snapshots_no_change`)
    }
    const detail = await client(ctx, analyst).get<Snapshot>(`/api/flags/${flag.id}`)
    expect(detail.body.snapshot.verified).toBe(false)
  })

  it.each([
    ['no post', { postIds: [], category: 'harassment' }, 'au moins une publication'],
    ['101 posts', { postIds: Array.from({ length: 101 }, (_, i) => String(i + 1)), category: 'harassment' }, 'au plus 100'],
    ['a bad id', { postIds: ['abc'], category: 'harassment' }, 'identifiant de publication invalide'],
    ['an unknown category', { postIds: ['1'], category: 'spam' }, 'catégorie'],
    ['a long note', { postIds: ['1'], category: 'harassment', note: 'x'.repeat(2001) }, '2 000 caractères'],
    ['postIds not a list', { postIds: '1', category: 'harassment' }, 'postIds'],
    ['an unknown field', { postIds: ['1'], category: 'harassment', extra: true }, 'champ inconnu'],
  ])('answers %s with a French 400', async (_label, body, message) => {
    const res = await client(ctx, analyst).post<ErrorBody>('/api/flags', body)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('bad_request')
    expect(res.body.error.message).toContain(message)
  })

  it('answers unknown posts, flags and bad ids with 404 / 400', async () => {
    const missing = await client(ctx, analyst).flag(['999999999'])
    expect(missing.status).toBe(404)
    expect(missing.body.error.message).toMatch(/publication introuvable/)
    expect((await client(ctx, analyst).get('/api/flags/999999')).status).toBe(404)
    const bad = await client(ctx, analyst).get<ErrorBody>('/api/flags/abc')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toBe('identifiant de signalement invalide')
    const badQuery = await client(ctx, analyst).get<ErrorBody>('/api/flags?status=open')
    expect(badQuery.status).toBe(400)
    expect(badQuery.body.error.message).toMatch(/status/)
  })
})
