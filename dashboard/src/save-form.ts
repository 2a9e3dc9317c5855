/**
 * The submit flow shared by the create/edit forms (Dossiers, Veilles): collect the
 * body, send only the fields that changed when editing (the audit log records which
 * fields were edited), disable the button while saving, say the outcome in French.
 */
import { ApiError } from './api.js'
import { toast } from './toast.js'

export interface SaveFormOptions<T> {
  form: HTMLFormElement
  submit: HTMLButtonElement
  /** Where the server's refusal is written. */
  error: HTMLElement
  /** The body to send, read from the inputs at submit. */
  collect: () => Record<string, unknown>
  /** When editing: the stored record and its fields in the body's terms; unchanged fields are dropped. */
  editing?: { record: T; fields: Record<string, unknown> }
  /** How a body value compares with a stored one (e.g. handles without their « @ »); identity by default. */
  normalise?: (key: string, value: unknown) => unknown
  save: (body: Record<string, unknown>, editing: T | undefined) => Promise<T>
  /** The toast once saved. */
  saved: string
  done: (record: T) => void
}

/** Keys of `body` whose value equals the stored one (compared as JSON). */
export function unchangedKeys(body: Record<string, unknown>, stored: Record<string, unknown>, normalise: (key: string, value: unknown) => unknown = (_k, v) => v): string[] {
  return Object.keys(body).filter((key) => key in stored && JSON.stringify(normalise(key, body[key])) === JSON.stringify(stored[key]))
}

export function onSave<T>(o: SaveFormOptions<T>): void {
  o.form.addEventListener('submit', (e) => {
    e.preventDefault()
    o.error.textContent = ''
    const body = o.collect()
    if (o.editing) {
      for (const key of unchangedKeys(body, o.editing.fields, o.normalise)) delete body[key]
      if (Object.keys(body).length === 0) {
        toast('Aucune modification.', 'info')
        o.done(o.editing.record)
        return
      }
    }
    o.submit.disabled = true
    o.save(body, o.editing?.record).then(
      (record) => {
        toast(o.saved, 'ok')
        o.done(record)
      },
      (err: unknown) => {
        o.submit.disabled = false
        o.error.textContent = err instanceof ApiError ? err.message : 'enregistrement impossible'
      },
    )
  })
}
