/**
 * The académie referents directory and « Alerter le référent » from an alert
 * (declared in contract/cases.ts): GET /api/referents (admins, counsellors),
 * POST /api/referents, PATCH/DELETE /api/referents/:id (admins),
 * POST /api/alerts/:id/referent-alerts (the watch's owner and admins; another
 * counsellor's alert answers 404).
 */
import * as contract from '../../../contract/case-routes.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { alertReferentForAlert } from '../../cases/referent-alert.js'
import { createReferent, deleteReferent, listReferents, referentView, updateReferent } from '../../cases/referents.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'
import { caseViewer, caseWork, organisation } from './case-common.js'

/** The referent routes. */
export const referentRoutes = routes(
  serve(contract.listReferentsRoute, ACCESS.referentsRead, async (c) => {
    const rows = await listReferents(c.var.ctx.database.db)
    return reply(200, { academies: [...contract.ACADEMIES], referents: rows.map(referentView) })
  }),
  serve(contract.createReferentRoute, ACCESS.referentsWrite, async (c, { body }) => {
    const { db } = c.var.ctx.database
    const row = await createReferent(db, body)
    await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.create', subject: `referent:${row.id}`, details: { academie: row.academie } })
    return reply(201, { referent: referentView(row) })
  }),
  serve(contract.patchReferentRoute, ACCESS.referentsWrite, async (c, { params, body }) => {
    const fields = Object.keys(body).sort()
    if (fields.length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      const row = await updateReferent(db, params.id, body)
      await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.update', subject: `referent:${params.id}`, details: { fields } })
      return reply(200, { referent: referentView(row) })
    })
  }),
  serve(contract.deleteReferentRoute, ACCESS.referentsWrite, async (c, { params }) => {
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      await deleteReferent(db, params.id)
      await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.delete', subject: `referent:${params.id}` })
      return reply(204)
    })
  }),
  serve(contract.alertReferentFromAlert, ACCESS.cases, async (c, { params, body }) => {
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const sent = await alertReferentForAlert({ db: ctx.database.db, mail: ctx.mail, organisation: organisation(c) }, viewer, params.id, body)
      await appendAudit(ctx.database.db, {
        actor: viewer.name,
        action: 'alert.referent_alert',
        subject: `alert:${params.id}`,
        details: { referentId: sent.referent.id, includedName: sent.includedName, messageId: sent.receipt.messageId, cases: sent.caseIds },
      })
      return reply(201, { sent: { referentId: sent.referent.id, accepted: sent.receipt.accepted, includedName: sent.includedName } })
    })
  }),
)
