/**
 * A fake Bluesky network for removal checks, one local server playing the
 * PLC directory (`GET /did:plc:…` → DID document), the AppView
 * (`app.bsky.feed.getPosts`, bodies checked against @atproto/api's lexicons,
 * labels included) and the authors' PDS (`com.atproto.repo.getRecord`,
 * `com.atproto.sync.getRepoStatus`), answering as a real network does
 * (see ../shared/bluesky-net README): a post taken down is missing from the
 * AppView but still in the repository; a post deleted by its author is gone
 * from both; a taken-down account has no repository to read.
 */
import { lexicons } from '@atproto/api'
import { startHttpServer, type FakeHttpServer, type RouteAnswer } from './http-server.js'
import { fakeCid, postView, type FakePost } from './xrpc-server.js'

/** What the network does with one post. */
export type FakePostState = 'online' | 'labelled' | 'taken-down' | 'deleted' | 'account-takendown' | 'account-deleted'

/** A running fake network. */
export interface FakeBlueskyNetwork {
  http: FakeHttpServer
  url: string
  /** Post state by at:// URI. */
  states: Map<string, FakePostState>
  posts: Map<string, FakePost>
  /** DIDs whose PLC entry is tombstoned (410). */
  tombstoned: Set<string>
  /** Adds a post by `did`; returns its at:// URI. */
  add(did: string, state?: FakePostState): string
  close(): Promise<void>
}

let counter = 0

/** Starts the fake network on 127.0.0.1. */
export async function startFakeBlueskyNetwork(): Promise<FakeBlueskyNetwork> {
  const states = new Map<string, FakePostState>()
  const posts = new Map<string, FakePost>()
  const tombstoned = new Set<string>()
  const byDid = (did: string) => [...posts.entries()].filter(([, p]) => p.did === did).map(([uri]) => states.get(uri))
  const accountState = (did: string): FakePostState | null => {
    const all = byDid(did)
    if (all.includes('account-takendown')) return 'account-takendown'
    if (all.includes('account-deleted')) return 'account-deleted'
    return null
  }
  const bad = (error: string, message: string): RouteAnswer => ({ status: 400, json: { error, message } })

  const http = await startHttpServer({
    '/xrpc/app.bsky.feed.getPosts': (req) => {
      const uris = req.query.getAll('uris')
      const views = uris.flatMap((uri) => {
        const p = posts.get(uri)
        const state = states.get(uri)
        if (!p || (state !== 'online' && state !== 'labelled')) return []
        const view = postView(p)
        if (state === 'labelled') view.labels = [{ src: 'did:plc:ar7c4by46qjdydhdevvrndac', uri, cid: fakeCid(uri), val: '!takedown', cts: '2026-11-28T01:00:00.000Z' }]
        return [view]
      })
      const body = { posts: views }
      lexicons.assertValidXrpcOutput('app.bsky.feed.getPosts', body)
      return { json: body }
    },
    '/xrpc/com.atproto.repo.getRecord': (req) => {
      const repo = req.query.get('repo') ?? ''
      const uri = `at://${repo}/${req.query.get('collection')}/${req.query.get('rkey')}`
      if (accountState(repo)) return bad('InvalidRequest', `Could not find repo: ${repo}`)
      const p = posts.get(uri)
      const state = states.get(uri)
      if (!p || state === 'deleted') return bad('RecordNotFound', `Could not locate record: ${uri}`)
      const body = { uri, cid: fakeCid(uri), value: { $type: 'app.bsky.feed.post', text: p.text, createdAt: p.createdAt } }
      lexicons.assertValidXrpcOutput('com.atproto.repo.getRecord', body)
      return { json: body }
    },
    '/xrpc/com.atproto.sync.getRepoStatus': (req) => {
      const did = req.query.get('did') ?? ''
      const state = accountState(did)
      if (state === 'account-deleted') return bad('RepoNotFound', `Could not find repo for DID: ${did}`)
      const body = state === 'account-takendown' ? { did, active: false, status: 'takendown' } : { did, active: true }
      lexicons.assertValidXrpcOutput('com.atproto.sync.getRepoStatus', body)
      return { json: body }
    },
  })
  // PLC directory: any other path that is a DID.
  const plcRoute = (did: string): RouteAnswer => {
    if (tombstoned.has(did)) return { status: 410, json: { message: 'DID not available' } }
    if (![...posts.values()].some((p) => p.did === did)) return { status: 404, json: { message: 'DID not registered' } }
    return {
      json: {
        '@context': ['https://www.w3.org/ns/did/v1'],
        id: did,
        alsoKnownAs: [`at://${posts.get([...posts.keys()].find((u) => posts.get(u)?.did === did) ?? '')?.handle ?? 'x.test'}`],
        verificationMethod: [],
        service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: http.url }],
      },
    }
  }
  const add = (did: string, state: FakePostState = 'online') => {
    const rkey = `3lrm${(counter++).toString(36).padStart(6, '0')}`
    const p: FakePost = { did, handle: `${did.slice(8, 16)}.test`, rkey, text: 'publication signalée', createdAt: '2026-11-27T20:00:00.000Z', indexedAt: '2026-11-27T20:00:01.000Z' }
    const uri = `at://${did}/app.bsky.feed.post/${rkey}`
    posts.set(uri, p)
    states.set(uri, state)
    http.routes.set(`/${did}`, () => plcRoute(did))
    return uri
  }
  return { http, url: http.url, states, posts, tombstoned, add, close: () => http.close() }
}
