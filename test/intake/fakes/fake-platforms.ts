/**
 * A local stand-in for the platforms of the registry: one HTTP server on
 * 127.0.0.1 that answers for every platform host by its Host header (tests
 * send every name there with a fake DNS lookup), imitating each platform's
 * answers for an item that is online and for one that was removed: short
 * links that redirect, pages that answer 404, redirect to a generic page, or
 * answer 200 saying the item is unavailable, oEmbed and invite endpoints.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LookupAddress } from 'node:dns'
import type { SafeFetchOptions } from '../../../src/net/safe-fetch.js'

/** A lookup that answers `address` for every name. */
export function fakeDns(address = '127.0.0.1', family = 4): NonNullable<SafeFetchOptions['lookup']> {
  return ((_host: string, _opts: unknown, cb: (err: null, a: LookupAddress[]) => void) => cb(null, [{ address, family }])) as unknown as NonNullable<
    SafeFetchOptions['lookup']
  >
}

/** The running fake network. */
export interface FakePlatforms {
  port: number
  /** `http://HOST:PORT` for a platform host. */
  origin(host: string): string
  /** Items removed so far: `host + path` keys (see `remove`). */
  removed: Set<string>
  /** Marks an item removed: its host and path. */
  remove(host: string, path: string): void
  /** Requests seen: `host path`. */
  log: string[]
  close(): Promise<void>
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif"><h1>${title}</h1>${body}</body></html>`

type Answer = { status: number; headers?: Record<string, string>; body?: string }

/** Starts the fake network. */
export async function startFakePlatforms(): Promise<FakePlatforms> {
  const removed = new Set<string>()
  const log: string[] = []
  let port = 0
  const origin = (host: string) => `http://${host}:${port}`
  const gone = (host: string, path: string) => removed.has(`${host}${path}`)

  function answer(host: string, url: URL): Answer {
    const path = url.pathname.replace(/\/$/, '') || '/'
    const html = (body: string, status = 200): Answer => ({ status, headers: { 'content-type': 'text/html; charset=utf-8' }, body })
    const json = (value: unknown, status = 200): Answer => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) })
    switch (host) {
      case 'vm.tiktok.com':
        if (path === '/ZMabc123') return { status: 301, headers: { location: `${origin('www.tiktok.com')}/@lea.m/video/7312345678901234567?_r=1&is_from_webapp=1&_t=sharer-id` } }
        if (path === '/ZMloop') return { status: 302, headers: { location: `${origin('vm.tiktok.com')}/ZMloop` } }
        if (path === '/ZMmeta') return { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }
        return html(page('TikTok', '<p>Lien introuvable</p>'), 404)
      case 'www.tiktok.com':
        if (path === '/') return html(page('TikTok - Pour toi', '<p>Accueil</p>'))
        if (gone(host, path)) return html(page('TikTok', '<p>Video currently unavailable</p>'))
        if (path.startsWith('/@')) return html(page('TikTok', `<p>@lea.m · vidéo ${path.split('/').pop() ?? ''}</p><p>#anti2010 regardez-la</p>`))
        return html(page('TikTok', ''), 404)
      case 'www.instagram.com':
        if (gone(host, path)) return html(page('Instagram', '<p>Désolé, cette page n’est pas disponible.</p>'))
        if (path.startsWith('/p/')) return html(page('Instagram', '<p>Publication de anti.2010</p>'))
        return html(page('Instagram', ''), 404)
      case 'www.snapchat.com':
        if (path === '/spotlight') return html(page('Spotlight', '<p>Découvrez Spotlight</p>'))
        if (gone(host, path)) return { status: 302, headers: { location: `${origin(host)}/spotlight` } }
        if (path.startsWith('/spotlight/')) return html(page('Snapchat', '<p>Spotlight de anti2010</p>'))
        return html(page('Snapchat', ''), 404)
      case 'www.youtube.com':
        if (path === '/oembed') {
          const item = new URL(url.searchParams.get('url') ?? 'http://x/')
          return gone(host, `${item.pathname}${item.search}`) ? { status: 404, body: 'Not Found' } : json({ title: 'Vidéo', type: 'video' })
        }
        if (gone(host, `${path}${url.search}`)) return html(page('YouTube', '<p>Vidéo non disponible</p>'))
        if (path === '/watch') return html(page('YouTube', '<p>Une vidéo</p>'))
        return html(page('YouTube', ''), 404)
      case 'publish.twitter.com': {
        const item = new URL(url.searchParams.get('url') ?? 'http://x/')
        return removed.has(`x.com${item.pathname}`) ? json({ error: 'not found' }, 404) : json({ html: '<blockquote>…</blockquote>' })
      }
      case 'x.com':
        return html(page('X', '<noscript>JavaScript is not available.</noscript>'))
      case 'discord.com':
        if (path.startsWith('/api/v10/invites/')) {
          const code = path.split('/').pop() ?? ''
          return removed.has(`discord.gg/${code}`) ? json({ message: 'Unknown Invite', code: 10006 }, 404) : json({ code, guild: { name: 'serveur' } })
        }
        return html(page('Discord', ''))
      case 'discord.gg':
        return html(page('Discord', '<p>Vous avez été invité</p>'))
      case 'clips.twitch.tv':
        return gone(host, path) ? html(page('Twitch', ''), 404) : html(page('Twitch', '<p>Clip</p>'))
      default:
        return html(page('Introuvable', ''), 404)
    }
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`)
    log.push(`${host} ${url.pathname}`)
    const a = answer(host, url)
    res.writeHead(a.status, a.headers ?? { 'content-type': 'text/plain; charset=utf-8' })
    res.end(a.body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  return {
    port,
    origin,
    removed,
    remove: (host, path) => removed.add(`${host}${path.length > 1 ? path.replace(/\/$/, '') : path}`),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
