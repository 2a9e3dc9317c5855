/** Wave detail: timeline (posts/min and hostile/min), reasons, top authors, variants, every post page by page; select many → flag. */
import uPlot from 'uplot'
import { api, ApiError } from '../api.js'
import { h, replaceChildren } from '../dom.js'
import { fmtDateTime, fmtNumber, fmtScore, phaseLabel, waveFigures, waveKey, waveKindLabel } from '../format.js'
import { pageReader, postList, type PostList } from '../post-list.js'
import { frameBatcher, loadError, type Screen } from '../screen.js'
import type { PostView } from '../../../contract/post-view.js'
import type { PostOrder, PostPage } from '../../../contract/posts.js'
import type { WaveDetail, WaveView } from '../../../contract/waves.js'
import type { WsEvent } from '../../../contract/ws.js'

const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' })
const dateMinute = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' })

/** Most posts kept on the screen (older ones stay reachable page by page). */
const MAX_POSTS = 1000
/** Posts per page after the first. */
const PAGE_SIZE = 100

/** Per-minute series with the missing minutes filled with zeros (x in seconds). */
export function timelineSeries(timeline: WaveDetail['timeline']): [number[], number[], number[]] {
  const byMinute = new Map<number, { posts: number; hostile: number }>()
  for (const t of timeline) byMinute.set(Math.floor(new Date(t.minute).getTime() / 60_000), t)
  const keys = [...byMinute.keys()]
  const xs: number[] = []
  const posts: number[] = []
  const hostile: number[] = []
  if (keys.length === 0) return [xs, posts, hostile]
  const first = Math.min(...keys)
  const last = Math.max(...keys)
  // A very long wave is shown at most over its last 24 h of minutes.
  for (let m = Math.max(first, last - 24 * 60); m <= last; m++) {
    const t = byMinute.get(m)
    xs.push(m * 60)
    posts.push(t?.posts ?? 0)
    hostile.push(t?.hostile ?? 0)
  }
  return [xs, posts, hostile]
}

export function waveDetailScreen(id: number): Screen {
  const header = h('div', { class: 'wave-head' }, h('p', { class: 'muted' }, 'Chargement…'))
  const chartBox = h('div', { class: 'chart', 'data-testid': 'wave-chart', role: 'img', 'aria-label': 'Messages par minute et messages hostiles par minute' })
  const reasons = h('ul', { class: 'reasons' })
  const authors = h('tbody')
  const variants = h('ul', { class: 'variants' })
  const postsPanel = h('div', { class: 'wave-posts' })
  const orderSelect = h(
    'select',
    { 'data-testid': 'posts-order', 'aria-label': 'Ordre des messages' },
    h('option', { value: 'newest' }, 'Plus récents d’abord'),
    h('option', { value: 'oldest' }, 'Plus anciens d’abord'),
  )
  const postsCount = h('span', { class: 'muted', 'data-testid': 'posts-count' })
  const el = h(
    'section',
    { class: 'wave-detail', 'data-testid': 'wave-detail', 'data-wave-id': id },
    h('p', {}, h('a', { href: '#/live' }, '← En direct')),
    header,
    h(
      'div',
      { class: 'detail-grid' },
      h('div', { class: 'panel' }, h('h2', {}, 'Chronologie'), chartBox),
      h(
        'div',
        { class: 'panel' },
        h('h2', {}, 'Pourquoi ce score'),
        reasons,
        h('h2', {}, 'Variantes'),
        variants,
        h('h2', {}, 'Auteurs les plus actifs'),
        h('table', { class: 'authors' }, h('thead', {}, h('tr', {}, h('th', {}, 'Auteur'), h('th', { class: 'num' }, 'Messages'), h('th', { class: 'num' }, 'Hostiles'))), authors),
      ),
    ),
    h('div', { class: 'panel' }, h('div', { class: 'toolbar' }, h('h2', {}, 'Messages'), postsCount, orderSelect), postsPanel),
  )

  let wave: WaveView | null = null
  let series: [number[], number[], number[]] = [[], [], []]
  let plot: uPlot | null = null
  const incoming: PostView[] = []
  let chartDirty = false
  let order: PostOrder = 'newest'
  let list: PostList = makeList()

  function makeList(): PostList {
    const l = postList({
      order,
      loadPage: pageReader(`/api/waves/${id}/posts?order=${order}&limit=${PAGE_SIZE}`),
      empty: 'Aucun message lié.',
      max: MAX_POSTS,
    })
    replaceChildren(postsPanel, l.el)
    return l
  }

  orderSelect.addEventListener('change', () => {
    order = orderSelect.value === 'oldest' ? 'oldest' : 'newest'
    list = makeList()
    void loadFirstPage()
  })

  async function loadFirstPage(): Promise<void> {
    try {
      list.reset(await api.get<PostPage>(`/api/waves/${id}/posts?order=${order}&limit=${PAGE_SIZE}`))
    } catch (err) {
      replaceChildren(postsPanel, h('p', { class: 'form-error' }, `Messages indisponibles : ${loadError(err)}`))
    }
  }

  function renderHeader(w: WaveView): void {
    replaceChildren(
      header,
      h('h1', {}, waveKey(w), ' ', h('span', { class: 'chip' }, waveKindLabel(w.kind)), ' ', h('span', { class: `phase phase-${w.status}` }, phaseLabel(w.status))),
      h(
        'dl',
        { class: 'figures' },
        h('dt', {}, 'Score'),
        h('dd', {}, fmtScore(w.score)),
        ...waveFigures(w).flatMap(([label, value, testid]) => [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)]),
        h('dt', {}, 'Début'),
        h('dd', {}, fmtDateTime(w.onsetAt)),
        h('dt', {}, 'Détectée'),
        h('dd', {}, fmtDateTime(w.openedAt)),
        h('dt', {}, 'Pic'),
        h('dd', {}, fmtDateTime(w.peakAt)),
        w.closedAt ? h('dt', {}, 'Close') : null,
        w.closedAt ? h('dd', {}, fmtDateTime(w.closedAt)) : null,
      ),
    )
    postsCount.textContent = `${fmtNumber(w.posts)} au total`
    replaceChildren(reasons, ...(w.reasons.length > 0 ? w.reasons.map((r) => h('li', {}, r)) : [h('li', { class: 'muted' }, 'Aucune raison enregistrée.')]))
  }

  function drawChart(): void {
    const width = Math.max(300, chartBox.clientWidth || 600)
    if (plot) {
      plot.setData(series)
      return
    }
    const opts: uPlot.Options = {
      width,
      height: 240,
      legend: { show: true },
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        { values: (_u, splits) => splits.map((s) => hourMinute.format(new Date(s * 1000))) },
        { label: 'par minute', size: 50 },
      ],
      series: [
        { label: 'Heure', value: (_u, v) => (v === null ? '—' : dateMinute.format(new Date(v * 1000))) },
        { label: 'Messages / min', stroke: '#1d4e89', fill: 'rgba(29, 78, 137, 0.12)', width: 2, points: { show: false } },
        { label: 'Hostiles / min', stroke: '#c0392b', fill: 'rgba(192, 57, 43, 0.15)', width: 2, points: { show: false } },
      ],
    }
    plot = new uPlot(opts, series, chartBox)
  }

  const resize = new ResizeObserver(() => {
    if (plot && chartBox.clientWidth > 0) plot.setSize({ width: chartBox.clientWidth, height: 240 })
  })
  resize.observe(chartBox)

  function addPostToSeries(p: PostView): void {
    const x = Math.floor(new Date(p.createdAt).getTime() / 60_000) * 60
    const [xs, posts, hostile] = series
    const lastX = xs.at(-1)
    if (lastX === undefined || x > lastX) {
      for (let m = lastX === undefined ? x : lastX + 60; m <= x; m += 60) {
        xs.push(m)
        posts.push(0)
        hostile.push(0)
      }
    }
    const i = xs.indexOf(x)
    if (i < 0) return
    posts[i] = (posts[i] ?? 0) + 1
    if (p.harassment) hostile[i] = (hostile[i] ?? 0) + 1
    chartDirty = true
  }

  const batch = frameBatcher(() => {
    if (incoming.length > 0) list.live(incoming.splice(0, incoming.length))
    if (chartDirty) {
      chartDirty = false
      plot?.setData(series)
    }
    if (wave) renderHeader(wave)
  })

  async function load(): Promise<void> {
    try {
      const d = await api.get<WaveDetail>(`/api/waves/${id}`)
      wave = d.wave
      renderHeader(d.wave)
      replaceChildren(
        variants,
        ...(d.variants.length > 0
          ? d.variants.sort((a, b) => b.posts - a.posts).map((v) => h('li', {}, h('span', { class: 'tag' }, `#${v.variant}`), ` ${fmtNumber(v.posts)}`))
          : [h('li', { class: 'muted' }, d.wave.kind === 'target' ? 'Acharnement sur un compte : pas de variante.' : 'Aucune variante.')]),
      )
      replaceChildren(
        authors,
        ...d.topAuthors.slice(0, 10).map((a) => h('tr', {}, h('td', { class: 'author' }, a.author), h('td', { class: 'num' }, fmtNumber(a.posts)), h('td', { class: 'num' }, fmtNumber(a.hostile)))),
      )
      series = timelineSeries(d.timeline)
      drawChart()
      if (order === 'newest') list.reset({ posts: d.posts, nextCursor: d.postsCursor })
      else await loadFirstPage()
    } catch (err) {
      replaceChildren(header, h('p', { class: 'form-error' }, err instanceof ApiError && err.status === 404 ? 'Vague introuvable.' : `Chargement impossible : ${loadError(err)}`))
    }
  }
  void load()

  return {
    el,
    flag: () => list.flag(),
    onEvent(e: WsEvent) {
      if ((e.type === 'wave.updated' || e.type === 'wave.closed' || e.type === 'wave.opened') && e.wave.id === id) {
        wave = e.wave
        batch.schedule()
      } else if (e.type === 'wave.posts' && e.waveId === id) {
        for (const p of e.posts) {
          incoming.push(p)
          addPostToSeries(p)
        }
        if (incoming.length > MAX_POSTS) incoming.splice(0, incoming.length - MAX_POSTS)
        batch.schedule()
      }
    },
    onResync: () => void load(),
    dispose() {
      batch.cancel()
      resize.disconnect()
      plot?.destroy()
    },
  }
}
