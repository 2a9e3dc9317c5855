/**
 * « Recherche »: find any stored post — French words (accents and case
 * ignored, "phrase", -exclusion, OR), hashtag, author, mentioned account,
 * platform, period, hostile only, category — newest or oldest first, page by
 * page; select and flag from the results. The criteria live in the address
 * (#/search?q=…), so a search can be bookmarked, shared and reloaded.
 */
import './search.css'
import { api, ApiError } from '../api.js'
import { button, h } from '../dom.js'
import { EVIDENCE_CATEGORIES, fmtNumber } from '../format.js'
import { pageReader, postList, type PostList } from '../post-list.js'
import { loadError, type Screen } from '../screen.js'
import type { PostPage } from '../../../contract/posts.js'

/** What the screen says before the first search. */
const HINT = 'Saisissez des mots ou choisissez un filtre, puis « Rechercher » (sans critère : les messages les plus récents).'

/** Results per page. */
const PAGE_SIZE = 50

/** The criteria the address may carry, in form order. */
const KEYS = ['q', 'hashtag', 'author', 'mention', 'platform', 'from', 'to', 'hostile', 'category', 'order'] as const

/** `YYYY-MM-DDTHH:mm` in local time (a datetime-local value) for an ISO time, or ''. */
function localInput(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The ISO time of a datetime-local value (local time), or ''. */
function isoOf(local: string): string {
  if (!local) return ''
  const d = new Date(local)
  return Number.isNaN(d.getTime()) ? '' : d.toISOString()
}

function field(label: string, control: HTMLElement, wide = false): HTMLElement {
  return h('div', { class: wide ? 'field field-wide' : 'field' }, h('label', { for: control.id }, label), control)
}

export function searchScreen(params: URLSearchParams): Screen {
  const input = (name: string, attrs: Record<string, string | number> = {}) =>
    h('input', { id: `search-${name}`, name, 'data-testid': `search-${name}`, value: params.get(name) ?? '', autocomplete: 'off', ...attrs })
  const q = input('q', { type: 'search', maxlength: 500, placeholder: 'mots, "une phrase", -exclure, OR' })
  const hashtag = input('hashtag', { maxlength: 140, placeholder: '#lycee' })
  const author = input('author', { maxlength: 200, placeholder: 'pseudo ou identifiant de compte' })
  const mention = input('mention', { maxlength: 200, placeholder: '@compte visé' })
  const platform = input('platform', { maxlength: 50, list: 'search-platforms', placeholder: 'toutes' })
  const from = h('input', { id: 'search-from', type: 'datetime-local', 'data-testid': 'search-from', value: localInput(params.get('from')) })
  const to = h('input', { id: 'search-to', type: 'datetime-local', 'data-testid': 'search-to', value: localInput(params.get('to')) })
  const hostile = h('input', { id: 'search-hostile', type: 'checkbox', 'data-testid': 'search-hostile', checked: params.get('hostile') === 'true' })
  const category = h(
    'select',
    { id: 'search-category', 'data-testid': 'search-category' },
    h('option', { value: '' }, 'toutes'),
    ...EVIDENCE_CATEGORIES.map(([value, label]) => h('option', { value, selected: params.get('category') === value }, label)),
  )
  const order = h(
    'select',
    { id: 'search-order', 'data-testid': 'search-order' },
    h('option', { value: 'newest' }, 'Plus récents d’abord'),
    h('option', { value: 'oldest', selected: params.get('order') === 'oldest' }, 'Plus anciens d’abord'),
  )
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'search-error' })
  const status = h('p', { class: 'muted search-status', 'data-testid': 'search-status', 'aria-live': 'polite' })
  const results = h('div', { class: 'search-results' })
  let list: PostList | null = null

  const form = h(
    'form',
    { class: 'search-form', role: 'search', 'aria-label': 'Rechercher des messages' },
    field('Mots', q, true),
    field('Hashtag', hashtag),
    field('Auteur', author),
    field('Compte mentionné', mention),
    field('Plateforme', platform),
    field('Depuis', from),
    field('Avant', to),
    field('Catégorie', category),
    field('Ordre', order),
    h('div', { class: 'field field-inline' }, hostile, h('label', { for: 'search-hostile' }, 'Hostiles seulement')),
    h(
      'div',
      { class: 'search-actions field-wide' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'search-submit' }, 'Rechercher'),
      button('Effacer', () => {
        if (location.hash !== '#/search') {
          location.hash = '#/search'
          return
        }
        form.reset()
        results.replaceChildren()
        list = null
        error.textContent = ''
        status.textContent = HINT
      }),
      h('span', { class: 'hint' }, 'Accents et majuscules ignorés : « eleve » trouve « élève ».'),
    ),
    h('datalist', { id: 'search-platforms' }, ...['bluesky', 'mastodon', 'rss', 'web'].map((p) => h('option', { value: p }))),
  )

  const el = h(
    'section',
    { class: 'search', 'data-testid': 'search-screen' },
    h('h1', {}, 'Recherche'),
    h('div', { class: 'panel' }, form, error),
    h('div', { class: 'panel' }, status, results),
  )

  /** The criteria of the form, without the empty ones. */
  function criteria(): URLSearchParams {
    const out = new URLSearchParams()
    const values: Record<(typeof KEYS)[number], string> = {
      q: q.value.trim(),
      hashtag: hashtag.value.trim(),
      author: author.value.trim(),
      mention: mention.value.trim(),
      platform: platform.value.trim(),
      from: isoOf(from.value),
      to: isoOf(to.value),
      hostile: hostile.checked ? 'true' : '',
      category: category.value,
      order: order.value === 'oldest' ? 'oldest' : '',
    }
    for (const k of KEYS) if (values[k]) out.set(k, values[k])
    return out
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const chosen = criteria()
    const next = chosen.size > 0 ? `#/search?${chosen.toString()}` : '#/search'
    if (next === location.hash || chosen.size === 0) void run(chosen)
    else location.hash = next
  })

  async function run(p: URLSearchParams): Promise<void> {
    error.textContent = ''
    status.textContent = 'Recherche…'
    const query = new URLSearchParams(p)
    query.set('limit', String(PAGE_SIZE))
    const path = `/api/posts?${query.toString()}`
    const oldest = p.get('order') === 'oldest'
    list = postList({ order: oldest ? 'oldest' : 'newest', loadPage: pageReader(path), empty: 'Aucun message ne correspond.' })
    results.replaceChildren(list.el)
    try {
      const page = await api.get<PostPage>(path)
      list.reset(page)
      status.textContent =
        page.posts.length === 0
          ? 'Aucun message ne correspond à ces critères.'
          : `${fmtNumber(page.posts.length)} message(s)${page.nextCursor ? ` — d’autres suivent (« ${oldest ? 'Plus récents' : 'Plus anciens'} » en bas)` : ''}.`
    } catch (err) {
      results.replaceChildren()
      list = null
      status.textContent = ''
      error.textContent = err instanceof ApiError ? err.message : `Recherche impossible : ${loadError(err)}`
    }
  }

  if (KEYS.some((k) => params.has(k))) void run(params)
  else status.textContent = HINT
  queueMicrotask(() => q.focus())

  return {
    el,
    flag: () => list?.flag(),
  }
}
