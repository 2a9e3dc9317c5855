/**
 * Real RSS 2.0 and Atom documents, and a local server serving them (plus the
 * fault injection of http-server.ts).
 */
import { startHttpServer, type FakeHttpServer } from './http-server.js'

/** One feed item. */
export interface FeedItem {
  guid?: string
  link?: string
  title: string
  html: string
  date: string
  author?: string
  categories?: string[]
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An RSS 2.0 document (as Mastodon serves /tags/NAME.rss). */
export function rss2(title: string, items: FeedItem[]): string {
  const body = items
    .map(
      (i) => `    <item>
${i.guid ? `      <guid isPermaLink="true">${esc(i.guid)}</guid>\n` : ''}${i.link ? `      <link>${esc(i.link)}</link>\n` : ''}      <title>${esc(i.title)}</title>
      <pubDate>${new Date(i.date).toUTCString()}</pubDate>
${i.author ? `      <dc:creator>${esc(i.author)}</dc:creator>\n` : ''}      <description>${esc(i.html)}</description>
${(i.categories ?? []).map((c) => `      <category>${esc(c)}</category>`).join('\n')}
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${esc(title)}</title>
    <link>https://piaille.test/tags/harcelement</link>
    <description>Public posts tagged #harcelement</description>
    <language>fr-FR</language>
${body}
  </channel>
</rss>
`
}

/** An Atom 1.0 document (as YouTube channel feeds are). */
export function atom(title: string, items: FeedItem[]): string {
  const entries = items
    .map(
      (i) => `  <entry>
    <id>${esc(i.guid ?? i.link ?? '')}</id>
    <title>${esc(i.title)}</title>
    <link rel="alternate" href="${esc(i.link ?? '')}"/>
    <published>${i.date}</published>
    <updated>${i.date}</updated>
    <author><name>${esc(i.author ?? 'Chaîne')}</name></author>
    <content type="html">${esc(i.html)}</content>
${(i.categories ?? []).map((c) => `    <category term="${esc(c)}"/>`).join('\n')}
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>yt:channel:UC0000</id>
  <title>${esc(title)}</title>
  <updated>2026-11-27T20:00:00+00:00</updated>
${entries}
</feed>
`
}

/** A running feed server: set `feeds[path]` to the XML to serve. */
export interface FakeFeeds {
  http: FakeHttpServer
  url: string
  feeds: Map<string, string>
  close(): Promise<void>
}

/** Starts a feed server on 127.0.0.1. */
export async function startFakeFeeds(): Promise<FakeFeeds> {
  const feeds = new Map<string, string>()
  const http = await startHttpServer()
  const original = http.routes
  const proxy = new Map(original)
  proxy.get = (path: string) => {
    const xml = feeds.get(path)
    if (xml === undefined) return original.get(path)
    return () => ({ text: xml, headers: { 'content-type': path.endsWith('.atom') ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8' } })
  }
  http.routes = proxy
  return { http, url: http.url, feeds, close: () => http.close() }
}
