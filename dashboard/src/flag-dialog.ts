/** The flag dialog: one or many posts, a DSA category, a note → POST /api/flags. */
import { api, ApiError } from './api.js'
import { button, h } from './dom.js'
import { DSA_CATEGORIES } from './format.js'
import { toast } from './toast.js'
import type { FlagCreate, FlagView } from '../../contract/flags.js'

/** True while a flag dialog is open (lists hold their live rows meanwhile). */
export function flagDialogOpen(): boolean {
  return document.querySelector('dialog.flag-dialog[open]') !== null
}

/** Sends a flag (POST /api/flags by default; a filed URL flags through its own route). */
export type FlagSender = (body: FlagCreate) => Promise<FlagView[]>

const toFlags: FlagSender = (body) => api.post<{ flags: FlagView[] }>('/api/flags', body).then((r) => r.flags)

/**
 * Opens the dialog for `postIds`; `done` runs after a successful flag. Returns
 * the dialog (its `close` event fires however it ends), or null when none opened.
 */
export function openFlagDialog(
  postIds: readonly string[],
  done?: (flags: FlagView[]) => void,
  send: FlagSender = toFlags,
): HTMLDialogElement | null {
  if (postIds.length === 0) {
    toast('Sélectionnez d’abord un ou plusieurs messages (x).', 'info')
    return null
  }
  if (postIds.length > 100) {
    toast('100 messages au plus par signalement.', 'error')
    return null
  }
  const category = h(
    'select',
    { id: 'flag-category', 'data-testid': 'flag-category', required: true },
    ...DSA_CATEGORIES.map(([value, label]) => h('option', { value }, label)),
  )
  const note = h('textarea', { id: 'flag-note', 'data-testid': 'flag-note', maxlength: 2000, rows: 4, placeholder: 'Contexte utile à la relecture (facultatif)' })
  const submit = h('button', { type: 'submit', 'data-testid': 'flag-submit', class: 'primary' }, 'Envoyer à la relecture')
  const error = h('p', { class: 'form-error', role: 'alert' })
  const dialog = h('dialog', { class: 'dialog flag-dialog', 'data-testid': 'flag-dialog', 'aria-labelledby': 'flag-title' })
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'flag-title' }, postIds.length === 1 ? 'Signaler 1 message' : `Signaler ${postIds.length} messages`),
    h('p', { class: 'hint' }, 'Les preuves (texte, auteur, lien) sont figées au moment du signalement.'),
    h('label', { for: 'flag-category' }, 'Catégorie (DSA)'),
    category,
    h('label', { for: 'flag-note' }, 'Note'),
    note,
    error,
    h('div', { class: 'dialog-actions' }, button('Annuler', () => dialog.close()), submit),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    submit.disabled = true
    error.textContent = ''
    const body: FlagCreate = { postIds: [...postIds], category: category.value as FlagCreate['category'] }
    if (note.value.trim()) body.note = note.value.trim()
    send(body).then(
      (flags) => {
        dialog.close()
        toast(flags.length === 1 ? 'Signalement envoyé à la relecture.' : `${flags.length} signalements envoyés à la relecture.`, 'ok')
        done?.(flags)
      },
      (err: unknown) => {
        submit.disabled = false
        const message = err instanceof ApiError ? err.message : 'échec du signalement'
        error.textContent = message
        toast(`Signalement refusé : ${message}`, 'error')
      },
    )
  })
  dialog.append(form)
  dialog.addEventListener('close', () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
  category.focus()
  return dialog
}
