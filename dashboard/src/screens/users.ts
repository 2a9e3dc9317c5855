/** Accounts (admin): list, create, change role, disable or enable. */
import { api, ApiError } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { fmtDateTime, ROLE_VALUES, roleLabel } from '../format.js'
import { loadError, type Screen } from '../screen.js'
import { currentUser } from '../session.js'
import { toast } from '../toast.js'
import type { Role, UserView } from '../../../contract/auth.js'
import type { UserCreate, UserPatch } from '../../../contract/users.js'

function roleSelect(id: string, value: string): HTMLSelectElement {
  const s = h('select', { id }, ...ROLE_VALUES.map((r) => h('option', { value: r }, roleLabel(r))))
  s.value = value
  return s
}

export function usersScreen(): Screen {
  const body = h('tbody')
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const name = h('input', { id: 'user-name', required: true, minlength: 2, maxlength: 64, autocomplete: 'off' })
  const password = h('input', { id: 'user-password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })
  const role = roleSelect('user-role', 'analyst')
  const form = h(
    'form',
    { class: 'inline-form panel' },
    h('h2', {}, 'Nouveau compte'),
    h('label', { for: 'user-name' }, 'Nom'),
    name,
    h('label', { for: 'user-role' }, 'Rôle'),
    role,
    h('label', { for: 'user-password' }, 'Mot de passe (12 caractères au moins)'),
    password,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'user-create' }, 'Créer'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    api.post<{ user: UserView }>('/api/users', { name: name.value.trim(), role: role.value as Role, password: password.value } satisfies UserCreate).then(
      ({ user }) => {
        toast(`Compte ${user.name} créé.`, 'ok')
        name.value = ''
        password.value = ''
        void load()
      },
      (err: unknown) => toast(err instanceof ApiError ? err.message : 'création impossible', 'error'),
    )
  })

  const el = h(
    'section',
    {},
    h('h1', {}, SCREENS.users.title),
    form,
    status,
    h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Nom'), h('th', {}, 'Rôle'), h('th', {}, 'État'), h('th', {}, 'Créé'), h('th', {}, ''))), body),
  )

  async function patch(u: UserView, change: UserPatch, done: string): Promise<void> {
    try {
      await api.patch(`/api/users/${u.id}`, change)
      toast(done, 'ok')
    } catch (err) {
      toast(err instanceof ApiError ? err.message : 'modification impossible', 'error')
    }
    void load()
  }

  function render(users: UserView[]): void {
    const me = currentUser()
    status.textContent = `${users.length} compte(s)`
    replaceChildren(
      body,
      ...users.map((u) => {
        const select = roleSelect(`user-role-${u.id}`, u.role)
        select.setAttribute('aria-label', `Rôle de ${u.name}`)
        select.disabled = u.id === me?.id
        select.addEventListener('change', () => void patch(u, { role: select.value as Role }, `${u.name} : ${roleLabel(select.value)}.`))
        return h(
          'tr',
          { 'data-testid': 'user-row', 'data-user-id': u.id, 'data-nav-row': true, tabindex: 0, class: u.disabled ? 'disabled' : '' },
          h('td', {}, u.name, u.id === me?.id ? h('small', { class: 'muted' }, ' (vous)') : null),
          h('td', {}, select),
          h('td', {}, u.disabled ? 'désactivé' : 'actif'),
          h('td', {}, fmtDateTime(u.createdAt)),
          h(
            'td',
            {},
            u.id === me?.id
              ? null
              : button(u.disabled ? 'Réactiver' : 'Désactiver', () => void patch(u, { disabled: !u.disabled }, u.disabled ? `${u.name} réactivé.` : `${u.name} désactivé.`), {
                  class: u.disabled ? '' : 'danger',
                }),
          ),
        )
      }),
    )
  }

  async function load(): Promise<void> {
    try {
      const { users } = await api.get<{ users: UserView[] }>('/api/users')
      render(users)
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Réservé aux administrateurs.' : `Chargement impossible : ${loadError(err)}`
    }
  }
  void load()

  return { el, onResync: () => void load() }
}
