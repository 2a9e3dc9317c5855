/** The audit log (admin): paged entries, filter by action, chain verification, CSV export. */
import { api, ApiError, query } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { auditActionLabel, fmtDateTime } from '../format.js'
import { loadError, type Screen } from '../screen.js'
import { toast } from '../toast.js'
import type { AuditEntry } from '../../../contract/audit.js'

const PAGE = 100

function detailsText(details: unknown): string {
  if (details === null || details === undefined) return ''
  if (typeof details === 'object' && Object.keys(details).length === 0) return ''
  try {
    return JSON.stringify(details)
  } catch {
    return String(details)
  }
}

export function auditScreen(): Screen {
  const body = h('tbody')
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const verifyResult = h('p', { class: 'verify', role: 'status' })
  const action = h('input', { id: 'audit-action', type: 'search', placeholder: 'ex. flag. ou user.login', maxlength: 64 })
  const older = button('Plus anciennes', () => void load(true), { 'data-testid': 'audit-older' })
  let oldestId: number | undefined

  const filter = h('form', { class: 'inline-form', role: 'search' }, h('label', { for: 'audit-action' }, 'Action commençant par'), action, h('button', { type: 'submit' }, 'Filtrer'))
  filter.addEventListener('submit', (e) => {
    e.preventDefault()
    void load(false)
  })

  const verify = button(
    'Vérifier la chaîne',
    () => {
      verify.disabled = true
      api.get<{ ok: boolean; entries: number; brokenId?: number; reason?: string }>('/api/audit/verify').then(
        (r) => {
          verify.disabled = false
          verifyResult.className = r.ok ? 'verify ok' : 'verify broken'
          verifyResult.textContent = r.ok
            ? `Chaîne intacte : ${r.entries} entrée(s) vérifiée(s).`
            : `Chaîne rompue à l’entrée ${r.brokenId ?? '?'} : ${r.reason ?? 'empreinte invalide'}`
          toast(verifyResult.textContent, r.ok ? 'ok' : 'error')
        },
        (err: unknown) => {
          verify.disabled = false
          toast(err instanceof ApiError ? err.message : 'vérification impossible', 'error')
        },
      )
    },
    { 'data-testid': 'audit-verify' },
  )

  const el = h(
    'section',
    {},
    h(
      'div',
      { class: 'toolbar' },
      h('h1', {}, SCREENS.audit.title),
      h('div', { class: 'toolbar-actions' }, verify, h('a', { href: '/api/audit.csv', 'data-testid': 'audit-csv', download: 'vigie-audit.csv', class: 'button' }, 'Exporter en CSV')),
    ),
    verifyResult,
    filter,
    status,
    h(
      'table',
      { class: 'list audit' },
      h('thead', {}, h('tr', {}, h('th', { class: 'num' }, 'N°'), h('th', {}, 'Date'), h('th', {}, 'Acteur'), h('th', {}, 'Action'), h('th', {}, 'Objet'), h('th', {}, 'Détails'), h('th', {}, 'Empreinte'))),
      body,
    ),
    older,
  )

  async function load(more: boolean): Promise<void> {
    try {
      const q = query({ limit: PAGE, before: more ? oldestId : undefined, action: action.value.trim() || undefined })
      const { entries } = await api.get<{ entries: AuditEntry[] }>(`/api/audit${q}`)
      if (!more) body.replaceChildren()
      for (const e of entries) {
        body.append(
          h(
            'tr',
            { 'data-testid': 'audit-row', 'data-audit-id': e.id, 'data-nav-row': true, tabindex: 0 },
            h('td', { class: 'num' }, e.id),
            h('td', {}, fmtDateTime(e.at)),
            h('td', {}, e.actor),
            h('td', {}, auditActionLabel(e.action), ' ', h('code', { class: 'action-code' }, e.action)),
            h('td', {}, e.subject ?? ''),
            h('td', { class: 'details' }, detailsText(e.details)),
            h('td', { class: 'hash', title: e.hash }, e.hash.slice(0, 10)),
          ),
        )
      }
      oldestId = entries.at(-1)?.id ?? oldestId
      older.hidden = entries.length < PAGE
      status.textContent = body.childElementCount === 0 ? 'Aucune entrée.' : `${body.childElementCount} entrée(s) affichée(s)`
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Réservé aux administrateurs.' : `Chargement impossible : ${loadError(err)}`
      if (!more) replaceChildren(body)
    }
  }
  void load(false)

  return { el, onResync: () => void load(false) }
}
