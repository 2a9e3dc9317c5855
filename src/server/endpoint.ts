/**
 * Mounting the routes declared in contract/ (see contract/endpoint.ts):
 * `serve(declaration, access, handler)` checks the caller's access, validates
 * params, query and body with the declaration's schemas, runs the handler and
 * answers its reply. The handler's reply is typed by the declared responses,
 * so the server cannot answer a shape the contract does not describe; with
 * `cfg.checkResponses` (tests, development) every answer — errors included —
 * is also checked at run time, and a mismatch becomes a 500 `contract`.
 *
 * `routes(...)` makes the hono app of an area. /api/openapi.json lists every
 * route mounted this way (src/server/openapi.ts); a route mounted with plain
 * `app.get()` is missing from it and test/server/openapi.test.ts fails.
 *
 * @example
 * export const waveRoutes = routes(
 *   serve(getWave, ACCESS.waves, async (c, { params }) => reply(200, await load(params.id))),
 * )
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import { ErrorBody } from '../../contract/common.js'
import type { Answer, Endpoint, OtherAnswer } from '../../contract/endpoint.js'
import type { Role } from '../auth/roles.js'
import { loopbackOrAdmin, requireRole, sessionOf } from './auth.js'
import type { AppEnv } from './env.js'
import { parseJsonBody, parseParams, parseQuery } from './validate.js'

/** Who may call a route: anyone, any signed-in user, loopback peers or admins, or these roles. */
export type Access = 'public' | 'signed-in' | 'loopback-or-admin' | readonly Role[]

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined

/** The validated input of a route. */
export interface Input<E extends Endpoint> {
  params: Parsed<E['params']>
  query: Parsed<E['query']>
  body: Parsed<E['body']>
}

type ReplyOf<S, A> = A extends z.ZodType ? { status: S; body: z.input<A> } : A extends null ? { status: S } : Response

/** What a handler may answer: a declared status with its JSON body, no body, or a Response for non-JSON answers. */
export type Reply<E extends Endpoint> = {
  [S in keyof E['responses'] & number]: ReplyOf<S, E['responses'][S]>
}[keyof E['responses'] & number]

/** A route's handler: validated input in, a reply the contract describes out. */
export type EndpointHandler<E extends Endpoint> = (c: Context<AppEnv>, input: Input<E>) => Reply<E> | Promise<Reply<E>>

/** A handler's answer: a declared status and its body (none for 204). Keeps the status literal so the contract can check it. */
export function reply<const S extends number>(status: S): { status: S }
export function reply<const S extends number, B>(status: S, body: B): { status: S; body: B }
export function reply(status: number, body?: unknown): { status: number; body?: unknown } {
  return body === undefined ? { status } : { status, body }
}

/** A route ready to mount. */
export interface Served {
  method: string
  path: string
  handlers: MiddlewareHandler<AppEnv>[]
}

/** A mounted route's declaration and access, as the OpenAPI document reads them. */
export interface Mounted {
  endpoint: Endpoint
  access: Access
  /** False for `raw()` routes: their input is not validated here (no 400 of ours). */
  validated: boolean
}

/** Handler → its route; keyed by the first handler of each route, which hono keeps as is. */
const MOUNTED = new WeakMap<object, Mounted>()

/** The route a handler of `app.routes` belongs to, if it was mounted through `serve()` or `raw()`. */
export function mountedOf(handler: object): Mounted | undefined {
  return MOUNTED.get(handler)
}

/**
 * A route of the contract. `parsers.body` replaces the declared body schema
 * for parsing when the server must do more than the contract can (clean
 * stored text, check a cron expression); it must give the same output type.
 */
export function serve<const E extends Endpoint>(
  endpoint: E,
  access: Access,
  handler: EndpointHandler<NoInfer<E>>,
  parsers: { body?: z.ZodType<Parsed<E['body']>> } = {},
): Served {
  const run: MiddlewareHandler<AppEnv> = async function endpointHandler(c) {
    const input = {
      params: endpoint.params ? parseParams(c, endpoint.params) : undefined,
      query: endpoint.query ? parseQuery(c, endpoint.query) : undefined,
      body: endpoint.body ? await parseJsonBody(c, parsers.body ?? endpoint.body) : undefined,
    } as Input<E>
    const reply: unknown = await handler(c, input)
    if (reply instanceof Response) return reply
    const { status, body } = reply as { status: number; body?: unknown }
    return body === undefined ? c.body(null, status as StatusCode) : c.json(body, status as ContentfulStatusCode)
  }
  return mount({ endpoint, access, validated: true }, [checkAnswer(endpoint, access), run])
}

/**
 * A route whose handlers answer by themselves (the WebSocket upgrade): the
 * access is checked and the route documented, but input and answer are the
 * handlers' business.
 */
export function raw(endpoint: Endpoint, access: Access, ...handlers: MiddlewareHandler<AppEnv>[]): Served {
  const first: MiddlewareHandler<AppEnv> = async function rawEndpoint(_c, next) {
    await next()
  }
  return mount({ endpoint, access, validated: false }, [first, ...handlers])
}

/** The hono app of an area's routes. */
export function routes(...served: Served[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  for (const s of served) app.on(s.method.toUpperCase(), [s.path], ...s.handlers)
  return app
}

function mount(route: Mounted, handlers: [MiddlewareHandler<AppEnv>, ...MiddlewareHandler<AppEnv>[]]): Served {
  MOUNTED.set(handlers[0], route)
  const [first, ...rest] = handlers
  return { method: route.endpoint.method, path: route.endpoint.path, handlers: [first, ...accessCheck(route.access), ...rest] }
}

/** Any signed-in user (401 otherwise). */
const signedIn: MiddlewareHandler<AppEnv> = async function signedIn(c, next) {
  sessionOf(c)
  await next()
}

function accessCheck(access: Access): MiddlewareHandler<AppEnv>[] {
  if (access === 'public') return []
  if (access === 'signed-in') return [signedIn]
  if (access === 'loopback-or-admin') return [loopbackOrAdmin]
  return [requireRole(access)]
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete'])

/** Every error status a route may answer, with why (French): the common ones and its own. */
export function errorAnswers(endpoint: Endpoint, access: Access, validated = true): Map<number, string> {
  const out = new Map<number, string>()
  if (validated && (endpoint.params || endpoint.query || endpoint.body)) out.set(400, 'entrée invalide (bad_request)')
  if (access !== 'public') out.set(401, 'connexion requise (unauthorized)')
  const forbidden: string[] = []
  if (access === 'loopback-or-admin' || Array.isArray(access)) forbidden.push('rôle insuffisant (forbidden)')
  if (UNSAFE.has(endpoint.method) || endpoint.path === '/ws') forbidden.push('origine étrangère (forbidden_origin)')
  if (UNSAFE.has(endpoint.method) && access !== 'public') forbidden.push('jeton CSRF manquant ou faux (csrf)')
  if (forbidden.length > 0) out.set(403, forbidden.join(' ; '))
  if (endpoint.body) {
    out.set(413, 'corps trop gros : 256 Kio au plus (payload_too_large)')
    out.set(415, 'le corps doit être du JSON (unsupported_media_type)')
  }
  for (const [status, why] of Object.entries(endpoint.errors ?? {})) {
    const common = out.get(Number(status))
    out.set(Number(status), common ? `${common} ; ${why}` : why)
  }
  out.set(500, 'erreur interne (internal)')
  return out
}

/** True when `answer` is a non-JSON answer. */
export function isOther(answer: Answer): answer is OtherAnswer {
  return answer !== null && !('_zod' in answer)
}

/** With `cfg.checkResponses`: the answer that went out is one the contract describes, or a 500 `contract`. */
function checkAnswer(endpoint: Endpoint, access: Access): MiddlewareHandler<AppEnv> {
  return async function checkAnswer(c, next) {
    await next()
    if (!c.var.ctx.cfg.checkResponses) return
    const problem = await answerProblem(endpoint, access, c.res)
    if (problem === null) return
    const message = `réponse hors contrat (${endpoint.method.toUpperCase()} ${endpoint.path}, ${c.res.status}) : ${problem}`
    c.var.log.error({ path: c.req.path, problem }, 'answer outside the contract')
    c.res = c.json<ErrorBody>({ error: { code: 'contract', message } }, 500)
  }
}

/** What is wrong with `res` for this route, or null. */
async function answerProblem(endpoint: Endpoint, access: Access, res: Response): Promise<string | null> {
  const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
  if (res.status >= 400) {
    if (!errorAnswers(endpoint, access).has(res.status)) return `statut d’erreur ${res.status} non déclaré`
    return schemaProblem(ErrorBody, await jsonOf(res))
  }
  if (!(res.status in endpoint.responses)) return `statut ${res.status} non déclaré`
  const answer = endpoint.responses[res.status] ?? null
  if (answer === null) return res.body === null ? null : 'corps inattendu'
  if (!isOther(answer)) return type === 'application/json' ? schemaProblem(answer, await jsonOf(res)) : `type ${type} au lieu de JSON`
  if (answer.mediaType !== null && type !== answer.mediaType) return `type ${type} au lieu de ${answer.mediaType}`
  if (answer.schema && type === 'application/json') return schemaProblem(answer.schema, await jsonOf(res))
  return null
}

async function jsonOf(res: Response): Promise<unknown> {
  try {
    return await res.clone().json()
  } catch {
    return Symbol('pas du JSON')
  }
}

function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value)
  if (parsed.success) return null
  return parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(corps)'} : ${i.message}`)
    .join(' ; ')
}
