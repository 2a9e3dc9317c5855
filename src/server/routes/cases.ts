/**
 * Case files: GET/POST /api/cases, GET/PATCH /api/cases/:id,
 * GET /api/cases/:id/timeline, POST /api/cases/:id/members,
 * DELETE /api/cases/:id/members/:userId, POST /api/cases/:id/links,
 * DELETE /api/cases/:id/links/:kind/:targetId, POST /api/cases/:id/erase,
 * POST /api/cases/:id/referent-alerts. Counsellors see their own cases and
 * those shared with them; admins all; any other case answers 404.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  caseEraseInputSchema,
  caseInputSchema,
  caseLinkInputSchema,
  caseMemberInputSchema,
  casePatchSchema,
  referentAlertInputSchema,
} from '../../../contract/cases.js'
import { appendAudit } from '../../audit/audit-log.js'
import { ACCESS } from '../../auth/roles.js'
import { requireCase } from '../../cases/case-access.js'
import { eraseCaseOnRequest } from '../../cases/case-erase.js'
import { linkToCase, linkViews, unlinkFromCase } from '../../cases/case-links.js'
import { loadCaseMaterial } from '../../cases/case-material.js'
import { addMember, caseView, caseViews, createCase, listCases, removeMember, updateCase } from '../../cases/case-service.js'
import { caseTimeline } from '../../cases/case-timeline.js'
import { listCaseFiles } from '../../cases/case-files.js'
import { alertReferentForCase } from '../../cases/referent-alert.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'
import { parseJsonBody, parseQuery } from '../validate.js'
import { caseViewer, caseWork, organisation, pathId } from './case-common.js'

const allowed = requireRole(ACCESS.cases)

const listQuery = z.object({
  status: z.enum(['open', 'closed', 'all'], { error: 'status : open, closed ou all' }).default('all'),
})

/** The case routes. */
export const caseRoutes = new Hono<AppEnv>()
  .get('/api/cases', allowed, async (c) => {
    const { status } = parseQuery(c, listQuery)
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return c.json({ cases: await caseViews(db, viewer, await listCases(db, viewer, status)) })
  })
  .post('/api/cases', allowed, async (c) => {
    const input = await parseJsonBody(c, caseInputSchema)
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    const row = await createCase(db, viewer, input)
    // Ids only: the label is a pseudonym, but the log never holds what a counsellor typed about a minor.
    await appendAudit(db, { actor: viewer.name, action: 'case.create', subject: `case:${row.id}` })
    return c.json({ case: await caseView(db, viewer, row.id) }, 201)
  })
  .get('/api/cases/:id', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const view = await caseView(db, viewer, id)
      return c.json({ case: view, links: await linkViews(db, id), files: await listCaseFiles(db, viewer, id) })
    })
  })
  .patch('/api/cases/:id', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const patch = await parseJsonBody(c, casePatchSchema)
    if (Object.keys(patch).length === 0) throw new ApiError(400, 'bad_request', 'rien à modifier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      const fields = await updateCase(db, viewer, id, patch)
      if (fields.length > 0) await appendAudit(db, { actor: viewer.name, action: 'case.update', subject: `case:${id}`, details: { fields } })
      return c.json({ case: await caseView(db, viewer, id) })
    })
  })
  .get('/api/cases/:id/timeline', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    return caseWork(async () => {
      await requireCase(db, caseViewer(c), id)
      return c.json(caseTimeline(await loadCaseMaterial(db, id)))
    })
  })
  .post('/api/cases/:id/members', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(db, viewer, id)
      const { name } = await parseJsonBody(c, caseMemberInputSchema)
      const userId = await addMember(db, viewer, id, name)
      await appendAudit(db, { actor: viewer.name, action: 'case.share', subject: `case:${id}`, details: { userId } })
      return c.json({ case: await caseView(db, viewer, id) })
    })
  })
  .delete('/api/cases/:id/members/:userId', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(db, viewer, id)
      const userId = pathId(c, 'userId', 'utilisateur')
      if (!(await removeMember(db, viewer, id, userId))) throw new ApiError(404, 'not_found', 'ce dossier n’est pas partagé avec cet utilisateur')
      await appendAudit(db, { actor: viewer.name, action: 'case.unshare', subject: `case:${id}`, details: { userId } })
      return c.json({ case: await caseView(db, viewer, id) })
    })
  })
  .post('/api/cases/:id/links', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(db, viewer, id)
      const input = await parseJsonBody(c, caseLinkInputSchema)
      if (await linkToCase(db, viewer, id, input)) {
        await appendAudit(db, { actor: viewer.name, action: 'case.link', subject: `case:${id}`, details: { kind: input.kind, id: input.id } })
      }
      return c.json({ links: await linkViews(db, id) })
    })
  })
  .delete('/api/cases/:id/links/:kind/:targetId', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(db, viewer, id)
      const parsed = caseLinkInputSchema.safeParse({ kind: c.req.param('kind'), id: Number(c.req.param('targetId')) })
      if (!parsed.success) throw new ApiError(400, 'bad_request', 'lien invalide : /links/{watch|alert|flag|takedown}/{numéro}')
      if (!(await unlinkFromCase(db, viewer, id, parsed.data))) throw new ApiError(404, 'not_found', 'lien introuvable')
      await appendAudit(db, { actor: viewer.name, action: 'case.unlink', subject: `case:${id}`, details: { kind: parsed.data.kind, id: parsed.data.id } })
      return c.json({ links: await linkViews(db, id) })
    })
  })
  .post('/api/cases/:id/erase', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { db } = c.var.ctx.database
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(db, viewer, id)
      const { confirm } = await parseJsonBody(c, caseEraseInputSchema)
      const report = await eraseCaseOnRequest(db, viewer, id, confirm)
      await appendAudit(db, {
        actor: viewer.name,
        action: 'case.erase',
        subject: `case:${id}`,
        details: { reason: 'request', files: report.files, sha256: report.sha256 },
      })
      c.var.log.info({ caseId: id, files: report.files }, 'case erased on request')
      return c.json({ erased: report })
    })
  })
  .post('/api/cases/:id/referent-alerts', allowed, async (c) => {
    const id = pathId(c, 'id', 'dossier')
    const { ctx } = c.var
    const viewer = caseViewer(c)
    return caseWork(async () => {
      await requireCase(ctx.database.db, viewer, id)
      const input = await parseJsonBody(c, referentAlertInputSchema)
      const sent = await alertReferentForCase({ db: ctx.database.db, mailer: ctx.mailer, organisation: organisation(c) }, viewer, id, input)
      await appendAudit(ctx.database.db, {
        actor: viewer.name,
        action: 'case.referent_alert',
        subject: `case:${id}`,
        details: { referentId: sent.referent.id, includedName: sent.includedName, messageId: sent.receipt.messageId },
      })
      return c.json({ sent: { referentId: sent.referent.id, accepted: sent.receipt.accepted, includedName: sent.includedName } }, 201)
    })
  })
