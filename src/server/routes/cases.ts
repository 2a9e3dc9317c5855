/**
 * Case files (declared in contract/cases.ts): GET/POST /api/cases,
 * GET/PATCH /api/cases/:id, GET /api/cases/:id/timeline,
 * POST /api/cases/:id/members, DELETE /api/cases/:id/members/:userId,
 * POST /api/cases/:id/links, DELETE /api/cases/:id/links/:kind/:targetId,
 * POST /api/cases/:id/erase, POST /api/cases/:id/referent-alerts.
 * Counsellors see their own cases and those shared with them; admins all;
 * any other case answers 404.
 */
import * as contract from '../../../contract/case-routes.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireCase } from '../../cases/case-access.js'
import { eraseCaseOnRequest } from '../../cases/case-erase.js'
import { listCaseFiles } from '../../cases/case-files.js'
import { linkToCase, linkViews, unlinkFromCase } from '../../cases/case-links.js'
import { loadCaseMaterial } from '../../cases/case-material.js'
import { addMember, caseView, caseViews, createCase, listCases, removeMember, updateCase } from '../../cases/case-service.js'
import { caseTimeline } from '../../cases/case-timeline.js'
import { alertReferentForCase } from '../../cases/referent-alert.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'
import { caseViewer, caseWork, organisation } from './case-common.js'

/** The case routes. */
export const caseRoutes = routes(
  serve(contract.listCases, ACCESS.cases, async (c, { query }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return reply(200, { cases: await caseViews(db, viewer, await listCases(db, viewer, query.status)) })
  }),
  serve(contract.createCase, ACCESS.cases, async (c, { body }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    const row = await createCase(db, viewer, body)
    // Ids only: the label is a pseudonym, but the log never holds what a counsellor typed about a minor.
    await appendAudit(db, { actor: viewer.name, action: 'case.create', subject: `case:${row.id}` })
    return reply(201, { case: await caseView(db, viewer, row.id) })
  }),
  serve(contract.getCase, ACCESS.cases, async (c, { params }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const view = await caseView(db, viewer, params.id)
      return reply(200, { case: view, links: await linkViews(db, params.id), files: await listCaseFiles(db, viewer, params.id) })
    })
  }),
  serve(contract.patchCase, ACCESS.cases, async (c, { params, body }) => {
    if (Object.keys(body).length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const fields = await updateCase(db, viewer, params.id, body)
      // The hold's new value is kept: lifting it is an admin's decision the audit must show.
      const details = fields.includes('legalHold') ? { fields, legalHold: body.legalHold } : { fields }
      if (fields.length > 0) {
        await appendAudit(db, { actor: viewer.name, action: 'case.update', subject: `case:${params.id}`, details })
        c.var.ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'updated' })
      }
      return reply(200, { case: await caseView(db, viewer, params.id) })
    })
  }),
  serve(contract.caseTimelineRoute, ACCESS.cases, async (c, { params }) => {
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      await requireCase(db, caseViewer(c), params.id)
      return reply(200, caseTimeline(await loadCaseMaterial(db, params.id)))
    })
  }),
  serve(contract.addCaseMember, ACCESS.cases, async (c, { params, body }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const userId = await addMember(db, viewer, params.id, body.name)
      await appendAudit(db, { actor: viewer.name, action: 'case.share', subject: `case:${params.id}`, details: { userId } })
      c.var.ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'shared' })
      return reply(200, { case: await caseView(db, viewer, params.id) })
    })
  }),
  serve(contract.removeCaseMember, ACCESS.cases, async (c, { params }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      if (!(await removeMember(db, viewer, params.id, params.userId))) throw new ApiError(404, 'not_found', 'ce dossier n’est pas partagé avec ce compte')
      await appendAudit(db, { actor: viewer.name, action: 'case.unshare', subject: `case:${params.id}`, details: { userId: params.userId } })
      c.var.ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'unshared' })
      return reply(200, { case: await caseView(db, viewer, params.id) })
    })
  }),
  serve(contract.linkCase, ACCESS.cases, async (c, { params, body }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      if (await linkToCase(db, viewer, params.id, body)) {
        await appendAudit(db, { actor: viewer.name, action: 'case.link', subject: `case:${params.id}`, details: { kind: body.kind, id: body.id } })
        c.var.ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'linked' })
      }
      return reply(200, { links: await linkViews(db, params.id) })
    })
  }),
  serve(contract.unlinkCase, ACCESS.cases, async (c, { params }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    const target = { kind: params.kind, id: params.targetId }
    return caseWork(async () => {
      if (!(await unlinkFromCase(db, viewer, params.id, target))) throw new ApiError(404, 'not_found', 'lien introuvable')
      await appendAudit(db, { actor: viewer.name, action: 'case.unlink', subject: `case:${params.id}`, details: target })
      c.var.ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'unlinked' })
      return reply(200, { links: await linkViews(db, params.id) })
    })
  }),
  serve(contract.eraseCaseRoute, ACCESS.cases, async (c, { params, body }) => {
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const report = await eraseCaseOnRequest(db, viewer, params.id, body.confirm)
      await appendAudit(db, {
        actor: viewer.name,
        action: 'case.erase',
        subject: `case:${params.id}`,
        details: { reason: 'request', files: report.files, sha256: report.sha256 },
      })
      c.var.log.info({ caseId: params.id, files: report.files }, 'case erased on request')
      return reply(200, { erased: report })
    })
  }),
  serve(contract.caseReferentAlert, ACCESS.cases, async (c, { params, body }) => {
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const sent = await alertReferentForCase({ db: ctx.database.db, mail: ctx.mail, organisation: organisation(c) }, viewer, params.id, body)
      await appendAudit(ctx.database.db, {
        actor: viewer.name,
        action: 'case.referent_alert',
        subject: `case:${params.id}`,
        details: { referentId: sent.referent.id, includedName: sent.includedName, messageId: sent.receipt.messageId },
      })
      ctx.hub.publish({ type: 'case.updated', caseId: params.id, change: 'referent' })
      return reply(201, { sent: { referentId: sent.referent.id, accepted: sent.receipt.accepted, includedName: sent.includedName } })
    })
  }),
)
