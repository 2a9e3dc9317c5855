/** One post as a row: author, time, score, categories, text with evidence (or hints), link, optional selection box. */
import { externalLink, h } from './dom.js'
import { evidenceLabel, fmtDateTime, fmtScore } from './format.js'
import { postText } from './post-text.js'
import { hintLegend } from './text-marks.js'
import type { PostView } from '../../contract/post-view.js'

export interface PostRowOptions {
  /** data-testid of the row: "post-row" (default) or "live-post". */
  testid?: string
  /** Adds the selection checkbox (data-testid="post-select"). */
  selectable?: boolean
  /** Extra element after the meta line (e.g. a link to the wave). */
  extra?: Node | null
  /** Inside another row (a flag, a match): not a keyboard stop of its own. */
  nested?: boolean
}

/** A score badge: red from 0.5 (the shipped harassment threshold is about there), amber from 0.3. */
export function scoreBadge(score: number, harassment: boolean): HTMLElement {
  const level = harassment ? 'high' : score >= 0.3 ? 'mid' : 'low'
  return h('span', { class: `score score-${level}`, title: harassment ? 'classé harcèlement' : 'non classé harcèlement' }, fmtScore(score))
}

/** The row element (data-post-id = the post's database id). */
export function postRow(post: PostView, opts: PostRowOptions = {}): HTMLElement {
  const row = h('article', {
    class: `post${post.harassment ? ' post-hostile' : ''}`,
    'data-testid': opts.testid ?? 'post-row',
    'data-post-id': post.id,
    'data-created-at': post.createdAt,
    'data-nav-row': !opts.nested,
    tabindex: opts.nested ? null : 0,
  })
  if (opts.selectable) {
    row.append(
      h(
        'label',
        { class: 'select', title: 'Sélectionner (x)' },
        h('input', { type: 'checkbox', 'data-testid': 'post-select', 'aria-label': `Sélectionner le message de ${post.author}` }),
      ),
    )
  }
  const meta = h(
    'div',
    { class: 'post-meta' },
    scoreBadge(post.score, post.harassment),
    h('span', { class: 'author' }, post.author),
    h('span', { class: 'platform' }, post.platform),
    h('time', { datetime: post.createdAt }, fmtDateTime(post.createdAt)),
    ...post.categories.map((c) => h('span', { class: 'chip' }, evidenceLabel(c))),
    post.deletedAt ? h('span', { class: 'chip chip-warn', title: fmtDateTime(post.deletedAt) }, 'supprimé sur la plateforme') : null,
  )
  const hints = post.evidence.length === 0 ? (post.hints ?? []) : []
  const legend = hints.length > 0 ? h('small', { class: 'hint-legend', 'data-testid': 'hint-legend' }, hintLegend(hints)) : null
  const body = h('div', { class: 'post-body' }, meta, postText(post.text, post.evidence, hints), legend, opts.extra ?? null)
  const link = externalLink(post.url)
  if (link) body.append(h('div', { class: 'post-link' }, link))
  row.append(body)
  return row
}

/** Ids of the checked posts inside `root`. */
export function selectedPostIds(root: ParentNode): string[] {
  const ids: string[] = []
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-testid="post-select"]:checked')) {
    const id = box.closest<HTMLElement>('[data-post-id]')?.dataset.postId
    if (id) ids.push(id)
  }
  return ids
}
