/**
 * Which parts of a post's text are marked, and how: evidence (a lexicon or pattern hit, with its
 * category), or, for a post marked without evidence, its hints in a softer mark. Pure data, no
 * DOM: post-text.ts builds the elements from it.
 */
import { evidenceLabel } from './format.js'
import type { Evidence, Hint } from '../../contract/post-view.js'

/** One marked span: offsets into the text (UTF-16, end exclusive) and the mark's attributes. */
export interface TextMark {
  start: number
  end: number
  attrs: Record<string, string>
}

/** Spans that fit the text, sorted, without overlaps (the earliest wins). */
function fittingSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[]): T[] {
  const valid = spans
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: T[] = []
  let until = 0
  for (const e of valid) {
    if (e.start < until) continue
    out.push(e)
    until = e.end
  }
  return out
}

/** Evidence spans that fit the text, sorted, without overlaps (the earliest wins). */
export function evidenceSpans(text: string, evidence: readonly Evidence[]): Evidence[] {
  return fittingSpans(text, evidence)
}

/** What a hint's mark says, in French (the case files say it with these words: src/cases/case-hints.ts, held equal by a test). */
export function hintLabel(hint: Hint): string {
  if (hint.kind === 'weak') return 'vocabulaire hostile non visé'
  return hint.weight === undefined ? 'mot qui a pesé dans le score' : `mot qui a pesé dans le score (+${hint.weight.toFixed(2).replace('.', ',')})`
}

/** The line under a post marked without evidence that says what its soft marks are. */
export function hintLegend(hints: readonly Hint[]): string {
  return hints.some((x) => x.kind === 'weak')
    ? 'Aucune insulte visant quelqu’un : surligné, le vocabulaire hostile non visé qui a fait classer ce message.'
    : 'Aucun mot du lexique : surlignés, les mots qui ont pesé le plus dans le score du modèle.'
}

/** The marks of a text: its evidence, or without evidence its hints (class "soft", data-testid "hint"). */
export function textMarks(text: string, evidence: readonly Evidence[], hints: readonly Hint[] = []): TextMark[] {
  if (evidence.length > 0) {
    return evidenceSpans(text, evidence).map((e) => ({ start: e.start, end: e.end, attrs: { 'data-testid': 'evidence', 'data-category': e.category, title: evidenceLabel(e.category) } }))
  }
  return fittingSpans(text, hints).map((x) => ({ start: x.start, end: x.end, attrs: { class: 'soft', 'data-testid': 'hint', 'data-kind': x.kind, title: hintLabel(x) } }))
}
