/**
 * Past the hour: the escalation steps (report re-sent, DSA notice e-mailed
 * to the platform's notice address through a local SMTP server, escalation
 * file), each recorded and audited; and the trusted-flagger report on a
 * fixture, its counts equal to the takedowns table's.
 */
import { createHash, randomBytes } from 'node:crypto'
import { and, count, eq, gte, lt } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TakedownReport } from '../../contract/takedown-report.js'
import type { AppContext } from '../../src/context.js'
import { auditLog, takedowns as takedownsTable } from '../../src/db/schema/index.js'
import type { DsaNotice } from '../../src/moderation/dsa-notice.js'
import type { TakedownView } from '../../src/moderation/views.js'
import { startSmtpServer, type LocalSmtp } from '../mail/smtp-server.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { startFakeBlueskyPds, fakePostRef, type FakeBlueskyPds } from '../watchers/fakes/bluesky-report-server.js'
import { client, insertPost, type ErrorBody } from './helpers.js'

describe.each(DRIVERS)('escalation and trusted-flagger report (%s)', (driver) => {
  let ctx: AppContext
  let smtp: LocalSmtp
  let pds: FakeBlueskyPds
  let analyst: TestLogin
  let reviewer: TestLogin

  beforeAll(async () => {
    smtp = await startSmtpServer({ reject: /refuse@/ })
    pds = await startFakeBlueskyPds()
    ctx = await testContext(
      driver,
      {
        sources: [],
        takedown: {
          bluesky: { service: pds.url, identifier: pds.account.identifier, appPassword: pds.account.password, labelerDid: null },
          mastodon: null,
          notifier: { name: 'Association Test', email: 'cellule@asso.test' },
        },
        mail: { url: smtp.url, from: 'vigie@asso.test' },
        removal: { schedule: '*/2 * * * *', webhook: null, noticeEmails: { rss: 'dsa@plateforme.test', 'rss:refus.test': 'refuse@plateforme.test' }, loopbackPorts: [] },
      },
      { takedowns: { attempts: 1, retryBaseMs: 10 } },
    )
    analyst = await loginAs(ctx, 'analyst')
    reviewer = await loginAs(ctx, 'reviewer')
  })
  afterAll(async () => {
    await ctx.close()
    await smtp.close()
    await pds.close()
  })

  const confirm = async (fields: Parameters<typeof insertPost>[1], category = 'harassment'): Promise<TakedownView[]> => {
    const post = await insertPost(ctx, fields)
    const flag = (await client(ctx, analyst).flag([String(post.id)], category)).body.flags[0]!
    await client(ctx, reviewer).claim(flag.id)
    return (await client(ctx, reviewer).decide(flag.id, 'confirm')).body.takedowns
  }
  const rssPost = (host = 'news.test') => {
    const url = `https://${host}/${randomBytes(4).toString('hex')}`
    return { platform: 'rss', externalId: url, url }
  }
  const escalate = (id: number, action: string) => client(ctx, reviewer).post<{ takedown: TakedownView } & ErrorBody>(`/api/takedowns/${id}/escalate`, { action })

  it('e-mails the DSA notice to the platform’s notice address, recorded and audited', async () => {
    const [t] = await confirm(rssPost())
    const res = await escalate(t!.id, 'email')
    expect(res.status).toBe(200)
    const [mail] = await smtp.waitFor(1)
    expect(mail?.envelopeTo).toEqual(['dsa@plateforme.test'])
    expect(mail?.parsed.subject).toContain(`demande n° ${t!.id}`)
    expect(mail?.parsed.text).toContain('article 16 du règlement (UE) 2022/2065')
    expect(mail?.parsed.replyTo?.text).toBe('cellule@asso.test')
    const attached = JSON.parse(mail?.parsed.attachments[0]?.content.toString('utf8') ?? '{}') as DsaNotice
    expect(attached.type).toBe('dsa-article-16-notice')
    expect(res.body.takedown.escalations).toMatchObject([{ action: 'email', actor: reviewer.name, details: { to: 'dsa@plateforme.test' } }])
    const audit = (await ctx.database.db.select().from(auditLog)).filter((e) => e.action === 'takedown.escalate' && e.subject === `takedown:${t!.id}`)
    expect(audit.map((e) => e.details.action)).toEqual(['email'])
    expect(JSON.stringify(audit)).not.toContain('moche')
  })

  it('says what is missing: no notice address (409), the SMTP server refusing (502), a closed request (409)', async () => {
    const masto = await confirm({ platform: 'mastodon', externalId: `https://masto.test/users/x/statuses/${Date.now()}`, url: null })
    const notice = masto.find((t) => t.channel === 'dsa-notice')!
    const none = await escalate(notice.id, 'email')
    expect(none.status).toBe(409)
    expect(none.body.error.message).toMatch(/VIGIE_PLATFORM_NOTICE_EMAILS/)
    const [refused] = await confirm(rssPost('refus.test'))
    const bounced = await escalate(refused!.id, 'email')
    expect(bounced.status).toBe(502)
    expect(bounced.body.error.message).toMatch(/SMTP/)
    expect((await escalate(notice.id, 'resend')).status).toBe(409)
    await client(ctx, reviewer).post(`/api/takedowns/${refused!.id}/status`, { status: 'removed' })
    expect((await escalate(refused!.id, 'email')).status).toBe(409)
    expect((await client(ctx, reviewer).post<ErrorBody>(`/api/takedowns/${refused!.id}/escalate`, { action: 'fax' })).status).toBe(400)
  })

  it('re-sends the platform report: a second createReport, the new report id kept', async () => {
    const fake = { did: 'did:plc:harceleur00000000000000001', handle: 'harceleur.bsky.social', rkey: `3l${randomBytes(5).toString('hex')}`, text: 'x', createdAt: '2026-11-27T20:00:00.000Z', indexedAt: '2026-11-27T20:00:01.000Z' }
    pds.posts.push(fake)
    const { uri } = fakePostRef(fake)
    const made = await confirm({ externalId: uri })
    await ctx.moderation.sender.drain()
    const report = made.find((t) => t.channel === 'bluesky-report')!
    const first = (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${report.id}`)).body.takedown
    expect(first.status).toBe('acknowledged')
    expect((await escalate(report.id, 'resend')).status).toBe(200)
    await ctx.moderation.sender.drain()
    const again = (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${report.id}`)).body.takedown
    expect(pds.reports.filter((r) => r.body.subject.uri === uri)).toHaveLength(2)
    expect(again.externalRef).not.toBe(first.externalRef)
    expect(again.escalations.map((e) => e.action)).toEqual(['resend'])
  })

  it('prepares the escalation file: the notice, the evidence hash, the history; its hash recorded', async () => {
    const [t] = await confirm(rssPost())
    const res = await client(ctx, reviewer).get<Record<string, unknown>>(`/api/takedowns/${t!.id}/escalation.json?recipient=trusted-flagger`)
    expect(res.status).toBe(200)
    expect(res.res.headers.get('content-disposition')).toMatch(/^attachment; filename="escalade-vigie-\d+-trusted-flagger\.json"$/)
    const text = await res.res.text()
    expect(createHash('sha256').update(text).digest('hex')).toBe(res.res.headers.get('x-vigie-sha256'))
    const file = JSON.parse(text) as { recipient: string; notice: DsaNotice; evidence: { sha256: string }; history: Array<{ action: string }> }
    expect(file.recipient).toBe('trusted-flagger')
    expect(file.notice.type).toBe('dsa-article-16-notice')
    expect(file.evidence.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(file.history.map((h) => h.action)).toContain('takedown.request')
    const view = (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${t!.id}`)).body.takedown
    expect(view.escalations).toMatchObject([{ action: 'file', details: { recipient: 'trusted-flagger', sha256: res.res.headers.get('x-vigie-sha256') } }])
    expect((await client(ctx, analyst).get(`/api/takedowns/${t!.id}/escalation.json`)).status).toBe(403)
    expect((await client(ctx, reviewer).get(`/api/takedowns/${t!.id}/escalation.json?recipient=presse`)).status).toBe(400)
  })

  it('names the platform’s trusted-flagger channel from the registry in the escalation file (or says there is none)', async () => {
    type File = { recipientLabel: string; trustedFlagger: { platformName: string; channel: { formUrl: string | null; email: string | null } | null; verified: boolean; howTo: string } }
    const fileOf = async (id: number) => JSON.parse(await (await client(ctx, reviewer).get(`/api/takedowns/${id}/escalation.json?recipient=trusted-flagger`)).res.text()) as File
    // An RSS site has no registry entry: the file says so and points to the regulator.
    const [rss] = await confirm(rssPost())
    const none = await fileOf(rss!.id)
    expect(none.trustedFlagger.channel).toBeNull()
    expect(none.trustedFlagger.howTo).toMatch(/^Aucun canal signaleur de confiance connu pour rss dans le registre/)

    const admin = await loginAs(ctx, 'admin')
    const { platforms } = (await client(ctx, admin).get<{ platforms: Array<{ definition: { id: string } & Record<string, unknown> }> }>('/api/platforms')).body
    const yt = platforms.find((p) => p.definition.id === 'youtube')!.definition
    const channel = { formUrl: 'https://support.google.com/youtube/trusted-flagger', email: 'priority@youtube.example', note: 'Programme Priority Flagger' }
    expect((await client(ctx, admin).put(`/api/platforms/youtube`, { ...yt, trustedFlagger: channel, verified: true })).status).toBe(200)
    const [t] = await confirm({ platform: 'youtube', externalId: `video/${randomBytes(4).toString('hex')}`, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' })
    const file = await fileOf(t!.id)
    expect(file.recipientLabel).toBe('canal signaleur de confiance de la plateforme (YouTube)')
    expect(file.trustedFlagger).toMatchObject({ platformName: 'YouTube', channel, verified: true })
    expect(file.trustedFlagger.howTo).toBe(
      'Transmettre ce dossier par le canal signaleur de confiance de YouTube : le formulaire https://support.google.com/youtube/trusted-flagger ou l’adresse priority@youtube.example. Programme Priority Flagger',
    )
    const view = (await client(ctx, reviewer).get<{ takedown: TakedownView }>(`/api/takedowns/${t!.id}`)).body.takedown
    expect(view.escalations[0]?.details).toMatchObject({ recipient: 'trusted-flagger', channel: channel.formUrl })
  })

  it('reports a period: counts, median and p90 to removal, share within the hour, refusals — equal to the table', async () => {
    const set = async (id: number, fields: Partial<typeof takedownsTable.$inferInsert>) => {
      await ctx.database.db.update(takedownsTable).set(fields).where(eq(takedownsTable.id, id))
    }
    const at = (iso: string, plusMin = 0) => new Date(Date.parse(iso) + plusMin * 60_000)
    const made: number[] = []
    for (const [requested, outcome, minutes, category] of [
      ['2025-03-01T10:00:00Z', 'removed', 30, 'harassment'],
      ['2025-03-01T11:00:00Z', 'removed', 90, 'harassment'],
      ['2025-03-02T09:00:00Z', 'removed', 10, 'threat'],
      ['2025-03-02T12:00:00Z', 'refused', 0, 'harassment'],
      ['2025-03-03T08:00:00Z', 'author', 20, 'harassment'],
      ['2025-03-03T09:00:00Z', 'open', 0, 'hate'],
      ['2025-02-28T23:00:00Z', 'removed', 5, 'harassment'], // before the period
    ] as const) {
      const [t] = await confirm(rssPost(), category)
      made.push(t!.id)
      const requestedAt = at(requested)
      if (outcome === 'removed') await set(t!.id, { requestedAt, status: 'removed', removedAt: at(requested, minutes), removedBy: 'platform', resolvedAt: at(requested, minutes) })
      else if (outcome === 'refused') await set(t!.id, { requestedAt, status: 'refused', resolvedAt: at(requested, 45), answer: 'contenu conforme à nos règles' })
      else if (outcome === 'author') await set(t!.id, { requestedAt, removedAt: at(requested, minutes), removedBy: 'author' })
      else await set(t!.id, { requestedAt })
    }
    const res = await client(ctx, analyst).get<TakedownReport>('/api/reports/takedowns?from=2025-03-01&to=2025-03-03')
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.totals).toEqual({ notices: 6, removed: 3, authorDeleted: 1, refused: 1, open: 1, withinHour: 2, withinHourShare: 2 / 6, medianMinutes: 30, p90Minutes: 90 })
    expect(r.byCategory.find((g) => g.key === 'threat')).toMatchObject({ label: 'Menace', notices: 1, removed: 1, withinHour: 1, medianMinutes: 10 })
    expect(r.byPlatform).toMatchObject([{ key: 'rss', notices: 6 }])
    expect(r.refusals).toMatchObject([{ id: made[3], platform: 'rss', category: 'harassment', reason: 'contenu conforme à nos règles' }])
    expect(r.removalMinutes).toEqual([10, 30, 90])
    expect(r.daily).toEqual([
      { day: '2025-03-01', notices: 2, removed: 2 },
      { day: '2025-03-02', notices: 2, removed: 1 },
      { day: '2025-03-03', notices: 2, removed: 0 },
    ])
    // The same counts straight from the takedowns table.
    const period = and(gte(takedownsTable.requestedAt, new Date('2025-03-01T00:00:00Z')), lt(takedownsTable.requestedAt, new Date('2025-03-04T00:00:00Z')))
    const [all] = await ctx.database.db.select({ n: count() }).from(takedownsTable).where(period)
    const [removed] = await ctx.database.db.select({ n: count() }).from(takedownsTable).where(and(period, eq(takedownsTable.status, 'removed')))
    expect([r.totals.notices, r.totals.removed]).toEqual([all?.n, removed?.n])

    const csv = await client(ctx, analyst).get<string>('/api/reports/takedowns.csv?from=2025-03-01&to=2025-03-03')
    expect(csv.res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(1 + 6)
    expect(lines[0]).toBe('id,plateforme,canal,categorie,demande_le,issue,retire_le,retire_par,minutes_avant_retrait,dans_l_heure,reponse_plateforme')
    expect(lines.filter((l) => l.includes(',removed,')).length).toBe(3)
    const download = await client(ctx, analyst).get('/api/reports/takedowns?from=2025-03-01&to=2025-03-03&download=1')
    expect(download.res.headers.get('content-disposition')).toMatch(/^attachment; filename="vigie-rapport-signaleur-2025-03-01_2025-03-04\.json"$/)
    const bad = await client(ctx, analyst).get<ErrorBody>('/api/reports/takedowns?from=hier')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/ISO 8601/)
    expect((await client(ctx, analyst).get('/api/reports/takedowns?from=2025-03-05&to=2025-03-01')).status).toBe(400)
  })
})
