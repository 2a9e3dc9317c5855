/**
 * Review queue: pending and claimed flags with the post and its evidence;
 * claim, confirm or reject (with a note). Four eyes: one's own flags show no buttons.
 */
import { api, ApiError, query } from '../api.js'
import { append, button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { dsaLabel, fmtDateTime, flagStatusLabel } from '../format.js'
import { postRow } from '../post-row.js'
import { frameBatcher, loadError, type Screen } from '../screen.js'
import { can, currentUser } from '../session.js'
import { toast } from '../toast.js'
import type { FlagStatus, FlagView } from '../../../contract/flags.js'
import type { TakedownView } from '../../../contract/takedowns.js'
import type { WsEvent } from '../../../contract/ws.js'

type View = 'queue' | 'confirmed' | 'rejected'
const VIEWS: ReadonlyArray<readonly [View, string]> = [
  ['queue', 'À relire'],
  ['confirmed', 'Confirmés'],
  ['rejected', 'Rejetés'],
]
const statusesOf = (v: View): FlagStatus[] => (v === 'queue' ? ['pending', 'claimed'] : [v])

export function reviewScreen(): Screen {
  let view: View = 'queue'
  const flags = new Map<number, FlagView>()
  const list = h('div', { class: 'flags' })
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const viewSelect = h('select', { 'aria-label': 'Filtrer les signalements' }, ...VIEWS.map(([v, label]) => h('option', { value: v }, label)))
  viewSelect.addEventListener('change', () => {
    view = viewSelect.value as View
    void load()
  })
  const el = h(
    'section',
    { class: 'review' },
    h('div', { class: 'toolbar' }, h('h1', {}, SCREENS.review.title), viewSelect),
    h('p', { class: 'hint' }, 'Chaque signalement est validé par un autre relecteur que son auteur : prenez-le, puis confirmez ou rejetez.'),
    status,
    list,
  )

  async function act(flag: FlagView, path: string, body: unknown, done: string): Promise<void> {
    try {
      const res = await api.post<{ flag: FlagView; takedowns?: TakedownView[] }>(`/api/flags/${flag.id}/${path}`, body)
      upsert(res.flag)
      const n = res.takedowns?.length ?? 0
      toast(n > 0 ? `${done} ${n} demande(s) de retrait créée(s).` : done, 'ok')
    } catch (err) {
      toast(err instanceof ApiError ? err.message : 'action impossible', 'error')
      if (err instanceof ApiError && (err.status === 409 || err.status === 404)) void load()
    }
  }

  function actions(f: FlagView): HTMLElement {
    const me = currentUser()
    const box = h('div', { class: 'flag-actions' })
    if (f.status === 'confirmed' || f.status === 'rejected') {
      append(box, 
        h('p', {}, `${flagStatusLabel(f.status)} par ${f.decidedBy ?? '?'} le ${fmtDateTime(f.decidedAt)}`),
        f.decisionNote ? h('p', { class: 'note' }, `Note : ${f.decisionNote}`) : null,
      )
      return box
    }
    if (me && f.flaggedBy === me.name) {
      append(box, h('p', { class: 'own-flag' }, 'votre signalement — un autre relecteur doit le valider'))
      return box
    }
    if (!can.review()) {
      append(box, h('p', { class: 'muted' }, f.status === 'claimed' ? `En relecture par ${f.claimedBy ?? '?'}` : 'En attente d’un relecteur'))
      return box
    }
    if (f.status === 'pending') {
      append(box, button('Prendre', () => void act(f, 'claim', {}, 'Signalement pris.'), { 'data-testid': 'flag-claim', class: 'primary' }))
      return box
    }
    if (f.claimedBy !== me?.name) {
      append(box, h('p', { class: 'muted' }, `En relecture par ${f.claimedBy ?? '?'} depuis ${fmtDateTime(f.claimedAt)}`))
      return box
    }
    const noteId = `decision-note-${f.id}`
    const note = h('textarea', { id: noteId, class: 'decision-note', rows: 2, maxlength: 2000, placeholder: 'Note de décision (conseillée pour un rejet)' })
    const decide = (decision: 'confirm' | 'reject') => {
      const text = note.value.trim()
      const body: { decision: string; note?: string } = { decision }
      if (text) body.note = text
      void act(f, 'decision', body, decision === 'confirm' ? 'Signalement confirmé.' : 'Signalement rejeté.')
    }
    append(box, 
      h('label', { for: noteId }, 'Note'),
      note,
      h(
        'div',
        { class: 'buttons' },
        button('Confirmer', () => decide('confirm'), { 'data-testid': 'flag-confirm', class: 'primary' }),
        button('Rejeter', () => decide('reject'), { 'data-testid': 'flag-reject', class: 'danger' }),
        button('Relâcher', () => void act(f, 'release', {}, 'Signalement relâché.')),
      ),
    )
    return box
  }

  function flagRow(f: FlagView): HTMLElement {
    return h(
      'article',
      { class: `flag flag-${f.status}`, 'data-testid': 'flag-row', 'data-flag-id': f.id, 'data-nav-row': true, tabindex: 0 },
      h(
        'header',
        { class: 'flag-head' },
        h('span', { class: `badge status-${f.status}` }, flagStatusLabel(f.status)),
        h('strong', {}, dsaLabel(f.category)),
        h('span', {}, `signalé par ${f.flaggedBy} le ${fmtDateTime(f.flaggedAt)}`),
        h('span', { class: 'hash', title: `Preuve figée le ${fmtDateTime(f.capturedAt)}` }, `SHA-256 ${f.evidenceSha256.slice(0, 12)}…`),
      ),
      f.note ? h('p', { class: 'note' }, `Note : ${f.note}`) : null,
      postRow(f.post, { nested: true }),
      actions(f),
    )
  }

  const rows = new Map<number, HTMLElement>()
  const dirty = new Set<number>()
  const batch = frameBatcher(() => {
    for (const id of dirty) {
      const f = flags.get(id)
      const old = rows.get(id)
      if (!f) {
        old?.remove()
        rows.delete(id)
        continue
      }
      const focused = old?.contains(document.activeElement) ?? false
      const row = flagRow(f)
      rows.set(id, row)
      if (old) old.replaceWith(row)
      else list.prepend(row)
      if (focused) row.focus()
    }
    dirty.clear()
    status.textContent = flags.size === 0 ? (view === 'queue' ? 'Rien à relire.' : 'Aucun signalement.') : `${flags.size} signalement(s)`
  })

  function upsert(f: FlagView): void {
    if (statusesOf(view).includes(f.status)) flags.set(f.id, f)
    else flags.delete(f.id)
    dirty.add(f.id)
    batch.schedule()
  }

  async function load(): Promise<void> {
    try {
      const results = await Promise.all(statusesOf(view).map((s) => api.get<{ flags: FlagView[] }>(`/api/flags${query({ status: s, limit: 200 })}`)))
      flags.clear()
      rows.clear()
      list.replaceChildren()
      const all = results.flatMap((r) => r.flags).sort((a, b) => (a.flaggedAt < b.flaggedAt ? -1 : 1))
      for (const f of all) {
        flags.set(f.id, f)
        dirty.add(f.id)
      }
      batch.schedule()
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Votre rôle ne permet pas de lire les signalements.' : `Chargement impossible : ${loadError(err)}`
      replaceChildren(list)
    }
  }
  void load()

  return {
    el,
    onEvent(e: WsEvent) {
      if (e.type === 'flag.created' || e.type === 'flag.updated') upsert(e.flag)
    },
    onResync: () => void load(),
    dispose: () => batch.cancel(),
  }
}
