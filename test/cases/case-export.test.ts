/**
 * A case gathering a watch, its alert and matched posts, a flag confirmed by
 * four eyes and its takedowns with the platform's answer, and two deposited
 * files: one timeline; a complaint PDF whose extracted text names every hash;
 * a zip holding the files and frozen evidence with a SHA256SUMS that checks;
 * and « Alerter le référent », whose e-mail reaches a local SMTP server with
 * no image and no name unless ticked.
 */
import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import PDFDocument from 'pdfkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelineSchema, type Timeline } from '../../contract/cases.js'
import type { AppContext } from '../../src/context.js'
import { parsePost } from '../../src/posts/post-input.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, postLine, testContext, type TestLogin } from '../_util.js'
import { startSmtpServer, type LocalSmtp } from '../mail/smtp-server.js'
import { call, makePng, pdfText, sha256, unzip, upload } from './helpers.js'

async function tinyPdf(): Promise<Buffer> {
  const doc = new PDFDocument()
  const parts: Buffer[] = []
  doc.on('data', (c: Buffer) => parts.push(c))
  const done = new Promise((r) => doc.on('end', r))
  doc.text('Capture fournie par la victime')
  doc.end()
  await done
  return Buffer.concat(parts)
}

const HOSTILE = [
  'Léa Martin t es vraiment trop moche, personne veut de toi, va te cacher',
  'Léa Martin sale grosse nulle, tout le monde te déteste au collège',
  'on va tous te détruire Léa Martin, t es une honte, casse toi',
]

describe.each(DRIVERS)('case timeline, complaint export and referent e-mail (%s)', (driver) => {
  let ctx: AppContext
  let smtp: LocalSmtp
  let alice: TestLogin
  let bob: TestLogin
  let analyst: TestLogin
  let reviewer: TestLogin
  let admin: TestLogin
  let caseId: number
  let watchId: number
  let flagId: number
  let evidenceSha: string
  const png = makePng(32, 32)
  let pdf: Buffer

  beforeAll(async () => {
    smtp = await startSmtpServer()
    ctx = await testContext(driver, {
      sources: [],
      vault: VaultKey.random(),
      mail: { url: smtp.url, from: 'cellule@ecoute.example' },
      takedown: { bluesky: null, mastodon: null, notifier: { name: 'Cellule d’écoute Test', email: 'cellule@ecoute.example' } },
    })
    alice = await loginAs(ctx, 'counsellor')
    bob = await loginAs(ctx, 'counsellor')
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
    admin = await loginAs(ctx, 'admin')
    pdf = await tinyPdf()

    const watch = await call(ctx, alice, 'POST', '/api/watches', { label: 'Léa Martin', names: ['Léa Martin'], handles: [] })
    expect(watch.status, await watch.clone().text()).toBe(201)
    watchId = ((await watch.json()) as { watch: { id: number } }).watch.id
    for (const [i, text] of HOSTILE.entries()) {
      const parsed = parsePost(postLine({ text, author: `harceleur${i}.bsky.social`, createdAt: `2026-11-27T20:0${i}:00.000Z`, url: `https://bsky.app/profile/h${i}/post/${i}` }))
      if (!parsed.ok) throw new Error(parsed.reason)
      await ctx.pipeline.ingest(parsed.post)
    }
    await ctx.pipeline.flush()

    // The watch cell flags the first matched post; a second reviewer confirms it (four eyes).
    const [matched] = await ctx.database.rows<{ post_id: number }>(sql`select post_id from watch_matches where watch_id = ${watchId} order by posted_at limit 1`)
    expect(matched).toBeDefined()
    const flagged = await call(ctx, analyst, 'POST', '/api/flags', { postIds: [String(matched!.post_id)], category: 'harassment', note: 'Insultes visant une élève' })
    expect(flagged.status, await flagged.clone().text()).toBe(201)
    const flag = ((await flagged.json()) as { flags: Array<{ id: number; evidenceSha256: string }> }).flags[0]!
    flagId = flag.id
    evidenceSha = flag.evidenceSha256
    expect((await call(ctx, reviewer, 'POST', `/api/flags/${flagId}/claim`)).status).toBe(200)
    const decided = await call(ctx, reviewer, 'POST', `/api/flags/${flagId}/decision`, { decision: 'confirm', note: 'Harcèlement caractérisé' })
    expect(decided.status, await decided.clone().text()).toBe(200)
    const takedowns = ((await (await call(ctx, reviewer, 'GET', '/api/takedowns')).json()) as { takedowns: Array<{ id: number; channel: string }> }).takedowns
    const notice = takedowns.find((t) => t.channel === 'dsa-notice')!
    const answered = await call(ctx, reviewer, 'POST', `/api/takedowns/${notice.id}/status`, { status: 'removed', answer: 'Contenu retiré : violation des règles (réf. PLAT-4821).' })
    expect(answered.status, await answered.clone().text()).toBe(200)

    const created = await call(ctx, alice, 'POST', '/api/cases', {
      label: 'Dossier L. — 4e B',
      ageBand: '11-14',
      academie: 'Créteil',
      school: 'Collège Jean Moulin',
      notes: 'Appel du 27/11 : moqueries répétées, la jeune fille n’ose plus aller en cours.',
      victimName: 'Léa Martin',
    })
    caseId = ((await created.json()) as { case: { id: number } }).case.id
    expect((await call(ctx, alice, 'POST', `/api/cases/${caseId}/links`, { kind: 'watch', id: watchId })).status).toBe(200)
    const up = await upload(ctx, alice, caseId, [
      { name: 'capture-insta.png', bytes: png },
      { name: 'plainte-brouillon.pdf', bytes: pdf },
    ], { capturedAt: '2026-11-27' })
    expect(up.status, await up.clone().text()).toBe(201)
  })
  afterAll(async () => {
    await ctx?.close()
    await smtp?.close()
  })

  const timeline = async (): Promise<Timeline> => timelineSchema.parse(await (await call(ctx, alice, 'GET', `/api/cases/${caseId}/timeline`)).json())

  it('shows one timeline: case, alert, matched posts, flag and review, takedowns and removal, uploads', async () => {
    const t = await timeline()
    const kinds = new Set(t.entries.map((e) => e.kind))
    for (const k of ['case.opened', 'case.linked', 'alert', 'post.matched', 'flag.created', 'flag.confirmed', 'takedown.requested', 'takedown.removed', 'file.uploaded'] as const) {
      expect(kinds.has(k), k).toBe(true)
    }
    const times = t.entries.map((e) => Date.parse(e.at))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(t.entries.find((e) => e.kind === 'flag.created')?.sha256).toBe(evidenceSha)
    expect(t.entries.find((e) => e.kind === 'takedown.removed')?.answer).toContain('PLAT-4821')
    expect(t.entries.filter((e) => e.kind === 'post.matched').map((e) => e.post?.text)).toEqual(expect.arrayContaining(HOSTILE))
    expect(t.entries.filter((e) => e.kind === 'file.uploaded').map((e) => e.sha256)).toEqual([sha256(png), sha256(pdf)])
  })

  it('shows a late request, its escalation steps and a deletion by the author (not a takedown) on the timeline and in the PDF', async () => {
    const [other] = await ctx.database.rows<{ id: number }>(sql`select id from takedowns where channel <> 'dsa-notice' order by id limit 1`)
    expect(other).toBeDefined()
    await ctx.database.rows(sql`update takedowns set overdue_at = requested_at + interval '1 hour', removed_at = requested_at + interval '2 hours', removed_by = 'author' where id = ${other!.id}`)
    await ctx.database.rows(sql`insert into takedown_escalations (takedown_id, action, actor, at) values (${other!.id}, 'email', ${reviewer.name}, now())`)
    const kinds = (await timeline()).entries.filter((e) => e.refs.takedownId === other!.id).map((e) => e.kind)
    expect(kinds).toEqual(expect.arrayContaining(['takedown.requested', 'takedown.overdue', 'post.deleted_by_author', 'takedown.escalated']))
    expect(kinds).not.toContain('takedown.removed')
    const text = await pdfText(Buffer.from(await (await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.pdf`)).arrayBuffer()))
    expect(text).toContain('Supprimé par son auteur le')
    expect(text).toContain('notification DSA envoyée par e-mail')
  })

  it('exports a PDF whose text names every hash, the capture times and the platform’s answer', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const text = await pdfText(Buffer.from(await res.arrayBuffer()))
    for (const hash of [sha256(png), sha256(pdf), evidenceSha]) expect(text).toContain(hash)
    for (const phrase of ['Dossier de preuves', 'Dossier L. — 4e B', 'Fichiers déposés par la victime', 'Preuves figées des messages signalés', 'capture-insta.png', 'plainte-brouillon.pdf', 'PLAT-4821', 'Académie : Créteil', 'n’ose plus']) {
      expect(text, phrase).toContain(phrase)
    }
    expect(text).toContain('vérifiée')
    // The name of the young person is not in the complaint PDF (only the pseudonym).
    expect(text).not.toContain('Personne concernée')
    const audit = await ctx.database.rows<{ details: { format: string } }>(sql`select details from audit_log where action = 'case.export' and subject = ${`case:${caseId}`}`)
    expect(audit.map((a) => a.details.format)).toContain('pdf')
  })

  it('exports a zip with the PDF, the exact files and frozen evidence, and a SHA256SUMS that checks', async () => {
    const res = await call(ctx, alice, 'GET', `/api/cases/${caseId}/export.zip`)
    expect(res.status).toBe(200)
    const entries = await unzip(Buffer.from(await res.arrayBuffer()))
    const root = `dossier-${caseId}`
    const get = (name: string) => {
      const b = entries.get(`${root}/${name}`)
      if (!b) throw new Error(`missing ${name}: ${[...entries.keys()].join(', ')}`)
      return b
    }
    const pngEntry = [...entries.keys()].find((k) => k.endsWith('-capture-insta.png'))!
    expect(entries.get(pngEntry)?.equals(png)).toBe(true)
    expect(get(`preuves/signalement-${flagId}.json`).toString('utf8')).toContain('Léa Martin')
    const sums = get('SHA256SUMS').toString('utf8').trim().split('\n')
    expect(sums.length).toBe(4)
    for (const line of sums) {
      const [hash, name] = line.split('  ')
      expect(createHash('sha256').update(get(name!)).digest('hex'), name).toBe(hash)
    }
    expect(await pdfText(get('dossier-de-preuves.pdf'))).toContain(evidenceSha)
  })

  it('e-mails the académie referent a minimal summary: no image, no name unless ticked; on the timeline and in the audit', async () => {
    const made = await call(ctx, admin, 'POST', '/api/referents', { academie: 'Créteil', name: 'Mme Référente', email: 'referente@ac-creteil.example' })
    expect(made.status, await made.clone().text()).toBe(201)
    const referentId = ((await made.json()) as { referent: { id: number } }).referent.id
    expect((await call(ctx, alice, 'POST', '/api/referents', { academie: 'Créteil', name: 'x', email: 'x@y.fr' })).status).toBe(403)
    const list = (await (await call(ctx, alice, 'GET', '/api/referents')).json()) as { academies: string[]; referents: Array<{ id: number }> }
    expect(list.academies).toContain('Créteil')
    expect(list.referents.map((r) => r.id)).toEqual([referentId])

    const sent = await call(ctx, alice, 'POST', `/api/cases/${caseId}/referent-alerts`, { referentId, message: 'Pouvez-vous prévenir la CPE ?' })
    expect(sent.status, await sent.clone().text()).toBe(201)
    const [mail] = await smtp.waitFor(1)
    expect(mail!.envelopeTo).toEqual(['referente@ac-creteil.example'])
    const raw = mail!.raw.toString('utf8')
    expect(mail!.parsed.attachments).toEqual([])
    expect(mail!.parsed.html).toBe(false)
    expect(mail!.parsed.text).toContain('Collège Jean Moulin')
    expect(mail!.parsed.text).toContain(`dossier n° ${caseId}`)
    expect(mail!.parsed.text).toContain('Pouvez-vous prévenir la CPE ?')
    expect(mail!.parsed.text).not.toContain('Léa')
    expect(raw).not.toContain('Martin')
    expect(raw).not.toMatch(/image\/png|iVBORw0KGgo/)

    const named = await call(ctx, alice, 'POST', `/api/cases/${caseId}/referent-alerts`, { referentId, includeName: true })
    expect(named.status).toBe(201)
    const [, second] = await smtp.waitFor(2)
    expect(second!.parsed.text).toContain('Personne concernée : Léa Martin')

    // From the alert itself: its watch's owner may; another counsellor gets 404.
    const [alert] = await ctx.database.rows<{ id: number }>(sql`select id from alerts where watch_id = ${watchId}`)
    expect((await call(ctx, bob, 'POST', `/api/alerts/${alert!.id}/referent-alerts`, { referentId })).status).toBe(404)
    expect((await call(ctx, alice, 'POST', `/api/alerts/${alert!.id}/referent-alerts`, { referentId })).status).toBe(201)
    await smtp.waitFor(3)
    expect(smtp.received).toHaveLength(3)

    const alerted = (await timeline()).entries.filter((e) => e.kind === 'referent.alerted')
    expect(alerted).toHaveLength(3)
    expect(alerted.map((e) => e.summary.includes('nom de la personne inclus'))).toEqual([false, true, false])
    const audit = await ctx.database.rows<{ action: string; details: { includedName: boolean } }>(
      sql`select action, details from audit_log where action in ('case.referent_alert', 'alert.referent_alert') order by id`,
    )
    expect(audit.map((a) => [a.action, a.details.includedName])).toEqual([
      ['case.referent_alert', false],
      ['case.referent_alert', true],
      ['alert.referent_alert', false],
    ])
    const dump = await ctx.database.rows<{ d: string }>(sql`select string_agg(details::text, ' ') as d from audit_log`)
    expect(dump[0]?.d).not.toContain('Léa')
  })
})
