/**
 * /api/openapi.json: a valid OpenAPI 3.1 document, generated from contract/,
 * that lists exactly the routes the app mounts and the routes README's role
 * and HTTP API tables name, with the roles README gives them; its schemas
 * compile as JSON Schema 2020-12 and accept real answers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validate } from '@readme/openapi-parser'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { endpoint } from '../../contract/endpoint.js'
import type { AppContext } from '../../src/context.js'
import { projectRoot } from '../../src/project-root.js'
import { createApp } from '../../src/server/app.js'
import { reply, routes, serve } from '../../src/server/endpoint.js'
import { ApiError } from '../../src/server/errors.js'
import { appRoutes, openApiPath } from '../../src/server/openapi.js'
import { loginAs, testContext, type TestLogin } from '../_util.js'

type Json = Record<string, unknown>
type Operation = { 'x-roles': string[]; responses: Record<string, { content?: Record<string, { schema: Json }> }> }
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Json> } }

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const ROUTE = /^((?:GET|POST|PUT|PATCH|DELETE)(?:\/(?:GET|POST|PUT|PATCH|DELETE))*) (\/[^\s?`]*)/

/** The routes a README section's table names in its first column (`GET/POST /api/x`, query strings dropped), with the row's other cells. */
function readmeTable(section: string): Map<string, string[]> {
  const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8')
  const start = readme.indexOf(`## ${section}`)
  const end = readme.indexOf('\n## ', start + 1)
  const rows = new Map<string, string[]>()
  for (const line of readme.slice(start, end).split('\n')) {
    if (!line.startsWith('| `')) continue
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim())
    for (const span of (cells[0] ?? '').matchAll(/`([^`]+)`/g)) {
      const m = ROUTE.exec(span[1] ?? '')
      if (!m) continue
      for (const method of (m[1] ?? '').split('/')) rows.set(`${method} ${m[2]}`, cells.slice(1))
    }
  }
  return rows
}

/** Who README's role table lets call a route, in `x-roles` terms. */
function readmeRoles(cells: string[]): string[] {
  const columns = ['admin', 'analyst', 'reviewer', 'counsellor', 'anonymous']
  const roles = columns.filter((_, i) => !['—', 'from loopback'].includes(cells[i] ?? '—'))
  if (cells.includes('from loopback')) roles.push('loopback')
  return roles.sort()
}

describe('OpenAPI document', () => {
  let ctx: AppContext
  let admin: TestLogin
  let doc: Document
  const documented = () =>
    new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)))

  beforeAll(async () => {
    ctx = await testContext('pglite', { sources: [] })
    admin = await loginAs(ctx, 'admin')
    const res = await createApp(ctx).request('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = (await res.json()) as Document
  })
  afterAll(async () => {
    await ctx.close()
  })

  it('validates as OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(doc) as unknown as Parameters<typeof validate>[0])
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([])
    expect(result.specification).toBe('OpenAPI')
  })

  it('lists every route the app mounts, and nothing else', () => {
    const mounted = appRoutes(createApp(ctx))
    expect(mounted.filter((r) => !r.mounted).map((r) => `${r.method} ${r.path}`)).toEqual([])
    const fromApp = new Set(mounted.map((r) => `${r.method} ${openApiPath(r.path)}`))
    expect([...fromApp].sort()).toEqual([...documented()].sort())
  })

  it('lists every route of README’s tables, and README lists every route', () => {
    const inDoc = [...documented()].sort()
    for (const section of ['Accounts and roles', 'HTTP API']) {
      const inReadme = [...readmeTable(section).keys()].map((r) => openApiPath(r)).sort()
      expect({ section, routes: inReadme }).toEqual({ section, routes: inDoc })
    }
  })

  it('gives each route the roles README’s role table gives it', () => {
    const table = readmeTable('Accounts and roles')
    const mismatches = [...table].flatMap(([route, cells]) => {
      const [method = '', path = ''] = route.split(' ')
      const op = doc.paths[openApiPath(path)]?.[method.toLowerCase()]
      const roles = [...(op?.['x-roles'] ?? [])].sort()
      return JSON.stringify(roles) === JSON.stringify(readmeRoles(cells)) ? [] : [{ route, readme: readmeRoles(cells), document: roles }]
    })
    expect(mismatches).toEqual([])
  })

  it('has schemas that compile as JSON Schema 2020-12 and accept real answers', async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false })
    ajv.addSchema({ $id: 'vigie', components: doc.components }, 'vigie')
    const check = async (method: (typeof METHODS)[number], path: string, template: string) => {
      const res = await createApp(ctx).request(path, { method, headers: admin.headers })
      const schema = doc.paths[template]?.[method.toLowerCase()]?.responses[String(res.status)]?.content?.['application/json']?.schema
      expect(schema, `${method} ${template} ${res.status}`).toBeDefined()
      const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"vigie#/components/')) as Json
      const ok = ajv.validate(rebased, await res.json())
      expect(ok ? [] : ajv.errors, `${method} ${path}`).toEqual([])
    }
    await check('GET', '/api/session', '/api/session')
    await check('GET', '/api/users', '/api/users')
    await check('GET', '/api/waves', '/api/waves')
    await check('GET', '/api/waves/999999', '/api/waves/{id}')
    await check('GET', '/api/trends', '/api/trends')
    await check('GET', '/api/audit', '/api/audit')
    await check('GET', '/api/audit/verify', '/api/audit/verify')
    await check('GET', '/api/flags?status=bad', '/api/flags')
    await check('GET', '/healthz', '/healthz')
  })
})

describe('answers outside the contract', () => {
  let ctx: AppContext
  beforeAll(async () => {
    ctx = await testContext('pglite', { sources: [] })
  })
  afterAll(async () => {
    await ctx.close()
  })

  const declared = endpoint({
    tag: 'test',
    method: 'get',
    path: '/test/contract',
    summary: 'test',
    query: z.object({ what: z.enum(['extra', 'status', 'ok']) }),
    responses: { 200: z.strictObject({ n: z.number() }) },
  })
  const app = () => {
    const a = createApp(ctx)
    a.route(
      '/',
      routes(
        serve(declared, 'public', (_c, { query }) => {
          if (query.what === 'status') throw new ApiError(418, 'teapot', 'je suis une théière')
          return reply(200, query.what === 'extra' ? { n: 1, secret: 'x' } : { n: 1 })
        }),
      ),
    )
    return a
  }

  it('become a 500 `contract` when checked, and go out as they are when not', async () => {
    expect((await app().request('/test/contract?what=ok')).status).toBe(200)
    for (const what of ['extra', 'status']) {
      const res = await app().request(`/test/contract?what=${what}`)
      expect(res.status).toBe(500)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('contract')
    }
    const unchecked = createApp({ ...ctx, cfg: { ...ctx.cfg, checkResponses: false } })
    unchecked.route('/', routes(serve(declared, 'public', () => reply(200, { n: 1, secret: 'x' }))))
    expect(await (await unchecked.request('/test/contract?what=extra')).json()).toEqual({ n: 1, secret: 'x' })
  })
})
