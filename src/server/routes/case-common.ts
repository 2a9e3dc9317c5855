/** What the case routes share: the viewer, path ids, and turning case refusals into API errors. */
import type { Context } from 'hono'
import { z } from 'zod'
import { CaseError, type CaseViewer } from '../../cases/case-access.js'
import { sessionOf } from '../auth.js'
import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'

const STATUS = {
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  bad_request: 400,
  payload_too_large: 413,
  vault_unavailable: 503,
  mail_failed: 502,
} as const

/** Runs case work, turning CaseError into the matching API error. */
export async function caseWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof CaseError) throw new ApiError(STATUS[err.code], err.code, err.message, { cause: err })
    throw err
  }
}

/** The signed-in user as a case viewer. */
export function caseViewer(c: Context<AppEnv>): CaseViewer {
  const { user } = sessionOf(c)
  return { userId: user.id, name: user.name, admin: user.role === 'admin' }
}

const positiveId = z.coerce.number().int().positive().max(2_147_483_647)

/** A positive integer path parameter, or a 400 naming what it identifies. */
export function pathId(c: Context<AppEnv>, param: string, what: string): number {
  const id = positiveId.safeParse(c.req.param(param))
  if (!id.success) throw new ApiError(400, 'bad_request', `identifiant de ${what} invalide`)
  return id.data
}

/** The organisation named in PDFs and e-mails (the DSA notifier). */
export function organisation(c: Context<AppEnv>): { name: string | null; email: string | null } {
  return c.var.ctx.cfg.takedown.notifier
}
