/** The audit API: newest-first pages, action filter, CSV export safe for spreadsheets, chain verification. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendAudit } from '../../src/audit/audit-log.js'
import { csvCell } from '../../src/audit/audit-query.js'
import type { AppContext } from '../../src/context.js'
import { createApp } from '../../src/server/app.js'
import { DRIVERS, loginAs, testContext, type TestLogin } from '../_util.js'

interface Entry {
  id: number
  at: string
  actor: string
  action: string
  subject: string | null
  details: Record<string, unknown>
  hash: string
  prevHash: string
}

/** A minimal RFC 4180 parser (quoted cells, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) throw new Error('last record is not CRLF-terminated')
  return rows
}

const NASTY_ACTORS = ['=HYPERLINK("http://evil.example","clic")', '+33 6 12', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'a,b', 'dit "bonjour"', 'ligne1\nligne2', 'élève ✓']

describe.each(DRIVERS)('audit API (%s)', (driver) => {
  let ctx: AppContext
  let admin: TestLogin
  beforeAll(async () => {
    ctx = await testContext(driver, { sources: [] })
    admin = await loginAs(ctx, 'admin') // writes user.login
    for (let i = 0; i < 5; i++) await appendAudit(ctx.database.db, { actor: 'alice', action: 'watch.create', subject: `watch:${i}`, details: { i } })
    await appendAudit(ctx.database.db, { actor: 'bob', action: 'userXlogin', details: {} })
    for (const actor of NASTY_ACTORS) await appendAudit(ctx.database.db, { actor, action: 'user.login_failed', details: { note: '=1+1', ip: '127.0.0.1' } })
  })
  afterAll(async () => {
    await ctx.close()
  })

  const get = (path: string) => createApp(ctx).request(path, { headers: admin.headers })
  const page = async (query: string) => {
    const res = await get(`/api/audit${query}`)
    expect(res.status, await res.clone().text()).toBe(200)
    return ((await res.json()) as { entries: Entry[] }).entries
  }

  it('pages newest first with a keyset on id, and filters by action prefix', async () => {
    const all = await page('?limit=500')
    expect(all.length).toBe(1 + 5 + 1 + NASTY_ACTORS.length)
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((x, y) => y - x))
    expect(all[0]).toMatchObject({ action: 'user.login_failed', details: { note: '=1+1' } })
    expect(all.at(-1)).toMatchObject({ action: 'user.login', actor: admin.name, prevHash: '' })
    expect(all[0]!.prevHash).toBe(all[1]!.hash)

    const walked: number[] = []
    let before = ''
    for (;;) {
      const p = await page(`?limit=4${before}`)
      walked.push(...p.map((e) => e.id))
      if (p.length < 4) break
      before = `&before=${p.at(-1)!.id}`
    }
    expect(walked).toEqual(all.map((e) => e.id))

    const watches = await page('?action=watch.')
    expect(watches.map((e) => e.subject)).toEqual(['watch:4', 'watch:3', 'watch:2', 'watch:1', 'watch:0'])
    // "_" and "." are literal in the prefix, not LIKE wildcards.
    expect((await page('?action=user.')).map((e) => e.action)).not.toContain('userXlogin')
    expect((await page('?action=user_')).length).toBe(0)
    expect((await page('?action=watch.create&limit=2&before=' + watches[1]!.id)).map((e) => e.subject)).toEqual(['watch:2', 'watch:1'])
  })

  it('answers 400 to bad paging or filters', async () => {
    for (const q of ['?limit=0', '?limit=501', '?limit=abc', '?before=0', '?before=-5', '?before=1.5', '?action=%25', '?action=a%20b', `?action=${'a'.repeat(65)}`]) {
      const res = await get(`/api/audit${q}`)
      expect(res.status, q).toBe(400)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request')
    }
    expect((await get('/api/audit.csv?action=%25')).status).toBe(400)
  })

  it('exports CSV with a BOM, RFC 4180 quoting and formula-safe cells', async () => {
    const res = await get('/api/audit.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="vigie-audit-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['id', 'at', 'actor', 'action', 'subject', 'details', 'hash', 'prevHash'])
    const entries = await page('?limit=500')
    expect(rows.length).toBe(entries.length + 1)
    for (const row of rows) expect(row.length).toBe(8)
    const actors = rows.slice(1, 1 + NASTY_ACTORS.length).map((r) => r[2])
    expect(actors).toEqual(
      [...NASTY_ACTORS].reverse().map((a) => (/^[=+\-@\t\r]/.test(a) ? `'${a}` : a)),
    )
    // No cell a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(rows[1]![5]).toBe(JSON.stringify({ ip: '127.0.0.1', note: '=1+1' }))
    expect(rows[1]![0]).toBe(String(entries[0]!.id))
    expect(rows[1]![6]).toBe(entries[0]!.hash)

    const filtered = parseCsv(new TextDecoder().decode(await (await get('/api/audit.csv?action=watch.')).arrayBuffer()))
    expect(filtered.slice(1).map((r) => r[4])).toEqual(['watch:4', 'watch:3', 'watch:2', 'watch:1', 'watch:0'])
  })

  it('streams a CSV longer than one page', async () => {
    for (let i = 0; i < 1005; i++) await appendAudit(ctx.database.db, { actor: 'bulk', action: 'test.bulk', details: { i } })
    const rows = parseCsv(new TextDecoder().decode(await (await get('/api/audit.csv?action=test.bulk')).arrayBuffer()))
    expect(rows.length).toBe(1006)
    expect(rows[1]![5]).toBe('{"i":1004}')
    expect(rows.at(-1)![5]).toBe('{"i":0}')
  })

  it('verifies the chain, and names the first tampered entry', async () => {
    const ok = (await (await get('/api/audit/verify')).json()) as { ok: boolean; entries: number }
    expect(ok.ok).toBe(true)
    expect(ok.entries).toBeGreaterThan(10)
    const [victim] = await page('?action=watch.&limit=1&before=999999999')
    await ctx.database.db.execute(sql`update audit_log set actor = 'mallory' where id = ${victim!.id}`)
    const broken = (await (await get('/api/audit/verify')).json()) as { ok: boolean; brokenId: number; reason: string }
    expect(broken).toMatchObject({ ok: false, brokenId: victim!.id })
    expect(broken.reason).toMatch(/hash/)
  })

  it('quotes and neutralises single cells', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(42)).toBe('42')
    expect(csvCell('simple')).toBe('simple')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('l1\r\nl2')).toBe('"l1\r\nl2"')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
  })
})
