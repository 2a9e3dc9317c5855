/** Login: name and password → a session (cookie) and its CSRF token. */
import { api, ApiError } from '../api.js'
import { h } from '../dom.js'
import type { Screen } from '../screen.js'
import { setSession } from '../session.js'
import type { LoginBody, SessionView, SetupBody, SetupDone } from '../../../contract/auth.js'
import { toast } from '../toast.js'

export function loginScreen(onDone: () => void): Screen {
  const name = h('input', { id: 'login-name', 'data-testid': 'login-name', name: 'username', autocomplete: 'username', required: true, maxlength: 64 })
  const password = h('input', {
    id: 'login-password',
    'data-testid': 'login-password',
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  })
  const submit = h('button', { type: 'submit', 'data-testid': 'login-submit', class: 'primary' }, 'Se connecter')
  const error = h('p', { class: 'form-error', role: 'alert' })
  const form = h(
    'form',
    { class: 'login-form', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Vigie'),
    h('p', { class: 'hint' }, 'Cellule de veille — connexion'),
    h('label', { for: 'login-name' }, 'Nom'),
    name,
    h('label', { for: 'login-password' }, 'Mot de passe'),
    password,
    error,
    submit,
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    submit.disabled = true
    error.textContent = ''
    api.post<SessionView>('/api/login', { name: name.value.trim(), password: password.value } satisfies LoginBody).then(
      (s) => {
        password.value = ''
        setSession(s)
        onDone()
      },
      (err: unknown) => {
        submit.disabled = false
        error.textContent = err instanceof ApiError ? err.message : 'connexion impossible'
        password.select()
      },
    )
  })
  if (location.hash !== SETUP_ROUTE) queueMicrotask(() => name.focus())
  const setup = setupForm(onDone)
  // The start log points to #/installation: that page opens with the form shown.
  const opened = location.hash === SETUP_ROUTE
  setup.hidden = !opened
  const toggle = h(
    'button',
    { type: 'button', class: 'link', 'data-testid': 'setup-toggle', 'aria-expanded': String(opened) },
    'Première installation (jeton affiché au démarrage)',
  )
  toggle.addEventListener('click', () => {
    setup.hidden = !setup.hidden
    toggle.setAttribute('aria-expanded', String(!setup.hidden))
    if (!setup.hidden) setup.querySelector('input')?.focus()
  })
  if (opened) queueMicrotask(() => setup.querySelector('input')?.focus())
  return { el: h('section', { class: 'login' }, h('div', { class: 'login-box' }, form, toggle, setup)) }
}

/** The « Première installation » page the start log points to. */
export const SETUP_ROUTE = '#/installation'

/** Creates the first administrator with the one-time token printed in the log at first start, then signs them in. */
function setupForm(onDone: () => void): HTMLFormElement {
  const token = h('input', { id: 'setup-token', 'data-testid': 'setup-token', required: true, autocomplete: 'off', maxlength: 200 })
  const name = h('input', { id: 'setup-name', 'data-testid': 'setup-name', required: true, minlength: 2, maxlength: 64, autocomplete: 'username' })
  const password = h('input', {
    id: 'setup-password',
    'data-testid': 'setup-password',
    type: 'password',
    required: true,
    minlength: 12,
    autocomplete: 'new-password',
  })
  const message = h('p', { class: 'form-error', role: 'alert' })
  const form = h(
    'form',
    { class: 'login-form' },
    h('h2', {}, 'Premier administrateur'),
    h('label', { for: 'setup-token' }, 'Jeton d’installation'),
    token,
    h('label', { for: 'setup-name' }, 'Nom'),
    name,
    h('label', { for: 'setup-password' }, 'Mot de passe (12 caractères au moins)'),
    password,
    message,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'setup-submit' }, 'Créer le compte'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    message.textContent = ''
    api.post<SetupDone>('/api/setup', { token: token.value.trim(), name: name.value.trim(), password: password.value } satisfies SetupBody).then(
      (done) => {
        password.value = ''
        // Signed in by the server: go to « Comptes » to create the team's accounts.
        setSession({ user: { id: done.user.id, name: done.user.name, role: done.user.role }, csrfToken: done.csrfToken })
        history.replaceState(null, '', '#/users')
        onDone()
        toast(`Compte ${done.user.name} créé : vous êtes connecté·e. Créez maintenant les comptes de l’équipe.`, 'info')
      },
      (err: unknown) => {
        message.textContent = err instanceof ApiError ? err.message : 'création impossible'
      },
    )
  })
  return form
}
