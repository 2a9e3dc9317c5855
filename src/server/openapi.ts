/**
 * The OpenAPI 3.1 document of an app, served at /api/openapi.json: every
 * route mounted through `serve()` or `raw()` (src/server/endpoint.ts), with
 * its schemas converted from the contract's zod definitions by zod's own
 * `z.toJSONSchema` (JSON Schema 2020-12, OpenAPI 3.1's dialect), who may call
 * it (`x-roles`), and its error answers.
 */
import type { Hono } from 'hono'
import { z } from 'zod'
import { ROLES } from '../../contract/auth.js'
import { ErrorBody } from '../../contract/common.js'
import type { Answer } from '../../contract/endpoint.js'
import { errorAnswers, isOther, mountedOf, type Access, type Mounted } from './endpoint.js'
import type { AppEnv } from './env.js'

type Json = Record<string, unknown>

/** A route as hono lists it. */
export interface RouteRef {
  method: string
  path: string
}

/** The routes of `app` (middleware left out), each with its contract declaration when it has one. */
export function appRoutes(app: Hono<AppEnv>): Array<RouteRef & { mounted: Mounted | undefined }> {
  const byKey = new Map<string, RouteRef & { mounted: Mounted | undefined }>()
  for (const r of app.routes) {
    if (r.method === 'ALL') continue
    const key = `${r.method} ${r.path}`
    const found = byKey.get(key) ?? { method: r.method, path: r.path, mounted: undefined }
    found.mounted ??= mountedOf(r.handler)
    byKey.set(key, found)
  }
  return [...byKey.values()]
}

/** Collects named schemas into `components.schemas` while converting. */
class Schemas {
  readonly components: Record<string, Json> = {}

  /** `schema` as JSON Schema; named sub-schemas (`.meta({ id })`) become `$ref`s to components. */
  convert(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json
    const { $schema: _dialect, $defs, ...root } = json
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
      const converted = componentRefs(def)
      const known = this.components[id]
      if (known && JSON.stringify(known) !== JSON.stringify(converted)) {
        throw new Error(`contract: the schema named ${id} differs between two uses (${io}); give one of them another id`)
      }
      this.components[id] = converted
    }
    return componentRefs(root)
  }
}

/** `#/$defs/X` → `#/components/schemas/X`, everywhere in `value`. */
function componentRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(componentRefs) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, '#/components/schemas/') : componentRefs(v)]),
    ) as T
  }
  return value
}

const STATUS_TEXT: Record<number, string> = { 101: 'Passage à un autre protocole', 200: 'Réussite', 201: 'Créé', 204: 'Pas de contenu', 503: 'Service dégradé' }

/** `/api/flags/:id` → `/api/flags/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
}

/** Who may call a route, for `x-roles` (`anonymous`: without a session; `loopback`: any local peer). */
export function rolesOf(access: Access): string[] {
  if (access === 'public') return [...ROLES, 'anonymous']
  if (access === 'signed-in') return [...ROLES]
  if (access === 'loopback-or-admin') return ['admin', 'loopback']
  return [...access]
}

function accessText(access: Access): string {
  if (access === 'public') return 'Accès : tout le monde, sans connexion.'
  if (access === 'signed-in') return 'Accès : tout compte connecté.'
  if (access === 'loopback-or-admin') return 'Accès : tout pair local (127.0.0.1, ::1), sinon les admins connectés.'
  return `Accès : ${access.join(', ')}.`
}

function parameters(schemas: Schemas, obj: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!obj) return []
  const json = schemas.convert(obj, 'input') as { properties?: Record<string, Json>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema,
  }))
}

function answer(schemas: Schemas, status: number, a: Answer): Json {
  const description = STATUS_TEXT[status] ?? `Statut ${status}`
  if (a === null) return { description }
  if (!isOther(a)) return { description, content: { 'application/json': { schema: schemas.convert(a, 'output') } } }
  if (a.mediaType === null) return { description: a.description }
  return { description: a.description, content: { [a.mediaType]: { schema: a.schema ? schemas.convert(a.schema, 'output') : { type: 'string' } } } }
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete'])

function operation(schemas: Schemas, { endpoint: e, access, validated }: Mounted): Json {
  const op: Json = {
    operationId: `${e.method}${openApiPath(e.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    tags: [e.tag],
    summary: e.summary,
    description: [e.description, accessText(access)].filter(Boolean).join('\n\n'),
    'x-roles': rolesOf(access),
    security: access === 'public' ? [] : UNSAFE.has(e.method) ? [{ session: [], csrf: [] }] : [{ session: [] }],
  }
  const params = [...parameters(schemas, e.params, 'path'), ...parameters(schemas, e.query, 'query')]
  if (params.length > 0) op.parameters = params
  if (e.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemas.convert(e.body, 'input') } } }
  const responses: Json = {}
  for (const [status, a] of Object.entries(e.responses)) responses[status] = answer(schemas, Number(status), a)
  const error = schemas.convert(ErrorBody, 'output')
  for (const [status, why] of errorAnswers(e, access, validated)) responses[String(status)] = { description: why, content: { 'application/json': { schema: error } } }
  op.responses = responses
  if (e.frames) {
    op['x-websocket-frames'] = {
      server: { oneOf: e.frames.server.map((f) => schemas.convert(f, 'output')) },
      client: schemas.convert(e.frames.client, 'input'),
    }
  }
  return op
}

const DOCUMENTS = new WeakMap<Hono<AppEnv>, Json>()

/** The document of `app` (built once per app). Routes mounted without the contract are left out. */
export function openApiDocument(app: Hono<AppEnv>, version: string): Json {
  const cached = DOCUMENTS.get(app)
  if (cached) return cached
  const schemas = new Schemas()
  const paths: Record<string, Json> = {}
  const tags = new Set<string>()
  for (const { mounted } of appRoutes(app)) {
    if (!mounted) continue
    const path = openApiPath(mounted.endpoint.path)
    paths[path] = { ...paths[path], [mounted.endpoint.method]: operation(schemas, mounted) }
    tags.add(mounted.endpoint.tag)
  }
  const document: Json = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Vigie',
      version,
      description:
        'API de Vigie. Les erreurs sont toujours `{ "error": { "code", "message" } }`, message en français. Toute requête POST, PATCH, PUT ou DELETE d’un compte connecté envoie son jeton CSRF dans `X-CSRF-Token`. `x-roles` dit qui peut appeler chaque route.',
    },
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas.components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'vigie_session', description: 'Cookie posé par POST /api/login.' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Jeton renvoyé par POST /api/login et GET /api/session.' },
      },
    },
  }
  DOCUMENTS.set(app, document)
  return document
}
