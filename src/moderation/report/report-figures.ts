/**
 * The trusted-flagger report computed from takedown rows: pure, so its
 * counts are exactly those of the takedowns table for the period.
 */
import type { NoticeOutcome, ReportFigures, ReportGroup, ReportRefusal, TakedownReport } from '../../../contract/takedown-report.js'
import { categoryLabel } from '../categories.js'
import { TAKEDOWN_TARGET_MS } from '../views.js'

/** One notice as the report needs it. */
export interface ReportRow {
  id: number
  platform: string
  channel: string
  category: string
  status: string
  requestedAt: Date
  resolvedAt: Date | null
  removedAt: Date | null
  removedBy: string | null
  answer: string | null
}

const CHANNEL_FR: Record<string, string> = { 'bluesky-report': 'signalement Bluesky', 'mastodon-report': 'signalement Mastodon', 'dsa-notice': 'notification DSA (art. 16)' }

/** What became of a notice. */
export function outcomeOf(r: ReportRow): NoticeOutcome {
  if (r.status === 'removed') return 'removed'
  if (r.status === 'refused') return 'refused'
  if (r.removedBy === 'author') return 'author_deleted'
  return 'open'
}

/** Minutes from request to removal by the platform, or null. */
export function minutesToRemoval(r: ReportRow): number | null {
  if (outcomeOf(r) !== 'removed') return null
  const end = r.removedAt ?? r.resolvedAt
  return end ? Math.max(0, end.getTime() - r.requestedAt.getTime()) / 60_000 : null
}

/** Nearest-rank percentile of ascending values (p in 0..100); null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] ?? null
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

/** The figures of a group of notices. */
export function figures(rows: readonly ReportRow[]): ReportFigures {
  const count = (o: NoticeOutcome) => rows.filter((r) => outcomeOf(r) === o).length
  const minutes = rows.map(minutesToRemoval).filter((m): m is number => m !== null).sort((a, b) => a - b)
  const withinHour = minutes.filter((m) => m * 60_000 <= TAKEDOWN_TARGET_MS).length
  return {
    notices: rows.length,
    removed: count('removed'),
    authorDeleted: count('author_deleted'),
    refused: count('refused'),
    open: count('open'),
    withinHour,
    withinHourShare: rows.length === 0 ? 0 : withinHour / rows.length,
    medianMinutes: round1(percentile(minutes, 50)),
    p90Minutes: round1(percentile(minutes, 90)),
  }
}

function groups(rows: readonly ReportRow[], key: (r: ReportRow) => string, label: (k: string) => string): ReportGroup[] {
  const by = new Map<string, ReportRow[]>()
  for (const r of rows) by.set(key(r), [...(by.get(key(r)) ?? []), r])
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => ({ key: k, label: label(k), ...figures(list) }))
}

/** The report of `rows` (already limited to the period). */
export function buildReport(rows: readonly ReportRow[], period: { from: Date; to: Date }, now: Date): TakedownReport {
  const refusals: ReportRefusal[] = rows
    .filter((r) => outcomeOf(r) === 'refused')
    .map((r) => ({ id: r.id, platform: r.platform, channel: r.channel, category: r.category, requestedAt: r.requestedAt.toISOString(), resolvedAt: r.resolvedAt?.toISOString() ?? null, reason: r.answer }))
  const days = new Map<string, { notices: number; removed: number }>()
  for (const r of rows) {
    const day = r.requestedAt.toISOString().slice(0, 10)
    const d = days.get(day) ?? { notices: 0, removed: 0 }
    d.notices++
    if (outcomeOf(r) === 'removed') d.removed++
    days.set(day, d)
  }
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    generatedAt: now.toISOString(),
    totals: figures(rows),
    byPlatform: groups(rows, (r) => r.platform, (k) => k),
    byCategory: groups(rows, (r) => r.category, categoryLabel),
    byChannel: groups(rows, (r) => r.channel, (k) => CHANNEL_FR[k] ?? k),
    refusals,
    removalMinutes: rows.map(minutesToRemoval).filter((m): m is number => m !== null).sort((a, b) => a - b).map((m) => Math.round(m * 10) / 10),
    daily: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, d]) => ({ day, ...d })),
  }
}

/** One CSV line per notice (the report's raw data). */
export const REPORT_CSV_HEADER = ['id', 'plateforme', 'canal', 'categorie', 'demande_le', 'issue', 'retire_le', 'retire_par', 'minutes_avant_retrait', 'dans_l_heure', 'reponse_plateforme'] as const

/** The cells of a notice's CSV line. */
export function reportCsvCells(r: ReportRow): Array<string | number | null> {
  const minutes = minutesToRemoval(r)
  return [
    r.id,
    r.platform,
    r.channel,
    r.category,
    r.requestedAt.toISOString(),
    outcomeOf(r),
    r.removedAt?.toISOString() ?? null,
    r.removedBy,
    minutes === null ? null : Math.round(minutes * 10) / 10,
    minutes !== null && minutes * 60_000 <= TAKEDOWN_TARGET_MS ? 'oui' : 'non',
    outcomeOf(r) === 'refused' ? r.answer : null,
  ]
}
