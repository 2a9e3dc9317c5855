/** Référents (admins): the académie referents directory that « Alerter le référent » picks from. */
import type { ReferentView } from '../../../contract/cases.js'
import { api, ApiError } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { loadError, type Screen } from '../screen.js'
import { toast } from '../toast.js'

export function referentsScreen(): Screen {
  const list = h('tbody')
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const academie = h('select', { id: 'ref-academie', 'data-testid': 'ref-academie', required: true })
  const name = h('input', { id: 'ref-name', 'data-testid': 'ref-name', required: true, maxlength: 120, placeholder: 'Nom' })
  const email = h('input', { id: 'ref-email', 'data-testid': 'ref-email', type: 'email', required: true, placeholder: 'adresse e-mail' })
  const form = h(
    'form',
    { class: 'inline-form panel' },
    h('h2', {}, 'Ajouter un référent'),
    h('label', { for: 'ref-academie' }, 'Académie'),
    academie,
    name,
    email,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'ref-add' }, 'Ajouter'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    api.post<{ referent: ReferentView }>('/api/referents', { academie: academie.value, name: name.value.trim(), email: email.value.trim() }).then(
      () => {
        toast('Référent ajouté.', 'ok')
        name.value = ''
        email.value = ''
        void load()
      },
      (err: unknown) => toast(err instanceof ApiError ? err.message : 'ajout impossible', 'error'),
    )
  })

  const el = h(
    'section',
    {},
    h('h1', {}, SCREENS.referents.title),
    h('p', { class: 'hint' }, 'Les conseillers choisissent ici à qui envoyer « Alerter le référent » : un résumé sans image ni nom (sauf case cochée).'),
    form,
    status,
    h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Académie'), h('th', {}, 'Nom'), h('th', {}, 'E-mail'), h('th', {}, ''))), list),
  )

  function render(referents: ReferentView[]): void {
    status.textContent = referents.length === 0 ? 'Aucun référent.' : ''
    replaceChildren(
      list,
      ...referents.map((r) =>
        h(
          'tr',
          { 'data-testid': 'referent-row' },
          h('td', {}, r.academie),
          h('td', {}, r.name),
          h('td', {}, r.email),
          h(
            'td',
            {},
            button(
              'Supprimer',
              () =>
                api.del(`/api/referents/${r.id}`).then(
                  () => void load(),
                  (err: unknown) => toast(err instanceof ApiError ? err.message : 'suppression impossible', 'error'),
                ),
              { class: 'danger' },
            ),
          ),
        ),
      ),
    )
  }

  async function load(): Promise<void> {
    try {
      const data = await api.get<{ academies: string[]; referents: ReferentView[] }>('/api/referents')
      if (academie.options.length === 0) academie.append(...data.academies.map((a) => h('option', { value: a }, a)))
      render(data.referents)
    } catch (err) {
      status.textContent = `Chargement impossible : ${loadError(err)}`
    }
  }
  void load()
  return { el, onResync: () => void load() }
}
