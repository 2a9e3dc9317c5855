/** Short messages at the bottom of the screen (data-testid="toast"). */
import { h } from './dom.js'

export type ToastKind = 'ok' | 'error' | 'info'

/** Shows `message` for a few seconds (errors stay longer). */
export function toast(message: string, kind: ToastKind = 'info'): void {
  const box = document.getElementById('toasts')
  if (!box) return
  const el = h('div', { class: `toast toast-${kind}`, 'data-testid': 'toast', role: kind === 'error' ? 'alert' : 'status' }, message)
  box.append(el)
  while (box.childElementCount > 5) box.firstElementChild?.remove()
  window.setTimeout(() => el.remove(), kind === 'error' ? 9000 : 4500)
}
