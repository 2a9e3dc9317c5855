import { describe, expect, it } from 'vitest'
import { mastodonTagWatcher } from '../../watchers/mastodon-tag.js'
import { rssWatcher } from '../../watchers/rss.js'
import { rss2, startFakeFeeds } from './fakes/feed-server.js'
import { startFakeMastodon } from './fakes/mastodon-server.js'
import { makeCtx } from './helpers.js'
import { WatcherConfigError } from '../../watchers/errors.js'
import { SOURCE_EXAMPLES } from '../../watchers/examples.js'
import { createWatcherRegistry, parseJetstreamConfig, jetstreamOptionsFrom, type Json } from '../../watchers/index.js'

describe('watcher registry', () => {
  it('registers every polled kind', () => {
    expect([...createWatcherRegistry().keys()].sort()).toEqual(['bluesky-search', 'bluesky-trends', 'mastodon-tag', 'mastodon-trends', 'rss'])
  })

  it('accepts the README example of every kind (kind and schedule belong to the caller)', () => {
    const registry = createWatcherRegistry()
    for (const [kind, example] of Object.entries(SOURCE_EXAMPLES)) {
      const { kind: _k, schedule: _s, ...config } = example as Record<string, unknown>
      if (kind === 'jetstream') expect(parseJetstreamConfig(config).languages).toEqual(['fr'])
      else expect(() => registry.get(kind)?.parseConfig(config)).not.toThrow()
    }
  })

  it('refuses bad configs with a typed error naming the field', () => {
    const registry = createWatcherRegistry()
    const err = (() => {
      try {
        registry.get('rss')?.parseConfig({ url: 'javascript:alert(1)' })
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(WatcherConfigError)
    expect((err as WatcherConfigError).kind).toBe('rss')
    expect((err as Error).message).toBe('invalid rss config: url: must be an absolute http(s) URL')
    expect(() => parseJetstreamConfig({ url: 'https://x' })).toThrow(/url: must be a ws/)
  })

  it('refuses unknown keys in every kind, naming them in French', () => {
    const registry = createWatcherRegistry()
    for (const [kind, example] of Object.entries(SOURCE_EXAMPLES)) {
      const { kind: _kind, schedule: _schedule, ...config } = example as Record<string, Json>
      const parse = (raw: unknown) => (kind === 'jetstream' ? parseJetstreamConfig(raw) : registry.get(kind)?.parseConfig(raw))
      expect(() => parse(config), kind).not.toThrow()
      expect(() => parse({ ...config, identityService: 'https://appview.example' }), kind).toThrow(
        new RegExp(`^invalid ${kind} config: clé inconnue « identityService » \\(clés admises : `),
      )
    }
    expect(() => parseJetstreamConfig({ watch: { hashtag: ['x'] } })).toThrow(/watch: clé inconnue « hashtag » \(clés admises : terms, hashtags, handles, dids\)/)
  })

  it('maps a jetstream config to consumer options with defaults', () => {
    expect(jetstreamOptionsFrom(parseJetstreamConfig({}))).toEqual({
      url: 'wss://jetstream2.us-east.bsky.network/subscribe',
      language: { keep: ['fr'], detect: 'all' },
      rewindUs: 5_000_000,
    })
  })
})

describe('independent sources', () => {
  it('one failing source does not stop another', async () => {
    const masto = await startFakeMastodon()
    const feeds = await startFakeFeeds()
    try {
      masto.http.faults.push({ status: 503 })
      feeds.feeds.set('/a.rss', rss2('t', [{ guid: 'g1', title: 'un', html: 'salut', date: '2026-11-27T20:00:00Z' }]))
      const [failed, ok] = await Promise.allSettled([
        mastodonTagWatcher.fetch(mastodonTagWatcher.parseConfig({ instance: masto.url, hashtag: 'x' }), null, makeCtx()),
        rssWatcher.fetch(rssWatcher.parseConfig({ url: `${feeds.url}/a.rss` }), null, makeCtx()),
      ])
      expect(failed?.status).toBe('rejected')
      expect(ok?.status === 'fulfilled' ? ok.value.posts.map((p) => p.id) : null).toEqual(['g1'])
    } finally {
      await masto.close()
      await feeds.close()
    }
  })
})
