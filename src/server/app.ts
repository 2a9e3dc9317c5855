/** The hono application: middleware, routes, errors. */
import { existsSync } from 'node:fs'
import { relative, join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import { openApi } from '../../contract/service.js'
import { ws } from '../../contract/ws.js'
import type { AppContext } from '../context.js'
import { projectRoot, projectVersion } from '../project-root.js'
import type { AppEnv } from './env.js'
import { checkCsrf, loadSession, requireSession } from './auth.js'
import { raw, reply, routes, serve } from './endpoint.js'
import { handleError, notFound } from './errors.js'
import { isUploadRequest } from './multipart.js'
import { openApiDocument } from './openapi.js'
import { mountRoutes } from './routes/index.js'
import { wsHandler } from './ws.js'

/** Builds the app for a context; `app.request()` drives it in tests. */
export function createApp(ctx: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const log = ctx.log.child({ sub: 'http' })
  app.use(async (c, next) => {
    c.set('ctx', ctx)
    c.set('log', log)
    await next()
  })
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Only our own files: no media from posts is ever loaded.
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Trusted Types: HTML-string DOM sinks throw in supporting browsers; the dashboard builds text nodes only.
        requireTrustedTypesFor: ["'script'"],
        trustedTypes: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      // A route may set a stricter header of its own (vault files add `sandbox` to their CSP).
      overwrite: false,
    }),
  )
  const apiBodyLimit = bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) => c.json({ error: { code: 'payload_too_large', message: 'corps de requête trop gros (256 Kio au plus)' } }, 413),
  })
  // Uploads to the vault stream through their own limits (src/server/multipart.ts), never buffered here.
  app.use('/api/*', (c, next) => (isUploadRequest(c.req.method, c.req.path) ? next() : apiBodyLimit(c, next)))
  app.onError(handleError)
  app.notFound(notFound)
  app.use('/api/*', loadSession, checkCsrf)
  app.use('/metrics', loadSession)
  app.use('/ws', loadSession)
  mountRoutes(app)
  app.route(
    '/',
    routes(
      raw(ws, 'signed-in', requireSession, wsHandler(ctx)),
      serve(openApi, 'public', () => reply(200, openApiDocument(app, projectVersion()))),
    ),
  )
  mountDashboard(app)
  return app
}

/** Where `npm run build` writes the dashboard (index.html, favicon.svg, assets/ with hashed names). */
export const DASHBOARD_DIR = join(projectRoot(), 'dashboard', 'dist')

/** Sets Cache-Control on successful answers. */
function cacheControl(value: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next()
    if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', value)
  })
}

/**
 * The built dashboard: only `/`, `/favicon.svg` and the hashed files under
 * `/assets/` (cached for a year, their names change with their content).
 * No directory listing; anything else is the JSON 404.
 */
function mountDashboard(app: Hono<AppEnv>): void {
  const root = relative(process.cwd(), DASHBOARD_DIR) || '.'
  if (!existsSync(join(DASHBOARD_DIR, 'index.html'))) {
    app.use('/', async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
      return c.text('Le tableau de bord n’est pas compilé : lancez « npm run build ».', 503)
    })
    return
  }
  // `use` (not `get`): static files are not API routes; serveStatic answers only GET and HEAD.
  app.use('/assets/*', cacheControl('public, max-age=31536000, immutable'), serveStatic({ root }))
  app.use('/favicon.svg', cacheControl('public, max-age=86400'), serveStatic({ root, path: 'favicon.svg' }))
  app.use('/', cacheControl('no-cache'), serveStatic({ root, path: 'index.html' }))
}
