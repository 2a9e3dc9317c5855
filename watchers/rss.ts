/**
 * RSS 2.0 / Atom feeds (Mastodon `/tags/NAME.rss`, news sites, YouTube
 * channels) through rss-parser, on a body fetched by the capped HTTP client.
 * Items are deduplicated by guid/link with a bounded set kept in the cursor.
 */
import { createHash } from 'node:crypto'
import Parser from 'rss-parser'
import { z } from 'zod'
import type { Post } from '../contract/post.js'
import { configObject, httpUrl, parseConfigWith } from './config.js'
import { WatcherParseError } from './errors.js'
import { htmlToText } from './html-to-text.js'
import { boundedUnion } from './ids.js'
import type { FetchResult, PolledWatcher } from './types.js'

const ConfigSchema = configObject({
  url: httpUrl,
  /** Platform name written on posts ("rss", "youtube", "mastodon"…). */
  platform: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).default('rss'),
  /** Ids remembered for dedupe; keep it above the feed's item count. */
  maxSeen: z.number().int().min(10).max(20_000).default(2_000),
  /** Most items read from one body. */
  maxItems: z.number().int().min(1).max(5_000).default(500),
})

/** Configuration of an `rss` source. */
export type RssConfig = z.output<typeof ConfigSchema>
/** Cursor: newest item date seen (ISO) and recent item ids, newest first. */
export type RssCursor = { newest: string | null; seen: string[] }

type FeedItem = Record<string, unknown>

/** Item fields as rss-parser leaves them; the XML is attacker-controlled. */
const Str = z.string().max(1_000_000)
const ItemFields = z.object({
  guid: z.unknown().optional(),
  id: z.unknown().optional(),
  link: Str.optional(),
  title: z.unknown().optional(),
  content: z.unknown().optional(),
  summary: z.unknown().optional(),
  creator: z.unknown().optional(),
  author: z.unknown().optional(),
  isoDate: Str.optional(),
  categories: z.array(z.unknown()).max(1_000).optional(),
  atomCategories: z.array(z.unknown()).max(1_000).optional(),
})

/** A string out of an xml2js value: 'x', { _: 'x' } or { $: { term: 'x' } }. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return textOf(v[0])
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (typeof o._ === 'string') return o._
    const attrs = o.$
    if (attrs && typeof attrs === 'object') {
      const a = attrs as Record<string, unknown>
      if (typeof a.term === 'string') return a.term
      if (typeof a.label === 'string') return a.label
    }
    if (o.name !== undefined) return textOf(o.name)
  }
  return undefined
}

function tagOf(v: unknown): string | undefined {
  const t = textOf(v)?.trim().toLowerCase()
  if (!t) return undefined
  const tag = t.startsWith('#') ? t.slice(1) : t
  return tag.length > 0 && tag.length <= 100 ? tag : undefined
}

function itemId(item: z.output<typeof ItemFields>, feedUrl: string, title: string, date: string): string {
  const id = textOf(item.guid)?.trim() || textOf(item.id)?.trim() || item.link?.trim()
  if (id) return id.slice(0, 2_000)
  const digest = createHash('sha256').update(`${title}\u0000${date}`).digest('hex').slice(0, 32)
  return `${feedUrl}#${digest}`
}

/** Creates the rss-parser instance (Atom categories need a custom field). */
function createParser(): Parser<Record<string, unknown>, FeedItem> {
  return new Parser<Record<string, unknown>, FeedItem>({
    customFields: { item: [['category', 'atomCategories', { keepArray: true }]] },
  })
}

/** Parses an RSS or Atom body; malformed XML → WatcherParseError. */
export async function parseFeed(xml: string, url: string) {
  try {
    return await createParser().parseString(xml)
  } catch (err) {
    throw new WatcherParseError(`malformed feed XML from ${url}`, err)
  }
}

/** The `rss` watcher (RSS 2.0, RSS 1.0 and Atom). */
export const rssWatcher: PolledWatcher<RssConfig, RssCursor> = {
  kind: 'rss',
  parseConfig: (raw) => parseConfigWith('rss', ConfigSchema, raw),

  async fetch(config, cursor, ctx): Promise<FetchResult<RssCursor>> {
    const { text, response } = await ctx.http.getText(config.url, {
      signal: ctx.signal,
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' },
    })
    const feed = await parseFeed(text, response.url)
    const feedTitle = typeof feed.title === 'string' ? feed.title.trim() : undefined
    const feedLang = typeof feed.language === 'string' ? feed.language.slice(0, 2).toLowerCase() : undefined
    const seen = new Set(cursor?.seen ?? [])
    const now = ctx.now()
    const fresh: { post: Post; time: number }[] = []
    let newest = cursor?.newest ? Date.parse(cursor.newest) : NaN

    for (const raw of feed.items.slice(0, config.maxItems)) {
      const parsed = ItemFields.safeParse(raw)
      if (!parsed.success) {
        ctx.log?.warn({ url: response.url }, 'skipped malformed feed item')
        continue
      }
      const item = parsed.data
      const title = (textOf(item.title) ?? '').trim()
      const id = itemId(item, config.url, title, item.isoDate ?? '')
      if (seen.has(id)) continue
      seen.add(id)
      const parsedTime = item.isoDate ? Date.parse(item.isoDate) : NaN
      const time = Number.isNaN(parsedTime) ? now.getTime() : parsedTime
      if (Number.isNaN(newest) || time > newest) newest = time
      const body = htmlToText(textOf(item.content) ?? textOf(item.summary) ?? '')
      const tags = [...(item.categories ?? []), ...(item.atomCategories ?? [])].map(tagOf).filter((t): t is string => !!t)
      const author = (textOf(item.creator) ?? textOf(item.author) ?? feedTitle ?? new URL(config.url).host).trim()
      const post: Post = {
        platform: config.platform,
        id,
        author: author.slice(0, 300),
        text: title && body ? `${title}\n\n${body}` : title || body,
        createdAt: new Date(time),
        hashtags: [...new Set(tags)],
        mentions: [],
        langs: feedLang && /^[a-z]{2}$/.test(feedLang) ? [feedLang] : [],
      }
      if (item.link) post.url = item.link
      fresh.push({ post, time })
    }

    fresh.sort((a, b) => a.time - b.time)
    return {
      posts: fresh.map((f) => f.post),
      cursor: {
        newest: Number.isNaN(newest) ? null : new Date(newest).toISOString(),
        seen: boundedUnion([...fresh].reverse().map((f) => f.post.id), cursor?.seen ?? [], config.maxSeen),
      },
    }
  },
}
