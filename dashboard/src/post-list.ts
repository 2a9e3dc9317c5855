/**
 * A list of posts to read and flag: selection boxes with a toolbar (count,
 * all, none, « Signaler la sélection »), pages reached with a « Plus anciens »
 * (or « Plus récents ») button, and live posts added at the top — except while
 * rows are selected or the flag dialog is open: then they wait behind a
 * « N nouveaux messages » button, so the rows being flagged never move.
 * After a flag, the flagged rows are marked and the selection is cleared.
 */
import './post-list.css'
import { api, ApiError } from './api.js'
import { button, h } from './dom.js'
import { flagDialogOpen, openFlagDialog } from './flag-dialog.js'
import { fmtNumber } from './format.js'
import { postRow, selectedPostIds } from './post-row.js'
import { loadError } from './screen.js'
import { can } from './session.js'
import type { PostView } from '../../contract/post-view.js'
import type { PostOrder, PostPage } from '../../contract/posts.js'

export interface PostListOptions {
  /** Reads the page after `cursor` (the order is the caller's). */
  loadPage(cursor: string): Promise<PostPage>
  /** Order of the rows: `newest` (live posts go on top) or `oldest` (they wait for the next page). */
  order: PostOrder
  /** Text shown when there is no post at all. */
  empty: string
  /** Most rows kept; beyond, the oldest live-added rows leave (and come back through the pages). */
  max?: number
}

export interface PostList {
  el: HTMLElement
  /** Shows a first page (replaces every row). */
  reset(page: PostPage): void
  /** Posts that just arrived: on top now, or held while the user is selecting or flagging. */
  live(posts: readonly PostView[]): void
  /** Opens the flag dialog for the selected rows (or the focused one). */
  flag(): void
  /** Number of rows shown. */
  size(): number
}

/** The cursor right after `post` (the API's `<createdAt>_<id>`). */
export function cursorAfter(post: { createdAt: string; id: string }): string {
  return `${post.createdAt}_${post.id}`
}

/** A selectable, paged list of posts (see the file comment). */
export function postList(opts: PostListOptions): PostList {
  const max = opts.max ?? 1000
  const selectable = can.flag()
  const rows = h('div', { class: 'posts', 'data-testid': 'post-list' })
  const selCount = h('span', { class: 'muted', 'data-testid': 'selection-count', 'aria-live': 'polite' })
  const flagBtn = button('Signaler la sélection', () => flag(), { 'data-testid': 'flag-open', class: 'primary', title: 'Raccourci : f' })
  const heldBtn = button('', () => showHeld(), { class: 'held', 'data-testid': 'live-held', hidden: true, title: 'Afficher les messages arrivés pendant la sélection' })
  const moreBtn = button(opts.order === 'newest' ? 'Plus anciens' : 'Plus récents', () => void more(), { 'data-testid': 'posts-more', hidden: true })
  const moreError = h('p', { class: 'form-error', role: 'alert' })
  const toolbar = selectable
    ? h(
        'div',
        { class: 'toolbar-actions post-list-actions' },
        selCount,
        button('Tout sélectionner', () => selectAll(true)),
        button('Aucun', () => selectAll(false)),
        flagBtn,
        // In the toolbar's line, so that its appearing moves no row.
        heldBtn,
      )
    : null
  const el = h('div', { class: 'post-list' }, toolbar, rows, moreError, h('div', { class: 'post-list-more' }, moreBtn))

  const shown = new Set<string>()
  let held: PostView[] = []
  let nextCursor: string | null = null
  let dialogOpen = false
  let loading = false

  const frozen = (): boolean => dialogOpen || flagDialogOpen() || selectedPostIds(rows).length > 0

  function updateSelection(): void {
    const n = selectedPostIds(rows).length
    selCount.textContent = n > 0 ? `${fmtNumber(n)} sélectionné(s)` : ''
    flagBtn.textContent = n > 0 ? `Signaler la sélection (${fmtNumber(n)})` : 'Signaler la sélection'
    if (n === 0) releaseHeld()
  }
  rows.addEventListener('change', updateSelection)

  function selectAll(on: boolean): void {
    for (const box of rows.querySelectorAll<HTMLInputElement>('input[data-testid="post-select"]')) box.checked = on
    updateSelection()
  }

  function row(p: PostView): HTMLElement {
    shown.add(p.id)
    return postRow(p, { selectable })
  }

  function setCursor(cursor: string | null): void {
    nextCursor = cursor
    moreBtn.hidden = cursor === null
  }

  function showEmpty(): void {
    if (rows.childElementCount === 0) rows.append(h('p', { class: 'muted', 'data-testid': 'posts-empty' }, opts.empty))
  }

  function dropEmpty(): void {
    rows.querySelector('[data-testid="posts-empty"]')?.remove()
  }

  function reset(page: PostPage): void {
    rows.replaceChildren()
    shown.clear()
    held = []
    heldBtn.hidden = true
    moreError.textContent = ''
    for (const p of page.posts) rows.append(row(p))
    setCursor(page.nextCursor)
    showEmpty()
    updateSelection()
  }

  async function more(): Promise<void> {
    if (loading || nextCursor === null) return
    loading = true
    moreBtn.disabled = true
    moreError.textContent = ''
    try {
      const page = await opts.loadPage(nextCursor)
      dropEmpty()
      const frag = document.createDocumentFragment()
      for (const p of page.posts) if (!shown.has(p.id)) frag.append(row(p))
      rows.append(frag)
      setCursor(page.nextCursor)
    } catch (err) {
      moreError.textContent = `Page suivante indisponible : ${err instanceof ApiError ? err.message : loadError(err)}`
    } finally {
      loading = false
      moreBtn.disabled = false
    }
  }

  /** Adds posts on top (newest order) and trims the bottom, keeping the trimmed rows reachable through the pages. */
  function addOnTop(list: readonly PostView[]): void {
    const fresh = list.filter((p) => !shown.has(p.id))
    if (fresh.length === 0) return
    dropEmpty()
    const frag = document.createDocumentFragment()
    for (let i = fresh.length - 1; i >= 0; i--) frag.append(row(fresh[i]!))
    rows.prepend(frag)
    let trimmed = false
    while (rows.childElementCount > max) {
      const last = rows.lastElementChild as HTMLElement | null
      if (!last) break
      if (last.dataset.postId) shown.delete(last.dataset.postId)
      last.remove()
      trimmed = true
    }
    if (trimmed) {
      const last = rows.lastElementChild as HTMLElement | null
      const post = last?.dataset.postId && last.dataset.createdAt ? { id: last.dataset.postId, createdAt: last.dataset.createdAt } : null
      if (post) setCursor(cursorAfter(post))
    }
  }

  function showHeld(): void {
    const list = held
    held = []
    heldBtn.hidden = true
    addOnTop(list)
  }

  function releaseHeld(): void {
    if (held.length > 0 && !frozen()) showHeld()
  }

  function live(list: readonly PostView[]): void {
    if (list.length === 0) return
    if (opts.order === 'oldest') {
      // They belong after the last page: make sure a next page is offered.
      const last = rows.lastElementChild as HTMLElement | null
      if (nextCursor === null && last?.dataset.postId && last.dataset.createdAt) setCursor(cursorAfter({ id: last.dataset.postId, createdAt: last.dataset.createdAt }))
      else if (nextCursor === null && rows.querySelector('[data-post-id]') === null) addOnTop(list)
      return
    }
    if (frozen()) {
      const waiting = new Set(held.map((p) => p.id))
      for (const p of list) if (!shown.has(p.id) && !waiting.has(p.id)) held.push(p)
      if (held.length > max) held.splice(0, held.length - max)
      heldBtn.hidden = held.length === 0
      heldBtn.textContent = `${fmtNumber(held.length)} nouveau(x) message(s) en attente — afficher`
      return
    }
    addOnTop(list)
  }

  function flag(): void {
    let ids = selectedPostIds(rows)
    if (ids.length === 0) {
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-post-id]') : null
      if (focused?.dataset.postId && rows.contains(focused)) ids = [focused.dataset.postId]
    }
    const dialog = openFlagDialog(ids, () => {
      for (const pid of ids) {
        const r = rows.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(pid)}"]`)
        if (r && !r.classList.contains('post-flagged')) {
          r.classList.add('post-flagged')
          r.querySelector('.post-meta')?.append(h('span', { class: 'chip chip-ok' }, 'signalé'))
        }
      }
      selectAll(false)
    })
    if (!dialog) return
    dialogOpen = true
    dialog.addEventListener('close', () => {
      dialogOpen = false
      releaseHeld()
    })
  }

  return { el, reset, live, flag, size: () => rows.querySelectorAll('[data-post-id]').length }
}

/** Reads a page of posts from `path` (with its own query string) continued after `cursor`. */
export function pageReader(path: string): (cursor: string) => Promise<PostPage> {
  return (cursor) => api.get<PostPage>(`${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`)
}
