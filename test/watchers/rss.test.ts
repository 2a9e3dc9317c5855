import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ResponseTooLargeError, WatcherFetchError, WatcherParseError } from '../../watchers/errors.js'
import { rssWatcher, type RssCursor } from '../../watchers/rss.js'
import { atom, rss2, startFakeFeeds, type FakeFeeds, type FeedItem } from './fakes/feed-server.js'
import { caught, makeCtx } from './helpers.js'

let feeds: FakeFeeds
beforeAll(async () => {
  feeds = await startFakeFeeds()
})
afterAll(async () => {
  await feeds.close()
})
beforeEach(() => {
  feeds.feeds.clear()
  feeds.http.faults.length = 0
})

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  guid: `https://piaille.test/@camille/1135000000${n}`,
  link: `https://piaille.test/@camille/1135000000${n}`,
  title: '',
  html: `<p>message ${n} &amp; co <a href="https://piaille.test/tags/harcelement">#harcelement</a></p>`,
  date: new Date(Date.UTC(2026, 10, 27, 20, n)).toISOString(),
  author: 'camille@piaille.test',
  categories: ['harcelement', 'College'],
  ...extra,
})

describe('rss', () => {
  it('reads RSS 2.0 items into Posts, oldest first', async () => {
    feeds.feeds.set('/tags/harcelement.rss', rss2('#harcelement', [item(3), item(2), item(1)]))
    const config = rssWatcher.parseConfig({ url: `${feeds.url}/tags/harcelement.rss`, platform: 'mastodon' })
    const res = await rssWatcher.fetch(config, null, makeCtx())
    expect(res.posts.map((p) => p.id)).toEqual([1, 2, 3].map((n) => item(n).guid))
    expect(res.posts[0]).toMatchObject({
      platform: 'mastodon',
      url: item(1).link,
      author: 'camille@piaille.test',
      text: 'message 1 & co #harcelement',
      hashtags: ['harcelement', 'college'],
      mentions: [],
      langs: ['fr'],
      createdAt: new Date(item(1).date),
    })
  })

  it('reads Atom entries (id, link, author, category terms)', async () => {
    feeds.feeds.set('/channel.atom', atom('Chaîne', [{ guid: 'yt:video:abc', link: 'https://www.youtube.com/watch?v=abc', title: 'Vidéo', html: 'Description <b>ici</b>', date: '2026-11-27T19:00:00+00:00', author: 'Une Chaîne', categories: ['Harcelement'] }]))
    const res = await rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/channel.atom`, platform: 'youtube' }), null, makeCtx())
    expect(res.posts).toHaveLength(1)
    expect(res.posts[0]).toMatchObject({ id: 'yt:video:abc', url: 'https://www.youtube.com/watch?v=abc', author: 'Une Chaîne', text: 'Vidéo\n\nDescription ici', hashtags: ['harcelement'] })
  })

  it('dedupes by guid/link through the cursor across a restart: no gap, no duplicate', async () => {
    const path = '/tags/harcelement.rss'
    const config = rssWatcher.parseConfig({ url: `${feeds.url}${path}` })
    feeds.feeds.set(path, rss2('t', [item(3), item(2), item(1)]))
    const first = await rssWatcher.fetch(config, null, makeCtx())
    const saved = JSON.parse(JSON.stringify(first.cursor)) as RssCursor
    expect(saved.seen).toEqual([3, 2, 1].map((n) => item(n).guid))
    feeds.feeds.set(path, rss2('t', [item(5), item(4), item(3), item(2)]))
    const second = await rssWatcher.fetch(config, saved, makeCtx())
    expect(second.posts.map((p) => p.id)).toEqual([4, 5].map((n) => item(n).guid))
    const third = await rssWatcher.fetch(config, second.cursor, makeCtx())
    expect(third.posts).toEqual([])
    expect(third.cursor?.newest).toBe(item(5).date)
  })

  it('uses the link when there is no guid, and bounds the seen set', async () => {
    const path = '/nog.rss'
    const items = Array.from({ length: 30 }, (_, n) => item(n, { guid: undefined, link: `https://news.test/a/${n}` }))
    feeds.feeds.set(path, rss2('t', items))
    const res = await rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}${path}`, maxSeen: 10 }), null, makeCtx())
    expect(res.posts[0]?.id).toBe('https://news.test/a/0')
    expect(res.cursor?.seen).toHaveLength(10)
    expect(res.cursor?.seen[0]).toBe('https://news.test/a/29')
  })

  it('turns malformed XML and non-feeds into WatcherParseError', async () => {
    feeds.feeds.set('/bad.rss', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>oops</item></channel>')
    expect(await caught(rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/bad.rss` }), null, makeCtx()))).toBeInstanceOf(WatcherParseError)
    feeds.feeds.set('/html.rss', '<!doctype html><html><body>not a feed</body></html>')
    expect(await caught(rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/html.rss` }), null, makeCtx()))).toBeInstanceOf(WatcherParseError)
    feeds.feeds.set('/baddate.atom', atom('x', [{ guid: 'g', link: 'l', title: 't', html: 'h', date: 'not a date' }]))
    const odd = await caught(rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/baddate.atom` }), null, makeCtx()))
    expect(odd).toBeInstanceOf(WatcherParseError)
  })

  it('does not expand entities declared in a DOCTYPE', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>t</title><item><guid>g1</guid><title>&b;</title><description>x</description></item></channel></rss>`
    feeds.feeds.set('/lol.rss', xml)
    // sax refuses entities declared in a DTD: a typed error, never an expansion.
    const err = await caught(rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/lol.rss` }), null, makeCtx()))
    expect(err).toBeInstanceOf(WatcherParseError)
  })

  it('applies the size cap and timeouts of the HTTP client', async () => {
    const config = rssWatcher.parseConfig({ url: `${feeds.url}/big.rss` })
    feeds.http.faults.push({ status: 200, streamBytes: 20 * 1024 * 1024 })
    expect(await caught(rssWatcher.fetch(config, null, makeCtx({ maxBytes: 2 * 1024 * 1024 })))).toBeInstanceOf(ResponseTooLargeError)
    feeds.http.faults.push({ status: 200, delayMs: 800 })
    const slow = (await caught(rssWatcher.fetch(config, null, makeCtx({ timeoutMs: 100 })))) as WatcherFetchError
    expect(slow.code).toBe('Timeout')
  })
})
