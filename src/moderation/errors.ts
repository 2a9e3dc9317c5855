/** Errors of the moderation workflow; the server maps `code` to an HTTP status. */

/** Machine-readable reasons a moderation action is refused. */
/** `upstream`: a server we depend on (SMTP) refused or failed. */
export type ModerationErrorCode = 'not_found' | 'four_eyes' | 'conflict' | 'bad_request' | 'upstream'

/** A refused moderation action, with a French message for the user. */
export class ModerationError extends Error {
  override name = 'ModerationError'
  constructor(
    readonly code: ModerationErrorCode,
    message: string,
  ) {
    super(message)
  }
}
