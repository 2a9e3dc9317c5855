import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/config.js'
import type { AppContext } from '../../src/context.js'
import { DEFAULT_SOURCE } from '../../src/sources/source-seed.js'
import { recordSuccess } from '../../src/sources/source-store.js'
import { DRIVERS, testContext } from '../_util.js'
import { sourceOptions } from './helpers.js'

describe.each(DRIVERS)('seeding sources (%s)', (driver) => {
  let ctx: AppContext | undefined
  afterEach(async () => {
    await ctx?.close()
    ctx = undefined
  })
  const open = async (sources: unknown[] | null) => {
    ctx = await testContext(driver, { sources }, { sources: sourceOptions() })
    return ctx
  }

  it('with no configuration, seeds the public Bluesky Jetstream (French posts) once', async () => {
    const c = await open(null)
    await c.sources.seed()
    const list = await c.sources.list()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      kind: 'jetstream',
      name: DEFAULT_SOURCE.name,
      schedule: null,
      enabled: true,
      health: 'unknown',
      config: { url: 'wss://jetstream2.us-east.bsky.network/subscribe', languages: ['fr'] },
    })
  })

  it('upserts configured definitions by name, with default names and schedules', async () => {
    const configured = [
      { kind: 'rss', url: 'https://piaille.fr/tags/harcelement.rss' },
      { kind: 'mastodon-tag', instance: 'https://piaille.fr', hashtag: '#Harcelement', schedule: '*/2 * * * *' },
      { kind: 'bluesky-search', name: 'recherche', identifier: 'vigie.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop', q: 'harcèlement' },
      { kind: 'jetstream', config: { url: 'wss://jetstream1.us-west.bsky.network/subscribe' }, enabled: false },
    ]
    const c = await open(configured)
    await c.sources.seed()
    const list = await c.sources.list()
    expect(list.map((s) => [s.kind, s.name, s.schedule, s.enabled])).toEqual([
      ['rss', 'rss:https://piaille.fr/tags/harcelement.rss', '*/5 * * * *', true],
      ['mastodon-tag', 'mastodon-tag:https://piaille.fr#harcelement', '*/2 * * * *', true],
      ['bluesky-search', 'recherche', '*/10 * * * *', true],
      ['jetstream', 'jetstream:wss://jetstream1.us-west.bsky.network/subscribe', null, false],
    ])
    // The app password never leaves the server.
    expect(list[2]?.config.appPassword).toBe('••••••')
    expect(JSON.stringify(list)).not.toContain('abcd-efgh')
  })

  it('a second start updates changed definitions, keeps unchanged ones and their cursors', async () => {
    const c = await open([{ kind: 'rss', name: 'flux', url: 'https://a.example/feed.rss' }, { kind: 'rss', name: 'autre', url: 'https://b.example/feed.rss' }])
    await c.sources.seed()
    const [flux, autre] = await c.sources.list()
    await recordSuccess(c.database.db, flux!.id, { newest: '2026-11-27T20:00:00.000Z', seen: ['x'] }, new Date())
    await recordSuccess(c.database.db, autre!.id, { newest: '2026-11-27T21:00:00.000Z', seen: ['y'] }, new Date())
    const { SourceService } = await import('../../src/sources/source-service.js')
    const restarted = new SourceService(
      {
        db: c.database.db,
        pipeline: c.pipeline,
        hub: c.hub,
        log: c.log,
        configured: [{ kind: 'rss', name: 'flux', url: 'https://a.example/feed.rss' }, { kind: 'rss', name: 'autre', url: 'https://c.example/feed.rss', schedule: '*/30 * * * *' }],
      },
      sourceOptions(),
    )
    await restarted.seed()
    const after = await restarted.list()
    expect(after.map((s) => s.id)).toEqual([flux!.id, autre!.id])
    expect(after[0]).toMatchObject({ cursor: 'newest=2026-11-27T20:00:00.000Z', health: 'ok' })
    expect(after[1]).toMatchObject({ cursor: null, health: 'unknown', schedule: '*/30 * * * *', config: { url: 'https://c.example/feed.rss' } })
    await restarted.stop()
  })

  it('an invalid definition fails start with a French message naming the entry', async () => {
    const c = await open([{ kind: 'rss', url: 'https://ok.example/feed.rss' }, { kind: 'mastodon-tag', instance: 'pas une url', hashtag: 'x' }])
    const err = await c.sources.seed().then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as Error).message).toMatch(/^VIGIE_SOURCES, source n°2 \(mastodon-tag\) invalide : configuration mastodon-tag invalide : .*instance/)
    expect(await c.sources.list()).toEqual([]) // all or nothing
  })

  it.each([
    [[{ url: 'https://x.example/feed.rss' }], /source n°1 invalide : kind : obligatoire/],
    [[{ kind: 'tiktok' }], /type de source inconnu « tiktok »/],
    [[{ kind: 'rss', url: 'https://x.example/a.rss', schedule: 'tous les jours' }], /expression cron invalide/],
    [[{ kind: 'jetstream', schedule: '*/5 * * * *' }], /flux continu/],
    [[{ kind: 'jetstream', identityService: 'https://appview.example' }], /source n°1 \(jetstream\) invalide : configuration jetstream invalide : .*clé inconnue « identityService »/],
    [[{ kind: 'mastodon-tag', instance: 'https://piaille.fr', hashtag: 'x', tag: 'x' }], /clé inconnue « tag »/],
    [[{ kind: 'rss', url: 'https://x.example/a.rss' }, { kind: 'rss', url: 'https://x.example/a.rss' }], /source n°2 \(rss\) : le nom « rss:https:\/\/x.example\/a.rss » est déjà utilisé/],
  ])('refuses %j', async (configured, message) => {
    const c = await open(configured)
    await expect(c.sources.seed()).rejects.toThrow(message)
  })
})
