/**
 * URL recognition and normalisation against the shipped registry: platform,
 * kind, normalised URL and the platform's id, table-driven; short links;
 * refusals; extraction from a paste.
 */
import { describe, expect, it } from 'vitest'
import { PlatformDefinition } from '../../contract/platforms.js'
import { extractUrls } from '../../src/intake/extract-urls.js'
import { recognise } from '../../src/intake/recognise.js'
import { DEFAULT_PLATFORMS } from '../../src/platforms/defaults.js'
import { fill, matchPath } from '../../src/platforms/path-template.js'

const P = DEFAULT_PLATFORMS

describe('shipped registry', () => {
  it.each(P.map((p) => [p.id, p] as const))('%s is a valid definition whose canonical URLs are recognised again', (_id, def) => {
    expect(PlatformDefinition.safeParse(def).success).toBe(true)
    for (const pattern of def.patterns) {
      const params = Object.fromEntries([...pattern.canonical.matchAll(/:([a-z][A-Za-z0-9]*)/g)].map((m) => [m[1], 'Abc123']))
      const url = fill(pattern.canonical, params) as string
      const r = recognise(P, url)
      expect(r.type, url).toBe('item')
      if (r.type === 'item') expect({ platform: r.item.platform, key: r.item.externalId }, url).toEqual({ platform: def.id, key: fill(pattern.key, params) })
    }
  })
})

describe('recognise', () => {
  it.each([
    // input, platform, kind, normalised URL, external id
    ['https://www.tiktok.com/@lea.m/video/7312345678901234567?is_from_webapp=1&sender_device=pc&_r=1', 'tiktok', 'video', 'https://www.tiktok.com/@lea.m/video/7312345678901234567', 'video/7312345678901234567'],
    ['tiktok.com/@Lea.M/video/7312345678901234567', 'tiktok', 'video', 'https://www.tiktok.com/@Lea.M/video/7312345678901234567', 'video/7312345678901234567'],
    ['https://m.tiktok.com/@anti2010/photo/7300000000000000001', 'tiktok', 'post', 'https://www.tiktok.com/@anti2010/photo/7300000000000000001', 'photo/7300000000000000001'],
    ['https://www.tiktok.com/@anti2010?lang=fr', 'tiktok', 'profile', 'https://www.tiktok.com/@anti2010', 'profile/anti2010'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MWd3&utm_source=ig_web_copy_link', 'instagram', 'post', 'https://www.instagram.com/p/C1a2B3c4D5e/', 'media/C1a2B3c4D5e'],
    ['https://instagram.com/reel/C1a2B3c4D5e', 'instagram', 'video', 'https://www.instagram.com/reel/C1a2B3c4D5e/', 'media/C1a2B3c4D5e'],
    ['https://www.instagram.com/lea.m/reel/C1a2B3c4D5e/', 'instagram', 'video', 'https://www.instagram.com/reel/C1a2B3c4D5e/', 'media/C1a2B3c4D5e'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/c/17900000000000001/', 'instagram', 'comment', 'https://www.instagram.com/p/C1a2B3c4D5e/c/17900000000000001/', 'comment/17900000000000001'],
    ['https://www.instagram.com/stories/anti.2010/3200000000000000000/', 'instagram', 'story', 'https://www.instagram.com/stories/anti.2010/3200000000000000000/', 'story/3200000000000000000'],
    ['https://www.instagram.com/stories/highlights/17800000000000000/', 'instagram', 'story', 'https://www.instagram.com/stories/highlights/17800000000000000/', 'highlight/17800000000000000'],
    ['https://www.instagram.com/anti.2010/', 'instagram', 'profile', 'https://www.instagram.com/anti.2010/', 'profile/anti.2010'],
    ['https://www.snapchat.com/add/anti2010?share_id=abc&locale=fr-FR', 'snapchat', 'profile', 'https://www.snapchat.com/add/anti2010', 'profile/anti2010'],
    ['https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYaGxhbW', 'snapchat', 'video', 'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYaGxhbW', 'spotlight/W7_EDlXWTBiXAEEniNoMPwAAYaGxhbW'],
    ['https://story.snapchat.com/s/anti2010', 'snapchat', 'story', 'https://story.snapchat.com/s/anti2010', 'story/anti2010'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&si=tracking', 'youtube', 'video', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube', 'video', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video/dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/abcDEF12345?feature=share', 'youtube', 'video', 'https://www.youtube.com/shorts/abcDEF12345', 'video/abcDEF12345'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzABCdef123', 'youtube', 'comment', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzABCdef123', 'comment/UgzABCdef123'],
    ['https://www.youtube.com/@Anti2010/videos', 'youtube', 'profile', 'https://www.youtube.com/@Anti2010', 'handle/Anti2010'],
    ['https://twitter.com/anti2010/status/1790000000000000000?s=20&t=abc', 'x', 'post', 'https://x.com/anti2010/status/1790000000000000000', 'status/1790000000000000000'],
    ['https://mobile.x.com/someone_else/status/1790000000000000000/photo/1', 'x', 'post', 'https://x.com/someone_else/status/1790000000000000000', 'status/1790000000000000000'],
    ['https://x.com/anti2010', 'x', 'profile', 'https://x.com/anti2010', 'profile/anti2010'],
    ['https://discord.gg/AbCdEf12', 'discord', 'group', 'https://discord.gg/AbCdEf12', 'invite/AbCdEf12'],
    ['https://discord.com/invite/AbCdEf12', 'discord', 'group', 'https://discord.gg/AbCdEf12', 'invite/AbCdEf12'],
    ['https://discord.com/channels/111/222/333', 'discord', 'post', 'https://discord.com/channels/111/222/333', 'message/222/333'],
    ['https://clips.twitch.tv/FunnyClipName-AbC123', 'twitch', 'video', 'https://clips.twitch.tv/FunnyClipName-AbC123', 'clip/FunnyClipName-AbC123'],
    ['https://www.twitch.tv/streamer/clip/FunnyClipName-AbC123?filter=clips', 'twitch', 'video', 'https://clips.twitch.tv/FunnyClipName-AbC123', 'clip/FunnyClipName-AbC123'],
    ['https://www.twitch.tv/videos/2000000000', 'twitch', 'video', 'https://www.twitch.tv/videos/2000000000', 'video/2000000000'],
    ['https://www.twitch.tv/streamer', 'twitch', 'profile', 'https://www.twitch.tv/streamer', 'channel/streamer'],
    // Any other site: a page, tracking parameters dropped, the rest kept.
    ['https://forum.example.fr/topic/42?page=2&utm_source=x&fbclid=abc#reply-7', 'web', 'page', 'https://forum.example.fr/topic/42?page=2', 'https://forum.example.fr/topic/42?page=2'],
    // A platform page of no known shape: kept as a page of that platform.
    ['https://www.tiktok.com/music/son-original-123?utm_campaign=x', 'tiktok', 'page', 'https://www.tiktok.com/music/son-original-123', 'https://www.tiktok.com/music/son-original-123'],
    // An explicit port (a local test network) is kept with its scheme.
    ['http://www.tiktok.com:8123/@lea/video/7312', 'tiktok', 'video', 'http://www.tiktok.com:8123/@lea/video/7312', 'video/7312'],
  ])('%s → %s %s', (input, platform, kind, url, externalId) => {
    const r = recognise(P, input)
    expect(r.type).toBe('item')
    if (r.type !== 'item') return
    expect(r.item).toMatchObject({ platform, kind, url, externalId })
  })

  it.each([
    ['https://vm.tiktok.com/ZMhvqR7xY/', 'tiktok'],
    ['vt.tiktok.com/ZSabc123/', 'tiktok'],
    ['https://www.tiktok.com/t/ZTRabc123/', 'tiktok'],
    ['https://t.co/AbCdEf123', 'x'],
    ['https://t.snapchat.com/AbCdEf', 'snapchat'],
    ['https://bit.ly/3xyz', 'web'],
  ])('%s is a short link of %s', (input, platform) => {
    const r = recognise(P, input)
    expect(r).toMatchObject({ type: 'short', platform })
  })

  it.each([
    ['javascript:alert(1)', /protocole refusé/],
    ['file:///etc/passwd', /protocole refusé/],
    ['ftp://example.org/x', /protocole refusé/],
    ['https://user:pass@www.tiktok.com/@a/video/1', /identifiants/],
    ['https://' + 'a'.repeat(60) + '.com/' + 'b'.repeat(2_100), /trop longue/],
    ['http://intranet/admin', /sans nom de domaine/],
    ['http://169.254.169.254/latest/meta-data/', /non publique/],
    ['http://127.0.0.1:8080/api/users', /non publique/],
    ['http://[::1]/', /non publique/],
    ['', /vide/],
  ])('%s is refused', (input, reason) => {
    const r = recognise(P, input)
    expect(r.type).toBe('refused')
    if (r.type === 'refused') expect(r.reason).toMatch(reason)
  })

  it('gives one id to every URL of one item, whatever its shape', () => {
    const ids = [
      'https://www.instagram.com/p/C1a2B3c4D5e/',
      'https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=x',
      'https://instagr.am/p/C1a2B3c4D5e',
      'https://www.instagram.com/lea/p/C1a2B3c4D5e/',
    ].map((u) => {
      const r = recognise(P, u)
      return r.type === 'item' ? `${r.item.platform}:${r.item.externalId}` : r.type
    })
    expect(new Set(ids)).toEqual(new Set(['instagram:media/C1a2B3c4D5e']))
  })
})

describe('path templates', () => {
  it('match literals case-insensitively, capture parameters and refuse odd values', () => {
    expect(matchPath('/@:author/video/:id', '/@Lea/VIDEO/12/')).toEqual({ author: 'Lea', id: '12' })
    expect(matchPath('/@:author/video/:id', '/@Lea/video/12/extra')).toBeNull()
    expect(matchPath('/@:author/*', '/@Lea/videos/popular')).toEqual({ author: 'Lea' })
    expect(matchPath('/p/:id', '/p/%2e%2e%2fadmin')).toBeNull()
    expect(matchPath('/p/:id', '/p/a%20b')).toBeNull()
    expect(fill('https://x.com/:author/status/:id', { author: 'a', id: '1' })).toBe('https://x.com/a/status/1')
    expect(fill('https://x.com/:author', {})).toBeNull()
  })
})

describe('extractUrls', () => {
  it('finds every URL in a paste, once, without sentence punctuation', () => {
    const text = `Regarde ça : https://vm.tiktok.com/ZMhvqR7xY/, et aussi (https://www.instagram.com/p/C1a2B3c4D5e/).
vt.tiktok.com/ZSabc123/
https://vm.tiktok.com/ZMhvqR7xY/
https://fr.wikipedia.org/wiki/Harcèlement_(psychologie) — mail: lea@example.org`
    expect(extractUrls(text).urls).toEqual([
      'https://vm.tiktok.com/ZMhvqR7xY/',
      'https://www.instagram.com/p/C1a2B3c4D5e/',
      'vt.tiktok.com/ZSabc123/',
      'https://fr.wikipedia.org/wiki/Harcèlement_(psychologie)',
    ])
  })

  it('keeps at most 50', () => {
    const text = Array.from({ length: 60 }, (_, i) => `https://example.org/${i}`).join('\n')
    const { urls, truncated } = extractUrls(text)
    expect(urls).toHaveLength(50)
    expect(truncated).toBe(true)
  })
})
