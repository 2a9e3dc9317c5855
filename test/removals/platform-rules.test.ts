/**
 * Removal checks by each shipped platform's rules (registry data), against
 * local pages imitating the platform's answers for an item online and the
 * same item removed: a gone status, a redirect to a generic page, a 200 page
 * saying the item is unavailable, a gone oEmbed or invite endpoint; a login
 * wall concludes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SafeFetcher } from '../../src/net/safe-fetch.js'
import { DEFAULT_PLATFORMS } from '../../src/platforms/defaults.js'
import { readPage } from '../../src/platforms/page-state.js'
import { PlatformRulesChecker } from '../../src/removals/platform-checker.js'
import { UrlChecker } from '../../src/removals/url-checker.js'
import { fakeDns, startFakePlatforms, type FakePlatforms } from '../intake/fakes/fake-platforms.js'

describe('removal rules of each shipped platform', () => {
  let net: FakePlatforms
  let checker: PlatformRulesChecker
  beforeAll(async () => {
    net = await startFakePlatforms()
    const fetcher = new SafeFetcher({ allowLoopback: true, lookup: fakeDns(), hostSpacingMs: 0 })
    checker = new PlatformRulesChecker(() => Promise.resolve(DEFAULT_PLATFORMS), fetcher, new UrlChecker(fetcher))
  })
  afterAll(() => net.close())

  const at = (host: string, path: string) => `${net.origin(host)}${path}`

  it.each([
    // platform, host, item path, what removal looks like, what the summary says
    ['tiktok', 'www.tiktok.com', '/@lea.m/video/7300000000000000001', 'a 200 page « Video currently unavailable »', /Video currently unavailable/],
    ['instagram', 'www.instagram.com', '/p/C1a2B3c4D5e/', 'a 200 page « Désolé, cette page n’est pas disponible »', /cette page n'est pas disponible/],
    ['snapchat', 'www.snapchat.com', '/spotlight/W7EDlXWTBiXAEEniNoMPw', 'a redirect to the generic Spotlight page', /page générique \(\/spotlight\)/],
    ['youtube', 'www.youtube.com', '/watch?v=dQw4w9WgXcQ', 'its oEmbed answering 404', /YouTube ne sert plus l’élément \(HTTP 404\)/],
    ['x', 'x.com', '/anti2010/status/1790000000000000000', 'its oEmbed answering 404', /X \(Twitter\) ne sert plus l’élément \(HTTP 404\)/],
    ['discord', 'discord.gg', '/AbCdEf12', 'its invite API answering 404 Unknown Invite', /Discord ne sert plus l’élément \(HTTP 404\)/],
    ['twitch', 'clips.twitch.tv', '/FunnyClipName-AbC123', 'a 404', /HTTP 404/],
  ])('%s: online, then removed (%s → %s)', async (platform, host, path, _how, summary) => {
    const target = { platform, externalId: `${host}${path}`, url: at(host, path), author: 'anti2010', authorId: null }
    const before = await checker.check(target)
    expect(before, before.summary).toMatchObject({ outcome: 'online', removedBy: null })
    net.remove(host, path)
    const after = await checker.check(target)
    expect(after, after.summary).toMatchObject({ outcome: 'removed', removedBy: 'platform' })
    expect(after.summary).toMatch(summary)
    expect(after.summary).toMatch(/ne dit pas si l’auteur/)
  })

  it('concludes nothing from a login wall or a geo-block', () => {
    const ig = DEFAULT_PLATFORMS.find((p) => p.id === 'instagram')
    const yt = DEFAULT_PLATFORMS.find((p) => p.id === 'youtube')
    if (!ig || !yt) throw new Error('missing defaults')
    expect(readPage(ig.rules, ig.hosts, { requestedUrl: 'https://www.instagram.com/p/X/', finalUrl: 'https://www.instagram.com/accounts/login/?next=%2Fp%2FX%2F', status: 200, text: '' }).state).toBe('login_wall')
    expect(readPage(yt.rules, yt.hosts, { requestedUrl: 'https://www.youtube.com/watch?v=a', finalUrl: 'https://www.youtube.com/watch?v=a', status: 200, text: 'Le créateur n&#39;a pas rendu cette vidéo disponible dans votre pays' }).state).toBe('geo_blocked')
    expect(readPage(yt.rules, yt.hosts, { requestedUrl: 'https://www.youtube.com/watch?v=a', finalUrl: null, status: 451, text: '' }).state).toBe('geo_blocked')
  })

  it('sends platforms the registry does not know to the plain URL check', async () => {
    const v = await checker.check({ platform: 'rss', externalId: 'x', url: at('www.tiktok.com', '/nowhere'), author: 'a', authorId: null })
    expect(v).toMatchObject({ outcome: 'removed', removedBy: 'platform' })
  })
})
