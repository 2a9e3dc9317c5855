/**
 * The marks of a post's text (dashboard/src/text-marks.ts): evidence with its category, or for a
 * post marked without evidence its hints in a soft mark with a French label; offsets that do not
 * fit the text are dropped, never trusted.
 */
import { describe, expect, it } from 'vitest'
import { classify } from '../../classifiers/index.js'
import { hintLabel, hintLegend, textMarks } from '../../dashboard/src/text-marks.js'

describe('text marks', () => {
  it('mark a weak-evidence post softly, at the words its verdict names, with a French label', () => {
    const text = '😡😡 putain de merde ce bus'
    const v = classify(text)
    const marks = textMarks(text, v.evidence, v.hints)
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['putain', 'de merde'])
    for (const m of marks) expect(m.attrs).toEqual({ class: 'soft', 'data-testid': 'hint', 'data-kind': 'weak', title: 'vocabulaire hostile non visé' })
    expect(hintLegend(v.hints ?? [])).toContain('vocabulaire hostile non visé')
  })

  it('label a model hint with its weight, written the French way', () => {
    expect(hintLabel({ kind: 'model', match: 'hystérique', start: 0, end: 10, weight: 1.55 })).toBe('mot qui a pesé dans le score (+1,55)')
    expect(hintLegend([{ kind: 'model', match: 'x', start: 0, end: 1, weight: 0.5 }])).toContain('mots qui ont pesé')
  })

  it('show evidence as before and no hint when a post has evidence', () => {
    const marks = textMarks('ferme ta gueule', [{ category: 'insult', match: 'ferme ta gueule', start: 0, end: 15 }], [{ kind: 'weak', match: 'gueule', start: 9, end: 15 }])
    expect(marks).toEqual([{ start: 0, end: 15, attrs: { 'data-testid': 'evidence', 'data-category': 'insult', title: 'insulte' } }])
  })

  it('drop hints whose offsets do not fit the text, and overlapping ones', () => {
    const text = 'abc def'
    const marks = textMarks(text, [], [
      { kind: 'weak', match: 'x', start: -1, end: 2 },
      { kind: 'weak', match: 'x', start: 4, end: 99 },
      { kind: 'weak', match: 'x', start: 1.5, end: 3 },
      { kind: 'weak', match: 'abc', start: 0, end: 3 },
      { kind: 'weak', match: 'bc', start: 1, end: 3 },
    ])
    expect(marks.map((m) => [m.start, m.end])).toEqual([[0, 3]])
  })
})
