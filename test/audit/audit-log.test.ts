/** The hash-chained audit log: concurrent writers keep one chain; tampering is found. */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendAudit, verifyAudit } from '../../src/audit/audit-log.js'
import { canonicalJson } from '../../src/audit/canonical-json.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js'
import { auditLog } from '../../src/db/schema/index.js'
import { DRIVERS, freshDatabase } from '../_util.js'

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'é' }, u: undefined })).toBe('{"a":{"c":"é","d":[2,{"y":null,"z":1}]},"b":1}')
  })
})

describe.each(DRIVERS)('audit log (%s)', (driver) => {
  let handle: DatabaseHandle
  let second: DatabaseHandle | undefined
  let drop: () => Promise<void>
  beforeAll(async () => {
    const fresh = await freshDatabase(driver)
    drop = fresh.drop
    handle = await openDatabase(fresh.database)
    // Two connection pools on PostgreSQL: two writers racing for the chain head.
    if (fresh.database.driver === 'postgres') second = await openDatabase(fresh.database)
  })
  afterAll(async () => {
    await second?.close()
    await handle.close()
    await drop()
  })

  it('chains concurrent appends without forking, then detects an edited and a deleted entry', async () => {
    const writers = [handle, second ?? handle]
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => appendAudit(writers[i % 2]!.db, { actor: `u${i % 3}`, action: 'test.write', subject: `n:${i}`, details: { i, nested: { b: 2, a: 1 } } })),
    )
    expect(await verifyAudit(handle.db, 7)).toEqual({ ok: true, entries: 40 })
    const rows = await handle.db.select().from(auditLog).orderBy(auditLog.id)
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(40) // no two entries share a parent

    const victim = rows[17]!
    await handle.db.update(auditLog).set({ details: { i: 999 } }).where(eq(auditLog.id, victim.id))
    expect(await verifyAudit(handle.db)).toMatchObject({ ok: false, brokenId: victim.id })
    await handle.db.update(auditLog).set({ details: victim.details }).where(eq(auditLog.id, victim.id))
    expect((await verifyAudit(handle.db)).ok).toBe(true)

    await handle.db.execute(sql`delete from audit_log where id = ${rows[30]!.id}`)
    expect(await verifyAudit(handle.db)).toMatchObject({ ok: false, brokenId: rows[31]!.id })
  })
})
