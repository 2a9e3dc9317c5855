/**
 * The trigram language guesser answers exactly as franc does (same data, same `only` list),
 * on the written examples and on random mixtures of scripts, digits, punctuation and emoji.
 */
import { franc } from 'franc'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanedUnits, TrigramGuesser } from '../../classifiers/trigram-language.js'
import { readExampleFiles } from '../../scripts/train/examples.js'
import { projectRoot } from '../../src/project-root.js'

const ONLY = ['fra', 'eng', 'spa', 'ita', 'deu', 'por', 'nld', 'arb', 'tur', 'pol']

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Pieces random texts are made of: words of several languages and scripts, signs, emoji, odd units. */
const PIECES = [
  'le', 'chat', 'est', 'très', 'beau', 'ça', 'déjà', 'œuvre', 'the', 'house', 'is', 'nice', 'el', 'niño', 'está', 'aquí', 'la', 'casa',
  'der', 'Hund', 'ist', 'groß', 'één', 'het', 'huis', 'çok', 'güzel', 'ğü', 'şey', 'źle', 'zażółć', 'gęślą', 'não', 'coração', 'perché',
  'привет', 'мир', 'مرحبا', 'بالعالم', '你好', '世界', 'こんにちは', '안녕', 'Γειά', 'ΣΟΦΟΣ', 'שלום', 'नमस्ते', 'ሰላም',
  '😂', '🐷', '🈀', '❤️', '\uD83B\uDE00', '\uD803\uDE60', '\uD840\uDC00', '\uD800', '\uDC00', '’', '«', '»', '…', '—', '\u00a0', '\u3000', '\t', '\n',
  '123', '2010', '!!', '?', "'", '@lea', '#anti2010', '.', ',', 'K', 'İ', 'ǅ', 'ﬁ', 'Ａ', 'ｂ', 'ⅷ',
]

function randomText(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 40)
  let out = ''
  for (let i = 0; i < n; i++) {
    out += PIECES[Math.floor(rand() * PIECES.length)] ?? ''
    if (rand() < 0.7) out += ' '
  }
  return out
}

describe('TrigramGuesser', () => {
  const guesser = new TrigramGuesser(ONLY, 10)

  it('agrees with franc on every written example', () => {
    const texts = [...readExampleFiles(join(projectRoot(), 'scripts/training-examples')).values()].flat().map((e) => e.text)
    expect(texts.length).toBeGreaterThan(1000)
    const differ = texts.filter((t) => guesser.guess(t) !== franc(t, { only: ONLY, minLength: 10 }))
    expect(differ).toEqual([])
  })

  it('agrees with franc on 20,000 random mixtures of scripts', () => {
    const rand = random(11)
    const differ: string[] = []
    const seen = new Set<string>()
    for (let i = 0; i < 20_000; i++) {
      const t = randomText(rand)
      const expected = franc(t, { only: ONLY, minLength: 10 })
      seen.add(expected)
      if (guesser.guess(t) !== expected) differ.push(t)
    }
    expect(differ).toEqual([])
    // The mixtures reach every kind of answer: undetermined, Arabic and several Latin languages.
    expect(seen.has('und') && seen.has('arb') && seen.has('fra') && seen.has('eng') && seen.size >= 6).toBe(true)
  })

  it('honours minLength and the 2,048-character cut', () => {
    expect(guesser.guess('bonjour')).toBe('und')
    const long = `${'the house is nice and the dog is big '.repeat(60)}${'le chat est très beau et la maison aussi '.repeat(200)}`
    expect(guesser.guess(long)).toBe(franc(long, { only: ONLY, minLength: 10 }))
  })
})

describe('cleanedUnits', () => {
  /** trigram-utils' clean() as franc calls it, padded with a space on each side. */
  const clean = (value: string): string => ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const text = (units: Uint16Array): string => String.fromCharCode(...units)

  it('spells clean() on 20,000 random mixtures, « İ », « Σ », white space and signs included', () => {
    const rand = random(23)
    const odd = ['  Léa  ', '!!?', '', ' ', 'ΟΔΟΣ.ΣΟΦΟΣ', 'İSTANBUL', 'a\u2028b\ufeffc\u00a0d', '12 rue de la Paix', "t'es   qu'une"]
    const differ = [...odd, ...Array.from({ length: 20_000 }, () => randomText(rand))].filter((t) => text(cleanedUnits(t)) !== clean(t))
    expect(differ).toEqual([])
  })

  it('spells clean() for every UTF-16 unit between two letters (the gap table by ranges is \\s and U+0021–U+0040)', () => {
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`
      if (text(cleanedUnits(t)) !== clean(t)) differ.push(c)
    }
    expect(differ).toEqual([])
  })
})
