/**
 * Outgoing e-mail through SMTP (nodemailer): DSA notices to a platform's
 * notice address, alerts to académie referents. One transport per process,
 * configured by `VIGIE_SMTP_URL`; without it every send is refused with a
 * French message saying how to configure one.
 */
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import type { Logger } from '../logger.js'
import { SendError } from '../util/send-error.js'

/** SMTP settings from the config. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string
  /** The From address of every message Vigie sends. */
  from: string
}

/** A file joined to a message. */
export interface MailAttachment {
  filename: string
  content: Buffer | string
  contentType: string
}

/** One message; text only (no HTML: what we quote was written by attackers). */
export interface MailMessage {
  to: string[]
  subject: string
  text: string
  replyTo?: string
  attachments?: MailAttachment[]
  /**
   * The outbox row's idempotency key: the Message-ID is made from it, so a
   * message sent again after a crash carries the same Message-ID as the first.
   */
  idempotencyKey?: string
}

/** The Message-ID of a message keyed `key`, in the domain of the From address. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'vigie.invalid'
  return `<${key.replace(/[^A-Za-z0-9.-]+/g, '.')}@${domain}>`
}

/** What the SMTP server said. */
export interface MailReceipt {
  messageId: string
  accepted: string[]
  rejected: string[]
  /** The server's last answer line, e.g. `250 2.0.0 Ok: queued as …`. */
  response: string
}

/** Why a message could not go out; `retryable` is false for a refusal that will not change by waiting. */
export class MailError extends SendError {
  override name = 'MailError'
}

/** Sends e-mail, or refuses when no server is configured. */
export interface Mailer {
  /** False when `VIGIE_SMTP_URL` is not set. */
  readonly configured: boolean
  send(message: MailMessage): Promise<MailReceipt>
  close(): void
}

/** Subject lines and addresses never carry line breaks (header injection). */
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a !== null && 'address' in a ? String(a.address) : String(a)))
}

/** Builds the mailer for `cfg` (null: not configured). */
export function createMailer(cfg: MailConfig | null, log: Logger): Mailer {
  if (cfg === null) {
    return {
      configured: false,
      send: () =>
        Promise.reject(new MailError('aucun serveur d’envoi configuré : définissez VIGIE_SMTP_URL (smtp://utilisateur:motdepasse@hôte:587)', false)),
      close: () => {},
    }
  }
  // Bounded waits (nodemailer's socket default is 10 minutes): a send must end well within its outbox lease (VIGIE_OUTBOX_LEASE).
  const transport: Transporter = nodemailer.createTransport(
    { url: cfg.url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 },
    { from: cfg.from, disableFileAccess: true, disableUrlAccess: true },
  )
  return {
    configured: true,
    async send(message) {
      if (message.to.length === 0) throw new MailError('aucun destinataire', false)
      try {
        const info = await transport.sendMail({
          from: cfg.from,
          to: message.to.map(oneLine),
          subject: oneLine(message.subject),
          text: message.text,
          ...(message.replyTo ? { replyTo: oneLine(message.replyTo) } : {}),
          ...(message.attachments ? { attachments: message.attachments } : {}),
          ...(message.idempotencyKey ? { messageId: messageIdFor(message.idempotencyKey, cfg.from) } : {}),
        })
        const receipt: MailReceipt = {
          messageId: String(info.messageId ?? ''),
          accepted: addresses(info.accepted),
          rejected: addresses(info.rejected),
          response: String(info.response ?? ''),
        }
        log.info({ messageId: receipt.messageId, accepted: receipt.accepted.length, rejected: receipt.rejected.length }, 'mail sent')
        return receipt
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode
        // 5xx is a permanent refusal (unknown mailbox, refused sender); the rest (network, 4xx) may pass later.
        const permanent = typeof code === 'number' && code >= 500 && code < 600
        throw new MailError(`envoi refusé par le serveur SMTP : ${(err as Error).message}`, !permanent, { cause: err })
      }
    },
    close: () => transport.close(),
  }
}
