/**
 * Takedown requests: status, channel, the platform's answer, a live timer
 * against the one-hour target, status updates, retry, and the DSA notice.
 */
import { api, ApiError } from '../api.js'
import { append, button, externalLink, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { channelLabel, fmtDateTime, fmtDuration, takedownStatusLabel } from '../format.js'
import { frameBatcher, loadError, type Screen } from '../screen.js'
import { can } from '../session.js'
import { toast } from '../toast.js'
import type { NoticeStep } from '../../../contract/intake.js'
import type { TakedownView } from '../../../contract/takedowns.js'
import type { WsEvent } from '../../../contract/ws.js'

const UPDATES: ReadonlyArray<readonly [string, string]> = [
  ['acknowledged', 'pris en compte'],
  ['removed', 'retiré'],
  ['refused', 'refusé'],
]

/** Timer text and whether the one-hour target is missed; the timer stops when the content is gone. */
export function timerState(t: TakedownView, now: number): { text: string; late: boolean; done: boolean } {
  const start = new Date(t.requestedAt).getTime()
  const due = new Date(t.dueAt).getTime()
  const stop = t.removedAt ?? t.resolvedAt
  const end = stop ? new Date(stop).getTime() : now
  const done = stop !== null
  return { text: `${done ? (t.removedAt ? 'retiré en ' : 'traité en ') : ''}${fmtDuration(end - start)}`, late: end > due, done }
}

/** The status shown: who removed it, or the request's status. */
export function shownStatus(t: TakedownView): { label: string; css: string } {
  if (t.removedBy === 'platform') return { label: 'retiré par la plateforme', css: 'removed' }
  if (t.removedBy === 'author') return { label: 'supprimé par l’auteur', css: 'author' }
  return { label: takedownStatusLabel(t.status), css: t.status }
}

/** Still online past the hour (« en retard »). */
export function isOverdue(t: TakedownView, now: number): boolean {
  const open = t.status === 'requested' || t.status === 'acknowledged'
  return open && t.removedAt === null && (t.overdueAt !== null || now > new Date(t.dueAt).getTime())
}

const VIA: Record<string, string> = { schedule: 'vérification programmée', firehose: 'flux Jetstream', manual: 'vérification manuelle' }
const ESCALATION: Record<string, string> = { resend: 'signalement renvoyé', email: 'notification envoyée par e-mail', file: 'dossier d’escalade préparé' }

const SENT_VIA: Record<string, string> = { email: 'par e-mail', form: 'par le formulaire de la plateforme' }

/**
 * Sending a DSA notice to its platform: already sent (by e-mail or by the form), or the platform's
 * form link, the text ready to paste and the « envoyé » step with the platform's reference.
 */
function noticeStepPanel(t: TakedownView, reload: () => void): HTMLElement {
  const box = h('div', { class: 'notice-step', 'data-testid': 'notice-step' })
  if (t.sentAt) {
    append(box, h('p', { 'data-testid': 'notice-sent' }, `Notification envoyée ${SENT_VIA[t.sentVia ?? ''] ?? ''} le ${fmtDateTime(t.sentAt)} par ${t.sentBy ?? '?'}${t.sentTo ? ` (${t.sentTo})` : ''}.`))
    return box
  }
  if (!can.updateTakedowns() || (t.status !== 'requested' && t.status !== 'acknowledged')) return box
  const open = button('Envoyer à la plateforme…', () => {
    api.get<{ step: NoticeStep }>(`/api/takedowns/${t.id}/notice-step`).then(
      ({ step }) => {
        const text = h('textarea', { rows: 10, readonly: true, class: 'notice-text', 'data-testid': 'notice-step-text', 'aria-label': 'Texte de la notification' })
        text.value = step.text
        const reference = h('input', { type: 'text', maxlength: 200, placeholder: 'Référence donnée par la plateforme', 'aria-label': 'Référence donnée par la plateforme', 'data-testid': 'notice-reference' })
        replaceChildren(
          box,
          step.verified ? null : h('p', { class: 'form-error' }, `Canaux de ${step.platformName} non vérifiés par un administrateur : contrôlez l’adresse avant d’envoyer.`),
          step.channel === 'email' ? h('p', {}, `Vigie envoie la notification par e-mail à ${step.email ?? '?'} (« Relancer » pour le renvoyer).`) : null,
          step.channel === 'form' ? h('p', {}, '1. Ouvrez le formulaire : ', externalLink(step.formUrl), step.note ? ` — ${step.note}` : '') : null,
          step.channel === 'none' ? h('p', {}, 'Aucun canal connu pour cette plateforme : adressez le texte à son point de contact DSA.') : null,
          step.platformCategory ? h('p', {}, `Catégorie à choisir : « ${step.platformCategory} ».`) : null,
          h('p', {}, '2. Collez le texte : ', button('Copier', () => void navigator.clipboard.writeText(step.text).then(() => toast('Texte copié.', 'ok')), { 'data-testid': 'notice-copy' })),
          text,
          h(
            'p',
            {},
            '3. Une fois envoyé : ',
            reference,
            ' ',
            button(
              'Marquer envoyé',
              () => {
                const body = reference.value.trim() ? { reference: reference.value.trim() } : {}
                api.post(`/api/takedowns/${t.id}/sent`, body).then(
                  () => {
                    toast(`Avis ${t.id} marqué envoyé.`, 'ok')
                    reload()
                  },
                  (err: unknown) => toast(err instanceof ApiError ? err.message : 'impossible', 'error'),
                )
              },
              { class: 'primary', 'data-testid': 'notice-mark-sent' },
            ),
          ),
        )
      },
      (err: unknown) => toast(err instanceof ApiError ? err.message : 'chargement impossible', 'error'),
    )
  }, { 'data-testid': 'notice-step-open' })
  append(box, open)
  return box
}

export function takedownsScreen(): Screen {
  const items = new Map<number, TakedownView>()
  const rows = new Map<number, HTMLElement>()
  const timers = new Map<number, HTMLElement>()
  const body = h('div', { class: 'takedowns' })
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const el = h(
    'section',
    {},
    h('h1', {}, SCREENS.takedowns.title),
    h('p', { class: 'hint' }, 'Objectif : retrait dans l’heure. Le minuteur passe au rouge après l’échéance.'),
    status,
    body,
  )

  function tick(): void {
    const now = Date.now()
    for (const [id, el] of timers) {
      const t = items.get(id)
      if (!t) continue
      const s = timerState(t, now)
      el.textContent = s.text
      el.classList.toggle('late', s.late)
      el.classList.toggle('done', s.done)
      // Turning late re-renders the row, to offer the escalation steps.
      if (s.late && !s.done && rows.get(id)?.querySelector('[data-testid="takedown-late"]') === null) {
        dirty.add(id)
        batch.schedule()
      }
    }
  }

  async function call(t: TakedownView, path: string, payload: unknown, done: string): Promise<void> {
    try {
      const res = await api.post<{ takedown: TakedownView }>(`/api/takedowns/${t.id}/${path}`, payload)
      upsert(res.takedown)
      toast(done, 'ok')
    } catch (err) {
      toast(err instanceof ApiError ? err.message : 'action impossible', 'error')
    }
  }

  function row(t: TakedownView): HTMLElement {
    const timer = h('span', { class: 'timer', 'data-testid': 'takedown-timer', title: `Échéance : ${fmtDateTime(t.dueAt)}` })
    timers.set(t.id, timer)
    const controls = h('div', { class: 'takedown-actions' })
    if (can.updateTakedowns()) {
      const sid = `takedown-new-status-${t.id}`
      const select = h('select', { id: sid, 'data-testid': 'takedown-status-select' }, ...UPDATES.map(([v, label]) => h('option', { value: v }, label)))
      const answer = h('input', { type: 'text', 'data-testid': 'takedown-answer', maxlength: 2000, placeholder: 'Réponse de la plateforme', 'aria-label': 'Réponse de la plateforme' })
      append(
        controls,
        h('label', { for: sid }, 'Nouvel état'),
        select,
        answer,
        button(
          'Mettre à jour',
          () => {
            const payload: { status: string; answer?: string } = { status: select.value }
            if (answer.value.trim()) payload.answer = answer.value.trim()
            void call(t, 'status', payload, `Demande ${t.id} : ${takedownStatusLabel(select.value)}.`)
          },
          { 'data-testid': 'takedown-update', class: 'primary' },
        ),
        t.channel !== 'dsa-notice' ? button('Renvoyer', () => void call(t, 'send', {}, `Demande ${t.id} renvoyée.`), { 'data-testid': 'takedown-send' }) : null,
        button('Vérifier maintenant', () => void call(t, 'check', {}, `Demande ${t.id} vérifiée.`), { 'data-testid': 'takedown-check' }),
      )
    }
    const late = isOverdue(t, Date.now())
    const sending = t.channel === 'dsa-notice' ? noticeStepPanel(t, () => void load()) : null
    const escalation =
      late && can.updateTakedowns()
        ? h(
            'div',
            { class: 'escalation', 'data-testid': 'takedown-escalation', role: 'group', 'aria-label': 'Relancer' },
            h('strong', {}, 'En retard — relancer : '),
            t.channel !== 'dsa-notice'
              ? button('Renvoyer le signalement', () => void call(t, 'escalate', { action: 'resend' }, `Signalement ${t.id} renvoyé.`), { 'data-testid': 'escalate-resend' })
              : null,
            button('Envoyer la notification par e-mail', () => void call(t, 'escalate', { action: 'email' }, `Notification DSA ${t.id} envoyée par e-mail.`), { 'data-testid': 'escalate-email' }),
            ' Dossier d’escalade : ',
            h('a', { href: `/api/takedowns/${t.id}/escalation.json?recipient=trusted-flagger`, download: `escalade-${t.id}-signaleur.json`, 'data-testid': 'escalate-file-tf' }, 'canal signaleur de confiance'),
            ' · ',
            h('a', { href: `/api/takedowns/${t.id}/escalation.json?recipient=regulator`, download: `escalade-${t.id}-regulateur.json`, 'data-testid': 'escalate-file-reg' }, 'régulateur (Arcom)'),
          )
        : null
    const shown = shownStatus(t)
    const r = h(
      'article',
      { class: `takedown takedown-${t.status}`, 'data-testid': 'takedown-row', 'data-takedown-id': t.id, 'data-nav-row': true, tabindex: 0 },
      h(
        'header',
        { class: 'flag-head' },
        h('span', { class: `badge status-${shown.css}`, 'data-testid': 'takedown-status', 'data-status': t.status, 'data-removed-by': t.removedBy ?? '' }, shown.label),
        late ? h('span', { class: 'badge status-late', 'data-testid': 'takedown-late' }, 'en retard') : null,
        h('strong', {}, `${t.platform} · ${channelLabel(t.channel)}`),
        h('span', {}, `demandé le ${fmtDateTime(t.requestedAt)}`),
        timer,
      ),
      h(
        'dl',
        { class: 'figures' },
        h('dt', {}, 'Message'),
        h('dd', {}, h('span', { class: 'author' }, t.post.author), ' ', externalLink(t.post.url) ?? h('span', { class: 'muted' }, t.post.externalId)),
        h('dt', {}, 'Réponse'),
        h('dd', {}, t.answer ?? '—'),
        t.externalRef ? h('dt', {}, 'Référence') : null,
        t.externalRef ? h('dd', {}, t.externalRef) : null,
        t.acknowledgedAt ? h('dt', {}, 'Pris en compte') : null,
        t.acknowledgedAt ? h('dd', {}, fmtDateTime(t.acknowledgedAt)) : null,
        t.resolvedAt ? h('dt', {}, 'Clos') : null,
        t.resolvedAt ? h('dd', {}, fmtDateTime(t.resolvedAt)) : null,
        t.lastError ? h('dt', {}, 'Erreur d’envoi') : null,
        t.lastError ? h('dd', { class: 'form-error' }, t.lastError) : null,
        h('dt', {}, 'Vérification'),
        h(
          'dd',
          { 'data-testid': 'takedown-check-result' },
          t.lastCheck ? `${fmtDateTime(t.lastCheck.at)} (${VIA[t.lastCheck.via] ?? t.lastCheck.via}) : ${t.lastCheck.summary}` : 'pas encore vérifié',
        ),
        t.removedBy === 'author' ? h('dt', {}, 'Attention') : null,
        t.removedBy === 'author' ? h('dd', {}, 'Suppression par l’auteur : ce n’est pas un retrait. La publication peut revenir ; Vigie continue de vérifier.') : null,
        t.escalations.length > 0 ? h('dt', {}, 'Relances') : null,
        t.escalations.length > 0
          ? h('dd', {}, h('ul', { class: 'plain' }, ...t.escalations.map((e) => h('li', {}, `${fmtDateTime(e.at)} · ${e.actor} · ${ESCALATION[e.action] ?? e.action}`))))
          : null,
      ),
      h(
        'p',
        { class: 'notice-links' },
        'Notification DSA : ',
        h('a', { href: `/api/takedowns/${t.id}/notice.txt`, 'data-testid': 'notice-txt', download: `notification-dsa-${t.id}.txt` }, 'texte'),
        ' · ',
        h('a', { href: `/api/takedowns/${t.id}/notice.json`, 'data-testid': 'notice-json', download: `notification-dsa-${t.id}.json` }, 'JSON'),
      ),
      controls,
      sending,
      escalation,
    )
    return r
  }

  const dirty = new Set<number>()
  const batch = frameBatcher(() => {
    for (const id of dirty) {
      const t = items.get(id)
      const old = rows.get(id)
      if (!t) continue
      const focused = old?.contains(document.activeElement) ?? false
      const r = row(t)
      rows.set(id, r)
      if (old) old.replaceWith(r)
      else body.prepend(r)
      if (focused) r.focus()
    }
    dirty.clear()
    status.textContent = items.size === 0 ? 'Aucune demande de retrait.' : `${items.size} demande(s)`
    tick()
  })

  function upsert(t: TakedownView): void {
    items.set(t.id, t)
    dirty.add(t.id)
    batch.schedule()
  }

  async function load(): Promise<void> {
    try {
      const { takedowns } = await api.get<{ takedowns: TakedownView[] }>('/api/takedowns')
      items.clear()
      rows.clear()
      timers.clear()
      body.replaceChildren()
      for (const t of takedowns.slice().sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1))) {
        items.set(t.id, t)
        dirty.add(t.id)
      }
      batch.schedule()
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Votre rôle ne permet pas de lire les demandes de retrait.' : `Chargement impossible : ${loadError(err)}`
      replaceChildren(body)
    }
  }
  void load()
  const interval = window.setInterval(tick, 1000)

  return {
    el,
    onEvent(e: WsEvent) {
      if (e.type === 'takedown.updated' || e.type === 'takedown.overdue') upsert(e.takedown)
    },
    onResync: () => void load(),
    dispose() {
      batch.cancel()
      window.clearInterval(interval)
    },
  }
}
