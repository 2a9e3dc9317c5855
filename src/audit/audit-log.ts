/** The append-only, hash-chained audit log: append an entry, verify the chain. */
import type { AuditVerdict } from '../../contract/audit.js'
import { asc, desc, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { LOCKS } from '../db/locks.js'
import { auditLog, type AuditRow } from '../db/schema/index.js'
import { sha256 } from '../auth/tokens.js'
import { canonicalJson } from './canonical-json.js'

/** What a caller records: who did what to what. */
export interface AuditEntry {
  /** User name, "cli" or "system". */
  actor: string
  /** Dotted verb: "user.login", "watch.create", … */
  action: string
  subject?: string | null
  details?: Record<string, unknown>
}

/** The hash of an entry given the previous entry's hash. */
export function entryHash(prevHash: string, e: Pick<AuditRow, 'at' | 'actor' | 'action' | 'subject' | 'details'>): string {
  return sha256(
    prevHash + canonicalJson({ at: e.at.toISOString(), actor: e.actor, action: e.action, subject: e.subject, details: e.details }),
  )
}

/** Appends one entry; the advisory lock serialises writers so the chain never forks. */
export async function appendAudit(db: Database, entry: AuditEntry): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCKS.audit})`)
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    const prevHash = last?.hash ?? ''
    // Milliseconds only, so the stored time hashes the same when read back.
    const at = new Date(Date.now())
    // Through a JSON round trip so the hash covers what jsonb gives back.
    const details = JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>
    const row = { at, actor: entry.actor, action: entry.action, subject: entry.subject ?? null, details }
    const [inserted] = await tx
      .insert(auditLog)
      .values({ ...row, prevHash, hash: entryHash(prevHash, row) })
      .returning()
    if (!inserted) throw new Error('audit insert returned no row')
    return inserted
  })
}

/** The result of a chain check: ok, or the first entry that breaks it. */
export type { AuditVerdict }

/** Recomputes the whole chain in id order; stops at the first broken entry. */
export async function verifyAudit(db: Database, pageSize = 1000): Promise<AuditVerdict> {
  let prevHash = ''
  let lastId = 0
  let entries = 0
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${lastId}`)
      .orderBy(asc(auditLog.id))
      .limit(pageSize)
    for (const row of page) {
      entries++
      if (row.prevHash !== prevHash) return { ok: false, entries, brokenId: row.id, reason: 'prev_hash ne suit pas l’entrée précédente' }
      if (row.hash !== entryHash(prevHash, row)) return { ok: false, entries, brokenId: row.id, reason: 'hash ne correspond pas au contenu' }
      prevHash = row.hash
      lastId = row.id
    }
    if (page.length < pageSize) return { ok: true, entries }
  }
}
