/**
 * The académie referents directory and « Alerter le référent » from an alert:
 * GET /api/referents (admins, counsellors), POST /api/referents,
 * PATCH/DELETE /api/referents/:id (admins), POST /api/alerts/:id/referent-alerts
 * (the watch's owner and admins; another counsellor's alert answers 404).
 */
import { Hono } from 'hono'
import { ACADEMIES, referentAlertInputSchema, referentInputSchema, referentPatchSchema } from '../../../contract/cases.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { alertReferentForAlert } from '../../cases/referent-alert.js'
import { createReferent, deleteReferent, listReferents, referentView, updateReferent } from '../../cases/referents.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody } from '../validate.js'
import { caseViewer, caseWork, organisation, pathId } from './case-common.js'

const readers = requireRole(ACCESS.referentsRead)
const writers = requireRole(ACCESS.referentsWrite)
const counsellors = requireRole(ACCESS.cases)

/** The referent routes. */
export const referentRoutes = new Hono<AppEnv>()
  .get('/api/referents', readers, async (c) => {
    const rows = await listReferents(c.var.ctx.database.db)
    return c.json({ academies: ACADEMIES, referents: rows.map(referentView) })
  })
  .post('/api/referents', writers, async (c) => {
    const input = await parseJsonBody(c, referentInputSchema)
    const { db } = c.var.ctx.database
    const row = await createReferent(db, input)
    await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.create', subject: `referent:${row.id}`, details: { academie: row.academie } })
    return c.json({ referent: referentView(row) }, 201)
  })
  .patch('/api/referents/:id', writers, async (c) => {
    const id = pathId(c, 'id', 'référent')
    const patch = await parseJsonBody(c, referentPatchSchema)
    const fields = Object.keys(patch).sort()
    if (fields.length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      const row = await updateReferent(db, id, patch)
      await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.update', subject: `referent:${id}`, details: { fields } })
      return c.json({ referent: referentView(row) })
    })
  })
  .delete('/api/referents/:id', writers, async (c) => {
    const id = pathId(c, 'id', 'référent')
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      await deleteReferent(db, id)
      await appendAudit(db, { actor: caseViewer(c).name, action: 'referent.delete', subject: `referent:${id}` })
      return c.body(null, 204)
    })
  })
  .post('/api/alerts/:id/referent-alerts', counsellors, async (c) => {
    const id = pathId(c, 'id', 'alerte')
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const input = await parseJsonBody(c, referentAlertInputSchema)
      const sent = await alertReferentForAlert({ db: ctx.database.db, mailer: ctx.mailer, organisation: organisation(c) }, viewer, id, input)
      await appendAudit(ctx.database.db, {
        actor: viewer.name,
        action: 'alert.referent_alert',
        subject: `alert:${id}`,
        details: { referentId: sent.referent.id, includedName: sent.includedName, messageId: sent.receipt.messageId, cases: sent.caseIds },
      })
      return c.json({ sent: { referentId: sent.referent.id, accepted: sent.receipt.accepted, includedName: sent.includedName } }, 201)
    })
  })
