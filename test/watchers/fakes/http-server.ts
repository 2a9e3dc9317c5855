/**
 * A tiny local HTTP server for fake platforms: routes by path, a queue of
 * injected faults (status, headers, raw body, delay, huge body), and a log of
 * requests. Listens on 127.0.0.1, port 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A canned answer that replaces the next matching request's normal one. */
export interface Fault {
  /** Only requests whose path starts with this (default: any). */
  pathPrefix?: string
  status?: number
  headers?: Record<string, string>
  /** Raw body (default: a JSON error). */
  body?: string
  /** Wait before answering headers, in ms. */
  delayMs?: number
  /** Stream this many bytes of filler (no content-length), e.g. 20 MB. */
  streamBytes?: number
  /** Send headers then hang before the body for this long, in ms. */
  stallBodyMs?: number
}

/** One recorded request. */
export interface LoggedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
}

/** What a route returns. */
export interface RouteAnswer {
  status?: number
  headers?: Record<string, string>
  json?: unknown
  text?: string
}

/** A route handler. */
export type Route = (req: LoggedRequest) => RouteAnswer | Promise<RouteAnswer>

/** A running fake server. */
export interface FakeHttpServer {
  url: string
  requests: LoggedRequest[]
  faults: Fault[]
  routes: Map<string, Route>
  /** Bytes written by streamed faults (to see the client abort early). */
  streamedBytes: number
  close(): Promise<void>
}

/** Starts a fake server with the given routes (exact path match). */
export async function startHttpServer(routes: Record<string, Route> = {}): Promise<FakeHttpServer> {
  const state: FakeHttpServer = {
    url: '',
    requests: [],
    faults: [],
    routes: new Map(Object.entries(routes)),
    streamedBytes: 0,
    close: async () => undefined,
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void handle(state, req, Buffer.concat(chunks).toString('utf8'), res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: 'InternalServerError', message: String(err) }))
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.url = `http://127.0.0.1:${port}`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function handle(state: FakeHttpServer, req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const logged: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body }
  state.requests.push(logged)

  const faultIndex = state.faults.findIndex((f) => !f.pathPrefix || url.pathname.startsWith(f.pathPrefix))
  if (faultIndex !== -1) {
    const [fault] = state.faults.splice(faultIndex, 1)
    if (fault) return answerFault(state, fault, res)
  }
  const route = state.routes.get(url.pathname)
  if (!route) {
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: 'NotFound', message: `no route ${url.pathname}` }))
    return
  }
  const answer = await route(logged)
  if (answer.json !== undefined) {
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers })
    res.end(JSON.stringify(answer.json))
  } else {
    res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain; charset=utf-8', ...answer.headers })
    res.end(answer.text ?? '')
  }
}

async function answerFault(state: FakeHttpServer, fault: Fault, res: ServerResponse): Promise<void> {
  if (fault.delayMs) await sleep(fault.delayMs)
  if (res.destroyed) return
  if (fault.streamBytes !== undefined) {
    res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers })
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    let sent = 0
    while (sent < fault.streamBytes && !res.destroyed) {
      const ok = res.write(chunk)
      sent += chunk.length
      state.streamedBytes += chunk.length
      if (!ok) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done)
            res.off('close', done)
            resolve()
          }
          res.on('drain', done)
          res.on('close', done)
        })
      }
    }
    res.end()
    return
  }
  res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers })
  if (fault.stallBodyMs) {
    res.write(' ')
    await sleep(fault.stallBodyMs)
  }
  if (!res.destroyed) res.end(fault.body ?? JSON.stringify({ error: 'Injected', message: 'injected fault' }))
}
