/**
 * Takedown requests: GET /api/takedowns, GET /api/takedowns/:id,
 * POST /api/takedowns/:id/status | send, and the DSA Article 16 notice
 * as GET /api/takedowns/:id/notice.txt | notice.json (downloads).
 */
import * as contract from '../../../contract/takedowns.js'
import { ACCESS } from '../../auth/roles.js'
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
)
