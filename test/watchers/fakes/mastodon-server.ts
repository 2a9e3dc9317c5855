/**
 * A fake Mastodon instance: `GET /api/v1/timelines/tag/:hashtag` with real
 * min_id / since_id / max_id semantics and `GET /api/v1/trends/tags`, answering
 * real Status / Tag JSON.
 */
import { startHttpServer, type FakeHttpServer, type LoggedRequest } from './http-server.js'

/** Input to build a status. */
export interface StatusInput {
  id: string
  html: string
  tags?: string[]
  /** accts, e.g. "lea" (local) or "lea@other.social" */
  mentions?: string[]
  acct?: string
  language?: string | null
  inReplyToId?: string | null
  createdAt?: string
  spoiler?: string
}

/** A Mastodon Status entity as the REST API returns it. */
export function makeStatus(host: string, s: StatusInput): Record<string, unknown> {
  const acct = s.acct ?? 'camille'
  const username = acct.split('@')[0] ?? acct
  const origin = `https://${host}`
  return {
    id: s.id,
    created_at: s.createdAt ?? new Date(Date.UTC(2026, 10, 27, 20, 0, Number(s.id) % 60)).toISOString(),
    in_reply_to_id: s.inReplyToId ?? null,
    in_reply_to_account_id: s.inReplyToId ? '109000000000000001' : null,
    sensitive: false,
    spoiler_text: s.spoiler ?? '',
    visibility: 'public',
    language: s.language === undefined ? 'fr' : s.language,
    uri: `${origin}/users/${username}/statuses/${s.id}`,
    url: `${origin}/@${username}/${s.id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: s.html,
    reblog: null,
    application: { name: 'Web', website: null },
    account: {
      id: '109000000000000042',
      username,
      acct,
      display_name: username,
      locked: false,
      bot: false,
      discoverable: true,
      group: false,
      created_at: '2024-09-01T00:00:00.000Z',
      note: '<p></p>',
      uri: `${origin}/users/${username}`,
      url: `${origin}/@${username}`,
      avatar: `${origin}/avatars/original/missing.png`,
      avatar_static: `${origin}/avatars/original/missing.png`,
      header: `${origin}/headers/original/missing.png`,
      header_static: `${origin}/headers/original/missing.png`,
      followers_count: 3,
      following_count: 5,
      statuses_count: 12,
      last_status_at: '2026-11-27',
      emojis: [],
      fields: [],
    },
    media_attachments: [],
    mentions: (s.mentions ?? []).map((m, i) => ({
      id: String(109000000000000100 + i),
      username: m.split('@')[0],
      url: `${origin}/@${m}`,
      acct: m,
    })),
    tags: (s.tags ?? []).map((t) => ({ name: t, url: `${origin}/tags/${t}` })),
    emojis: [],
    card: null,
    poll: null,
  }
}

/** A running fake instance. */
export interface FakeMastodon {
  http: FakeHttpServer
  url: string
  /** Host used in status URIs. */
  host: string
  /** hashtag → statuses (any order). */
  timelines: Map<string, Record<string, unknown>[]>
  trends: Record<string, unknown>[]
  close(): Promise<void>
}

function cmp(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0
}

function timeline(statuses: Record<string, unknown>[], req: LoggedRequest): Record<string, unknown>[] {
  const limit = Math.min(40, Number(req.query.get('limit') ?? 20))
  const minId = req.query.get('min_id')
  const sinceId = req.query.get('since_id')
  const maxId = req.query.get('max_id')
  let list = [...statuses].sort((a, b) => cmp(String(a.id), String(b.id))) // oldest first
  if (maxId) list = list.filter((s) => cmp(String(s.id), maxId) < 0)
  if (minId) {
    // The `limit` statuses immediately newer than min_id, returned newest first.
    return list.filter((s) => cmp(String(s.id), minId) > 0).slice(0, limit).reverse()
  }
  if (sinceId) list = list.filter((s) => cmp(String(s.id), sinceId) > 0)
  return list.slice(-limit).reverse()
}

/** Starts a fake Mastodon instance on 127.0.0.1. */
export async function startFakeMastodon(host = 'piaille.test'): Promise<FakeMastodon> {
  const timelines = new Map<string, Record<string, unknown>[]>()
  const fake = {
    host,
    timelines,
    trends: [
      { name: 'Harcelement', url: `https://${host}/tags/harcelement`, history: [{ day: '1764201600', uses: '42', accounts: '17' }, { day: '1764115200', uses: '3', accounts: '2' }], following: false },
      { name: 'brevet', url: `https://${host}/tags/brevet`, history: [{ day: '1764201600', uses: '8', accounts: '5' }] },
    ] as Record<string, unknown>[],
  }
  const http = await startHttpServer({
    '/api/v1/trends/tags': () => ({ json: fake.trends, headers: { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '299', 'x-ratelimit-reset': new Date(Date.now() + 300_000).toISOString() } }),
  })
  // Tag routes are dynamic: wrap the router.
  const original = http.routes
  const proxy = new Map(original)
  proxy.get = (path: string) => {
    const prefix = '/api/v1/timelines/tag/'
    if (path.startsWith(prefix)) {
      const tag = decodeURIComponent(path.slice(prefix.length)).toLowerCase()
      return (req: LoggedRequest) => ({ json: timeline(timelines.get(tag) ?? [], req) })
    }
    return original.get(path)
  }
  http.routes = proxy
  return Object.assign(fake, { http, url: http.url, close: () => http.close() })
}
