/** The hono application: middleware, routes, errors. */
import { relative, join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { AppContext } from '../context.js'
import { projectRoot } from '../project-root.js'
import type { AppEnv } from './env.js'
import { checkCsrf, loadSession, requireSession } from './auth.js'
import { handleError, notFound } from './errors.js'
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
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  )
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 256 * 1024,
      onError: (c) => c.json({ error: { code: 'payload_too_large', message: 'corps de requête trop gros (256 Kio au plus)' } }, 413),
    }),
  )
  app.onError(handleError)
  app.notFound(notFound)
  app.use('/api/*', loadSession, checkCsrf)
  app.use('/metrics', loadSession)
  app.use('/ws', loadSession)
  mountRoutes(app)
  app.get('/ws', requireSession, wsHandler(ctx))
  app.use('/*', serveStatic({ root: relative(process.cwd(), join(projectRoot(), 'dashboard')) || '.' }))
  return app
}
