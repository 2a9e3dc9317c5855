/**
 * Retention and erasure: the purge removes old posts nothing holds on to,
 * never a flagged post, a post in a wave or matched by a watch, nor a held
 * case; closed cases past their period go with their files; evidence
 * snapshots stay write-once; a case can be erased on request, audited.
 */
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/context.js'
import { accountIdentities, posts, watchMatches, wavePosts, waves, watches } from '../../src/db/schema/index.js'
import { silentLogger } from '../../src/logger.js'
import { RetentionJob } from '../../src/retention/retention-job.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { call, makePng, upload } from './helpers.js'

const DAY = 24 * 3600_000

describe.each(DRIVERS)('retention and erasure (%s)', (driver) => {
  let ctx: AppContext
  let alice: TestLogin
  let bob: TestLogin
  let analyst: TestLogin
  let reviewer: TestLogin
  let admin: TestLogin
  const old = new Date(Date.now() - 40 * DAY)

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random() })
    alice = await loginAs(ctx, 'counsellor')
    bob = await loginAs(ctx, 'counsellor')
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
    admin = await loginAs(ctx, 'admin')
  })
  afterAll(async () => {
    await ctx.close()
  })

  const insertPosts = async (n: number, seenAt: Date): Promise<number[]> => {
    const rows = await ctx.database.db
      .insert(posts)
      .values(
        Array.from({ length: n }, () => ({
          platform: 'bluesky',
          externalId: `at://did:plc:x/app.bsky.feed.post/${randomBytes(6).toString('hex')}`,
          author: 'quelqu.un.bsky.social',
          text: 'un message ordinaire',
          createdAt: seenAt,
          seenAt,
          lang: 'fr',
          score: 0.1,
          harassment: false,
          modelVersion: 'test',
        })),
      )
      .returning({ id: posts.id })
    return rows.map((r) => r.id)
  }
  const count = async (table: string, where = sql`true`) =>
    (await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]?.n ?? -1
  const newCase = async (label: string) => ((await (await call(ctx, alice, 'POST', '/api/cases', { label, ageBand: '15-17' })).json()) as { case: { id: number } }).case.id

  it('purges old unmatched posts in batches, never a flagged post, a wave’s, a watch’s, or a recent one; never a held case', async () => {
    const plain = await insertPosts(2500, old)
    const [flagged, rejected, inWave, matched] = await insertPosts(4, old)
    const [recent] = await insertPosts(1, new Date())
    const flag = async (postId: number) =>
      ((await (await call(ctx, analyst, 'POST', '/api/flags', { postIds: [String(postId)], category: 'harassment' })).json()) as { flags: Array<{ id: number }> }).flags[0]!.id
    await flag(flagged!)
    const rejectedFlag = await flag(rejected!)
    expect((await call(ctx, reviewer, 'POST', `/api/flags/${rejectedFlag}/claim`)).status).toBe(200)
    expect((await call(ctx, reviewer, 'POST', `/api/flags/${rejectedFlag}/decision`, { decision: 'reject' })).status).toBe(200)
    const [wave] = await ctx.database.db
      .insert(waves)
      .values({ kind: 'hashtag', key: 'anti2010', status: 'closed', onsetAt: old, openedAt: old, peakAt: old, peakPerMinute: 5, lastPostAt: old, score: 0.9 })
      .returning({ id: waves.id })
    await ctx.database.db.insert(wavePosts).values({ waveId: wave!.id, postId: inWave! })
    const [watch] = await ctx.database.db.insert(watches).values({ label: 'Personne suivie', ownerId: alice.userId }).returning({ id: watches.id })
    await ctx.database.db.insert(watchMatches).values({ watchId: watch!.id, postId: matched!, term: 'personne', hostile: true, postedAt: old })
    const snapshotsBefore = await count('evidence_snapshots')
    // Identities: one whose posts are all purged (forgotten), one still holding a post, one confirmed recently (kept).
    await ctx.database.rows(sql`update posts set author_id = 'did:plc:garde' where id = ${recent!}`)
    await ctx.database.db.insert(accountIdentities).values([
      { platform: 'bluesky', accountId: 'did:plc:parti', handle: 'parti.bsky.social', checkedAt: old },
      { platform: 'bluesky', accountId: 'did:plc:garde', handle: 'garde.bsky.social', checkedAt: old },
      { platform: 'bluesky', accountId: 'did:plc:recent', handle: 'recent.bsky.social', checkedAt: new Date() },
    ])

    // Cases: closed long ago (purged with its files), the same but held (kept), open (kept), closed recently (kept).
    const gone = await newCase('Ancien dossier clos')
    const held = await newCase('Dossier sous conservation')
    const open = await newCase('Dossier ouvert')
    const recentClosed = await newCase('Dossier clos récemment')
    for (const id of [gone, held]) expect((await upload(ctx, alice, id, [{ name: 'capture.png', bytes: makePng(8, 8) }])).status).toBe(201)
    for (const id of [gone, held, recentClosed]) expect((await call(ctx, alice, 'PATCH', `/api/cases/${id}`, { status: 'closed' })).status).toBe(200)
    expect((await call(ctx, alice, 'PATCH', `/api/cases/${held}`, { legalHold: true })).status).toBe(200)
    await ctx.database.rows(sql`update cases set closed_at = now() - interval '400 days' where id in (${gone}, ${held})`)
    await ctx.database.rows(sql`update cases set created_at = now() - interval '400 days' where id = ${open}`)
    const blobsBefore = await count('vault_blobs')

    const job = new RetentionJob({ db: ctx.database.db, vault: ctx.vault, log: silentLogger, config: { postDays: 30, caseDays: 365, schedule: null } })
    const report = await job.runOnce()
    expect(report).toMatchObject({ postsPurged: 2500, identitiesPurged: 1, casesPurged: 1, filesPurged: 1, casesHeld: 1 })
    const identities = await ctx.database.rows<{ id: string }>(sql`select account_id as id from account_identities order by account_id`)
    expect(identities.map((r) => r.id)).toEqual(['did:plc:garde', 'did:plc:recent'])

    const left = new Set((await ctx.database.rows<{ id: number }>(sql`select id from posts`)).map((r) => Number(r.id)))
    expect(plain.some((id) => left.has(id))).toBe(false)
    for (const id of [flagged, rejected, inWave, matched, recent]) expect(left.has(id!), String(id)).toBe(true)
    expect(await count('evidence_snapshots')).toBe(snapshotsBefore)
    expect((await call(ctx, alice, 'GET', `/api/cases/${gone}`)).status).toBe(404)
    for (const id of [held, open, recentClosed]) expect((await call(ctx, alice, 'GET', `/api/cases/${id}`)).status).toBe(200)
    expect(await count('vault_blobs')).toBe(blobsBefore - 1)
    expect(await count('vault_chunks', sql`blob_id not in (select id from vault_blobs)`)).toBe(0)

    // Reported in the audit log; evidence snapshots still refuse deletion.
    const audit = await ctx.database.rows<{ action: string; details: Record<string, unknown> }>(
      sql`select action, details from audit_log where actor = 'system' and action in ('retention.run', 'case.purge') order by id`,
    )
    expect(audit.map((a) => a.action)).toEqual(['case.purge', 'retention.run'])
    expect(audit[1]?.details).toMatchObject({ postsPurged: 2500, casesPurged: 1, casesHeld: 1 })
    await expect(ctx.database.rows(sql`delete from evidence_snapshots`)).rejects.toThrow()

    // A second run finds nothing more.
    expect(await job.runOnce()).toMatchObject({ postsPurged: 0, casesPurged: 0 })
  })

  it('legal hold: the owner sets it, only an admin lifts it (403 in French otherwise); audited', async () => {
    const id = await newCase('Sous conservation')
    expect((await call(ctx, alice, 'POST', `/api/cases/${id}/members`, { name: bob.name })).status).toBe(200)
    const hold = (who: TestLogin, on: boolean) => call(ctx, who, 'PATCH', `/api/cases/${id}`, { legalHold: on })
    expect((await hold(bob, true)).status).toBe(403)
    expect((await hold(alice, true)).status).toBe(200)
    for (const who of [alice, bob]) {
      const refused = await hold(who, false)
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('seul un administrateur peut lever la conservation légale')
    }
    const held = (await (await call(ctx, alice, 'GET', `/api/cases/${id}`)).json()) as { case: { legalHold: boolean } }
    expect(held.case.legalHold).toBe(true)
    const lifted = await hold(admin, false)
    expect(lifted.status).toBe(200)
    expect(((await lifted.json()) as { case: { legalHold: boolean } }).case.legalHold).toBe(false)
    const audit = await ctx.database.rows<{ actor: string; details: Record<string, unknown> }>(
      sql`select actor, details from audit_log where action = 'case.update' and subject = ${`case:${id}`} order by id`,
    )
    expect(audit).toEqual([
      { actor: alice.name, details: { fields: ['legalHold'], legalHold: true } },
      { actor: admin.name, details: { fields: ['legalHold'], legalHold: false } },
    ])
    const timeline = (await (await call(ctx, alice, 'GET', `/api/cases/${id}/timeline`)).json()) as { entries: Array<{ kind: string; actor: string | null; summary: string }> }
    expect(timeline.entries.filter((e) => e.kind === 'case.hold').map((e) => [e.actor, e.summary])).toEqual([
      [alice.name, 'Conservation légale activée (ni purge ni effacement)'],
      [admin.name, 'Conservation légale levée'],
    ])
  })

  it('erases a case on request: the owner retypes its label; never under legal hold; audited', async () => {
    const id = await newCase('Demande d’effacement')
    expect((await upload(ctx, alice, id, [{ name: 'a.png', bytes: makePng(4, 4) }, { name: 'b.png', bytes: makePng(4, 4) }])).status).toBe(201)
    expect((await call(ctx, alice, 'POST', `/api/cases/${id}/members`, { name: bob.name })).status).toBe(200)
    const blobs = await count('vault_blobs')

    expect((await call(ctx, bob, 'POST', `/api/cases/${id}/erase`, { confirm: 'Demande d’effacement' })).status).toBe(403)
    expect((await call(ctx, alice, 'POST', `/api/cases/${id}/erase`, { confirm: 'autre chose' })).status).toBe(400)
    expect((await call(ctx, alice, 'PATCH', `/api/cases/${id}`, { legalHold: true })).status).toBe(200)
    const refused = await call(ctx, alice, 'POST', `/api/cases/${id}/erase`, { confirm: 'Demande d’effacement' })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('conservation légale')
    expect((await call(ctx, admin, 'PATCH', `/api/cases/${id}`, { legalHold: false })).status).toBe(200)

    const zip = await call(ctx, alice, 'GET', `/api/cases/${id}/export.zip`)
    expect(zip.status).toBe(200)
    expect((await zip.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    const erased = await call(ctx, alice, 'POST', `/api/cases/${id}/erase`, { confirm: 'Demande d’effacement' })
    expect(erased.status, await erased.clone().text()).toBe(200)
    expect(((await erased.json()) as { erased: { files: number } }).erased.files).toBe(2)
    expect((await call(ctx, alice, 'GET', `/api/cases/${id}`)).status).toBe(404)
    expect(await count('vault_blobs')).toBe(blobs - 2)
    for (const table of ['case_files', 'case_events', 'case_links', 'case_members']) expect(await count(table, sql`case_id = ${id}`), table).toBe(0)
    const [entry] = await ctx.database.rows<{ actor: string; details: { reason: string; files: number; sha256: string[] } }>(
      sql`select actor, details from audit_log where action = 'case.erase' and subject = ${`case:${id}`}`,
    )
    expect(entry).toMatchObject({ actor: alice.name, details: { reason: 'request', files: 2 } })
    expect(entry!.details.sha256).toHaveLength(2)
  })
})
