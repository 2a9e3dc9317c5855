/** Validation of query strings and JSON bodies at the HTTP edge. */
import type { Context } from 'hono'
import type { z } from 'zod'
import type { AppEnv } from './env.js'
import { ApiError } from './errors.js'

function message(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')} : ${i.message}` : i.message))
    .join(' ; ')
}

/** The path parameters validated by `schema`, or a 400 with the first message (which names the id). */
export function parseParams<T extends z.ZodType>(c: Context<AppEnv>, schema: T): z.output<T> {
  const parsed = schema.safeParse(c.req.param())
  if (!parsed.success) throw new ApiError(400, 'bad_request', parsed.error.issues[0]?.message ?? 'paramètre invalide')
  return parsed.data
}

/** The query string validated by `schema`, or a 400. */
export function parseQuery<T extends z.ZodType>(c: Context<AppEnv>, schema: T): z.output<T> {
  const parsed = schema.safeParse(c.req.query())
  if (!parsed.success) throw new ApiError(400, 'bad_request', message(parsed.error))
  return parsed.data
}

/** The JSON body validated by `schema`, or a 400 (415 when it is not JSON). */
export async function parseJsonBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  if (!(c.req.header('content-type') ?? '').includes('application/json')) {
    throw new ApiError(415, 'unsupported_media_type', 'le corps doit être du JSON (Content-Type: application/json)')
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new ApiError(400, 'bad_request', 'JSON invalide')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(400, 'bad_request', message(parsed.error))
  return parsed.data
}
