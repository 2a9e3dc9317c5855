/**
 * Takedown requests: GET /api/takedowns, GET /api/takedowns/:id,
 * POST /api/takedowns/:id/status | send | check | escalate, the DSA Article 16
 * notice as GET /api/takedowns/:id/notice.txt | notice.json, and the
 * escalation file GET /api/takedowns/:id/escalation.json (downloads).
 */
import { noticeSent, noticeStep } from '../../../contract/intake.js'
import * as contract from '../../../contract/takedowns.js'
import { ACCESS } from '../../auth/roles.js'
import { appendAudit } from '../../audit/audit-log.js'
import { reply, routes, serve } from '../endpoint.js'
import { actorOf, moderated } from './flags.js'

const readers = ACCESS.takedownsRead
const writers = ACCESS.takedownsWrite

/** Headers of a notice download: never rendered by the browser, never sniffed. */
function download(type: string, filename: string): Record<string, string> {
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  }
}

/** The takedown routes. */
export const takedownRoutes = routes(
  serve(contract.listTakedowns, readers, async (c, { query }) => {
    return reply(200, { takedowns: await c.var.ctx.moderation.listTakedowns(query) })
  }),
  serve(contract.getTakedown, readers, async (c, { params: { id } }) => {
    return reply(200, { takedown: await moderated(() => c.var.ctx.moderation.getTakedown(id)) })
  }),
  serve(contract.setTakedownStatus, writers, async (c, { params: { id }, body: input }) => {
    return reply(200, { takedown: await moderated(() => c.var.ctx.moderation.setTakedownStatus(actorOf(c), id, input)) })
  }),
  serve(contract.sendTakedown, writers, async (c, { params: { id } }) => {
    return reply(200, { takedown: await moderated(() => c.var.ctx.moderation.send(actorOf(c), id)) })
  }),
  serve(contract.noticeText, readers, async (c, { params: { id } }) => {
    const text = await moderated(() => c.var.ctx.moderation.noticeText(id))
    return c.body(text, 200, download('text/plain; charset=utf-8', `avis-dsa-vigie-${id}.txt`))
  }),
  serve(contract.noticeJson, readers, async (c, { params: { id } }) => {
    const notice = await moderated(() => c.var.ctx.moderation.notice(id))
    return c.body(JSON.stringify(notice, null, 2), 200, download('application/json; charset=utf-8', `avis-dsa-vigie-${id}.json`))
  }),
  serve(contract.checkTakedown, writers, async (c, { params: { id } }) => {
    const ctx = c.var.ctx
    const current = await moderated(() => ctx.moderation.getTakedown(id))
    await ctx.removals.checkPost(Number(current.postId))
    await appendAudit(ctx.database.db, { actor: actorOf(c).name, action: 'takedown.check', subject: `takedown:${id}` })
    return reply(200, { takedown: await moderated(() => ctx.moderation.getTakedown(id)) })
  }),
  serve(noticeStep, readers, async (c, { params: { id } }) => reply(200, { step: await moderated(() => c.var.ctx.moderation.noticeStep(id)) })),
  serve(noticeSent, writers, async (c, { params: { id }, body }) => {
    return reply(200, { takedown: await moderated(() => c.var.ctx.moderation.recordSent(actorOf(c), id, body.reference)) })
  }),
  serve(contract.escalateTakedown, writers, async (c, { params: { id }, body: input }) => {
    return reply(200, { takedown: await moderated(() => c.var.ctx.moderation.escalate(actorOf(c), id, input)) })
  }),
  serve(contract.escalationFile, writers, async (c, { params: { id }, query: { recipient } }) => {
    const file = await moderated(() => c.var.ctx.moderation.escalationFile(actorOf(c), id, recipient))
    return c.body(file.body, 200, { ...download('application/json; charset=utf-8', file.filename), 'x-vigie-sha256': file.sha256 })
  }),
)
