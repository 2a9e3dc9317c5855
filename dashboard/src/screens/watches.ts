/** Victim watches (counsellors, admins): list, create, edit; a watch's alerts and matched posts. */
import { api, ApiError } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { fmtDateTime, fmtNumber } from '../format.js'
import { postRow } from '../post-row.js'
import { loadError, type Screen } from '../screen.js'
import { openReferentDialog } from '../referent-dialog.js'
import { onSave } from '../save-form.js'
import { toast } from '../toast.js'
import type { AlertView, WatchMatch, WatchView } from '../../../contract/watches.js'
import type { WsEvent } from '../../../contract/ws.js'

const splitList = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0)

/** The create/edit form; `watch` undefined creates. */
function watchForm(watch: WatchView | undefined, done: (w: WatchView) => void, cancel: () => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLInputElement, hint?: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', { class: 'hint' }, hint) : null)
  const label = h('input', { id: 'watch-label', required: true, maxlength: 120, value: watch?.label ?? '' })
  const names = h('input', { id: 'watch-names', value: watch ? watch.names.filter((n) => n !== watch.label).join(', ') : '' })
  const handles = h('input', { id: 'watch-handles', value: watch ? watch.handles.map((x) => `@${x}`).join(', ') : '' })
  const school = h('input', { id: 'watch-school', maxlength: 120, value: watch?.school ?? '' })
  const webhookUrl = h('input', { id: 'watch-webhook', type: 'url', value: watch?.webhookUrl ?? '', placeholder: 'https://…' })
  const secret = h('input', { id: 'watch-secret', type: 'password', autocomplete: 'new-password', placeholder: watch?.hasWebhookSecret ? 'inchangé' : '' })
  const active = h('input', { id: 'watch-active', type: 'checkbox' })
  active.checked = watch?.active ?? true
  const error = h('p', { class: 'form-error', role: 'alert' })
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'watch-save' }, watch ? 'Enregistrer' : 'Créer la veille')
  const form = h(
    'form',
    { class: 'watch-form panel' },
    h('h2', {}, watch ? 'Modifier la veille' : 'Nouvelle veille'),
    field('watch-label', 'Nom affiché', label, 'Prénom et nom de la personne protégée'),
    field('watch-names', 'Variantes du nom', names, 'Séparées par des virgules (surnoms, fautes courantes)'),
    field('watch-handles', 'Comptes', handles, 'Ex. @lea.martin.bsky.social, séparés par des virgules'),
    field('watch-school', 'Établissement', school),
    field('watch-webhook', 'Webhook (facultatif)', webhookUrl),
    field('watch-secret', 'Secret du webhook', secret, '16 caractères au moins'),
    watch ? h('div', { class: 'field field-inline' }, active, h('label', { for: 'watch-active' }, 'Active (décochez pour suspendre la veille)')) : null,
    error,
    h('div', { class: 'dialog-actions' }, button('Annuler', cancel), submit),
  )
  onSave<WatchView>({
    form,
    submit,
    error,
    collect: () => {
      const body: Record<string, unknown> = {
        label: label.value.trim(),
        names: splitList(names.value),
        handles: splitList(handles.value),
        school: school.value.trim() || null,
        webhookUrl: webhookUrl.value.trim() || null,
      }
      if (secret.value) body.webhookSecret = secret.value
      if (watch) body.active = active.checked
      return body
    },
    ...(watch
      ? {
          editing: {
            record: watch,
            fields: {
              label: watch.label,
              names: watch.names.filter((n) => n !== watch.label),
              handles: watch.handles,
              school: watch.school,
              webhookUrl: watch.webhookUrl,
              active: watch.active,
            },
          },
        }
      : {}),
    // The server stores handles lower-case without « @ ».
    normalise: (key, value) => (key === 'handles' ? (value as string[]).map((x) => x.replace(/^@/, '').toLowerCase()) : value),
    save: (body, editing) =>
      (editing ? api.patch<{ watch: WatchView }>(`/api/watches/${editing.id}`, body) : api.post<{ watch: WatchView }>('/api/watches', body)).then((r) => r.watch),
    saved: watch ? 'Veille enregistrée.' : 'Veille créée.',
    done,
  })
  queueMicrotask(() => label.focus())
  return form
}

export function watchesScreen(): Screen {
  const list = h('tbody')
  const formBox = h('div')
  const status = h('p', { class: 'muted' }, 'Chargement…')
  let watches: WatchView[] = []
  let alerts: AlertView[] = []

  const el = h(
    'section',
    {},
    h(
      'div',
      { class: 'toolbar' },
      h('h1', {}, SCREENS.watches.title),
      button('Nouvelle veille', () => openForm(undefined), { 'data-testid': 'watch-new', class: 'primary' }),
    ),
    h('p', { class: 'hint' }, 'Les noms surveillés sont ceux de mineurs : seuls leur conseiller et les administrateurs les voient.'),
    formBox,
    status,
    h(
      'table',
      { class: 'list' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'Veille'), h('th', {}, 'Comptes'), h('th', {}, 'État'), h('th', { class: 'num' }, 'Alertes ouvertes'), h('th', {}, 'Modifiée'), h('th', {}, '')),
      ),
      list,
    ),
  )

  function openForm(w: WatchView | undefined): void {
    replaceChildren(
      formBox,
      watchForm(
        w,
        () => {
          formBox.replaceChildren()
          void load()
        },
        () => formBox.replaceChildren(),
      ),
    )
  }

  function render(): void {
    status.textContent = watches.length === 0 ? 'Aucune veille.' : ''
    replaceChildren(
      list,
      ...watches.map((w) => {
        const open = alerts.filter((a) => a.watchId === w.id && a.status === 'open')
        return h(
          'tr',
          { 'data-testid': 'watch-row', 'data-watch-id': w.id, 'data-nav-row': true, tabindex: 0, class: open.length > 0 ? 'alerting' : '' },
          h('td', {}, h('a', { href: `#/watches/${w.id}`, 'data-open': true }, w.label), w.names.length > 1 ? h('small', { class: 'muted' }, ` (${w.names.length - 1} variante(s))`) : null),
          h('td', {}, w.handles.map((x) => `@${x}`).join(', ') || '—'),
          h('td', {}, w.active ? 'active' : 'suspendue'),
          h('td', { class: 'num' }, open.length > 0 ? h('strong', { class: 'hostile' }, fmtNumber(open.length)) : '0'),
          h('td', {}, fmtDateTime(w.updatedAt)),
          h('td', {}, button('Modifier', () => openForm(w), { 'data-testid': 'watch-edit' })),
        )
      }),
    )
  }

  async function load(): Promise<void> {
    try {
      const [w, a] = await Promise.all([api.get<{ watches: WatchView[] }>('/api/watches'), api.get<{ alerts: AlertView[] }>('/api/alerts')])
      watches = w.watches
      alerts = a.alerts
      render()
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Réservé aux conseillers et aux administrateurs.' : `Chargement impossible : ${loadError(err)}`
    }
  }
  void load()

  return {
    el,
    onEvent(e: WsEvent) {
      if (e.type === 'alert.opened' || e.type === 'alert.updated' || e.type === 'alert.closed') {
        alerts = [e.alert, ...alerts.filter((a) => a.id !== e.alert.id)]
        render()
      }
    },
    onResync: () => void load(),
  }
}

export function watchDetailScreen(id: number): Screen {
  const head = h('div', {}, h('p', { class: 'muted' }, 'Chargement…'))
  const alertsBody = h('tbody')
  const matchesBox = h('div', { class: 'posts' })
  const more = button('Plus anciens', () => void loadMatches(true))
  const formBox = h('div')
  let watch: WatchView | undefined
  let alerts: AlertView[] = []
  let oldest: string | undefined
  let refreshTimer = 0

  const el = h(
    'section',
    {},
    h('p', {}, h('a', { href: '#/watches' }, '← Veilles')),
    head,
    formBox,
    h(
      'div',
      { class: 'panel' },
      h('h2', {}, 'Alertes'),
      h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'État'), h('th', {}, 'Premier message'), h('th', {}, 'Dernier'), h('th', { class: 'num' }, 'Messages'), h('th', { class: 'num' }, 'Hostiles'), h('th', {}, 'Acharnement'), h('th', {}, ''))), alertsBody),
    ),
    h('div', { class: 'panel' }, h('h2', {}, 'Messages repérés'), matchesBox, more),
  )

  function renderHead(): void {
    if (!watch) return
    const w = watch
    replaceChildren(
      head,
      h('div', { class: 'toolbar' }, h('h1', {}, w.label), button('Modifier', () => replaceChildren(formBox, watchForm(w, (nw) => { watch = nw; formBox.replaceChildren(); renderHead() }, () => formBox.replaceChildren())), { 'data-testid': 'watch-edit' })),
      h(
        'dl',
        { class: 'figures' },
        h('dt', {}, 'Variantes'),
        h('dd', {}, w.names.join(', ')),
        h('dt', {}, 'Comptes'),
        h('dd', {}, w.handles.map((x) => `@${x}`).join(', ') || '—'),
        h('dt', {}, 'Établissement'),
        h('dd', {}, w.school ?? '—'),
        h('dt', {}, 'État'),
        h('dd', {}, w.active ? 'active' : 'suspendue'),
        ...(w.webhookFailure
          ? [h('dt', {}, 'Webhook'), h('dd', { class: 'form-error', 'data-testid': 'watch-webhook-failure' }, `envoi abandonné le ${fmtDateTime(w.webhookFailure.at)} : ${w.webhookFailure.error}`)]
          : []),
      ),
    )
  }

  function renderAlerts(): void {
    replaceChildren(
      alertsBody,
      ...(alerts.length === 0
        ? [h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'Aucune alerte.'))]
        : alerts.map((a) =>
            h(
              'tr',
              { 'data-testid': 'alert-row', 'data-alert-id': a.id, class: a.status === 'open' ? 'alerting' : '' },
              h('td', {}, a.status === 'open' ? 'ouverte' : 'close'),
              h('td', {}, fmtDateTime(a.firstAt)),
              h('td', {}, fmtDateTime(a.lastAt)),
              h('td', { class: 'num' }, fmtNumber(a.posts)),
              h('td', { class: 'num' }, fmtNumber(a.hostile)),
              h('td', {}, a.waveId !== null ? h('a', { href: `#/waves/${a.waveId}` }, `vague ${a.waveId}`) : '—'),
              // An alert on a pupil of a known school: the académie's referent can be told.
              h(
                'td',
                {},
                watch?.school
                  ? button('Alerter le référent', () => openReferentDialog({ path: `/api/alerts/${a.id}/referent-alerts`, academie: null, name: watch?.label ?? null }), {
                      'data-testid': 'alert-referent',
                    })
                  : null,
              ),
            ),
          )),
    )
  }

  async function loadMatches(older: boolean): Promise<void> {
    try {
      const q = older && oldest ? `?limit=100&before=${encodeURIComponent(oldest)}` : '?limit=100'
      const { matches } = await api.get<{ matches: WatchMatch[] }>(`/api/watches/${id}/matches${q}`)
      if (!older) matchesBox.replaceChildren()
      for (const m of matches) {
        matchesBox.append(postRow(m.post, { extra: h('span', { class: 'chip' }, `terme : ${m.term}`) }))
      }
      oldest = matches.at(-1)?.postedAt ?? oldest
      more.hidden = matches.length < 100
      if (!older && matches.length === 0) matchesBox.append(h('p', { class: 'muted' }, 'Aucun message repéré.'))
    } catch (err) {
      matchesBox.append(h('p', { class: 'form-error' }, `Chargement impossible : ${loadError(err)}`))
    }
  }

  async function load(): Promise<void> {
    try {
      const [w, a] = await Promise.all([api.get<{ watch: WatchView }>(`/api/watches/${id}`), api.get<{ alerts: AlertView[] }>('/api/alerts')])
      watch = w.watch
      alerts = a.alerts.filter((x) => x.watchId === id)
      renderHead()
      renderAlerts()
      await loadMatches(false)
    } catch (err) {
      replaceChildren(head, h('p', { class: 'form-error' }, err instanceof ApiError && err.status === 404 ? 'Veille introuvable.' : `Chargement impossible : ${loadError(err)}`))
    }
  }
  void load()

  return {
    el,
    onEvent(e: WsEvent) {
      if ((e.type === 'alert.opened' || e.type === 'alert.updated' || e.type === 'alert.closed') && e.alert.watchId === id) {
        alerts = [e.alert, ...alerts.filter((a) => a.id !== e.alert.id)]
        renderAlerts()
        // New matches came with the alert: refresh the newest page at most every few seconds.
        if (refreshTimer === 0) {
          refreshTimer = window.setTimeout(() => {
            refreshTimer = 0
            void loadMatches(false)
          }, 3000)
        }
      }
    },
    onResync: () => void load(),
    dispose: () => window.clearTimeout(refreshTimer),
  }
}
