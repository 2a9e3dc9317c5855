/** Wire pieces every area uses: the error body, times, ids. */
import { z } from 'zod'

/** The body of every failed request. */
export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      /** Machine-readable: `not_found`, `bad_request`, `forbidden`, `csrf`… */
      code: z.string(),
      /** For people, in French. */
      message: z.string(),
    }),
  })
  .meta({ id: 'Error', description: 'Toute erreur : un code stable et un message en français.' })
export type ErrorBody = z.infer<typeof ErrorBody>

/** An ISO-8601 time as the API writes it (UTC, `Z`). */
export const DateTime = z.iso.datetime({ offset: true })

/** A database id in a path (`/api/…/:id`): a positive 32-bit integer, or `message`. */
export function idParams(message: string) {
  return z.object({
    id: z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message),
  })
}
