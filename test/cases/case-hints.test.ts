/**
 * Hints in the case file, on the real database: a post marked without evidence is flagged, its
 * snapshot freezes the hints the dashboard showed, and the timeline, the PDF and the zip say them
 * (« Indices (sans preuve directe) ») even after the post is rescored; a post with evidence and a
 * post flagged before hints existed snapshot as before and still verify; hints in a stored
 * snapshot that do not fit its text are not printed.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelineSchema, type CaseLinkView, type Timeline } from '../../contract/cases.js'
import { classify } from '../../classifiers/index.js'
import type { Hint } from '../../classifiers/verdict.js'
import { canonicalJson } from '../../src/audit/canonical-json.js'
import type { AppContext } from '../../src/context.js'
import { evidenceSnapshots, flags, posts } from '../../src/db/schema/index.js'
import { parisDateTime } from '../../src/cases/paris-time.js'
import { buildSnapshot, snapshotContent } from '../../src/moderation/evidence.js'
import { parsePost } from '../../src/posts/post-input.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, postLine, testContext, type TestLogin } from '../_util.js'
import { insertPost } from '../moderation/helpers.js'
import { call, pdfText, sha256, unzip } from './helpers.js'

const MODEL = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
const WEAK = '😡😡 putain de merde ce bus'
const EVIDENCE = 'Lea t’es une grosse conne, personne ne t’aime'
const OLD = 'Léa devient vraiment insupportable et incapable, franchement'
const CRAFTED = 'Léa tu es un rat\u202e nul'

/** The keys of a frozen post, as every snapshot had them before hints were frozen. */
const POST_KEYS = [
  'author', 'authorId', 'authorStatus', 'categories', 'createdAt', 'deletedAt', 'evidence', 'externalId', 'hashtags', 'langs',
  'mentions', 'modelVersion', 'platform', 'replyTo', 'score', 'text', 'url',
]

type FlagDetail = { snapshot: { canonicalJson: string; sha256: string; verified: boolean } }

const count = (text: string, phrase: string) => text.split(phrase).length - 1

describe.each(DRIVERS)('hints frozen in the case file (%s)', (driver) => {
  let ctx: AppContext
  let alice: TestLogin
  let analyst: TestLogin
  let caseId: number
  const flagOf: Record<'model' | 'weak' | 'evidence' | 'old' | 'crafted', number> = { model: 0, weak: 0, evidence: 0, old: 0, crafted: 0 }
  const hintsOf: Record<'model' | 'weak', Hint[]> = { model: [], weak: [] }

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random() })
    alice = await loginAs(ctx, 'counsellor')
    analyst = await loginAs(ctx, 'analyst')
    for (const [key, text] of [['model', MODEL], ['weak', WEAK], ['evidence', EVIDENCE]] as const) {
      const parsed = parsePost(postLine({ id: `hint-${key}`, text, langs: ['fr'], author: `${key}.bsky.social`, url: `https://bsky.app/profile/${key}/post/1` }))
      if (!parsed.ok) throw new Error(parsed.reason)
      await ctx.pipeline.ingest(parsed.post)
    }
    await ctx.pipeline.flush()
    for (const key of ['model', 'weak'] as const) {
      const v = classify(key === 'model' ? MODEL : WEAK, ['fr'])
      // The premise: marked, without evidence, with hints of the expected kind.
      expect(v.harassment && v.evidence.length === 0, key).toBe(true)
      expect(v.hints?.length, key).toBeGreaterThan(0)
      expect(v.hints?.every((h) => h.kind === key), key).toBe(true)
      hintsOf[key] = v.hints ?? []
    }
    // A model-only post stored before hints existed (its row has none).
    const old = await insertPost(ctx, { text: OLD, score: 0.4, categories: [], evidence: [], hints: [] })
    const stored = await ctx.database.db.select({ id: posts.id, externalId: posts.externalId }).from(posts)
    const idOf = (externalId: string) => String(stored.find((p) => p.externalId.endsWith(externalId))?.id)
    const flagged = await call(ctx, analyst, 'POST', '/api/flags', {
      postIds: [idOf('hint-model'), idOf('hint-weak'), idOf('hint-evidence'), String(old.id)],
      category: 'harassment',
    })
    expect(flagged.status, await flagged.clone().text()).toBe(201)
    const ids = ((await flagged.json()) as { flags: Array<{ id: number }> }).flags.map((f) => f.id)
    ;[flagOf.model, flagOf.weak, flagOf.evidence, flagOf.old] = ids as [number, number, number, number]

    // A stored snapshot whose hints do not all fit its text (hashed as stored: it verifies).
    const row = await insertPost(ctx, { text: CRAFTED, score: 0.3, categories: [], evidence: [], hints: [] })
    const [flag] = await ctx.database.db.insert(flags).values({ postId: row.id, category: 'harassment', status: 'pending', flaggedBy: analyst.userId }).returning()
    flagOf.crafted = flag!.id
    const content = snapshotContent(buildSnapshot(row, { id: flag!.id, category: 'harassment', targetIsMinor: false }, new Date()))
    const rat = CRAFTED.indexOf('rat')
    content.post.hints = [
      { kind: 'weak', match: 'rat\u202e', start: rat, end: rat + 4 },
      { kind: 'weak', match: 'gentille', start: rat, end: rat + 4 },
      { kind: 'weak', match: CRAFTED, start: 0, end: 999 },
      { kind: 'lexicon' as 'weak', match: 'nul', start: CRAFTED.length - 3, end: CRAFTED.length },
    ]
    const json = canonicalJson(content)
    await ctx.database.db.insert(evidenceSnapshots).values({ flagId: flag!.id, postId: row.id, canonicalJson: json, sha256: sha256(Buffer.from(json, 'utf8')), capturedAt: new Date() })

    const created = await call(ctx, alice, 'POST', '/api/cases', { label: 'Dossier indices', ageBand: '11-14' })
    expect(created.status, await created.clone().text()).toBe(201)
    caseId = ((await created.json()) as { case: { id: number } }).case.id
    for (const id of Object.values(flagOf)) {
      const linked = await call(ctx, alice, 'POST', `/api/cases/${caseId}/links`, { kind: 'flag', id })
      expect(linked.status, await linked.clone().text()).toBe(200)
    }
    // Rescored later (a new model): the posts lose their hints; the case file must not.
    await ctx.database.rows(sql`update posts set hints = '[]'::jsonb, score = 0.02, harassment = false where external_id like '%hint-%'`)
  })
  afterAll(async () => {
    await ctx?.close()
  })

  const detail = async (id: number): Promise<FlagDetail> => (await (await call(ctx, analyst, 'GET', `/api/flags/${id}`)).json()) as FlagDetail
  const timeline = async (): Promise<Timeline> => timelineSchema.parse(await (await call(ctx, alice, 'GET', `/api/cases/${caseId}/timeline`)).json())

  it('freezes the hints of a post marked without evidence, and the exact former snapshot of the others', async () => {
    for (const key of ['model', 'weak'] as const) {
      const d = await detail(flagOf[key])
      expect(d.snapshot.verified, key).toBe(true)
      const post = snapshotContent(d.snapshot).post
      expect(post.hints, key).toEqual(hintsOf[key])
      expect(Object.keys(post).sort(), key).toEqual([...POST_KEYS, 'hints'].sort())
    }
    for (const key of ['evidence', 'old'] as const) {
      const d = await detail(flagOf[key])
      expect(d.snapshot.verified, key).toBe(true)
      expect(d.snapshot.canonicalJson, key).not.toContain('"hints"')
      expect(Object.keys(snapshotContent(d.snapshot).post), key).toEqual(POST_KEYS)
    }
    expect(snapshotContent((await detail(flagOf.evidence)).snapshot).post.evidence.length).toBeGreaterThan(0)
    const rescored = await ctx.database.rows<{ hints: unknown }>(sql`select hints from posts where external_id like '%hint-model'`)
    expect(rescored[0]?.hints).toEqual([])
  })

  it('says the frozen hints on the flag’s line of the timeline, in French, only for those posts', async () => {
    const t = await timeline()
    const line = (id: number) => t.entries.find((e) => e.kind === 'flag.created' && e.refs.flagId === id)
    const model = line(flagOf.model)?.hints ?? ''
    expect(model.startsWith('Indices (sans preuve directe) : « ')).toBe(true)
    for (const h of hintsOf.model) expect(model).toContain(`« ${h.match} » — mot qui a pesé dans le score (+${h.weight?.toFixed(2).replace('.', ',')})`)
    expect(line(flagOf.weak)?.hints).toBe(`Indices (sans preuve directe) : ${hintsOf.weak.map((h) => `« ${h.match} » — vocabulaire hostile non visé`).join(' ; ')}`)
    expect(line(flagOf.evidence)).toBeDefined()
    expect(line(flagOf.evidence)?.hints).toBeUndefined()
    expect(line(flagOf.old)?.hints).toBeUndefined()
    expect(line(flagOf.crafted)?.hints).toBe('Indices (sans preuve directe) : « rat » — vocabulaire hostile non visé')
  })

  it('says when each piece of evidence was frozen, and each linked flag, in French, not as stored', async () => {
    const t = await timeline()
    const d = await detail(flagOf.model)
    const entry = t.entries.find((e) => e.kind === 'flag.created' && e.refs.flagId === flagOf.model)
    expect(entry?.summary).toBe(`Signalement n° ${flagOf.model} (Harcèlement) : preuve figée le ${parisDateTime(new Date(snapshotContent(d.snapshot).capturedAt))}`)
    expect(entry?.summary).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
    const links = ((await (await call(ctx, alice, 'GET', `/api/cases/${caseId}`)).json()) as { links: CaseLinkView[] }).links
    expect(links.find((l) => l.kind === 'flag' && l.id === flagOf.model)?.summary).toBe(`signalement n° ${flagOf.model} (Harcèlement, en attente)`)
  })

  it('prints them in the PDF’s chronology and frozen evidence; old and evidence snapshots still verify', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.pdf`)
    expect(res.status).toBe(200)
    const text = await pdfText(Buffer.from(await res.arrayBuffer()))
    // Three flags with hints (model, weak, crafted): each in the chronology and in section 2.
    expect(count(text, 'Indices (sans preuve directe)')).toBe(6)
    for (const h of [...hintsOf.model, ...hintsOf.weak]) expect(text).toContain(`« ${h.match} »`)
    expect(text).toContain('mot qui a pesé dans le score (+')
    expect(text).toContain('vocabulaire hostile non visé')
    expect(text).toContain('les mots qui ont pesé le plus dans le score du modèle')
    expect(text).toContain('ce ne sont pas des preuves')
    expect(text).toContain('« rat »')
    expect(text).not.toContain('gentille')
    expect(text).not.toContain('\u202e »')
    expect(count(text, 'vérifiée (le JSON conservé redonne l’empreinte)')).toBe(5)
    expect(text).not.toContain('ÉCHEC')
  })

  it('puts the frozen hints in the zip’s evidence JSON, hashed in SHA256SUMS', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.zip`)
    expect(res.status).toBe(200)
    const entries = await unzip(Buffer.from(await res.arrayBuffer()))
    const get = (name: string) => entries.get(`dossier-${caseId}/${name}`) ?? Buffer.alloc(0)
    const model = get(`preuves/signalement-${flagOf.model}.json`).toString('utf8')
    expect(model).toBe((await detail(flagOf.model)).snapshot.canonicalJson)
    expect(JSON.parse(model).post.hints).toEqual(hintsOf.model)
    expect(get(`preuves/signalement-${flagOf.evidence}.json`).toString('utf8')).not.toContain('"hints"')
    for (const line of get('SHA256SUMS').toString('utf8').trim().split('\n')) {
      const [hash, name] = line.split('  ')
      expect(sha256(get(name!)), name).toBe(hash)
    }
  })
})
