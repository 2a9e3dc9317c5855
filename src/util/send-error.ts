/**
 * A send that failed (an e-mail, a platform report, an outbox delivery). `retryable`
 * says whether trying again later may succeed; false gives the send up at once.
 * The message is French: counsellors see it.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
