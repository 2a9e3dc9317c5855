/** The e-mail carrying a takedown's DSA Article 16 notice (text, the JSON notice attached), sent through the outbox. */
import type { TakedownRow } from '../db/schema/index.js'
import type { MailMessage } from '../mail/mailer.js'
import type { ModerationDeps } from './deps.js'
import { buildNotice, noticeText } from './dsa-notice.js'
import { noticeInputOf } from './takedown-notice.js'

/** The notice e-mail of `row` to `to`. */
export async function noticeMessage(deps: ModerationDeps, row: TakedownRow, to: string): Promise<MailMessage> {
  const notifier = deps.config().notifier
  const notice = buildNotice(await noticeInputOf(deps.db, row, notifier))
  return {
    to: [to],
    subject: `Notification DSA (article 16) — contenu illicite signalé par Vigie, demande n° ${row.id}`,
    text: noticeText(notice),
    ...(notifier.email ? { replyTo: notifier.email } : {}),
    attachments: [{ filename: `avis-dsa-vigie-${row.id}.json`, content: JSON.stringify(notice, null, 2), contentType: 'application/json' }],
  }
}

/** The row data of a notice e-mail. */
export interface NoticeMailData {
  takedownId: number
  actor: string
  /** The escalation's address (escalation e-mails); automatic notices resolve it at send time. */
  to?: string
}

/** Reads a notice e-mail's row data. */
export function noticeMailData(data: Record<string, unknown>): NoticeMailData {
  return {
    takedownId: Number(data.takedownId),
    actor: typeof data.actor === 'string' ? data.actor : 'system',
    ...(typeof data.to === 'string' ? { to: data.to } : {}),
  }
}
