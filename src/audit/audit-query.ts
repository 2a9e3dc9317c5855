/** Reading the audit log: newest-first pages (keyset on id) and a CSV export safe to open in a spreadsheet. */
import { and, desc, lt, sql, type SQL } from 'drizzle-orm'
import type { AuditEntry } from '../../contract/audit.js'
import type { Database } from '../db/client.js'
import { auditLog, type AuditRow } from '../db/schema/index.js'

/** An audit entry as the API shows it (contract/audit.ts). */
export type AuditEntryView = AuditEntry

/** A row as its public view. */
export function auditEntryView(r: AuditRow): AuditEntryView {
  return { id: r.id, at: r.at.toISOString(), actor: r.actor, action: r.action, subject: r.subject, details: r.details, hash: r.hash, prevHash: r.prevHash }
}

/** Which entries to read: ids below `before`, actions starting with `action`. */
export interface AuditPageQuery {
  limit: number
  before?: number | undefined
  action?: string | undefined
}

/** `value` escaped for a LIKE pattern (backslash is the default escape). */
function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** One page of entries, newest first. */
export async function auditPage(db: Database, q: AuditPageQuery): Promise<AuditRow[]> {
  const where: SQL[] = []
  if (q.before !== undefined) where.push(lt(auditLog.id, q.before))
  if (q.action) where.push(sql`${auditLog.action} like ${likePrefix(q.action)}`)
  return db
    .select()
    .from(auditLog)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit)
}

/** Columns of the CSV export, in order. */
export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'subject', 'details', 'hash', 'prevHash'] as const

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line
 * break; a text starting with = + - @ tab or CR gets a leading apostrophe so
 * that a spreadsheet shows it instead of running it as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (CRLF-terminated) of an entry. */
export function auditCsvLine(r: AuditRow): string {
  const cells = [r.id, r.at.toISOString(), r.actor, r.action, r.subject, JSON.stringify(r.details), r.hash, r.prevHash]
  return `${cells.map(csvCell).join(',')}\r\n`
}

/**
 * The CSV export as a stream: UTF-8 BOM, a header line, then every entry
 * matching `action`, newest first, read page by page as the client consumes it.
 */
export function auditCsvStream(db: Database, action?: string, pageSize = 1000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let before: number | undefined
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(`\uFEFF${AUDIT_CSV_COLUMNS.join(',')}\r\n`))
        return
      }
      const rows = await auditPage(db, { limit: pageSize, before, action })
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(auditCsvLine).join('')))
      before = rows.at(-1)?.id
      if (rows.length < pageSize) controller.close()
    },
  })
}
