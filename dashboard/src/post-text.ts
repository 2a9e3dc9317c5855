/**
 * A post's text with its evidence highlighted: text nodes and <mark>
 * elements built from the evidence offsets — the text is never parsed as markup.
 * A post marked without evidence shows its hints instead, in a softer mark (text-marks.ts).
 */
import { h } from './dom.js'
import { textMarks } from './text-marks.js'
import type { Evidence, Hint } from '../../contract/post-view.js'

/**
 * The element holding the post text (data-testid="post-text"), evidence as <mark data-testid="evidence">;
 * without evidence, hints as <mark class="soft" data-testid="hint">.
 */
export function postText(text: string, evidence: readonly Evidence[], hints: readonly Hint[] = []): HTMLElement {
  const p = h('p', { class: 'post-text', 'data-testid': 'post-text', dir: 'auto' })
  let at = 0
  for (const m of textMarks(text, evidence, hints)) {
    if (m.start > at) p.append(document.createTextNode(text.slice(at, m.start)))
    p.append(h('mark', m.attrs, text.slice(m.start, m.end)))
    at = m.end
  }
  if (at < text.length) p.append(document.createTextNode(text.slice(at)))
  return p
}
