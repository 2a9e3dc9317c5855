/** E-mailing a takedown's DSA Article 16 notice (text, the JSON notice attached) through the configured SMTP server. */
import type { TakedownRow } from '../db/schema/index.js'
import { MailError, type Mailer, type MailReceipt } from '../mail/mailer.js'
import type { ModerationDeps } from './deps.js'
import { buildNotice, noticeText } from './dsa-notice.js'
import { ModerationError } from './errors.js'
import { noticeInputOf } from './takedown-notice.js'

/** Sends the notice of `row` to `to`; a refused or failed send is a ModerationError("upstream") carrying the MailError. */
export async function mailNotice(deps: ModerationDeps, mailer: Mailer, row: TakedownRow, to: string): Promise<MailReceipt> {
  if (!mailer.configured) throw new ModerationError('conflict', 'aucun serveur d’envoi configuré : définissez VIGIE_SMTP_URL pour envoyer la notification par e-mail')
  const notifier = deps.config().notifier
  const notice = buildNotice(await noticeInputOf(deps.db, row, notifier))
  try {
    return await mailer.send({
      to: [to],
      subject: `Notification DSA (article 16) — contenu illicite signalé par Vigie, demande n° ${row.id}`,
      text: noticeText(notice),
      ...(notifier.email ? { replyTo: notifier.email } : {}),
      attachments: [{ filename: `avis-dsa-vigie-${row.id}.json`, content: JSON.stringify(notice, null, 2), contentType: 'application/json' }],
    })
  } catch (err) {
    if (err instanceof MailError) throw Object.assign(new ModerationError('upstream', err.message), { cause: err })
    throw err
  }
}
