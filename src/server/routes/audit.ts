/** Admin only: GET /api/audit (paged, newest first), GET /api/audit.csv (export), GET /api/audit/verify (hash chain). */
import { Hono } from 'hono'
import { z } from 'zod'
import { verifyAudit } from '../../audit/audit-log.js'
import { auditCsvStream, auditEntryView, auditPage } from '../../audit/audit-query.js'
import { ACCESS } from '../../auth/roles.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { parseQuery } from '../validate.js'

const action = z
  .string()
  .regex(/^[a-z0-9._-]{1,64}$/i, 'action : un préfixe d’action (ex. « user. », « flag.create »), 64 caractères au plus')
  .optional()

const pageSchema = z.object({
  limit: z.coerce
    .number({ error: 'limit doit être un nombre' })
    .int('limit doit être un entier')
    .min(1, 'limit doit valoir au moins 1')
    .max(500, 'limit doit valoir au plus 500')
    .default(100),
  before: z.coerce
    .number({ error: 'before doit être un identifiant' })
    .int('before doit être un entier')
    .min(1, 'before doit valoir au moins 1')
    .max(Number.MAX_SAFE_INTEGER, 'before trop grand')
    .optional(),
  action,
})

const csvSchema = z.object({ action })

const admin = requireRole(ACCESS.audit)

/** The audit routes. */
export const auditRoutes = new Hono<AppEnv>()
  .get('/api/audit', admin, async (c) => {
    const q = parseQuery(c, pageSchema)
    const rows = await auditPage(c.var.ctx.database.db, q)
    return c.json({ entries: rows.map(auditEntryView) })
  })
  .get('/api/audit.csv', admin, (c) => {
    const { action: prefix } = parseQuery(c, csvSchema)
    const day = new Date().toISOString().slice(0, 10)
    return c.body(auditCsvStream(c.var.ctx.database.db, prefix), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vigie-audit-${day}.csv"`,
      'cache-control': 'no-store',
    })
  })
  .get('/api/audit/verify', admin, async (c) => {
    return c.json(await verifyAudit(c.var.ctx.database.db))
  })
