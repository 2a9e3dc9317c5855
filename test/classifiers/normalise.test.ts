/**
 * The normalising tokenizer: case, accents, repeated letters, leet, spaced and
 * dotted letters, glued hashtags, with offsets into the original text.
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'

function words(text: string): string[] {
  return tokensOf(text).filter((t) => t.kind === 'word').map((t) => t.text)
}

describe('tokensOf', () => {
  it.each([
    ['ÉNORME Connasse', ['enorme', 'connasse']],
    ['connnnnasse', ['connasse']],
    ['c0nn4rd', ['connard']],
    ['s@lope', ['salope']],
    ['p*te', ['p*te']],
    ['c o n n a r d', ['connard']],
    ['s.a.l.o.p.e', ['salope']],
    ["t'es qu'une", ['t', 'es', 'qu', 'une']],
    ['suicide-toi', ['suicide', 'toi']],
    ['cœur', ['coeur']],
  ])('%s → %j', (text, expected) => {
    expect(words(text)).toEqual(expected)
  })

  it('splits glued hashtags into known words', () => {
    expect(words('#vacrever')).toEqual(['va', 'crever'])
    expect(words('#grossetruie')).toEqual(['grosse', 'truie'])
    expect(words('#SaleConne')).toEqual(['sale', 'conne'])
    expect(tokensOf('#anti2010').map((t) => t.text)).toEqual(['anti2010', 'anti', '2010'])
  })

  it('keeps spans into the original text', () => {
    const text = 'Wesh @Léa, t’es une S.A.L.O.P.E 😡 #GrosseTruie'
    for (const t of tokensOf(text)) {
      expect(t.start).toBeGreaterThanOrEqual(0)
      expect(t.end).toBeLessThanOrEqual(text.length)
      expect(t.end).toBeGreaterThan(t.start)
    }
    const spaced = tokensOf(text).find((t) => t.text === 'salope')
    expect(spaced && text.slice(spaced.start, spaced.end)).toBe('S.A.L.O.P.E')
    const truie = tokensOf(text).find((t) => t.text === 'truie')
    expect(truie && text.slice(truie.start, truie.end)).toBe('Truie')
  })

  it('marks mentions and skips URLs', () => {
    const toks = tokensOf('@kevin regarde https://exemple.fr/pute ça')
    expect(toks.map((t) => t.kind)).toEqual(['mention', 'word', 'word'])
  })

  it('skips links in any case, and only links', () => {
    expect(words('vu HTTP://a.fr/conne et WWW.b.fr/pute et Https://c.fr ok')).toEqual(['vu', 'et', 'et', 'ok'])
    expect(words('http:/x.fr httpss://y www,z wwwa httq://v http')).toEqual(['http', 'x', 'fr', 'httpss', 'y', 'ww', 'z', 'wwa', 'httq', 'v', 'http'])
    expect(words('au www.')).toEqual(['au'])
  })

  it('joins single letters across one or two separators only', () => {
    expect(words('c-o-n c_o/n')).toEqual(['concon'])
    expect(words('c .o. n')).toEqual(['con'])
    expect(words('c   o n')).toEqual(['c', 'o', 'n'])
    expect(words('il y a un t a y')).toEqual(['il', 'y', 'a', 'un', 'tay'])
    expect(words('c,o,n')).toEqual(['c', 'o', 'n'])
  })
})
