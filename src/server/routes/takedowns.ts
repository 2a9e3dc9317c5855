/**
 * Takedown requests: GET /api/takedowns, GET /api/takedowns/:id,
 * POST /api/takedowns/:id/status | send | check | escalate, the DSA Article 16
 * notice as GET /api/takedowns/:id/notice.txt | notice.json, and the
 * escalation file GET /api/takedowns/:id/escalation.json (downloads).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { ACCESS } from '../../auth/roles.js'
import { requireRole } from '../auth.js'
import type { AppEnv } from '../env.js'
import { NoticeSentInput } from '../../../contract/intake.js'
import { EscalateInput } from '../../../contract/removal.js'
import { appendAudit } from '../../audit/audit-log.js'
import { parseJsonBody, parseQuery } from '../validate.js'
import { actorOf, idParam, moderated } from './flags.js'

const listSchema = z.object({
  status: z
    .enum(['requested', 'acknowledged', 'removed', 'refused'], { error: 'status : requested, acknowledged, removed ou refused' })
    .optional(),
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(100),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})

const statusSchema = z.strictObject(
  {
    status: z.enum(['acknowledged', 'removed', 'refused'], { error: 'status : acknowledged, removed ou refused' }),
    answer: z
      .string({ error: 'answer doit être du texte' })
      .max(5000, 'la réponse fait au plus 5 000 caractères')
      .transform((s) => s.trim())
      .transform((s) => (s === '' ? undefined : s))
      .optional(),
  },
  { error: 'champ inconnu : status et answer seulement' },
)

const fileQuery = z.object({
  recipient: z.enum(['trusted-flagger', 'regulator'], { error: 'recipient : trusted-flagger ou regulator' }).default('regulator'),
})

const readers = requireRole(ACCESS.takedownsRead)
const writers = requireRole(ACCESS.takedownsWrite)

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
export const takedownRoutes = new Hono<AppEnv>()
  .get('/api/takedowns', readers, async (c) => {
    const query = parseQuery(c, listSchema)
    return c.json({ takedowns: await c.var.ctx.moderation.listTakedowns(query) })
  })
  .get('/api/takedowns/:id', readers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    return c.json({ takedown: await moderated(() => c.var.ctx.moderation.getTakedown(id)) })
  })
  .post('/api/takedowns/:id/status', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const input = await parseJsonBody(c, statusSchema)
    return c.json({ takedown: await moderated(() => c.var.ctx.moderation.setTakedownStatus(actorOf(c), id, input)) })
  })
  .post('/api/takedowns/:id/send', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    return c.json({ takedown: await moderated(() => c.var.ctx.moderation.send(actorOf(c), id)) })
  })
  .get('/api/takedowns/:id/notice.txt', readers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const text = await moderated(() => c.var.ctx.moderation.noticeText(id))
    return c.body(text, 200, download('text/plain; charset=utf-8', `avis-dsa-vigie-${id}.txt`))
  })
  .get('/api/takedowns/:id/notice.json', readers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const notice = await moderated(() => c.var.ctx.moderation.notice(id))
    return c.body(JSON.stringify(notice, null, 2), 200, download('application/json; charset=utf-8', `avis-dsa-vigie-${id}.json`))
  })
  .post('/api/takedowns/:id/check', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const ctx = c.var.ctx
    const current = await moderated(() => ctx.moderation.getTakedown(id))
    await ctx.removals.checkPost(Number(current.postId))
    await appendAudit(ctx.database.db, { actor: actorOf(c).name, action: 'takedown.check', subject: `takedown:${id}` })
    return c.json({ takedown: await moderated(() => ctx.moderation.getTakedown(id)) })
  })
  .get('/api/takedowns/:id/notice-step', readers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    return c.json({ step: await moderated(() => c.var.ctx.moderation.noticeStep(id)) })
  })
  .post('/api/takedowns/:id/sent', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const input = await parseJsonBody(c, NoticeSentInput)
    return c.json({ takedown: await moderated(() => c.var.ctx.moderation.recordSent(actorOf(c), id, input.reference)) })
  })
  .post('/api/takedowns/:id/escalate', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const input = await parseJsonBody(c, EscalateInput)
    return c.json({ takedown: await moderated(() => c.var.ctx.moderation.escalate(actorOf(c), id, input)) })
  })
  .get('/api/takedowns/:id/escalation.json', writers, async (c) => {
    const id = idParam(c, 'demande de retrait')
    const { recipient } = parseQuery(c, fileQuery)
    const file = await moderated(() => c.var.ctx.moderation.escalationFile(actorOf(c), id, recipient))
    return c.body(file.body, 200, { ...download('application/json; charset=utf-8', file.filename), 'x-vigie-sha256': file.sha256 })
  })
