/**
 * The trusted-flagger report (DSA Art. 22(3)): GET /api/reports/takedowns
 * (JSON, `?download=1` as a file) and GET /api/reports/takedowns.csv (one
 * line per notice), for any period `?from=&to=`.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { TakedownReportQuery } from '../../../contract/takedown-report.js'
import { ACCESS } from '../../auth/roles.js'
import { reportPeriod, takedownReport, takedownReportCsv } from '../../moderation/report/takedown-report.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseQuery } from '../validate.js'

const jsonQuery = TakedownReportQuery.extend({ download: z.enum(['0', '1'], { error: 'download : 0 ou 1' }).optional() })

const readers = requireRole(ACCESS.takedownsRead)

function period(query: { from?: string | undefined; to?: string | undefined }): { from: Date; to: Date } {
  const p = reportPeriod(query, new Date())
  if (p.to.getTime() <= p.from.getTime()) throw new ApiError(400, 'bad_request', 'la période est vide : « to » doit suivre « from »')
  return p
}

const stamp = (p: { from: Date; to: Date }) => `${p.from.toISOString().slice(0, 10)}_${p.to.toISOString().slice(0, 10)}`

/** The report routes. */
export const reportRoutes = new Hono<AppEnv>()
  .get('/api/reports/takedowns', readers, async (c) => {
    const query = parseQuery(c, jsonQuery)
    const p = period(query)
    const report = await takedownReport(c.var.ctx.database.db, p, new Date())
    if (query.download !== '1') return c.json(report)
    return c.body(JSON.stringify(report, null, 2), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="vigie-rapport-signaleur-${stamp(p)}.json"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
  })
  .get('/api/reports/takedowns.csv', readers, async (c) => {
    const p = period(parseQuery(c, TakedownReportQuery))
    return c.body(await takedownReportCsv(c.var.ctx.database.db, p), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vigie-rapport-signaleur-${stamp(p)}.csv"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
  })
