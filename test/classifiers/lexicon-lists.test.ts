/**
 * The lexicon names each phrase once within a kind: of two identical phrases of one kind the matcher
 * keeps the heavier (the longest hit from a token, then the heaviest), so a second, lighter copy is
 * never read and only hides which weight counts.
 */
import { describe, expect, it } from 'vitest'
import { LEXICON_GROUPS } from '../../classifiers/lexicon/index.js'

/** A pattern's phrases: split on the `|` outside `[…]` slots. */
function phrases(pattern: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of pattern) {
    if (ch === '[') depth++
    if (ch === ']') depth--
    if (ch === '|' && depth === 0) {
      out.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  out.push(cur.trim())
  return out
}

describe('lexicon lists', () => {
  it('names each phrase once within a kind', () => {
    const seen = new Set<string>()
    const twice: string[] = []
    for (const group of LEXICON_GROUPS) {
      for (const [pattern] of group.entries) {
        for (const p of phrases(pattern)) {
          const key = `${group.kind}: ${p}`
          if (seen.has(key)) twice.push(key)
          seen.add(key)
        }
      }
    }
    expect(twice).toEqual([])
  })
})
