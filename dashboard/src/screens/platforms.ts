/**
 * « Plateformes » (admin): the registry — each platform's URL shapes, notice
 * channels (form, e-mail, trusted-flagger channel), category names and page
 * rules, as shipped or as edited. An entry is edited as JSON (checked by the
 * server), marked verified once checked against the platform's pages, or
 * put back as shipped.
 */
import type { PlatformView } from '../../../contract/platforms.js'
import { api, ApiError } from '../api.js'
import { button, externalLink, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { fmtDateTime } from '../format.js'
import { loadError, type Screen } from '../screen.js'
import { toast } from '../toast.js'

const ORIGIN: Record<PlatformView['origin'], string> = { default: 'livrée', edited: 'modifiée', custom: 'ajoutée' }

async function put(json: string): Promise<void> {
  let definition: { id?: unknown }
  try {
    definition = JSON.parse(json) as { id?: unknown }
  } catch {
    toast('JSON invalide : vérifiez les guillemets et les virgules.', 'error')
    return
  }
  const id = typeof definition.id === 'string' ? definition.id : ''
  const res = await fetchPut(`/api/platforms/${encodeURIComponent(id)}`, definition)
  if (res) toast(`Plateforme ${id} enregistrée.`, 'ok')
}

async function fetchPut(path: string, body: unknown): Promise<boolean> {
  try {
    await api.put(path, body)
    return true
  } catch (err) {
    toast(err instanceof ApiError ? err.message : 'enregistrement impossible', 'error')
    return false
  }
}

function entry(v: PlatformView, reload: () => void): HTMLElement {
  const d = v.definition
  const editor = h('textarea', { rows: 16, class: 'json-editor', spellcheck: 'false', 'aria-label': `Définition de ${d.name} (JSON)`, 'data-testid': 'platform-json' })
  editor.value = JSON.stringify(d, null, 2)
  const details = h(
    'details',
    {},
    h('summary', {}, 'Modifier (JSON)'),
    editor,
    h(
      'p',
      {},
      button('Enregistrer', () => void put(editor.value).then(reload), { class: 'primary', 'data-testid': 'platform-save' }),
      ' ',
      v.origin !== 'default'
        ? button(v.origin === 'custom' ? 'Supprimer' : 'Revenir aux valeurs livrées', () => {
            api.del(`/api/platforms/${encodeURIComponent(d.id)}`).then(
              () => {
                toast(`${d.name} : valeurs livrées rétablies.`, 'ok')
                reload()
              },
              (err: unknown) => toast(err instanceof ApiError ? err.message : 'impossible', 'error'),
            )
          })
        : null,
    ),
  )
  return h(
    'article',
    { class: 'panel platform', 'data-testid': 'platform', 'data-platform': d.id },
    h(
      'header',
      { class: 'flag-head' },
      h('strong', {}, d.name),
      h('span', { class: 'badge' }, ORIGIN[v.origin]),
      d.verified ? h('span', { class: 'badge status-ok' }, 'vérifiée') : h('span', { class: 'badge status-late' }, 'adresses à vérifier'),
      v.updatedAt ? h('span', { class: 'muted' }, `modifiée le ${fmtDateTime(v.updatedAt)} par ${v.updatedBy ?? '?'}`) : null,
    ),
    h(
      'dl',
      { class: 'figures' },
      h('dt', {}, 'Hôtes'),
      h('dd', {}, d.hosts.join(', ')),
      h('dt', {}, 'Formulaire DSA'),
      h('dd', {}, externalLink(d.notice.formUrl) ?? '—'),
      h('dt', {}, 'Courriel DSA'),
      h('dd', {}, v.envNoticeEmail ? `${v.envNoticeEmail} (VIGIE_PLATFORM_NOTICE_EMAILS)` : (d.notice.email ?? '—')),
      h('dt', {}, 'Signaleur de confiance'),
      h('dd', {}, d.trustedFlagger ? (externalLink(d.trustedFlagger.formUrl) ?? d.trustedFlagger.email ?? '—') : '—'),
      h('dt', {}, 'Formes d’URL'),
      h('dd', {}, d.patterns.map((p) => `${p.kind} ${p.path}`).join(' · ') || '—'),
      h('dt', {}, 'Retrait constaté si'),
      h('dd', {}, [`HTTP ${d.rules.goneStatuses.join('/')}`, ...d.rules.genericPages.map((g) => `redirection vers ${g}`), ...d.rules.unavailableMarkers.slice(0, 2).map((m) => `« ${m} »`)].join(' · ')),
      h('dt', {}, 'Source'),
      h('dd', {}, externalLink(d.source) ?? '—'),
    ),
    details,
  )
}

export function platformsScreen(): Screen {
  const list = h('div', {})
  const status = h('p', { class: 'muted' }, 'Chargement…')
  async function load(): Promise<void> {
    try {
      const { platforms } = await api.get<{ platforms: PlatformView[] }>('/api/platforms')
      status.textContent = ''
      replaceChildren(list, ...platforms.map((p) => entry(p, () => void load())))
    } catch (err) {
      status.textContent = loadError(err)
    }
  }
  void load()
  const el = h(
    'section',
    {},
    h('h1', {}, SCREENS.platforms.title),
    h('p', { class: 'hint' }, 'Le registre des plateformes : reconnaissance des liens, canaux de notification DSA, catégories et règles de constat de retrait. Les adresses livrées sont à vérifier sur les pages des plateformes avant usage ; passez « verified » à true une fois fait.'),
    status,
    list,
  )
  return { el }
}
