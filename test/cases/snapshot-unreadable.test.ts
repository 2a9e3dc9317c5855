/**
 * A stored evidence snapshot that cannot be read never stops a case file from exporting, on the
 * real database: two flags' snapshot rows are written directly, damaged (text that is not JSON,
 * with a hash it does not match; JSON that parses but does not fit a snapshot, hashed as it is). The timeline, the PDF and the zip
 * still come out: those flags say « Instantané illisible : … » and integrity « ÉCHEC », the zip
 * holds their stored bytes as they are with their stored SHA-256, and the rest of the case (a
 * sound flag, its hash « vérifiée ») prints as before. A DSA notice of such a flag is refused
 * (409), never built from what cannot be read.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelineSchema, type Timeline } from '../../contract/cases.js'
import type { AppContext } from '../../src/context.js'
import { canonicalJson } from '../../src/audit/canonical-json.js'
import { evidenceSnapshots, flags } from '../../src/db/schema/index.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { insertPost } from '../moderation/helpers.js'
import { call, pdfText, sha256, unzip } from './helpers.js'

const count = (text: string, phrase: string) => text.split(phrase).length - 1

describe.each(DRIVERS)('unreadable evidence snapshots in the case file (%s)', (driver) => {
  let ctx: AppContext
  let alice: TestLogin
  let analyst: TestLogin
  let reviewer: TestLogin
  let caseId: number
  const flagOf = { sound: 0, notJson: 0, misfit: 0 }
  const stored: Record<number, { canonicalJson: string; sha256: string }> = {}

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random() })
    alice = await loginAs(ctx, 'counsellor')
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
    const sound = await insertPost(ctx, { text: 'Léa t’es trop moche, personne veut de toi' })
    const flagged = await call(ctx, analyst, 'POST', '/api/flags', { postIds: [String(sound.id)], category: 'harassment' })
    expect(flagged.status, await flagged.clone().text()).toBe(201)
    flagOf.sound = ((await flagged.json()) as { flags: Array<{ id: number }> }).flags[0]!.id
    const [good] = await ctx.database.db.select().from(evidenceSnapshots).where(eq(evidenceSnapshots.flagId, flagOf.sound))

    // Damaged rows, written directly (snapshots are write-once: new rows, as a faulty writer or a
    // restore gone wrong would leave them). The first is a snapshot cut short, with the hash of the
    // whole (so it no longer matches); the second is still JSON, but with a number for the text and
    // no date (hashed as it is: its bytes match their hash, yet are no snapshot).
    const damaged = async (text: string, canonicalJson: (flagId: number) => string, hash?: string) => {
      const row = await insertPost(ctx, { text })
      const [flag] = await ctx.database.db.insert(flags).values({ postId: row.id, category: 'harassment', status: 'pending', flaggedBy: analyst.userId }).returning()
      const json = canonicalJson(flag!.id)
      await ctx.database.db
        .insert(evidenceSnapshots)
        .values({ flagId: flag!.id, postId: row.id, canonicalJson: json, sha256: hash ?? sha256(Buffer.from(json, 'utf8')), capturedAt: new Date() })
      return flag!.id
    }
    flagOf.notJson = await damaged('Léa sale balance', () => good!.canonicalJson.slice(0, 120), good!.sha256)
    flagOf.misfit = await damaged('Léa on va te retrouver', (flagId) => {
      const content = JSON.parse(good!.canonicalJson) as { flagId: number; post: Record<string, unknown> }
      content.flagId = flagId
      content.post.text = 42
      content.post.createdAt = 'hier soir'
      return canonicalJson(content)
    })
    for (const s of await ctx.database.db.select().from(evidenceSnapshots)) stored[s.flagId] = { canonicalJson: s.canonicalJson, sha256: s.sha256 }
    expect(stored[flagOf.notJson]?.canonicalJson).toBe(good!.canonicalJson.slice(0, 120))

    const created = await call(ctx, alice, 'POST', '/api/cases', { label: 'Dossier abîmé', ageBand: '11-14' })
    expect(created.status, await created.clone().text()).toBe(201)
    caseId = ((await created.json()) as { case: { id: number } }).case.id
    for (const id of Object.values(flagOf)) {
      const linked = await call(ctx, alice, 'POST', `/api/cases/${caseId}/links`, { kind: 'flag', id })
      expect(linked.status, await linked.clone().text()).toBe(200)
    }
  })
  afterAll(async () => {
    await ctx?.close()
  })

  it('says on the flag’s line of the timeline that its snapshot cannot be read, integrity ÉCHEC', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/timeline`)
    expect(res.status, await res.clone().text()).toBe(200)
    const t: Timeline = timelineSchema.parse(await res.json())
    const line = (id: number) => t.entries.find((e) => e.kind === 'flag.created' && e.refs.flagId === id)
    expect(line(flagOf.notJson)?.summary).toMatch(/ — Instantané illisible : le JSON conservé ne se lit pas ; intégrité : ÉCHEC$/)
    expect(line(flagOf.misfit)?.summary).toMatch(/ — Instantané illisible : champ post\.text absent ou invalide ; champ post\.createdAt absent ou invalide ; intégrité : ÉCHEC$/)
    expect(line(flagOf.notJson)?.sha256).toBe(stored[flagOf.notJson]?.sha256)
    expect(line(flagOf.sound)?.summary).not.toContain('illisible')
    expect(t.entries.filter((e) => e.kind === 'case.linked')).toHaveLength(3)
  })

  it('exports the PDF: those flags unreadable and ÉCHEC, the rest of the case as before', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.pdf`)
    expect(res.status, await res.clone().text()).toBe(200)
    // Lines wrap where they will: compare with spaces collapsed.
    const text = (await pdfText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ')
    // Chronology and section 2, once each per damaged flag.
    expect(count(text, 'Instantané illisible : le JSON conservé ne se lit pas')).toBe(2)
    expect(count(text, 'Instantané illisible : champ post.text absent ou invalide ; champ post.createdAt absent ou invalide')).toBe(2)
    expect(text).toContain('ÉCHEC : instantané illisible, et les octets conservés ne redonnent pas l’empreinte enregistrée')
    expect(text).toContain(`ÉCHEC : instantané illisible ; les octets conservés (preuves/signalement-${flagOf.misfit}.json) redonnent l’empreinte enregistrée`)
    for (const id of [flagOf.notJson, flagOf.misfit]) expect(text).toContain(stored[id]!.sha256)
    // The sound flag and the rest of the file.
    expect(count(text, 'vérifiée (le JSON conservé redonne l’empreinte)')).toBe(1)
    expect(text).toContain('Léa t’es trop moche, personne veut de toi')
    expect(text).toContain(stored[flagOf.sound]!.sha256)
    for (const heading of ['1. Chronologie', '2. Preuves figées', '3. Fichiers déposés', '4. Liens signalés', '5. Demandes de retrait']) expect(text).toContain(heading)
    expect(text).not.toContain('hier soir')
  })

  it('exports the zip with the damaged snapshots’ stored bytes as they are, and their stored SHA-256', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.zip`)
    expect(res.status).toBe(200)
    const entries = await unzip(Buffer.from(await res.arrayBuffer()))
    const get = (name: string) => entries.get(`dossier-${caseId}/${name}`)
    const sums = new Map(
      get('SHA256SUMS')!
        .toString('utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('  ').reverse() as [string, string]),
    )
    for (const id of Object.values(flagOf)) {
      const name = `preuves/signalement-${id}.json`
      expect(get(name)?.toString('utf8'), name).toBe(stored[id]!.canonicalJson)
      expect(sums.get(name), name).toBe(stored[id]!.sha256)
    }
    // The cut one no longer matches its hash; sha256sum -c says so, as the PDF does.
    expect(sha256(get(`preuves/signalement-${flagOf.notJson}.json`)!)).not.toBe(stored[flagOf.notJson]!.sha256)
    expect(sha256(get(`preuves/signalement-${flagOf.misfit}.json`)!)).toBe(stored[flagOf.misfit]!.sha256)
    expect(entries.has(`dossier-${caseId}/dossier-de-preuves.pdf`)).toBe(true)
  })

  it('refuses a DSA notice built from a snapshot that cannot be read (409), not from the sound one', async () => {
    const noticeOf = async (flagId: number) => {
      expect((await call(ctx, reviewer, 'POST', `/api/flags/${flagId}/claim`)).status).toBe(200)
      const decided = await call(ctx, reviewer, 'POST', `/api/flags/${flagId}/decision`, { decision: 'confirm' })
      expect(decided.status, await decided.clone().text()).toBe(200)
      const { takedowns } = (await decided.json()) as { takedowns: Array<{ id: number; channel: string }> }
      return call(ctx, reviewer, 'GET', `/api/takedowns/${takedowns.find((x) => x.channel === 'dsa-notice')!.id}/notice.txt`)
    }
    const refused = await noticeOf(flagOf.misfit)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `preuve du signalement n° ${flagOf.misfit} : instantané illisible (champ post.text absent ou invalide ; champ post.createdAt absent ou invalide)`,
    )
    expect((await noticeOf(flagOf.sound)).status).toBe(200)
  })
})
