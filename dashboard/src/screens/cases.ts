/** Dossiers (counsellors, admins): the list of case files and the form that opens or edits one. */
import type { CaseView } from '../../../contract/cases.js'
import { api, ApiError } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { fmtDateTime, fmtNumber } from '../format.js'
import { loadError, type Screen } from '../screen.js'
import { onSave } from '../save-form.js'
import { toast } from '../toast.js'

/** Age bands and their French labels (contract/cases.ts AGE_BANDS). */
export const AGE_BANDS: ReadonlyArray<readonly [string, string]> = [
  ['under-11', 'moins de 11 ans'],
  ['11-14', '11 à 14 ans'],
  ['15-17', '15 à 17 ans'],
  ['18-25', '18 à 25 ans'],
]

export const ageLabel = (band: string): string => AGE_BANDS.find(([v]) => v === band)?.[1] ?? band

let academiesCache: Promise<string[]> | null = null

/** The académies, from GET /api/referents (cached). */
export function academies(): Promise<string[]> {
  academiesCache ??= api.get<{ academies: string[] }>('/api/referents').then(
    (r) => r.academies,
    () => {
      academiesCache = null
      return []
    },
  )
  return academiesCache
}

/** The open/edit form; `kase` undefined opens a new case. */
export function caseForm(kase: CaseView | undefined, done: (c: CaseView) => void, cancel: () => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement, hint?: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', { class: 'hint' }, hint) : null)
  const label = h('input', { id: 'case-label', 'data-testid': 'case-label', required: true, maxlength: 80, value: kase?.label ?? '' })
  const age = h('select', { id: 'case-age', 'data-testid': 'case-age', required: true }, ...AGE_BANDS.map(([v, l]) => h('option', { value: v }, l)))
  age.value = kase?.ageBand ?? '11-14'
  const academie = h('select', { id: 'case-academie', 'data-testid': 'case-academie' }, h('option', { value: '' }, '—'))
  void academies().then((list) => {
    academie.append(...list.map((a) => h('option', { value: a }, a)))
    academie.value = kase?.academie ?? ''
  })
  const school = h('input', { id: 'case-school', 'data-testid': 'case-school', maxlength: 200, value: kase?.school ?? '' })
  const victim = h('input', { id: 'case-victim', maxlength: 120, autocomplete: 'off', value: kase?.victimName ?? '' })
  const notes = h('textarea', { id: 'case-notes', rows: 4, maxlength: 20000 })
  notes.value = kase?.notes ?? ''
  const error = h('p', { class: 'form-error', role: 'alert' })
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'case-save' }, kase ? 'Enregistrer' : 'Ouvrir le dossier')
  const form = h(
    'form',
    { class: 'watch-form panel' },
    h('h2', {}, kase ? 'Modifier le dossier' : 'Nouveau dossier'),
    field('case-label', 'Libellé (pseudonyme)', label, 'Jamais le nom de la personne : ex. « Dossier L., 4e B »'),
    field('case-age', 'Tranche d’âge', age),
    field('case-academie', 'Académie', academie),
    field('case-school', 'Établissement', school),
    field('case-victim', 'Nom de la personne (facultatif)', victim, 'Transmis à un référent seulement si vous cochez la case ; jamais dans le journal'),
    h('div', { class: 'field field-wide' }, h('label', { for: 'case-notes' }, 'Notes'), notes),
    error,
    h('div', { class: 'dialog-actions' }, button('Annuler', cancel), submit),
  )
  onSave<CaseView>({
    form,
    submit,
    error,
    collect: () => ({
      label: label.value.trim(),
      ageBand: age.value,
      academie: academie.value || null,
      school: school.value.trim() || null,
      victimName: victim.value.trim() || null,
      notes: notes.value,
    }),
    ...(kase ? { editing: { record: kase, fields: { ...kase } } } : {}),
    save: (body, editing) =>
      (editing ? api.patch<{ case: CaseView }>(`/api/cases/${editing.id}`, body) : api.post<{ case: CaseView }>('/api/cases', body)).then((r) => r.case),
    saved: kase ? 'Dossier enregistré.' : 'Dossier ouvert.',
    done,
  })
  queueMicrotask(() => label.focus())
  return form
}

export function casesScreen(): Screen {
  const list = h('tbody')
  const formBox = h('div')
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const filter = h('select', { 'aria-label': 'Afficher', 'data-testid': 'case-filter' }, h('option', { value: 'open' }, 'ouverts'), h('option', { value: 'closed' }, 'clos'), h('option', { value: 'all' }, 'tous'))
  filter.value = 'open'
  filter.addEventListener('change', () => void load())

  const el = h(
    'section',
    {},
    h(
      'div',
      { class: 'toolbar' },
      h('h1', {}, SCREENS.cases.title),
      filter,
      h('div', { class: 'toolbar-actions' }, button('Nouveau dossier', () => openForm(), { 'data-testid': 'case-new', class: 'primary' })),
    ),
    h('p', { class: 'hint' }, 'Vos dossiers et ceux que l’on vous a partagés. Les fichiers déposés sont chiffrés ; aucune image n’est affichée dans les listes.'),
    formBox,
    status,
    h(
      'table',
      { class: 'list' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'Dossier'), h('th', {}, 'Âge'), h('th', {}, 'Académie'), h('th', {}, 'Établissement'), h('th', {}, 'État'), h('th', { class: 'num' }, 'Fichiers'), h('th', {}, 'Titulaire'), h('th', {}, 'Modifié')),
      ),
      list,
    ),
  )

  function openForm(): void {
    replaceChildren(
      formBox,
      caseForm(
        undefined,
        (c) => {
          formBox.replaceChildren()
          location.hash = `#/cases/${c.id}`
        },
        () => formBox.replaceChildren(),
      ),
    )
  }

  function render(cases: CaseView[]): void {
    status.textContent = cases.length === 0 ? 'Aucun dossier.' : ''
    replaceChildren(
      list,
      ...cases.map((c) =>
        h(
          'tr',
          { 'data-testid': 'case-row', 'data-case-id': c.id, 'data-nav-row': true, tabindex: 0 },
          h('td', {}, h('a', { href: `#/cases/${c.id}`, 'data-open': true }, c.label), c.members.length > 0 ? h('span', { class: 'chip' }, 'partagé') : null),
          h('td', {}, ageLabel(c.ageBand)),
          h('td', {}, c.academie ?? '—'),
          h('td', {}, c.school ?? '—'),
          h('td', {}, c.status === 'open' ? 'ouvert' : 'clos', c.legalHold ? h('span', { class: 'chip chip-warn' }, 'conservation légale') : null),
          h('td', { class: 'num' }, fmtNumber(c.files)),
          h('td', {}, c.owner.name),
          h('td', {}, fmtDateTime(c.updatedAt)),
        ),
      ),
    )
  }

  async function load(): Promise<void> {
    try {
      const { cases } = await api.get<{ cases: CaseView[] }>(`/api/cases?status=${filter.value}`)
      render(cases)
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Réservé aux conseillers et aux administrateurs.' : `Chargement impossible : ${loadError(err)}`
    }
  }
  void load()
  return { el, onResync: () => void load() }
}
