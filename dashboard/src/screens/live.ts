/**
 * Live: open waves and pile-ons ranked by score (sparkline, hostile share,
 * authors, phase), posts streaming in, source health and trending hashtags.
 */
import { api, ApiError, query } from '../api.js'
import { button, externalLink, h, replaceChildren } from '../dom.js'
import { fmtNumber, fmtScore, fmtTime, healthLabel, phaseLabel, waveFigures, waveKey, waveKindLabel } from '../format.js'
import { flagDialogOpen } from '../flag-dialog.js'
import { postRow } from '../post-row.js'
import { frameBatcher, loadError, type Screen } from '../screen.js'
import { can } from '../session.js'
import { sparkline, updateSparkline } from '../sparkline.js'
import type { PostView } from '../../../contract/post-view.js'
import type { SourceView } from '../../../contract/sources.js'
import type { OwnTrends, TrendSnapshot } from '../../../contract/trends.js'
import type { WaveSpark, WaveListItem as WaveView } from '../../../contract/waves.js'
import type { WsEvent } from '../../../contract/ws.js'

/** Most streamed posts kept in the DOM. */
const MAX_STREAM = 200
/** The stream is redrawn at most this often, with at most STREAM_PER_FLUSH new rows: readable, and a flood stays cheap. */
const STREAM_FLUSH_MS = 250
const STREAM_PER_FLUSH = 40
const SPARK_MINUTES = 30
const OWN_TRENDS_REFRESH_MS = 30_000

interface StreamItem {
  post: PostView
  wave: WaveView | undefined
}

/** Adds a post to a wave's per-minute sparkline, sliding the window forward when needed. */
export function addToSpark(spark: WaveSpark | undefined, post: PostView): WaveSpark {
  const minute = Math.floor(new Date(post.createdAt).getTime() / 60_000) * 60_000
  const s: WaveSpark = spark ?? {
    from: new Date(minute - (SPARK_MINUTES - 1) * 60_000).toISOString(),
    posts: new Array<number>(SPARK_MINUTES).fill(0),
    hostile: new Array<number>(SPARK_MINUTES).fill(0),
  }
  const n = s.posts.length
  let i = Math.round((minute - new Date(s.from).getTime()) / 60_000)
  if (i < 0 || Number.isNaN(i)) return s
  if (i >= n) {
    const shift = Math.min(n, i - n + 1)
    s.posts.splice(0, shift)
    s.hostile.splice(0, shift)
    for (let k = 0; k < shift; k++) {
      s.posts.push(0)
      s.hostile.push(0)
    }
    s.from = new Date(minute - (n - 1) * 60_000).toISOString()
    i = n - 1
  }
  s.posts[i] = (s.posts[i] ?? 0) + 1
  if (post.harassment) s.hostile[i] = (s.hostile[i] ?? 0) + 1
  return s
}

function sparkLabel(spark: WaveSpark | undefined): string {
  const last = spark?.posts.at(-1) ?? 0
  const max = spark ? Math.max(0, ...spark.posts) : 0
  return `${last} message(s) la dernière minute, pointe à ${max} par minute sur 30 minutes`
}

export function liveScreen(): Screen {
  const waves = new Map<number, WaveView>()
  const waveRows = new Map<number, { row: HTMLTableRowElement; spark: SVGSVGElement }>()
  const dirty = new Set<number>()
  let orderDirty = true
  const streamQueue: StreamItem[] = []
  const streamIds = new Set<string>()
  let paused = false
  let lastStreamFlush = 0
  let skipped = 0
  let sources = new Map<number, SourceView>()
  const platformTrends = new Map<string, TrendSnapshot>()
  let ownTrends: OwnTrends | null = null
  let sourcesDirty = false
  let trendsDirty = false

  // Layout.
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const waveBody = h('tbody')
  const waveTable = h(
    'table',
    { class: 'waves' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Vague'),
        h('th', { scope: 'col' }, 'Phase'),
        h('th', { scope: 'col', class: 'num' }, 'Score'),
        h('th', { scope: 'col', title: 'Messages par minute sur les 30 dernières minutes (hostiles en rouge)' }, 'Messages / min'),
        h('th', { scope: 'col', class: 'num' }, 'Messages'),
        h('th', { scope: 'col', class: 'num' }, 'Hostiles'),
        h('th', { scope: 'col', class: 'num' }, 'Auteurs'),
        h('th', { scope: 'col' }, 'Ouverte'),
      ),
    ),
    waveBody,
  )
  const streamList = h('div', { class: 'stream', 'aria-live': 'off' })
  const pending = h('span', { class: 'muted' })
  const pauseBtn = button('Pause', () => {
    paused = !paused
    pauseBtn.textContent = paused ? 'Reprendre' : 'Pause'
    pauseBtn.setAttribute('aria-pressed', String(paused))
    if (!paused) batch.schedule()
    else pending.textContent = ''
  }, { 'aria-pressed': 'false', title: 'Suspendre le défilement pour lire' })
  const sourceStrip = h('div', { class: 'source-health', 'data-testid': 'source-health', role: 'list', 'aria-label': 'État des sources' })
  const trendsBox = h('div', { class: 'trends' })

  const el = h(
    'section',
    { class: 'live' },
    can.sources() ? sourceStrip : null,
    h(
      'div',
      { class: 'live-grid' },
      h('div', { class: 'panel panel-waves' }, h('h2', {}, 'Vagues et acharnements en cours'), status, waveTable),
      h(
        'div',
        { class: 'panel panel-side' },
        can.trends() ? h('div', {}, h('h2', {}, 'Hashtags en tendance'), trendsBox) : null,
        h('div', { class: 'stream-head' }, h('h2', {}, 'Flux des messages'), pending, pauseBtn),
        streamList,
      ),
    ),
  )

  // Rendering.
  function renderWaveRow(w: WaveView): void {
    let entry = waveRows.get(w.id)
    if (!entry) {
      const row = h('tr', { 'data-testid': 'wave-row', 'data-wave-id': w.id, 'data-nav-row': true, tabindex: 0, title: 'Ouvrir la vague (Entrée)' })
      row.addEventListener('click', (e) => {
        if (!(e.target instanceof Element && e.target.closest('a'))) location.hash = `#/waves/${w.id}`
      })
      const spark = sparkline(w.spark?.posts ?? [], w.spark?.hostile ?? [], sparkLabel(w.spark))
      entry = { row, spark }
      waveRows.set(w.id, entry)
    }
    const { row, spark } = entry
    updateSparkline(spark, w.spark?.posts ?? [], w.spark?.hostile ?? [], sparkLabel(w.spark))
    row.className = `wave wave-${w.kind} wave-${w.status}`
    replaceChildren(
      row,
      h(
        'td',
        { class: 'wave-key' },
        h('a', { href: `#/waves/${w.id}`, 'data-open': true, tabindex: -1 }, waveKey(w)),
        h('span', { class: 'chip' }, waveKindLabel(w.kind)),
      ),
      h('td', {}, h('span', { class: `phase phase-${w.status}` }, phaseLabel(w.status))),
      h('td', { class: 'num' }, fmtScore(w.score)),
      h('td', {}, spark),
      ...waveFigures(w).map(([label, value, testid]) => h('td', { class: 'num', 'data-testid': testid, 'data-label': label }, value)),
      h('td', {}, h('time', { datetime: w.openedAt }, fmtTime(w.openedAt))),
    )
  }

  function renderWaves(): void {
    for (const id of dirty) {
      const w = waves.get(id)
      if (w) renderWaveRow(w)
      else {
        waveRows.get(id)?.row.remove()
        waveRows.delete(id)
      }
    }
    dirty.clear()
    if (orderDirty) {
      orderDirty = false
      const focused = document.activeElement
      const sorted = [...waves.values()].sort((a, b) => b.score - a.score || b.id - a.id)
      const current = [...waveBody.children]
      const wanted = sorted.map((w) => waveRows.get(w.id)?.row).filter((r): r is HTMLTableRowElement => r !== undefined)
      if (current.length !== wanted.length || wanted.some((r, i) => current[i] !== r)) {
        waveBody.replaceChildren(...wanted)
        if (focused instanceof HTMLElement && el.contains(focused)) focused.focus({ preventScroll: true })
      }
    }
    status.textContent = waves.size === 0 ? 'Aucune vague ouverte pour l’instant.' : `${waves.size} ouverte(s), classées par score.`
  }

  function renderStream(): void {
    if (paused || flagDialogOpen()) {
      pending.textContent = streamQueue.length > 0 ? `${streamQueue.length} en attente` : ''
      // Held while a flag dialog is open (the row being flagged must not move): look again next frame.
      if (!paused && streamQueue.length > 0) batch.schedule()
      return
    }
    if (streamQueue.length === 0) return
    const now = performance.now()
    if (now - lastStreamFlush < STREAM_FLUSH_MS) {
      batch.schedule() // not yet: try again on a later frame
      return
    }
    lastStreamFlush = now
    const all = streamQueue.splice(0, streamQueue.length)
    const items = all.slice(-STREAM_PER_FLUSH)
    for (const dropped of all.slice(0, all.length - items.length)) streamIds.delete(dropped.post.id)
    skipped += all.length - items.length
    pending.textContent = skipped > 0 ? `flux rapide : ${fmtNumber(skipped)} message(s) non affiché(s)` : ''
    const frag = document.createDocumentFragment()
    for (let i = items.length - 1; i >= 0; i--) {
      const { post, wave } = items[i]!
      const extra = wave ? h('a', { class: 'wave-link', href: `#/waves/${wave.id}`, 'data-open': true }, waveKey(wave)) : null
      frag.append(postRow(post, { testid: 'live-post', extra }))
    }
    streamList.prepend(frag)
    while (streamList.childElementCount > MAX_STREAM) {
      const last = streamList.lastElementChild as HTMLElement | null
      if (!last) break
      const id = last.dataset.postId
      if (id) streamIds.delete(id)
      last.remove()
    }
  }

  function renderSources(): void {
    if (!sourcesDirty) return
    sourcesDirty = false
    const list = [...sources.values()].sort((a, b) => a.name.localeCompare(b.name))
    replaceChildren(
      sourceStrip,
      h('span', { class: 'strip-title' }, 'Sources'),
      list.length === 0 ? h('span', { class: 'muted' }, 'aucune source configurée') : null,
      ...list.map((s) =>
        h(
          'span',
          {
            class: `source health-${s.enabled ? s.health : 'disabled'}`,
            role: 'listitem',
            'data-source-id': s.id,
            title: [
              s.lastError ? `Dernière erreur : ${s.lastError}` : `Dernier succès : ${fmtTime(s.lastSuccessAt)}`,
              s.runner ? `Exécutée par l’instance ${s.runner}` : s.enabled ? 'Aucune instance ne l’exécute en ce moment' : null,
            ]
              .filter(Boolean)
              .join('\n'),
          },
          h('span', { class: 'dot', 'aria-hidden': 'true' }),
          `${s.name} (${s.kind}) — ${s.enabled ? healthLabel(s.health) : 'désactivée'}${s.enabled && s.active ? ' · en cours' : ''}`,
        ),
      ),
    )
  }

  function renderTrends(): void {
    if (!trendsDirty) return
    trendsDirty = false
    const ours = h(
      'div',
      { class: 'trend-col' },
      h('h3', {}, 'Nos comptages (dernière heure)'),
      ownTrends && ownTrends.tags.length > 0
        ? h(
            'ol',
            { class: 'trend-list' },
            ...ownTrends.tags.slice(0, 12).map((t) =>
              h(
                'li',
                { 'data-testid': 'trend-row', class: t.hostile > 0 ? 'trend-hostile' : '' },
                h('span', { class: 'tag', 'data-key': t.tag }, `#${t.written}`),
                h('span', { class: 'num' }, fmtNumber(t.posts)),
                h('span', { class: 'num hostile', title: 'messages hostiles' }, t.hostile > 0 ? `${fmtNumber(t.hostile)} hostiles` : ''),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'Pas encore de hashtag compté.'),
    )
    const platforms = [...platformTrends.values()].sort((a, b) => a.platform.localeCompare(b.platform))
    const theirs = h(
      'div',
      { class: 'trend-col' },
      h('h3', {}, 'Tendances des plateformes'),
      platforms.length === 0 ? h('p', { class: 'muted' }, 'Aucune source de tendances.') : null,
      ...platforms.map((p) =>
        h(
          'div',
          {},
          h('h4', {}, `${p.platform} · ${fmtTime(p.observedAt)}`),
          h(
            'ol',
            { class: 'trend-list' },
            ...p.topics.slice(0, 10).map((t) =>
              h(
                'li',
                { 'data-testid': 'trend-row' },
                externalLink(t.url, t.displayName ?? t.topic) ?? h('span', { class: 'tag' }, t.displayName ?? t.topic),
                h('span', { class: 'num' }, t.postCount !== null ? fmtNumber(t.postCount) : ''),
                h('span', {}),
              ),
            ),
          ),
        ),
      ),
    )
    replaceChildren(trendsBox, ours, theirs)
  }

  const batch = frameBatcher(() => {
    renderWaves()
    renderStream()
    renderSources()
    renderTrends()
  })

  // Loading.
  async function loadWaves(): Promise<void> {
    try {
      const { waves: list } = await api.get<{ waves: WaveView[] }>(`/api/waves${query({ status: 'open', limit: 200 })}`)
      for (const id of waves.keys()) dirty.add(id)
      waves.clear()
      for (const w of list) {
        waves.set(w.id, w)
        dirty.add(w.id)
      }
      orderDirty = true
      batch.schedule()
    } catch (err) {
      status.textContent = `Vagues indisponibles : ${loadError(err)}`
    }
  }

  async function loadSources(): Promise<void> {
    if (!can.sources()) return
    try {
      const { sources: list } = await api.get<{ sources: SourceView[] }>('/api/sources')
      sources = new Map(list.map((s) => [s.id, s]))
      sourcesDirty = true
      batch.schedule()
    } catch (err) {
      if (err instanceof ApiError && err.status === 403) sourceStrip.remove()
    }
  }

  async function loadTrends(): Promise<void> {
    if (!can.trends()) return
    try {
      const res = await api.get<{ trends: TrendSnapshot[]; ours?: OwnTrends }>('/api/trends?limit=15')
      platformTrends.clear()
      for (const t of res.trends) platformTrends.set(t.platform, t)
      ownTrends = res.ours ?? null
      trendsDirty = true
      batch.schedule()
    } catch (err) {
      if (err instanceof ApiError && err.status === 403) trendsBox.parentElement?.remove()
      else replaceChildren(trendsBox, h('p', { class: 'muted' }, `Tendances indisponibles : ${loadError(err)}`))
    }
  }

  function loadAll(): void {
    void loadWaves()
    void loadSources()
    void loadTrends()
  }
  loadAll()
  const trendTimer = window.setInterval(() => void loadTrends(), OWN_TRENDS_REFRESH_MS)

  function queuePost(post: PostView, wave: WaveView | undefined): void {
    if (streamIds.has(post.id)) return
    streamIds.add(post.id)
    streamQueue.push({ post, wave })
    if (streamQueue.length > MAX_STREAM) {
      for (const dropped of streamQueue.splice(0, streamQueue.length - MAX_STREAM)) streamIds.delete(dropped.post.id)
    }
  }

  return {
    el,
    onEvent(e: WsEvent) {
      switch (e.type) {
        case 'wave.opened':
        case 'wave.updated': {
          const old = waves.get(e.wave.id)
          waves.set(e.wave.id, { ...e.wave, spark: old?.spark })
          dirty.add(e.wave.id)
          orderDirty = true
          break
        }
        case 'wave.closed':
          waves.delete(e.wave.id)
          dirty.add(e.wave.id)
          orderDirty = true
          break
        case 'wave.posts': {
          const w = waves.get(e.waveId)
          if (w) {
            for (const p of e.posts) w.spark = addToSpark(w.spark, p)
            dirty.add(w.id)
          }
          for (const p of e.posts) queuePost(p, w)
          break
        }
        case 'post.hostile':
          queuePost(e.post, undefined)
          break
        case 'source.health':
          sources.set(e.source.id, e.source)
          sourcesDirty = true
          break
        case 'trends.updated':
          platformTrends.set(e.trends.platform, e.trends)
          trendsDirty = true
          break
        default:
          return
      }
      batch.schedule()
    },
    onResync: loadAll,
    dispose() {
      batch.cancel()
      window.clearInterval(trendTimer)
    },
  }
}
