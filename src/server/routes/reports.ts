/**
 * The trusted-flagger report (DSA Art. 22(3)): GET /api/reports/takedowns
 * (JSON, `?download=1` as a file) and GET /api/reports/takedowns.csv (one
 * line per notice), for any period `?from=&to=`.
 */
import * as contract from '../../../contract/takedown-report.js'
import { ACCESS } from '../../auth/roles.js'
import { reportPeriod, takedownReport, takedownReportCsv } from '../../moderation/report/takedown-report.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'

function period(query: { from?: string | undefined; to?: string | undefined }): { from: Date; to: Date } {
  const p = reportPeriod(query, new Date())
  if (p.to.getTime() <= p.from.getTime()) throw new ApiError(400, 'bad_request', 'la période est vide : « to » doit suivre « from »')
  return p
}

const stamp = (p: { from: Date; to: Date }) => `${p.from.toISOString().slice(0, 10)}_${p.to.toISOString().slice(0, 10)}`

/** The report routes. */
export const reportRoutes = routes(
  serve(contract.takedownReport, ACCESS.takedownsRead, async (c, { query }) => {
    const p = period(query)
    const report = await takedownReport(c.var.ctx.database.db, p, new Date())
    if (query.download === '1') {
      // The same JSON, as a file.
      c.header('content-disposition', `attachment; filename="vigie-rapport-signaleur-${stamp(p)}.json"`)
      c.header('x-content-type-options', 'nosniff')
      c.header('cache-control', 'no-store')
    }
    return reply(200, report)
  }),
  serve(contract.takedownReportCsv, ACCESS.takedownsRead, async (c, { query }) => {
    const p = period(query)
    return c.body(await takedownReportCsv(c.var.ctx.database.db, p), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vigie-rapport-signaleur-${stamp(p)}.csv"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
  }),
)
