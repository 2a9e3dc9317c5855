/** One JSON error shape for every failed request: `{ error: { code, message } }`. */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './env.js'

/** An error meant for the client, with a machine-readable code and a French message. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string }
}

/** Turns any thrown value into the JSON error shape; never leaks a stack. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) {
    return c.json<ErrorBody>({ error: { code: err.code, message: err.message } }, err.status)
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'bad_request'
    return c.json<ErrorBody>({ error: { code, message: err.message || 'Requête invalide' } }, status)
  }
  c.var.log.error({ err, path: c.req.path }, 'request failed')
  return c.json<ErrorBody>({ error: { code: 'internal', message: 'Erreur interne du serveur' } }, 500)
}

/** The 404 answer for unknown routes. */
export function notFound(c: Context<AppEnv>): Response {
  return c.json<ErrorBody>({ error: { code: 'not_found', message: `Ressource introuvable : ${c.req.path}` } }, 404)
}
