/**
 * How an HTTP route is declared: method, path, a French summary, and the zod
 * schemas of what it takes and answers. Declarations live beside the wire
 * types of their area (`contract/<area>.ts`); the server mounts each one with
 * `serve()` (src/server/endpoint.ts), which validates the input, holds the
 * handler to `responses` (by type, and at run time under test), and lists
 * the route in /api/openapi.json.
 *
 * Adding a route: declare it here with `endpoint({...})`, then mount it in
 * `src/server/routes/<area>.ts` with `serve(decl, roles, handler)`.
 *
 * @example
 * export const getThing = endpoint({
 *   tag: 'things', method: 'get', path: '/api/things/:id', summary: 'Une chose',
 *   params: idParams('identifiant de chose invalide'),
 *   responses: { 200: z.strictObject({ thing: Thing }) },
 *   errors: { 404: 'chose introuvable' },
 * })
 */
import type { z } from 'zod'

/** HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** A body that is not the route's JSON: a CSV or text download, a WebSocket upgrade. */
export interface OtherAnswer {
  /** Its media type (without parameters), or null when there is no body (101, 204). */
  mediaType: string | null
  /** French description shown in the document. */
  description: string
  /** The body's schema when it has one worth describing (a JSON download, a string). */
  schema?: z.ZodType
}

/** What a route answers with one status: a JSON body, another body, or nothing (null). */
export type Answer = z.ZodType | OtherAnswer | null

/** One HTTP route of the contract. */
export interface Endpoint {
  /** Group in the document (the area: `waves`, `flags`…). */
  tag: string
  method: Method
  /** In hono syntax: `/api/flags/:id`. */
  path: string
  /** One line, in French. */
  summary: string
  /** More, in French (rules, limits, who sees what). */
  description?: string
  /** Path parameters (their values arrive as strings). */
  params?: z.ZodObject
  /** Query string (values arrive as strings). */
  query?: z.ZodObject
  /** JSON body. */
  body?: z.ZodType
  /** Successful answers by status. */
  responses: Readonly<Record<number, Answer>>
  /**
   * Error statuses this route answers besides the common ones (400 bad input,
   * 401 anonymous, 403 role / CSRF / origin, 413, 415, 500), each with why.
   */
  errors?: Readonly<Record<number, string>>
  /** For a WebSocket route: the frames the server sends, and those the client may send. */
  frames?: { server: readonly z.ZodType[]; client: z.ZodType }
}

/** Declares a route; the literal types are kept so handlers are typed from it. */
export function endpoint<const E extends Endpoint>(declaration: E): E {
  return declaration
}

/** A non-JSON answer. */
export function other(mediaType: string | null, description: string, schema?: z.ZodType): OtherAnswer {
  return schema === undefined ? { mediaType, description } : { mediaType, description, schema }
}
