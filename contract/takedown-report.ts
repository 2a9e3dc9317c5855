/**
 * The trusted-flagger report (DSA Art. 22(3)) over a period: notices by
 * platform, category, channel and outcome, time to removal, share removed
 * within one hour, refusals with the platforms' reasons. Wire types of
 * GET /api/reports/takedowns (JSON, CSV) shared with the dashboard.
 */
import { z } from 'zod'
import { endpoint, other } from './endpoint.js'

const isoDate = (name: string) =>
  z
    .string({ error: `${name} doit être une date` })
    .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && Number.isFinite(Date.parse(v)), `${name} : date ISO 8601 (2026-01-01 ou 2026-01-01T00:00:00Z)`)

/** Query of the report: [from, to), by the time each request was made; default: the current year so far. */
export const TakedownReportQuery = z.object({
  from: isoDate('from').optional(),
  to: isoDate('to').optional(),
})
export type TakedownReportQuery = z.infer<typeof TakedownReportQuery>

/** What became of a notice. */
export const NoticeOutcome = z.enum(['removed', 'author_deleted', 'refused', 'open'])
export type NoticeOutcome = z.infer<typeof NoticeOutcome>

/** Counts and times of one group of notices. */
export const ReportFigures = z.object({
  notices: z.number().int(),
  removed: z.number().int(),
  authorDeleted: z.number().int(),
  refused: z.number().int(),
  open: z.number().int(),
  /** Removed by the platform within one hour of the request. */
  withinHour: z.number().int(),
  /** withinHour / notices (0 when there is none). */
  withinHourShare: z.number(),
  /** Minutes from request to removal by the platform (null when nothing was removed). */
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
})
export type ReportFigures = z.infer<typeof ReportFigures>

export const ReportGroup = ReportFigures.extend({ key: z.string(), label: z.string() })
export type ReportGroup = z.infer<typeof ReportGroup>

/** A refused notice and the platform's reason. */
export const ReportRefusal = z.object({
  id: z.number().int(),
  platform: z.string(),
  channel: z.string(),
  category: z.string(),
  requestedAt: z.string(),
  resolvedAt: z.string().nullable(),
  reason: z.string().nullable(),
})
export type ReportRefusal = z.infer<typeof ReportRefusal>

/** The report. */
export const TakedownReport = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  totals: ReportFigures,
  byPlatform: z.array(ReportGroup),
  byCategory: z.array(ReportGroup),
  byChannel: z.array(ReportGroup),
  refusals: z.array(ReportRefusal),
  /** Minutes to removal of every notice removed by the platform, ascending (for the distribution chart). */
  removalMinutes: z.array(z.number()),
  /** Notices and removals per day (UTC), for the timeline chart. */
  daily: z.array(z.object({ day: z.string(), notices: z.number().int(), removed: z.number().int() })),
})
export type TakedownReport = z.infer<typeof TakedownReport>

/** Query of the JSON report: the period, and `download=1` to get it as a file. */
export const TakedownReportJsonQuery = TakedownReportQuery.extend({ download: z.enum(['0', '1'], { error: 'download : 0 ou 1' }).optional() })
export type TakedownReportJsonQuery = z.input<typeof TakedownReportJsonQuery>

export const takedownReport = endpoint({
  tag: 'reports',
  method: 'get',
  path: '/api/reports/takedowns',
  summary: 'Le rapport de signaleur de confiance (DSA art. 22(3)) sur une période, en JSON',
  description: 'Période [from, to) selon la date de chaque demande ; par défaut l’année en cours. `download=1` : le même JSON en pièce jointe.',
  query: TakedownReportJsonQuery,
  responses: { 200: TakedownReport },
})

export const takedownReportCsv = endpoint({
  tag: 'reports',
  method: 'get',
  path: '/api/reports/takedowns.csv',
  summary: 'Le même rapport en CSV, une ligne par avis (téléchargement)',
  query: TakedownReportQuery,
  responses: { 200: other('text/csv', 'Une ligne par avis, en pièce jointe (Content-Disposition).', z.string()) },
})
