/**
 * Victim-name watches: which texts, mentions and hashtags match a watch (and
 * where), and which must not.
 */
import { describe, expect, it } from 'vitest'
import { compileWatch, matchWatches } from '../../classifiers/waves/name-match.js'
import type { CompiledWatch, WatchMatch } from '../../classifiers/waves/name-match.js'

const WATCHES: readonly CompiledWatch[] = Object.freeze([
  compileWatch({ id: 'mila', names: ['Mila Dupont', 'Mila D', 'Mimi'], handles: ['@mila.bsky.social'], school: 'collège Jean Moulin' }),
  compileWatch({ id: 'lea', names: ['Léa Martin'], handles: ['lea.martin.bsky.social'] }),
  compileWatch({ id: 'chloe', names: ['Chloé Lefèvre'], handles: ['chloe-lfv.bsky.social'], school: 'lycée Victor Hugo' }),
  compileWatch({ id: 'marielou', names: ['Marie-Lou Bernard'], handles: [] }),
  compileWatch({ id: 'ngolo', names: ["N'Golo Diarra"], handles: ['ngolo@mastodon.social'] }),
  compileWatch({ id: 'maxence', names: ['Maxence'], handles: ['maxence.officiel.bsky.social'] }),
  compileWatch({ id: 'louise', names: ['Louise Petit'], handles: [] }),
])

const post = (text: string, extra: Partial<{ author: string; mentions: string[]; hashtags: string[] }> = {}) => ({
  text, author: extra.author ?? 'someone.bsky.social', mentions: extra.mentions ?? [], hashtags: extra.hashtags ?? [],
})
const ids = (ms: readonly WatchMatch[]): string[] => [...new Set(ms.map((m) => m.watchId))].sort()

// [text, watch ids expected, the matched text in the post (first hit) or undefined]
const POSITIVE: ReadonlyArray<readonly [string, string[], string?]> = [
  ['Mila Dupont est une menteuse', ['mila'], 'Mila Dupont'],
  ['MILA DUPONT', ['mila'], 'MILA DUPONT'],
  ['mila dupont', ['mila'], 'mila dupont'],
  ['M1la Dupont', ['mila'], 'M1la Dupont'],
  ['m!la t nulle', ['mila'], 'm!la'],
  ['M.i.l.a va pleurer', ['mila'], 'M.i.l.a'],
  ['Miiiila', ['mila'], 'Miiiila'],
  ['Mila Dupond', ['mila'], 'Mila Dupond'],
  ['Mila Duppont', ['mila'], 'Mila Duppont'],
  ['Mila Dpuont', ['mila'], 'Mila Dpuont'],
  ['Dupont Mila', ['mila'], 'Dupont Mila'],
  ['mila_dupont', ['mila'], 'mila_dupont'],
  ['MilaDupont grosse vache', ['mila'], 'MilaDupont'],
  ['tous sur #MilaDupont', ['mila'], 'MilaDupont'],
  ['mila d. est grosse', ['mila'], 'mila d'],
  ['Mila D', ['mila'], 'Mila D'],
  ['regarde Mila 😂', ['mila'], 'Mila'],
  ['💀Mila💀', ['mila'], 'Mila'],
  ['«Mila»', ['mila'], 'Mila'],
  ['Mimi la honte', ['mila'], 'Mimi'],
  ['on va voir @mila.bsky.social demain', ['mila'], '@mila.bsky.social'],
  ['elle est au clg jean moulin', ['mila'], 'clg jean moulin'],
  ['collège Jean-Moulin', ['mila'], 'collège Jean-Moulin'],
  ['COLLEGE JEAN MOULIN', ['mila'], 'COLLEGE JEAN MOULIN'],
  ['Léa Martin la cassos', ['lea'], 'Léa Martin'],
  ['lea martin', ['lea'], 'lea martin'],
  ['LÉA MARTIN', ['lea'], 'LÉA MARTIN'],
  ['lea m', ['lea'], 'lea m'],
  ['L3a', ['lea'], 'L3a'],
  ['Léa', ['lea'], 'Léa'],
  ['lea.martin', ['lea'], 'lea.martin'],
  ['Chloé Lefèvre', ['chloe'], 'Chloé Lefèvre'],
  ['chloe lefevre', ['chloe'], 'chloe lefevre'],
  ['Chloe', ['chloe'], 'Chloe'],
  ['au lycée Victor Hugo', ['chloe'], 'lycée Victor Hugo'],
  ['lyc victor hugo', ['chloe'], 'lyc victor hugo'],
  ['lycee victor-hugo', ['chloe'], 'lycee victor-hugo'],
  ['Marie-Lou Bernard', ['marielou'], 'Marie-Lou Bernard'],
  ['marie lou bernard', ['marielou'], 'marie lou bernard'],
  ['Marie-Lou', ['marielou'], 'Marie-Lou'],
  ['marielou', ['marielou'], 'marielou'],
  ["N'Golo Diarra", ['ngolo'], "N'Golo Diarra"],
  ['ngolo diarra', ['ngolo'], 'ngolo diarra'],
  ['Diarra Ngolo', ['ngolo'], 'Diarra Ngolo'],
  ["N'Golo", ['ngolo'], "N'Golo"],
  ['Maxence', ['maxence'], 'Maxence'],
  ['Maxxence', ['maxence'], 'Maxxence'],
  ['Maxense', ['maxence'], 'Maxense'],
  ['Louise Petit', ['louise'], 'Louise Petit'],
  ['Louise', ['louise'], 'Louise'],
  // One edit in a full name is tolerated, even in the first name (recall first; the caller weighs hostility).
  ['Louis Petit', ['louise'], 'Louis Petit'],
  ['Marielou Bernard', ['marielou'], 'Marielou Bernard'],
  ['mila.bsky', ['mila'], 'mila'],
  ['@lea.martin.bsky.social et Mila Dupont', ['lea', 'mila']],
]

const NEGATIVE = [
  'Milan est trop fort', 'Camila est là', 'milady', 'Emilia', 'mi la', 'Dupont', 'Martin', 'Lean', 'Léane', 'Leana', 'Chloéa', 'Marie', 'Lou',
  'Bernard', 'Golo', 'Diarra', 'Maxime', 'Louis', 'le lycée Jean Moulin', 'collège Victor Hugo', 'jean moulin',
  'Mimie', 'Mil a', 'lea2010', 'Victor Hugo', 'Hugo', 'officiel', 'email@mila.fr',
]

describe('matchWatches: texts that name a watched person', () => {
  it.each(POSITIVE.map(([text, expected, matched]) => ({ text, expected, matched })))('$text', ({ text, expected, matched }) => {
    const hits = matchWatches(WATCHES, post(text))
    expect(ids(hits)).toEqual(expected)
    if (matched !== undefined) {
      const first = hits[0]!
      expect(text.slice(first.start, first.end)).toBe(matched)
    }
  })
})

describe('matchWatches: texts that must not match', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(matchWatches(WATCHES, post(text))).toEqual([])
  })
})

describe('matchWatches: details', () => {
  it("does not read an elided word as an initial (\"mila d'accord\" is Mila alone, not Mila D.)", () => {
    expect(matchWatches(WATCHES, post("mila d'accord"))).toEqual([{ watchId: 'mila', term: 'Mila', kind: 'name', start: 0, end: 4 }])
  })

  it('reports the term and kind', () => {
    expect(matchWatches(WATCHES, post('Mila Dupont'))).toEqual([{ watchId: 'mila', term: 'Mila Dupont', kind: 'name', start: 0, end: 11 }])
    expect(matchWatches(WATCHES, post('Mila'))).toEqual([{ watchId: 'mila', term: 'Mila', kind: 'name', start: 0, end: 4 }])
    expect(matchWatches(WATCHES, post('clg jean moulin'))[0]).toMatchObject({ kind: 'school', term: 'collège Jean Moulin' })
    expect(matchWatches(WATCHES, post('@mila.bsky.social'))[0]).toMatchObject({ kind: 'handle', term: 'mila.bsky.social', start: 0, end: 17 })
  })

  it('matches mentions and hashtags with offsets -1', () => {
    expect(matchWatches(WATCHES, post('coucou', { mentions: ['mila.bsky.social'] }))).toEqual([
      { watchId: 'mila', term: 'mila.bsky.social', kind: 'handle', start: -1, end: -1 },
    ])
    expect(matchWatches(WATCHES, post('coucou', { mentions: ['ngolo@mastodon.social'] }))[0]).toMatchObject({ watchId: 'ngolo', kind: 'handle' })
    expect(matchWatches(WATCHES, post('coucou', { hashtags: ['miladupont'] }))).toEqual([
      { watchId: 'mila', term: 'Mila Dupont', kind: 'name', start: -1, end: -1 },
    ])
    expect(matchWatches(WATCHES, post('coucou', { hashtags: ['mila_dupont'] }))[0]).toMatchObject({ watchId: 'mila' })
    expect(matchWatches(WATCHES, post('coucou', { hashtags: ['justicepourmila', 'camila', 'milan'] }))).toEqual([])
  })

  it('reports a hashtag found in the text once, with its offsets', () => {
    const hits = matchWatches(WATCHES, post('#MilaDupont', { hashtags: ['miladupont'] }))
    expect(hits).toEqual([{ watchId: 'mila', term: 'Mila Dupont', kind: 'name', start: 1, end: 11 }])
  })

  it('keeps the longest hit of a watch at one place (full name over first name)', () => {
    const hits = matchWatches(WATCHES, post('Mila Dupont et encore Mila'))
    expect(hits.map((h) => h.term)).toEqual(['Mila Dupont', 'Mila'])
  })

  it('uses the local part of a handle only when it is specific', () => {
    // "maxence" is also a registered name; "officiel" alone is a common word and never matches.
    expect(matchWatches(WATCHES, post('officiel'))).toEqual([])
    const lea = matchWatches(WATCHES, post('lea_martin'))
    expect(ids(lea)).toEqual(['lea'])
  })

  it('never matches posts written by the watched handle', () => {
    expect(matchWatches(WATCHES, post('Mila Dupont ici', { author: 'mila.bsky.social', mentions: ['mila.bsky.social'] }))).toEqual([])
    expect(ids(matchWatches(WATCHES, post('Mila Dupont ici', { author: 'other.bsky.social' })))).toEqual(['mila'])
  })

  it('offsets are UTF-16 and survive emoji and accents', () => {
    const text = '🤮🤮 la grosse Léa Martin 🤮'
    const [hit] = matchWatches(WATCHES, post(text))
    expect(text.slice(hit!.start, hit!.end)).toBe('Léa Martin')
  })

  it('works with an empty list and an empty watch', () => {
    expect(matchWatches([], post('Mila Dupont'))).toEqual([])
    expect(matchWatches([compileWatch({ id: 'x', names: [], handles: [] })], post('Mila Dupont'))).toEqual([])
  })

  it('scales: 1,000 watches do not slow a post down', () => {
    // Synthetic names spelled with letters only ("Babc Nabc"): digits in a word would read as leet.
    const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'ja', 'ke', 'li', 'mo', 'nu']
    const letters = (i: number): string => String(i).replace(/[0-9]/g, (d) => SYLLABLES[Number(d)]!)
    const many = Array.from({ length: 1000 }, (_, i) => compileWatch({ id: String(i), names: [`B${letters(i)} N${letters(i)}`], handles: [`user${i}.bsky.social`] }))
    const all = Object.freeze([...many, ...WATCHES])
    const p = post(`Mila Dupont et @user5.bsky.social vs B${letters(7)} N${letters(7)}, trop bien le match de ce soir mdr`)
    expect(ids(matchWatches(all, p))).toEqual(['5', '7', 'mila'])
    const start = performance.now()
    for (let i = 0; i < 2000; i++) matchWatches(all, p)
    // Generous bound (CI machines are shared): well under 1 ms per post.
    expect((performance.now() - start) / 2000).toBeLessThan(1)
  })
})
