import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH, parsePost, parsePostLine } from '../../src/posts/post-input.js'
import { extractHashtags, extractMentions } from '../../src/posts/extract.js'
import { sanitizeText } from '../../src/posts/sanitize.js'
import { postLine } from '../_util.js'

describe('parsePostLine', () => {
  it('accepts a minimal post and extracts hashtags and mentions from the text', () => {
    const r = parsePostLine(
      JSON.stringify(postLine({ id: 'p1', text: 'Tous sur @Mila.bsky.social #Anti2010 #anti2010 !', langs: ['FR'] })),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.post.id).toBe('p1')
    expect(r.post.createdAt.toISOString()).toBe('2026-11-01T10:00:00.000Z')
    expect(r.post.hashtags).toEqual(['anti2010'])
    expect(r.post.mentions).toEqual(['mila.bsky.social'])
    expect(r.post.langs).toEqual(['fr'])
  })

  it('keeps given hashtags and mentions, normalised, instead of extracting', () => {
    const r = parsePost(postLine({ text: '#ignored', hashtags: ['#Harcèlement', 'harcèlement'], mentions: ['@Bob'] }))
    expect(r.ok && r.post.hashtags).toEqual(['harcèlement'])
    expect(r.ok && r.post.mentions).toEqual(['bob'])
  })

  it('accepts dates with offsets and optional fields set to null', () => {
    const r = parsePost(postLine({ createdAt: '2026-11-01T11:00:00+01:00', url: null, authorCreatedAt: null }))
    expect(r.ok && r.post.createdAt.toISOString()).toBe('2026-11-01T10:00:00.000Z')
    expect(r.ok && r.post.url).toBeUndefined()
  })

  it.each([
    ['not json', 'JSON invalide'],
    ['[1,2]', 'un message doit être un objet JSON'],
    ['null', 'un message doit être un objet JSON'],
    [JSON.stringify(postLine({ text: undefined })), 'text manquant'],
    [JSON.stringify(postLine({ text: '   ' })), 'text est vide'],
    [JSON.stringify(postLine({ text: 42 })), 'text : string attendu'],
    [JSON.stringify(postLine({ createdAt: 'hier soir' })), 'createdAt n’est pas une date-heure ISO-8601'],
    [JSON.stringify(postLine({ createdAt: '2026-13-45T99:00:00Z' })), 'createdAt n’est pas une date-heure ISO-8601'],
    [JSON.stringify(postLine({ createdAt: undefined })), 'createdAt manquant'],
    [JSON.stringify(postLine({ id: '' })), 'id est vide'],
    [JSON.stringify(postLine({ platform: undefined })), 'platform manquant'],
    [JSON.stringify(postLine({ hashtags: 'anti2010' })), 'hashtags doit être une liste de textes'],
    [JSON.stringify(postLine({ text: 'x'.repeat(1_000_000) })), `text dépasse ${MAX_TEXT_LENGTH} caractères`],
  ])('rejects %#: %s… with a reason', (line, reason) => {
    const r = parsePostLine(line)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain(reason)
  })

  it('stores NUL bytes and lone surrogates safely as U+FFFD', () => {
    const r = parsePost(postLine({ text: 'a\u0000b\uD800c\uDC00d 😀', author: 'x\u0000y' }))
    expect(r.ok && r.post.text).toBe('a\uFFFDb\uFFFDc\uFFFDd 😀')
    expect(r.ok && r.post.author).toBe('x\uFFFDy')
  })
})

describe('text helpers', () => {
  it('sanitizeText keeps valid surrogate pairs', () => {
    expect(sanitizeText('🔪💀')).toBe('🔪💀')
  })

  it.each([
    ['#anti2010 et #Anti_2010, pas mail#truc ni &#39;', ['anti2010', 'anti_2010']],
    ['#grossevache…#suicidetoi', ['grossevache', 'suicidetoi']],
    ['pas de tag', []],
  ])('extractHashtags(%s)', (text, tags) => {
    expect(extractHashtags(text)).toEqual(tags)
  })

  it.each([
    ['@mila.bsky.social. et @Lea@piaille.fr', ['mila.bsky.social', 'lea@piaille.fr']],
    ['mail@example.com n’est pas une mention', []],
  ])('extractMentions(%s)', (text, handles) => {
    expect(extractMentions(text)).toEqual(handles)
  })
})
