/**
 * A counsellor opens a case and deposits a PNG: the database holds only
 * ciphertext, the download gives back the exact bytes and hash, every read
 * is audited, another counsellor gets 404, and the upload limits hold
 * (type sniffed from content, size, count, decompression bombs, no key).
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseFileViewSchema, caseViewSchema, uploadResultSchema } from '../../contract/cases.js'
import type { AppContext } from '../../src/context.js'
import { VaultKey } from '../../src/vault/vault-key.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'
import { call, makePng, probes, sha256, upload } from './helpers.js'

describe.each(DRIVERS)('case vault (%s)', (driver) => {
  let ctx: AppContext
  let alice: TestLogin
  let bob: TestLogin
  let admin: TestLogin
  let analyst: TestLogin
  let caseId: number
  const png = makePng(64, 48)

  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [], vault: VaultKey.random() })
    alice = await loginAs(ctx, 'counsellor')
    bob = await loginAs(ctx, 'counsellor')
    admin = await loginAs(ctx, 'admin')
    analyst = await loginAs(ctx, 'analyst')
    const res = await call(ctx, alice, 'POST', '/api/cases', { label: 'Dossier L., 4e B', ageBand: '11-14', academie: 'Créteil', school: 'Collège Jean Moulin' })
    expect(res.status, await res.clone().text()).toBe(201)
    caseId = caseViewSchema.parse(((await res.json()) as { case: unknown }).case).id
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('stores an uploaded PNG encrypted, and gives back the exact file and hash to the case’s counsellor', async () => {
    const res = await upload(ctx, alice, caseId, [{ name: 'capture écran.png', bytes: png, type: 'image/png' }], { capturedAt: '2026-11-03' })
    expect(res.status, await res.clone().text()).toBe(201)
    const { files, refused } = uploadResultSchema.parse(await res.json())
    expect(refused).toEqual([])
    expect(files).toHaveLength(1)
    const file = files[0]!
    expect(file).toMatchObject({ name: 'capture écran.png', mime: 'image/png', kind: 'image', size: png.length, sha256: sha256(png), width: 64, height: 48 })
    expect(file.capturedAt).toBe('2026-11-03T00:00:00.000Z')

    // In the database: ciphertext only, nowhere the PNG's bytes.
    const chunks = await ctx.database.rows<{ data: Uint8Array }>(sql`select data from vault_chunks`)
    const stored = Buffer.concat(chunks.map((c) => Buffer.from(c.data)))
    expect(stored.length).toBeGreaterThanOrEqual(png.length)
    for (const p of [png.subarray(0, 16), ...probes(png)]) expect(stored.includes(p)).toBe(false)
    // Nor in any other row (bytea shows as hex in a row's text).
    for (const table of ['case_files', 'vault_blobs', 'cases', 'case_events', 'audit_log']) {
      const [row] = await ctx.database.rows<{ dump: string | null }>(sql`select string_agg(t::text, ' ') as dump from ${sql.identifier(table)} t`)
      for (const p of probes(png)) expect(row?.dump ?? '', table).not.toContain(p.toString('hex'))
    }

    const down = await call(ctx, alice, 'GET', `/api/cases/${caseId}/files/${file.id}/content`)
    expect(down.status).toBe(200)
    const bytes = Buffer.from(await down.arrayBuffer())
    expect(bytes.equals(png)).toBe(true)
    expect(sha256(bytes)).toBe(file.sha256)
    expect(down.headers.get('content-type')).toBe('image/png')
    expect(down.headers.get('x-content-type-options')).toBe('nosniff')
    expect(down.headers.get('content-disposition')).toMatch(/^attachment; filename="vigie-dossier-\d+-fichier-\d+"; filename\*=UTF-8''capture%20%C3%A9cran\.png$/)
    expect(down.headers.get('content-security-policy')).toContain('sandbox')
    expect(down.headers.get('repr-digest')).toBe(`sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
    const inline = await call(ctx, admin, 'GET', `/api/cases/${caseId}/files/${file.id}/content?disposition=inline`)
    expect(inline.status).toBe(200)
    expect(inline.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(Buffer.from(await inline.arrayBuffer()).equals(png)).toBe(true)

    // Every read is in the audit log, with the file id and hash, never its name.
    const reads = await ctx.database.rows<{ actor: string; details: { fileId: number; sha256: string } }>(
      sql`select actor, details from audit_log where action = 'case.file.read' order by id`,
    )
    expect(reads.map((r) => [r.actor, r.details.fileId, r.details.sha256])).toEqual([
      [alice.name, file.id, file.sha256],
      [admin.name, file.id, file.sha256],
    ])
    const audit = await ctx.database.rows<{ dump: string }>(sql`select string_agg(details::text || coalesce(subject, ''), ' ') as dump from audit_log`)
    expect(audit[0]?.dump).not.toContain('capture')
  })

  it('answers 404 to another counsellor, 403 to other roles, until the case is shared', async () => {
    const [file] = ((await (await call(ctx, alice, 'GET', `/api/cases/${caseId}/files`)).json()) as { files: unknown[] }).files.map((f) => caseFileViewSchema.parse(f))
    expect(file).toBeDefined()
    for (const path of [`/api/cases/${caseId}`, `/api/cases/${caseId}/files`, `/api/cases/${caseId}/files/${file!.id}/content`, `/api/cases/${caseId}/timeline`, `/api/cases/${caseId}/export.pdf`]) {
      expect((await call(ctx, bob, 'GET', path)).status, path).toBe(404)
      expect((await call(ctx, analyst, 'GET', path)).status, path).toBe(403)
    }
    expect((await upload(ctx, bob, caseId, [{ name: 'x.png', bytes: makePng(2, 2) }])).status).toBe(404)
    expect((await call(ctx, bob, 'PATCH', `/api/cases/${caseId}`, { notes: 'x' })).status).toBe(404)
    const bobsList = (await (await call(ctx, bob, 'GET', '/api/cases')).json()) as { cases: unknown[] }
    expect(bobsList.cases).toEqual([])
    // A member may not share further; the owner shares, then Bob reads.
    expect((await call(ctx, alice, 'POST', `/api/cases/${caseId}/members`, { name: bob.name })).status).toBe(200)
    const seen = await call(ctx, bob, 'GET', `/api/cases/${caseId}/files/${file!.id}/content`)
    expect(seen.status).toBe(200)
    expect(Buffer.from(await seen.arrayBuffer()).equals(png)).toBe(true)
    const view = caseViewSchema.parse(((await (await call(ctx, bob, 'GET', `/api/cases/${caseId}`)).json()) as { case: unknown }).case)
    expect(view.canManage).toBe(false)
    expect((await call(ctx, bob, 'PATCH', `/api/cases/${caseId}`, { status: 'closed' })).status).toBe(403)
    expect((await call(ctx, bob, 'POST', `/api/cases/${caseId}/members`, { name: analyst.name })).status).toBe(403)
    expect((await call(ctx, alice, 'DELETE', `/api/cases/${caseId}/members/${bob.userId}`)).status).toBe(200)
    expect((await call(ctx, bob, 'GET', `/api/cases/${caseId}`)).status).toBe(404)
  })

  it('sniffs the type from the content: SVG, HTML, archives and unknown bytes are refused whatever their name', async () => {
    const cases: Array<[string, Buffer, number, string]> = [
      ['photo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 415, 'SVG, HTML'],
      ['page.jpg', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 415, 'SVG, HTML'],
      ['preuves.pdf', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]), 415, 'archives'],
      ['notes.png', Buffer.from('juste du texte, pas une image'), 415, 'non reconnu'],
      ['vide.png', Buffer.alloc(0), 400, 'vide'],
    ]
    for (const [name, bytes, status, message] of cases) {
      const res = await upload(ctx, alice, caseId, [{ name, bytes, type: 'image/png' }])
      const body = (await res.json()) as { error: { message: string } }
      expect(res.status, name).toBe(status)
      expect(body.error.message).toContain(message)
    }
  })

  it('refuses an image announcing absurd dimensions before decoding it (decompression bomb)', async () => {
    const bomb = makePng(8, 8, { width: 100_000, height: 100_000 })
    const res = await upload(ctx, alice, caseId, [{ name: 'bombe.png', bytes: bomb }])
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('100000 × 100000')
  })

  it('keeps what passes and lists what is refused in a mixed upload, and caps files per request', async () => {
    const a = makePng(4, 4)
    const res = await upload(ctx, alice, caseId, [
      { name: 'a.png', bytes: a },
      { name: 'b.html', bytes: Buffer.from('<html></html>') },
    ])
    expect(res.status).toBe(201)
    const result = uploadResultSchema.parse(await res.json())
    expect(result.files.map((f) => f.sha256)).toEqual([sha256(a)])
    expect(result.refused.map((r) => r.code)).toEqual(['file_type_refused'])
    const many = await upload(
      ctx,
      alice,
      caseId,
      Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, bytes: makePng(2, 2) })),
    )
    expect(many.status).toBe(201)
    const capped = uploadResultSchema.parse(await many.json())
    expect(capped.files).toHaveLength(10)
    expect(capped.refused.map((r) => r.code)).toEqual(['too_many_files'])
  })

  it('refuses a file over 50 MB and keeps nothing of it', async () => {
    const before = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from vault_blobs`)
    const big = Buffer.concat([makePng(4, 4), Buffer.alloc(50 * 1024 * 1024)])
    const res = await upload(ctx, alice, caseId, [{ name: 'gros.png', bytes: big }])
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('50 Mo')
    const after = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from vault_blobs`)
    expect(after[0]?.n).toBe(before[0]?.n)
  }, 120_000)

  it('refuses uploads to a closed case', async () => {
    const res = await call(ctx, alice, 'POST', '/api/cases', { label: 'Dossier clos', ageBand: '15-17' })
    const id = ((await res.json()) as { case: { id: number } }).case.id
    expect((await call(ctx, alice, 'PATCH', `/api/cases/${id}`, { status: 'closed' })).status).toBe(200)
    const refused = await upload(ctx, alice, id, [{ name: 'x.png', bytes: makePng(2, 2) }])
    expect(refused.status).toBe(409)
  })
})

describe('case vault without a key', () => {
  it('refuses uploads with a French message saying how to set a key', async () => {
    const ctx = await testContext('pglite', { sources: [] })
    try {
      const alice = await loginAs(ctx, 'counsellor')
      const res = await call(ctx, alice, 'POST', '/api/cases', { label: 'Dossier sans clé', ageBand: '11-14' })
      const id = ((await res.json()) as { case: { id: number } }).case.id
      const refused = await upload(ctx, alice, id, [{ name: 'x.png', bytes: makePng(2, 2) }])
      expect(refused.status).toBe(503)
      const { error } = (await refused.json()) as { error: { code: string; message: string } }
      expect(error.code).toBe('vault_unavailable')
      expect(error.message).toContain('openssl rand -base64 32')
      expect(error.message).toContain('VIGIE_VAULT_KEY')
    } finally {
      await ctx.close()
    }
  })
})

describe('a file that fails to decrypt', () => {
  it('ends the download and the zip in error, never as an uncaught exception', async () => {
    const ctx = await testContext('pglite', { sources: [], vault: VaultKey.random() })
    try {
      const alice = await loginAs(ctx, 'counsellor')
      const id = ((await (await call(ctx, alice, 'POST', '/api/cases', { label: 'Altéré', ageBand: '11-14' })).json()) as { case: { id: number } }).case.id
      const up = await upload(ctx, alice, id, [{ name: 'a.png', bytes: makePng(300, 300) }])
      const fileId = uploadResultSchema.parse(await up.json()).files[0]!.id
      await ctx.database.rows(sql`alter table vault_chunks disable trigger vault_chunks_write_once`)
      await ctx.database.rows(sql`update vault_chunks set data = set_byte(data, 20, (get_byte(data, 20) + 1) % 256)`)
      await ctx.database.rows(sql`alter table vault_chunks enable trigger vault_chunks_write_once`)
      const down = await call(ctx, alice, 'GET', `/api/cases/${id}/files/${fileId}/content`)
      expect(down.status).toBe(200) // the headers went out before the first chunk was checked
      await expect(down.arrayBuffer()).rejects.toThrow()
      const zip = await call(ctx, alice, 'GET', `/api/cases/${id}/export.zip`)
      await expect(zip.arrayBuffer()).rejects.toThrow()
    } finally {
      await ctx.close()
    }
  })
})
