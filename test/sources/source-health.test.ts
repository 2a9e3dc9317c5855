import { describe, expect, it } from 'vitest'
import { RateLimitedError, WatcherConfigError, WatcherFetchError, WatcherParseError } from '../../watchers/index.js'
import { classifyFailure, healthAfter, streamHealth } from '../../src/sources/source-health.js'
import { defaultName } from '../../src/sources/source-kinds.js'
import { stableJson } from '../../src/sources/source-store.js'
import { cursorSummary, MASK, maskSecrets, unmaskSecrets } from '../../src/sources/source-view.js'

describe('source health', () => {
  it.each([
    [0, undefined, 'ok'],
    [1, 'retryable', 'degraded'],
    [2, 'permanent', 'degraded'],
    [3, 'retryable', 'failing'],
    [1, 'config', 'failing'],
    [1, 'rate-limited', 'degraded'],
    [5, 'rate-limited', 'degraded'],
    [6, 'rate-limited', 'failing'],
  ] as const)('%i failures, last %s → %s', (failures, kind, health) => {
    expect(healthAfter(failures, kind)).toBe(health)
  })

  it('classifies watcher errors', () => {
    expect(classifyFailure(new RateLimitedError(1_000))).toBe('rate-limited')
    expect(classifyFailure(new WatcherConfigError('rss', 'bad'))).toBe('config')
    expect(classifyFailure(new WatcherFetchError('Auth', 'HTTP 401', { retryable: false, status: 401 }))).toBe('config')
    expect(classifyFailure(new WatcherFetchError('HttpStatus', 'HTTP 503', { retryable: true, status: 503 }))).toBe('retryable')
    expect(classifyFailure(new WatcherParseError('bad xml'))).toBe('permanent')
    expect(classifyFailure(new Error('database down'))).toBe('retryable')
  })

  it('maps stream states', () => {
    expect(streamHealth({ state: 'open', attempt: 0, cursor: null }, 'failing')).toBe('ok')
    expect(streamHealth({ state: 'reconnecting', attempt: 1, cursor: null }, 'ok')).toBe('degraded')
    expect(streamHealth({ state: 'reconnecting', attempt: 3, cursor: null }, 'ok')).toBe('failing')
    expect(streamHealth({ state: 'connecting', attempt: 0, cursor: null }, 'unknown')).toBe('unknown')
    expect(streamHealth({ state: 'stopped', attempt: 0, cursor: null }, 'ok')).toBe('ok')
  })
})

describe('source views', () => {
  it('masks secrets, deeply, and credentials in URLs', () => {
    const masked = maskSecrets({
      identifier: 'vigie.bsky.social',
      appPassword: 'abcd-efgh',
      accessToken: 'tok',
      nested: { apiKey: 'k', list: ['https://user:pw@host.example/feed'] },
      url: 'https://bob:secret@feeds.example/a.rss',
      empty: null,
    })
    expect(masked).toEqual({
      identifier: 'vigie.bsky.social',
      appPassword: MASK,
      accessToken: MASK,
      nested: { apiKey: MASK, list: ['https://host.example/feed'] },
      url: 'https://feeds.example/a.rss',
      empty: null,
    })
    expect(JSON.stringify(masked)).not.toMatch(/abcd|secret|:pw@/)
  })

  it('puts stored secrets back where the client sent the mask', () => {
    const stored = { appPassword: 'abcd', q: 'a', auth: { token: 't' } }
    expect(unmaskSecrets({ appPassword: MASK, q: 'b', auth: { token: MASK } }, stored)).toEqual({ appPassword: 'abcd', q: 'b', auth: { token: 't' } })
    expect(unmaskSecrets({ appPassword: 'new', q: 'b' }, stored)).toEqual({ appPassword: 'new', q: 'b' })
  })

  it('summarises cursors', () => {
    expect(cursorSummary(null)).toBeNull()
    expect(cursorSummary(1_764_280_000_000_000)).toBe('2025-11-27T21:46:40.000Z')
    expect(cursorSummary({ minId: '1002' })).toBe('minId=1002')
    expect(cursorSummary({ newest: '2026-11-27T20:00:00.000Z', seen: ['a'] })).toBe('newest=2026-11-27T20:00:00.000Z')
  })

  it('names sources after what they read', () => {
    expect(defaultName('rss', { url: 'https://a.example/f.rss' })).toBe('rss:https://a.example/f.rss')
    expect(defaultName('mastodon-tag', { instance: 'https://piaille.fr', hashtag: '#Harcelement' })).toBe('mastodon-tag:https://piaille.fr#harcelement')
    expect(defaultName('mastodon-trends', { instance: 'https://piaille.fr' })).toBe('mastodon-trends:https://piaille.fr')
    expect(defaultName('bluesky-search', { q: 'harcèlement', identifier: 'x' })).toBe('bluesky-search:harcèlement')
    expect(defaultName('bluesky-trends', {})).toBe('bluesky-trends:default')
  })

  it('compares configs whatever the key order', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }))
  })
})
