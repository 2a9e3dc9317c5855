/** Admin only: GET /api/audit (paged, newest first), GET /api/audit.csv (export), GET /api/audit/verify (hash chain). */
import * as contract from '../../../contract/audit.js'
import { verifyAudit } from '../../audit/audit-log.js'
import { auditCsvStream, auditEntryView, auditPage } from '../../audit/audit-query.js'
import { ACCESS } from '../../auth/roles.js'
import { reply, routes, serve } from '../endpoint.js'

/** The audit routes. */
export const auditRoutes = routes(
  serve(contract.listAudit, ACCESS.audit, async (c, { query }) => {
    const rows = await auditPage(c.var.ctx.database.db, query)
    return reply(200, { entries: rows.map(auditEntryView) })
  }),
  serve(contract.auditCsv, ACCESS.audit, (c, { query: { action: prefix } }) => {
    const day = new Date().toISOString().slice(0, 10)
    return c.body(auditCsvStream(c.var.ctx.database.db, prefix), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vigie-audit-${day}.csv"`,
      'cache-control': 'no-store',
    })
  }),
  serve(contract.verifyAudit, ACCESS.audit, async (c) => {
    return reply(200, await verifyAudit(c.var.ctx.database.db))
  }),
)
