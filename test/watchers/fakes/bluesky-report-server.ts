/**
 * A fake Bluesky PDS for takedown reports: createSession (app password),
 * app.bsky.feed.getPosts (lexicon-valid post views, to learn a post's CID)
 * and com.atproto.moderation.createReport, whose input is checked with
 * @atproto/api's own lexicons (and the reasonType against the known
 * tools.ozone.report.defs / com.atproto.moderation.defs tokens).
 */
import { lexicons, schemas } from '@atproto/api'
import { startHttpServer, type FakeHttpServer, type LoggedRequest, type RouteAnswer } from './http-server.js'
import { createSessionRoute, fakeCid, postView, type FakePost } from './xrpc-server.js'

/** Every known report reason token. */
export const KNOWN_REASONS: ReadonlySet<string> = new Set(
  schemas
    .filter((s) => s.id === 'tools.ozone.report.defs' || s.id === 'com.atproto.moderation.defs')
    .flatMap((s) => Object.entries(s.defs).filter(([, d]) => d.type === 'token').map(([name]) => `${s.id}#${name}`)),
)

/** One createReport the fake accepted. */
export interface ReceivedReport {
  id: number
  body: { reasonType: string; reason?: string; subject: Record<string, unknown>; modTool?: { name: string } }
  /** The atproto-proxy header, if any. */
  proxy: string | undefined
}

/** A running fake PDS. */
export interface FakeBlueskyPds {
  http: FakeHttpServer
  url: string
  account: { identifier: string; password: string; did: string; handle: string }
  /** Posts the AppView still serves (a post missing here looks deleted). */
  posts: FakePost[]
  reports: ReceivedReport[]
  /** createReport bodies refused by the lexicon check, with the reason. */
  invalid: { body: string; error: string }[]
  sessionsCreated: number
  close(): Promise<void>
}

/** Starts a fake PDS on 127.0.0.1. */
export async function startFakeBlueskyPds(): Promise<FakeBlueskyPds> {
  const state = {
    account: { identifier: 'signalements.vigie.test', password: 'abcd-efgh-ijkl-mnop', did: 'did:plc:vigiereporter000000000000', handle: 'signalements.vigie.test' },
    posts: [] as FakePost[],
    reports: [] as ReceivedReport[],
    invalid: [] as { body: string; error: string }[],
    sessionsCreated: 0,
  }
  const access = 'fake-report-access-jwt'
  const unauthorized: RouteAnswer = { status: 401, json: { error: 'AuthenticationRequired', message: 'Authentication Required' } }
  const authed = (req: LoggedRequest) => req.headers.authorization === `Bearer ${access}`

  const http = await startHttpServer({
    '/xrpc/com.atproto.server.createSession': createSessionRoute(state, () => ({ access, refresh: 'fake-report-refresh-jwt' })),
    '/xrpc/app.bsky.feed.getPosts': (req) => {
      if (!authed(req)) return unauthorized
      const uris = req.query.getAll('uris')
      const posts = state.posts.filter((p) => uris.includes(`at://${p.did}/app.bsky.feed.post/${p.rkey}`)).map(postView)
      return { json: { posts } }
    },
    '/xrpc/com.atproto.moderation.createReport': (req) => {
      if (req.method !== 'POST') return { status: 405, json: { error: 'InvalidRequest', message: 'POST only' } }
      if (!authed(req)) return unauthorized
      let body: ReceivedReport['body']
      try {
        body = JSON.parse(req.body) as ReceivedReport['body']
        lexicons.assertValidXrpcInput('com.atproto.moderation.createReport', body)
        if (!KNOWN_REASONS.has(body.reasonType)) throw new Error(`unknown reasonType ${body.reasonType}`)
      } catch (err) {
        state.invalid.push({ body: req.body, error: (err as Error).message })
        return { status: 400, json: { error: 'InvalidRequest', message: (err as Error).message } }
      }
      const id = 9000 + state.reports.length + 1
      const proxy = req.headers['atproto-proxy']
      state.reports.push({ id, body, proxy: typeof proxy === 'string' ? proxy : undefined })
      return {
        json: {
          id,
          reasonType: body.reasonType,
          ...(body.reason === undefined ? {} : { reason: body.reason }),
          subject: body.subject,
          reportedBy: state.account.did,
          createdAt: '2026-11-28T02:00:00.000Z',
        },
      }
    },
  })
  return Object.assign(state, { http, url: http.url, close: () => http.close() })
}

/** The AT URI and CID the fake gives a post. */
export function fakePostRef(p: FakePost): { uri: string; cid: string } {
  const uri = `at://${p.did}/app.bsky.feed.post/${p.rkey}`
  return { uri, cid: fakeCid(uri) }
}
