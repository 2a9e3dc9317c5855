import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Post } from '../../contract/post.js'
import { BlueskyIdentityResolver } from '../../watchers/bluesky-identity.js'
import { HttpClient } from '../../watchers/http.js'
import { JetstreamConsumer, type AccountChange, type IdentityChange, type PostDeletion } from '../../watchers/jetstream.js'
import type { StreamHealth } from '../../watchers/types.js'
import { accountEvent, deleteEvent, identityEvent, plcDid, postEvent } from './fakes/jetstream-events.js'
import { startFakeJetstream, type FakeJetstream } from './fakes/jetstream-server.js'
import { startFakeBluesky, type FakeBluesky } from './fakes/xrpc-server.js'
import { until } from './helpers.js'

const T0 = 1_764_280_000_000_000
const FR = 'Franchement t’es vraiment trop nulle, personne ne veut de toi au collège demain'
const EN = 'Honestly this is the best sandwich I have had all week, highly recommend it'
const frame = (e: Record<string, unknown>) => JSON.stringify(e)

function offline(extra: Partial<ConstructorParameters<typeof JetstreamConsumer>[0]> = {}) {
  const posts: Post[] = []
  const consumer = new JetstreamConsumer({ url: 'ws://127.0.0.1:9/subscribe', onPosts: (p) => void posts.push(...p), ...extra })
  return { consumer, posts }
}

describe('Jetstream filtering and parsing', () => {
  it('keeps French posts (declared or detected) and drops the rest', async () => {
    const { consumer, posts } = offline()
    const did = plcDid(1)
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a1', timeUs: T0 + 1, text: 'mdr', langs: ['fr'] })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a2', timeUs: T0 + 2, text: EN, langs: ['en'] })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a3', timeUs: T0 + 3, text: FR })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a4', timeUs: T0 + 4, text: FR, langs: ['en'] })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a5', timeUs: T0 + 5, text: 'mdr ptdr' })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a6', timeUs: T0 + 6, text: 'Hoy hace muchísimo calor en Madrid y no quiero salir de casa', langs: ['es'] })))
    consumer.handleFrame(frame(postEvent({ did, rkey: '3a7', timeUs: T0 + 7, text: 'Ciao', langs: ['fr-FR'] })))
    await consumer.stop()
    expect(posts.map((p) => p.id.split('/').pop())).toEqual(['3a1', '3a3', '3a4', '3a7'])
    expect(posts[3]?.langs).toEqual(['fr'])
    expect(consumer.stats()).toMatchObject({ events: 7, posts: 4, filtered: 3 })
    expect(consumer.cursor()).toBe(T0 + 7)
  })

  it('can trust declared languages only', async () => {
    const { consumer, posts } = offline({ language: { detect: 'undeclared' } })
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3b1', timeUs: T0 + 1, text: FR, langs: ['en'] })))
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3b2', timeUs: T0 + 2, text: FR })))
    await consumer.stop()
    expect(posts.map((p) => p.id.split('/').pop())).toEqual(['3b2'])
  })

  it('keeps posts in any language that match a watched term, hashtag, handle or DID', async () => {
    const { consumer, posts } = offline()
    const lea = plcDid(7)
    consumer.setWatchTerms({ terms: ['Harcèlement scolaire'], hashtags: ['#JeSuisLea'], handles: ['@lea.bsky.social'], dids: [lea] })
    const en = (rkey: string, text: string, extra = {}) => frame(postEvent({ did: plcDid(2), rkey, timeUs: T0 + posts.length + Number(rkey.slice(2)), text, langs: ['en'], ...extra }))
    consumer.handleFrame(en('3c1', 'talking about HARCELEMENT SCOLAIRE in english'))
    consumer.handleFrame(en('3c2', 'support #jesuislea', { tags: ['JeSuisLea'] }))
    consumer.handleFrame(en('3c3', 'hey @lea.bsky.social'))
    consumer.handleFrame(en('3c4', 'hey @someone', { mentionDids: [lea] }))
    consumer.handleFrame(en('3c5', 'a reply', { replyTo: `at://${lea}/app.bsky.feed.post/3zzz` }))
    consumer.handleFrame(frame(postEvent({ did: lea, rkey: '3c6', timeUs: T0 + 60, text: 'lea herself, in english', langs: ['en'] })))
    consumer.handleFrame(en('3c7', 'nothing to see here, move along please, nothing'))
    await consumer.stop()
    expect(posts.map((p) => p.id.split('/').pop())).toEqual(['3c1', '3c2', '3c3', '3c4', '3c5', '3c6'])
    expect(posts[1]?.hashtags).toEqual(['jesuislea'])
    expect(posts[3]?.mentions).toEqual([lea])
    expect(posts[4]?.replyTo).toBe(`at://${lea}/app.bsky.feed.post/3zzz`)
  })

  it('builds the Post from the record', async () => {
    const { consumer, posts } = offline()
    const did = plcDid(3)
    const lea = plcDid(7)
    consumer.handleFrame(frame(postEvent({ did, rkey: '3lkq2xyz', timeUs: T0 + 9, text: 'T’es nulle @lea #Harcelement', langs: ['fr'], tags: ['Harcelement'], mentionDids: [lea], createdAt: '2026-11-27T22:00:00.000Z', replyTo: `at://${lea}/app.bsky.feed.post/3aaa` })))
    await consumer.stop()
    expect(posts[0]).toEqual({
      platform: 'bluesky',
      id: `at://${did}/app.bsky.feed.post/3lkq2xyz`,
      url: `https://bsky.app/profile/${did}/post/3lkq2xyz`,
      author: did,
      authorId: did,
      text: 'T’es nulle @lea #Harcelement',
      createdAt: new Date('2026-11-27T22:00:00.000Z'),
      hashtags: ['harcelement'],
      mentions: [lea],
      replyTo: `at://${lea}/app.bsky.feed.post/3aaa`,
      langs: ['fr'],
    })
  })

  it('counts malformed events and never throws', async () => {
    const { consumer, posts } = offline()
    const bad = [
      '{not json',
      '[]',
      'null',
      JSON.stringify({ kind: 'commit', did: 'not-a-did', time_us: T0, commit: {} }),
      JSON.stringify({ kind: 'commit', did: plcDid(1), time_us: 'soon', commit: { rev: 'r', operation: 'create', collection: 'app.bsky.feed.post', rkey: '3x' } }),
      JSON.stringify({ ...postEvent({ did: plcDid(1), rkey: '3x1', timeUs: T0 + 1, text: 'x', langs: ['fr'] }), commit: { rev: 'r', operation: 'create', collection: 'app.bsky.feed.post', rkey: '3x1', record: { text: 42 } } }),
      JSON.stringify({ kind: 'commit', did: plcDid(1), time_us: T0 + 2, commit: { rev: 'r', operation: 'create', collection: 'app.bsky.feed.post', rkey: '../../etc', record: { text: 'x', createdAt: 'y' } } }),
      JSON.stringify({ kind: 'unknown', did: plcDid(1), time_us: T0 }),
      'x'.repeat(600_000),
    ]
    for (const b of bad) expect(() => consumer.handleFrame(b)).not.toThrow()
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3ok', timeUs: T0 + 3, text: 'ça va', langs: ['fr'], createdAt: 'not a date' })))
    await consumer.stop()
    expect(consumer.stats().malformed).toBe(bad.length)
    expect(posts).toHaveLength(1)
    expect(posts[0]?.createdAt).toEqual(new Date((T0 + 3) / 1000))
  })

  it('drops duplicate events', async () => {
    const { consumer, posts } = offline()
    const e = frame(postEvent({ did: plcDid(1), rkey: '3d1', timeUs: T0 + 1, text: 'salut', langs: ['fr'] }))
    consumer.handleFrame(e)
    consumer.handleFrame(e)
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3d1', timeUs: T0 + 1, text: 'salut', langs: ['fr'] })))
    await consumer.stop()
    expect(posts).toHaveLength(1)
    expect(consumer.stats().duplicates).toBe(2)
  })

  it('moves the cursor only once a batch has been handed on', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const got: Post[] = []
    const consumer = new JetstreamConsumer({
      url: 'ws://127.0.0.1:9/subscribe',
      cursor: T0,
      batchSize: 1,
      onPosts: async (p) => {
        await gate
        got.push(...p)
      },
    })
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3f1', timeUs: T0 + 10, text: 'coucou', langs: ['fr'] })))
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3f2', timeUs: T0 + 20, text: 'hello', langs: ['en'] })))
    expect(consumer.cursor()).toBe(T0) // the batch is still in the handler
    release()
    await consumer.stop()
    expect(got).toHaveLength(1)
    expect(consumer.cursor()).toBe(T0 + 20)
  })

  it('hands posts on at the end of the turn while its handler is idle, and gathers them while it is busy', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const batches: string[][] = []
    const consumer = new JetstreamConsumer({
      url: 'ws://127.0.0.1:9/subscribe',
      onPosts: async (p) => {
        batches.push(p.map((x) => x.id.split('/').pop()!))
        if (batches.length === 1) await gate
      },
    })
    const fr = (rkey: string, n: number) => frame(postEvent({ did: plcDid(1), rkey, timeUs: T0 + n, text: FR, langs: ['fr'] }))
    consumer.handleFrame(fr('3h1', 1))
    consumer.handleFrame(fr('3h2', 2))
    // Far from the batch size (200) and with no flush timer (never started): handed on once the turn's frames are read.
    await expect.poll(() => batches).toEqual([['3h1', '3h2']])
    // The handler is busy: these wait for it, then go on together.
    consumer.handleFrame(fr('3h3', 3))
    await new Promise((r) => setImmediate(r))
    consumer.handleFrame(fr('3h4', 4))
    await new Promise((r) => setImmediate(r))
    expect(batches).toHaveLength(1)
    release()
    await expect.poll(() => batches).toEqual([['3h1', '3h2'], ['3h3', '3h4']])
    await consumer.stop()
    expect(consumer.cursor()).toBe(T0 + 4)
  })

  it('drops events at or before the saved cursor', async () => {
    const { consumer, posts } = offline({ cursor: T0 + 5 })
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3g1', timeUs: T0 + 5, text: 'déjà vu', langs: ['fr'] })))
    consumer.handleFrame(frame(postEvent({ did: plcDid(1), rkey: '3g2', timeUs: T0 + 6, text: 'nouveau', langs: ['fr'] })))
    await consumer.stop()
    expect(posts.map((p) => p.id.split('/').pop())).toEqual(['3g2'])
  })

  it('reports deletes, identity and account events', async () => {
    const deletes: PostDeletion[] = []
    const identities: IdentityChange[] = []
    const accounts: AccountChange[] = []
    const { consumer } = offline({ onDeletes: (d) => void deletes.push(...d), onIdentity: (i) => void identities.push(i), onAccount: (a) => void accounts.push(a) })
    const did = plcDid(4)
    consumer.handleFrame(frame(deleteEvent({ did, rkey: '3e1', timeUs: T0 + 1 })))
    consumer.handleFrame(frame(identityEvent({ did, handle: 'Nouveau.bsky.social', timeUs: T0 + 2, seq: 10 })))
    consumer.handleFrame(frame(accountEvent({ did, active: false, status: 'takendown', timeUs: T0 + 3, seq: 11 })))
    await consumer.stop()
    expect(deletes).toEqual([{ platform: 'bluesky', id: `at://${did}/app.bsky.feed.post/3e1`, did, timeUs: T0 + 1 }])
    expect(identities).toEqual([{ did, handle: 'nouveau.bsky.social', time: new Date((T0 + 2) / 1000).toISOString() }])
    expect(accounts).toEqual([{ did, active: false, status: 'takendown', time: new Date((T0 + 3) / 1000).toISOString() }])
  })
})

describe('Jetstream connection', () => {
  let js: FakeJetstream
  let bsky: FakeBluesky
  beforeAll(async () => {
    js = await startFakeJetstream()
    bsky = await startFakeBluesky()
  })
  afterAll(async () => {
    await js.close()
    await bsky.close()
  })

  const fr = (n: number) => postEvent({ did: plcDid(100 + (n % 5)), rkey: `3lmn${String(n).padStart(6, '0')}`, timeUs: T0 + n * 1_000_000, text: `message numéro ${n}`, langs: ['fr'] })
  const rk = (p: Post) => Number(p.id.slice(-6))

  it('reconnects after a drop mid-stream, rewinds, and delivers each post once', async () => {
    js.log.length = 0
    js.connections.length = 0
    const posts: Post[] = []
    const health: StreamHealth[] = []
    const consumer = new JetstreamConsumer({
      url: js.url,
      rewindUs: 3_000_000,
      backoff: { baseMs: 20, maxMs: 100 },
      flushIntervalMs: 20,
      onPosts: (p) => void posts.push(...p),
      onHealth: (h) => void health.push(h),
    })
    consumer.start()
    await until(() => js.clientCount() === 1)
    expect(js.connections[0]?.get('wantedCollections')).toBe('app.bsky.feed.post')
    expect(js.connections[0]?.has('cursor')).toBe(false)
    js.emit([1, 2, 3, 4, 5, 6].map(fr))
    await until(() => posts.length === 6)
    js.dropAll()
    js.emit([7, 8, 9].map(fr)) // missed while disconnected
    await until(() => js.clientCount() === 1 && posts.length === 9)
    js.emit([10, 11].map(fr))
    await until(() => posts.length === 11)
    // Rewound 3 s before the last event seen (6): replay 3..11, duplicates dropped.
    expect(js.connections[1]?.get('cursor')).toBe(String(T0 + 6_000_000 - 3_000_000))
    expect(posts.map(rk)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(consumer.stats().duplicates).toBe(4)
    expect(health.map((h) => h.state)).toEqual(['connecting', 'open', 'reconnecting', 'connecting', 'open'])
    await consumer.stop()
    expect(consumer.health().state).toBe('stopped')
    expect(consumer.cursor()).toBe(T0 + 11_000_000)
  })

  it('resumes from a saved cursor after a restart: no gap, no duplicate', async () => {
    await until(() => js.clientCount() === 0)
    js.log.length = 0
    js.connections.length = 0
    const first: Post[] = []
    const a = new JetstreamConsumer({ url: js.url, flushIntervalMs: 20, onPosts: (p) => void first.push(...p) })
    a.start()
    await until(() => js.connections.length === 1 && js.clientCount() === 1)
    js.emit([21, 22, 23].map(fr))
    await until(() => first.length === 3)
    await a.stop()
    const saved = JSON.parse(JSON.stringify(a.cursor())) as number
    expect(saved).toBe(T0 + 23_000_000)
    await until(() => js.clientCount() === 0)
    js.emit([24, 25].map(fr)) // while Vigie is down

    const second: Post[] = []
    const b = new JetstreamConsumer({ url: js.url, cursor: saved, flushIntervalMs: 20, onPosts: (p) => void second.push(...p) })
    b.start()
    await until(() => second.length === 2)
    js.emit([26].map(fr))
    await until(() => second.length === 3)
    await b.stop()
    expect(js.connections[1]?.get('cursor')).toBe(String(saved))
    expect(second.map(rk)).toEqual([24, 25, 26])
  })

  it('keeps going through malformed frames and resolves authors to handles', async () => {
    await until(() => js.clientCount() === 0)
    js.log.length = 0
    js.connections.length = 0
    const author = plcDid(200)
    const mentioned = plcDid(201)
    bsky.directory.set(mentioned, 'lea.bsky.social')
    const identity = new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient() })
    const posts: Post[] = []
    const consumer = new JetstreamConsumer({ url: js.url, identity, flushIntervalMs: 20, onPosts: (p) => void posts.push(...p) })
    consumer.start()
    await until(() => js.connections.length === 1 && js.clientCount() === 1)
    js.emit([identityEvent({ did: author, handle: 'eleve.bsky.social', timeUs: T0 + 30_000_000, seq: 1 })])
    js.sendRaw('{"kind":"commit",')
    js.sendRaw('\u0000\u0001garbage')
    js.emit([postEvent({ did: author, rkey: '3lmn000031', timeUs: T0 + 31_000_000, text: 'salut @lea', langs: ['fr'], mentionDids: [mentioned] })])
    await until(() => posts.length === 1)
    await consumer.stop()
    expect(posts[0]).toMatchObject({ author: 'eleve.bsky.social', authorId: author, mentions: ['lea.bsky.social'], url: 'https://bsky.app/profile/eleve.bsky.social/post/3lmn000031' })
    expect(consumer.stats().malformed).toBe(2)
  })

  it('resolves watched handles to DIDs so mention facets match', async () => {
    const lea = plcDid(300)
    bsky.directory.set(lea, 'lea-martin.bsky.social')
    const identity = new BlueskyIdentityResolver({ serviceUrl: bsky.url, http: new HttpClient() })
    const posts: Post[] = []
    const consumer = new JetstreamConsumer({ url: js.url, identity, onPosts: (p) => void posts.push(...p) })
    consumer.setWatchTerms({ handles: ['@Lea-Martin.bsky.social'] })
    // Resolved (not merely asked): then the watched DID is added on the next turn.
    await until(() => identity.cachedHandle(lea) === 'lea-martin.bsky.social')
    await new Promise((r) => setTimeout(r, 50))
    consumer.handleFrame(frame(postEvent({ did: plcDid(301), rkey: '3lmn000301', timeUs: T0 + 1, text: 'look at this loser @someone', langs: ['en'], mentionDids: [lea] })))
    await consumer.stop()
    expect(posts).toHaveLength(1)
    expect(posts[0]?.mentions).toEqual(['lea-martin.bsky.social'])
  })

  it('backs off while the server is unreachable, then connects', async () => {
    const probe = await startFakeJetstream()
    const url = probe.url
    await probe.close()
    const health: StreamHealth[] = []
    const consumer = new JetstreamConsumer({ url, backoff: { baseMs: 10, maxMs: 40 }, onPosts: () => undefined, onHealth: (h) => void health.push(h) })
    consumer.start()
    await until(() => health.filter((h) => h.state === 'reconnecting').length >= 3)
    await consumer.stop()
    const attempts = health.filter((h) => h.state === 'reconnecting').map((h) => h.attempt)
    expect(attempts.slice(0, 3)).toEqual([1, 2, 3])
    expect(health.at(-1)?.state).toBe('stopped')
    expect(health.find((h) => h.state === 'reconnecting')?.lastError).toBeTruthy()
  })
})
