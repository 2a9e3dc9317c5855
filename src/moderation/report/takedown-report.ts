/** Loads the takedown requests of a period and builds the trusted-flagger report. */
import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { TakedownReport } from '../../../contract/takedown-report.js'
import { csvCell } from '../../audit/audit-query.js'
import type { Database } from '../../db/client.js'
import { flags, takedowns } from '../../db/schema/index.js'
import { buildReport, REPORT_CSV_HEADER, reportCsvCells, type ReportRow } from './report-figures.js'

/** The period asked, with defaults: from 1 January of the current year (UTC) to now. */
export function reportPeriod(query: { from?: string | undefined; to?: string | undefined }, now: Date): { from: Date; to: Date } {
  const from = query.from ? new Date(query.from) : new Date(Date.UTC(now.getUTCFullYear(), 0, 1))
  // A bare date as `to` means the whole day.
  const to = query.to ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(query.to) ? Date.parse(query.to) + 86_400_000 : query.to) : now
  return { from, to }
}

/** The requests made in [from, to), oldest first. */
export async function reportRows(db: Database, period: { from: Date; to: Date }): Promise<ReportRow[]> {
  return db
    .select({
      id: takedowns.id,
      platform: takedowns.platform,
      channel: takedowns.channel,
      category: flags.category,
      status: takedowns.status,
      requestedAt: takedowns.requestedAt,
      resolvedAt: takedowns.resolvedAt,
      removedAt: takedowns.removedAt,
      removedBy: takedowns.removedBy,
      answer: takedowns.answer,
    })
    .from(takedowns)
    .innerJoin(flags, eq(flags.id, takedowns.flagId))
    .where(and(gte(takedowns.requestedAt, period.from), lt(takedowns.requestedAt, period.to)))
    .orderBy(asc(takedowns.requestedAt), asc(takedowns.id))
}

/** The report over a period. */
export async function takedownReport(db: Database, period: { from: Date; to: Date }, now: Date): Promise<TakedownReport> {
  return buildReport(await reportRows(db, period), period, now)
}

/** The report's data as CSV (UTF-8 BOM, one line per notice). */
export async function takedownReportCsv(db: Database, period: { from: Date; to: Date }): Promise<string> {
  const rows = await reportRows(db, period)
  const lines = [REPORT_CSV_HEADER.join(','), ...rows.map((r) => reportCsvCells(r).map(csvCell).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
