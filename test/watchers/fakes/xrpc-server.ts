/**
 * A fake Bluesky service (PDS + AppView) speaking XRPC with bodies that pass
 * @atproto/api's lexicon validation: createSession, searchPosts (sort=latest,
 * offset cursors, since/tag/lang filters), getTrends / getTrendingTopics,
 * getProfiles and resolveHandle.
 */
import { createHash } from 'node:crypto'
import { startHttpServer, type FakeHttpServer, type LoggedRequest, type RouteAnswer } from './http-server.js'

const B32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** A valid CIDv1 (dag-cbor, sha-256, base32) derived from `seed`. */
export function fakeCid(seed: string): string {
  const digest = createHash('sha256').update(seed).digest()
  const bytes = Buffer.concat([Buffer.from([0x01, 0x71, 0x12, 0x20]), digest])
  let out = 'b'
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31]
  return out
}

/** A post as the fake indexes it. */
export interface FakePost {
  did: string
  handle: string
  rkey: string
  text: string
  createdAt: string
  indexedAt: string
  langs?: string[]
  tags?: string[]
  mentionDids?: string[]
  replyTo?: string
}

/** The JSON of an app.bsky.feed.defs#postView for `p`. */
export function postView(p: FakePost): Record<string, unknown> {
  const facets: unknown[] = []
  const enc = new TextEncoder()
  for (const tag of p.tags ?? []) {
    const at = enc.encode(p.text.split(`#${tag}`)[0] ?? '').length
    facets.push({ index: { byteStart: at, byteEnd: at + enc.encode(`#${tag}`).length }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag }] })
  }
  for (const did of p.mentionDids ?? []) {
    facets.push({ index: { byteStart: 0, byteEnd: 1 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] })
  }
  const uri = `at://${p.did}/app.bsky.feed.post/${p.rkey}`
  const record: Record<string, unknown> = { $type: 'app.bsky.feed.post', text: p.text, createdAt: p.createdAt }
  if (p.langs) record.langs = p.langs
  if (facets.length > 0) record.facets = facets
  if (p.replyTo) {
    const ref = { uri: p.replyTo, cid: fakeCid(p.replyTo) }
    record.reply = { root: ref, parent: ref }
  }
  return {
    uri,
    cid: fakeCid(uri),
    author: { did: p.did, handle: p.handle, displayName: p.handle.split('.')[0], createdAt: '2025-01-10T10:00:00.000Z', labels: [] },
    record,
    replyCount: 0,
    repostCount: 0,
    likeCount: 0,
    quoteCount: 0,
    indexedAt: p.indexedAt,
    labels: [],
  }
}

/** A running fake Bluesky service. */
export interface FakeBluesky {
  http: FakeHttpServer
  url: string
  /** Indexed posts (any order; searches sort by indexedAt, newest first). */
  posts: FakePost[]
  /** did → handle known to the AppView. */
  directory: Map<string, string>
  /** Accepted (identifier, app password). */
  account: { identifier: string; password: string; did: string; handle: string }
  /** When false, getTrends answers 501 and clients must fall back. */
  trendsImplemented: boolean
  sessionsCreated: number
  sessionsRefreshed: number
  /** Makes the current access token expire (answers 400 ExpiredToken). */
  expireAccessToken(): void
  close(): Promise<void>
}

/** The account a fake PDS accepts, and how many sessions it opened. */
export interface FakeSessionState {
  account: { identifier: string; password: string; did: string; handle: string }
  sessionsCreated: number
}

/** com.atproto.server.createSession for an app-password account; `tokens` gives the JWTs to hand out now. */
export function createSessionRoute(state: FakeSessionState, tokens: () => { access: string; refresh: string }) {
  return (req: LoggedRequest): RouteAnswer => {
    const body = JSON.parse(req.body || '{}') as { identifier?: string; password?: string }
    if (body.identifier !== state.account.identifier || body.password !== state.account.password) {
      return { status: 401, json: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } }
    }
    state.sessionsCreated++
    const { did, handle } = state.account
    const { access, refresh } = tokens()
    return { json: { accessJwt: access, refreshJwt: refresh, handle, did, active: true } }
  }
}

/** Starts a fake Bluesky service on 127.0.0.1. */
export async function startFakeBluesky(): Promise<FakeBluesky> {
  const state = {
    posts: [] as FakePost[],
    directory: new Map<string, string>(),
    account: { identifier: 'vigie.test', password: 'app-pass-1234', did: 'did:plc:vigiewatcher000000000000', handle: 'vigie.test' },
    trendsImplemented: true,
    sessionsCreated: 0,
    sessionsRefreshed: 0,
  }
  let access = 'fake-access-jwt-0'
  let expired = ''
  const authed = (req: LoggedRequest) => req.headers.authorization === `Bearer ${access}`
  const expiredToken = (req: LoggedRequest): RouteAnswer | null =>
    expired && req.headers.authorization === `Bearer ${expired}` ? { status: 400, json: { error: 'ExpiredToken', message: 'Token has expired' } } : null

  const http = await startHttpServer({
    '/xrpc/com.atproto.server.createSession': createSessionRoute(state, () => ({ access, refresh: 'fake-refresh-jwt' })),
    '/xrpc/com.atproto.server.refreshSession': (req) => {
      if (req.headers.authorization !== 'Bearer fake-refresh-jwt') return { status: 400, json: { error: 'InvalidToken', message: 'bad refresh token' } }
      state.sessionsRefreshed++
      access = `fake-access-jwt-${state.sessionsRefreshed}`
      const { did, handle } = state.account
      return { json: { accessJwt: access, refreshJwt: 'fake-refresh-jwt', handle, did, active: true } }
    },
    '/xrpc/app.bsky.feed.searchPosts': (req) => {
      const stale = expiredToken(req)
      if (stale) return stale
      if (!authed(req)) return { status: 403, json: { error: 'Forbidden', message: 'search requires auth' } }
      const q = req.query.get('q') ?? ''
      const since = req.query.get('since')
      const tags = req.query.getAll('tag')
      const lang = req.query.get('lang')
      const limit = Number(req.query.get('limit') ?? 25)
      const offset = Number(req.query.get('cursor') ?? 0)
      const hits = state.posts
        .filter((p) => q === '*' || p.text.toLowerCase().includes(q.toLowerCase()))
        .filter((p) => !since || p.indexedAt >= since)
        .filter((p) => tags.every((t) => p.tags?.includes(t)))
        .filter((p) => !lang || p.langs?.includes(lang))
        .sort((a, b) => (a.indexedAt < b.indexedAt ? 1 : a.indexedAt > b.indexedAt ? -1 : 0))
      const page = hits.slice(offset, offset + limit)
      const json: Record<string, unknown> = { posts: page.map(postView), hitsTotal: hits.length }
      if (offset + limit < hits.length) json.cursor = String(offset + limit)
      return { json }
    },
    '/xrpc/app.bsky.unspecced.getTrends': () => {
      if (!state.trendsImplemented) return { status: 501, json: { error: 'MethodNotImplemented', message: 'Method Not Implemented' } }
      return {
        json: {
          trends: [
            { topic: 'harcelement', displayName: '#harcèlement', link: '/profile/trending.bsky.app/feed/harcelement', startedAt: '2026-11-27T20:00:00.000Z', postCount: 1234, status: 'hot', category: 'news', actors: [] },
            { topic: 'brevet', displayName: 'Brevet', link: '/profile/trending.bsky.app/feed/brevet', startedAt: '2026-11-27T18:30:00.000Z', postCount: 321, actors: [] },
          ],
        },
      }
    },
    '/xrpc/app.bsky.unspecced.getTrendingTopics': () => ({
      json: {
        topics: [
          { topic: 'harcelement', displayName: '#harcèlement', link: '/search?q=%23harcelement' },
          { topic: 'brevet', link: '/search?q=brevet' },
        ],
        suggested: [{ topic: 'science', link: '/search?q=science' }],
      },
    }),
    '/xrpc/app.bsky.actor.getProfiles': (req) => {
      const actors = req.query.getAll('actors')
      if (actors.length > 25) return { status: 400, json: { error: 'InvalidRequest', message: 'too many actors' } }
      const profiles = actors
        .filter((did) => state.directory.has(did))
        .map((did) => ({ did, handle: state.directory.get(did), createdAt: '2025-03-01T00:00:00.000Z', labels: [], followersCount: 1, followsCount: 2, postsCount: 3 }))
      return { json: { profiles } }
    },
    '/xrpc/com.atproto.identity.resolveHandle': (req) => {
      const handle = req.query.get('handle')
      for (const [did, h] of state.directory) if (h === handle) return { json: { did } }
      return { status: 400, json: { error: 'InvalidRequest', message: 'Unable to resolve handle' } }
    },
  })

  const expireAccessToken = () => {
    expired = access
    access = `${access}-unused`
  }
  const fake: FakeBluesky = Object.assign(state, { http, url: http.url, expireAccessToken, close: () => http.close() })
  return fake
}
