/**
 * How scripts/train/segments.ts cuts a post into segments: sentences, clauses, lines and windows
 * of 8 or 16 tokens (stride half a window, the last window ending on the last token).
 */
import { describe, expect, it } from 'vitest'
import { tokensOf } from '../../classifiers/analyse.js'
import { segments } from '../../scripts/train/segments.js'

const cut = (text: string, c: Parameters<typeof segments>[2]): [number, number][] => segments(text, tokensOf(text), c)

describe('segments of a post', () => {
  it('cuts sentences at . ! ? and newlines, clauses at every clause break, lines at newlines', () => {
    const text = 'il fait beau, on sort. tu viens ?\nnon merci'
    expect(cut(text, 'sent')).toEqual([[0, 5], [5, 7], [7, 9]])
    expect(cut(text, 'clause')).toEqual([[0, 3], [3, 5], [5, 7], [7, 9]])
    expect(cut(text, 'line')).toEqual([[0, 7], [7, 9]])
  })

  it('keeps a short post whole and slides windows by half their size', () => {
    expect(cut('un deux trois', 'w8')).toEqual([[0, 3]])
    const words = Array.from({ length: 13 }, (_, i) => `mot${String.fromCharCode(97 + i)}`).join(' ')
    expect(cut(words, 'w8')).toEqual([[0, 8], [4, 12], [5, 13]])
  })
})
