/**
 * Keyboard shortcuts: « g » then a letter to go to a screen, j/k to move
 * between rows, x to select, f to flag, o/Entrée to open, ? for help.
 */
import { button, h } from './dom.js'

export interface KeyActions {
  go(screen: string): void
  flag(): void
}

const GO: Record<string, string> = { l: 'live', s: 'search', r: 'review', t: 'takedowns', w: 'watches', d: 'cases', a: 'audit', u: 'users' }

export const HELP: ReadonlyArray<readonly [string, string]> = [
  ['g l', 'En direct'],
  ['g s', 'Recherche'],
  ['g r', 'File de relecture'],
  ['g t', 'Demandes de retrait'],
  ['g w', 'Veilles'],
  ['g d', 'Dossiers'],
  ['g a', 'Journal d’audit'],
  ['g u', 'Utilisateurs'],
  ['j / k', 'Ligne suivante / précédente'],
  ['x', 'Sélectionner la ligne'],
  ['f', 'Signaler la sélection (ou la ligne courante)'],
  ['o ou Entrée', 'Ouvrir la ligne (vague)'],
  ['Échap', 'Fermer la fenêtre'],
  ['?', 'Cette aide'],
]

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

function rows(): HTMLElement[] {
  const main = document.querySelector('main')
  return main ? [...main.querySelectorAll<HTMLElement>('[data-nav-row]')] : []
}

function currentRow(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement ? active.closest<HTMLElement>('[data-nav-row]') : null
}

/** Moves the focus `delta` rows. */
function move(delta: number): void {
  const list = rows()
  if (list.length === 0) return
  const cur = currentRow()
  const i = cur ? list.indexOf(cur) : -1
  const next = list[Math.max(0, Math.min(list.length - 1, i < 0 ? 0 : i + delta))]
  next?.focus()
  next?.scrollIntoView({ block: 'nearest' })
}

/** Opens the help dialog. */
export function showHelp(): void {
  if (document.querySelector('dialog[open]')) return
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Raccourcis clavier'),
    h('dl', { class: 'help' }, ...HELP.flatMap(([k, what]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, what)])),
  )
  dialog.append(h('div', { class: 'dialog-actions' }, button('Fermer', () => dialog.close(), { class: 'primary' })))
  dialog.addEventListener('close', () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
}

/** Installs the global key handler. */
export function installKeys(actions: KeyActions): void {
  let pendingG = 0
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return
    if (document.querySelector('dialog[open]')) return // dialogs handle their own keys (Escape closes)
    const key = e.key
    if (pendingG) {
      window.clearTimeout(pendingG)
      pendingG = 0
      const screen = GO[key]
      if (screen) {
        e.preventDefault()
        actions.go(screen)
      }
      return
    }
    switch (key) {
      case 'g':
        pendingG = window.setTimeout(() => (pendingG = 0), 1200)
        break
      case 'j':
        move(1)
        break
      case 'k':
        move(-1)
        break
      case 'x': {
        const box = currentRow()?.querySelector<HTMLInputElement>('input[type="checkbox"]')
        if (box) {
          box.checked = !box.checked
          box.dispatchEvent(new Event('change', { bubbles: true }))
        }
        break
      }
      case 'f':
        actions.flag()
        break
      case 'o':
      case 'Enter': {
        const row = currentRow()
        if (row && document.activeElement === row) {
          const link = row.querySelector<HTMLAnchorElement>('a[data-open]')
          if (link) {
            e.preventDefault()
            link.click()
          }
        }
        break
      }
      case '?':
        showHelp()
        break
      default:
        return
    }
  })
}
