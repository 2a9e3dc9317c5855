/**
 * « Alerter le référent »: pick an académie referent, tick whether the
 * young person's name goes in the e-mail (unticked by default), add a word;
 * the summary never carries an image.
 */
import type { ReferentView } from '../../contract/cases.js'
import { api, ApiError } from './api.js'
import { button, h } from './dom.js'
import { toast } from './toast.js'

/** Opens the dialog; `path` is /api/cases/:id/referent-alerts or /api/alerts/:id/referent-alerts. */
export function openReferentDialog(opts: { path: string; academie: string | null; name: string | null; done?: () => void }): void {
  const select = h('select', { id: 'referent-select', 'data-testid': 'referent-select', required: true })
  const includeName = h('input', { id: 'referent-name', type: 'checkbox', 'data-testid': 'referent-include-name' })
  const message = h('textarea', { id: 'referent-message', rows: 3, maxlength: 1000, placeholder: 'Un mot pour le référent (facultatif)' })
  const error = h('p', { class: 'form-error', role: 'alert' })
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'referent-send' }, 'Envoyer l’e-mail')
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'referent-title' })
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'referent-title' }, 'Alerter le référent harcèlement'),
    h('p', { class: 'hint' }, 'Un résumé minimal part par e-mail : établissement, nombre d’alertes et de retraits. Aucune image, aucune capture.'),
    h('label', { for: 'referent-select' }, 'Référent'),
    select,
    h(
      'div',
      { class: 'field-inline' },
      includeName,
      h('label', { for: 'referent-name' }, opts.name ? `Inclure le nom de la personne (« ${opts.name} »)` : 'Inclure le nom de la personne (aucun nom enregistré)'),
    ),
    h('label', { for: 'referent-message' }, 'Message'),
    message,
    error,
    h('div', { class: 'dialog-actions' }, button('Annuler', () => dialog.close()), submit),
  )
  includeName.disabled = !opts.name
  api.get<{ referents: ReferentView[] }>('/api/referents').then(
    ({ referents }) => {
      const sorted = [...referents].sort((a, b) => Number(b.academie === opts.academie) - Number(a.academie === opts.academie))
      if (sorted.length === 0) {
        error.textContent = 'Aucun référent dans l’annuaire : un administrateur doit en ajouter (écran Référents).'
        submit.disabled = true
      }
      select.append(...sorted.map((r) => h('option', { value: r.id }, `${r.academie} — ${r.name} <${r.email}>`)))
    },
    (err: unknown) => {
      error.textContent = err instanceof ApiError ? err.message : 'annuaire indisponible'
    },
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    error.textContent = ''
    submit.disabled = true
    const body: { referentId: number; includeName: boolean; message?: string } = { referentId: Number(select.value), includeName: includeName.checked }
    if (message.value.trim()) body.message = message.value.trim()
    api.post<{ sent: { accepted: string[] } }>(opts.path, body).then(
      ({ sent }) => {
        dialog.close()
        toast(`E-mail envoyé au référent (${sent.accepted.join(', ')}).`, 'ok')
        opts.done?.()
      },
      (err: unknown) => {
        submit.disabled = false
        error.textContent = err instanceof ApiError ? err.message : 'envoi impossible'
      },
    )
  })
  dialog.append(form)
  dialog.addEventListener('close', () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
  select.focus()
}
