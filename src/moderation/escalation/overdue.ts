/**
 * Requests still open an hour after they were made, with the content still
 * up, turn « en retard » once: overdueAt is set, the audit log says so, the
 * hub publishes `takedown.overdue` (dashboard alert over the WebSocket) and
 * the cell's webhook (VIGIE_ESCALATION_WEBHOOK_URL) gets a signed POST.
 * Runs after each removal check pass, on the scenario clock.
 */
import { and, inArray, isNull, lte } from 'drizzle-orm'
import type { RemovalConfig } from '../../config/config.js'
import { appendAudit } from '../../audit/audit-log.js'
import { takedowns } from '../../db/schema/index.js'
import type { WebhookSender } from '../../watches/webhook.js'
import type { ModerationDeps } from '../deps.js'
import { OPEN_TAKEDOWN_STATUSES } from '../takedown-status.js'
import { TAKEDOWN_TARGET_MS, takedownViews, type TakedownView } from '../views.js'

/** The webhook body of a late request (ids and URLs, never post text or author). */
export function overduePayload(t: TakedownView, at: Date): Record<string, unknown> {
  return {
    type: 'takedown.overdue',
    at: at.toISOString(),
    takedown: { id: t.id, flagId: t.flagId, platform: t.platform, channel: t.channel, status: t.status, requestedAt: t.requestedAt, dueAt: t.dueAt, url: t.post.url },
    message: `Demande de retrait n° ${t.id} (${t.platform}) en retard : toujours en ligne une heure après la demande`,
  }
}

/** Marks the late requests; returns their views. */
export async function escalateOverdue(
  deps: ModerationDeps,
  now: Date,
  removal: () => RemovalConfig,
  webhooks: WebhookSender | undefined,
): Promise<TakedownView[]> {
  const { db } = deps
  const hook = removal().webhook
  // Marking late and queueing the cell's webhook are one transaction: a crash loses neither, a second pass repeats neither.
  const rows = await db.transaction(async (tx) => {
    const late = await tx
      .update(takedowns)
      .set({ overdueAt: now })
      .where(
        and(
          inArray(takedowns.status, [...OPEN_TAKEDOWN_STATUSES]),
          isNull(takedowns.removedAt),
          isNull(takedowns.overdueAt),
          lte(takedowns.requestedAt, new Date(now.getTime() - TAKEDOWN_TARGET_MS)),
        ),
      )
      .returning()
    if (hook && webhooks && late.length > 0) {
      for (const view of await takedownViews(tx, late)) {
        await webhooks.enqueue(tx, { key: `webhook:takedown:${view.id}:overdue`, subject: `takedown:${view.id}`, url: hook.url, secret: { escalation: true }, payload: overduePayload(view, now) })
      }
    }
    return late
  })
  if (rows.length === 0) return []
  const views = await takedownViews(db, rows)
  for (const view of views) {
    await appendAudit(db, { actor: 'system', action: 'takedown.overdue', subject: `takedown:${view.id}`, details: { flagId: view.flagId, channel: view.channel, webhook: hook !== null } })
    deps.hub.publish({ type: 'takedown.overdue', takedown: view })
    deps.hub.publish({ type: 'takedown.updated', takedown: view })
  }
  if (hook && webhooks) webhooks.wake()
  deps.log.warn({ takedowns: views.map((v) => v.id) }, 'takedown requests overdue')
  return views
}
