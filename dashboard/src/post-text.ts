/**
 * A post's text with its evidence highlighted: text nodes and <mark>
 * elements built from the evidence offsets — the text is never parsed as markup.
 */
import { h } from './dom.js'
import { evidenceLabel } from './format.js'
import type { Evidence } from '../../contract/post-view.js'

/** Evidence spans that fit the text, sorted, without overlaps (the earliest wins). */
export function evidenceSpans(text: string, evidence: readonly Evidence[]): Evidence[] {
  const valid = evidence
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Evidence[] = []
  let until = 0
  for (const e of valid) {
    if (e.start < until) continue
    out.push(e)
    until = e.end
  }
  return out
}

/** The element holding the post text (data-testid="post-text"), evidence as <mark data-testid="evidence">. */
export function postText(text: string, evidence: readonly Evidence[]): HTMLElement {
  const p = h('p', { class: 'post-text', 'data-testid': 'post-text', dir: 'auto' })
  let at = 0
  for (const e of evidenceSpans(text, evidence)) {
    if (e.start > at) p.append(document.createTextNode(text.slice(at, e.start)))
    const label = evidenceLabel(e.category)
    p.append(h('mark', { 'data-testid': 'evidence', 'data-category': e.category, title: label }, text.slice(e.start, e.end)))
    at = e.end
  }
  if (at < text.length) p.append(document.createTextNode(text.slice(at)))
  return p
}
