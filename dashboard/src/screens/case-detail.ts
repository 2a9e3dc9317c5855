/**
 * One case: its facts and notes, the vault, the links (watches, alerts,
 * flags, takedowns), sharing, the timeline, « Alerter le référent »,
 * exports for a complaint, and for its owner and admins closing, legal hold
 * and erasure. Post text in the timeline is attacker-written: text nodes only.
 */
import type { CaseFileView, CaseLinkView, CaseView, Timeline } from '../../../contract/cases.js'
import { api, ApiError } from '../api.js'
import { button, externalLink, h, replaceChildren } from '../dom.js'
import { fmtDateTime } from '../format.js'
import { openReferentDialog } from '../referent-dialog.js'
import { loadError, type Screen } from '../screen.js'
import { can } from '../session.js'
import { toast } from '../toast.js'
import type { WatchView } from '../../../contract/watches.js'
import type { WsEvent } from '../../../contract/ws.js'
import { caseFilesPanel } from './case-files.js'
import { ageLabel, caseForm } from './cases.js'

const LINK_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['watch', 'Veille'],
  ['alert', 'Alerte n°'],
  ['flag', 'Signalement n°'],
  ['takedown', 'Demande de retrait n°'],
]

function timelineList(t: Timeline): HTMLElement {
  if (t.entries.length === 0) return h('p', { class: 'muted' }, 'Rien encore.')
  return h(
    'ol',
    { class: 'timeline', 'data-testid': 'timeline' },
    ...t.entries.map((e) =>
      h(
        'li',
        { class: `tl tl-${e.kind.replace('.', '-')}`, 'data-testid': 'timeline-entry', 'data-kind': e.kind },
        h('time', { datetime: e.at }, fmtDateTime(e.at)),
        h('span', { class: 'tl-summary' }, e.summary),
        e.actor ? h('span', { class: 'muted' }, ` — ${e.actor}`) : null,
        e.post
          ? h(
              'div',
              { class: `tl-post${e.post.hostile ? ' post-hostile' : ''}` },
              h('div', { class: 'post-meta' }, h('span', { class: 'author' }, e.post.author), e.post.platform, externalLink(e.post.url)),
              h('p', { class: 'post-text' }, e.post.text),
            )
          : null,
        e.hints ? h('p', { class: 'note', 'data-testid': 'timeline-hints' }, e.hints) : null,
        e.answer ? h('p', { class: 'note' }, `Réponse de la plateforme : ${e.answer}`) : null,
        e.sha256 ? h('div', {}, h('small', { class: 'muted' }, 'SHA-256 '), h('code', { class: 'hash' }, e.sha256)) : null,
      ),
    ),
    t.truncated ? h('li', { class: 'muted' }, 'Seuls les messages repérés les plus récents sont affichés.') : null,
  )
}

export function caseDetailScreen(id: number): Screen {
  const head = h('div', {}, h('p', { class: 'muted' }, 'Chargement…'))
  const formBox = h('div')
  const linksBox = h('div')
  const membersBox = h('div')
  const timelineBox = h('div', {}, h('p', { class: 'muted' }, 'Chargement…'))
  let kase: CaseView | undefined
  let links: CaseLinkView[] = []
  const files = caseFilesPanel(id, true, () => void loadTimeline())

  const el = h(
    'section',
    { 'data-testid': 'case-detail' },
    h('p', {}, h('a', { href: '#/cases' }, '← Dossiers')),
    head,
    formBox,
    h('div', { class: 'detail-grid' }, h('div', {}, files.el, h('div', { class: 'panel' }, h('h2', {}, 'Chronologie'), timelineBox)), h('div', {}, linksBox, membersBox)),
  )

  function patch(body: Record<string, unknown>, ok: string): void {
    api.patch<{ case: CaseView }>(`/api/cases/${id}`, body).then(
      ({ case: c }) => {
        kase = c
        toast(ok, 'ok')
        renderHead()
        void loadTimeline()
      },
      (err: unknown) => toast(err instanceof ApiError ? err.message : 'modification impossible', 'error'),
    )
  }

  function eraseDialog(c: CaseView): void {
    const confirm = h('input', { id: 'erase-confirm', 'data-testid': 'erase-confirm', autocomplete: 'off' })
    const error = h('p', { class: 'form-error', role: 'alert' })
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'erase-title' })
    const submit = h('button', { type: 'submit', class: 'danger', 'data-testid': 'erase-submit' }, 'Effacer définitivement')
    const form = h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'erase-title' }, 'Effacer le dossier (droit à l’effacement)'),
      h('p', {}, 'Le dossier, ses fichiers, ses liens et sa chronologie seront effacés sans retour. Les preuves figées des signalements restent (elles appartiennent aux signalements). Exportez d’abord le dossier si la personne le demande.'),
      h('p', {}, h('a', { class: 'button', href: `/api/cases/${c.id}/export.zip`, download: '' }, 'Exporter (ZIP) avant d’effacer')),
      h('label', { for: 'erase-confirm' }, `Retapez le libellé : « ${c.label} »`),
      confirm,
      error,
      h('div', { class: 'dialog-actions' }, button('Annuler', () => dialog.close()), submit),
    )
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      submit.disabled = true
      api.post<{ erased: { files: number } }>(`/api/cases/${c.id}/erase`, { confirm: confirm.value }).then(
        ({ erased }) => {
          dialog.close()
          toast(`Dossier effacé (${erased.files} fichier(s)).`, 'ok')
          location.hash = '#/cases'
        },
        (err: unknown) => {
          submit.disabled = false
          error.textContent = err instanceof ApiError ? err.message : 'effacement impossible'
        },
      )
    })
    dialog.append(form)
    dialog.addEventListener('close', () => dialog.remove())
    document.body.append(dialog)
    dialog.showModal()
    confirm.focus()
  }

  function renderHead(): void {
    const c = kase
    if (!c) return
    files.setOpen(c.status === 'open')
    const manage = c.canManage
      ? [
          button(c.status === 'open' ? 'Clore le dossier' : 'Rouvrir', () => patch({ status: c.status === 'open' ? 'closed' : 'open' }, c.status === 'open' ? 'Dossier clos.' : 'Dossier rouvert.'), { 'data-testid': 'case-status' }),
          // Only an admin lifts a hold (the server answers 403 to anyone else).
          !c.legalHold
            ? button('Conservation légale', () => patch({ legalHold: true }, 'Conservation légale activée.'), { 'data-testid': 'case-hold' })
            : can.admin()
              ? button('Lever la conservation légale', () => patch({ legalHold: false }, 'Conservation légale levée.'), { 'data-testid': 'case-hold' })
              : null,
          button('Effacer…', () => eraseDialog(c), { class: 'danger', 'data-testid': 'case-erase' }),
        ]
      : []
    replaceChildren(
      head,
      h(
        'div',
        { class: 'toolbar' },
        h('h1', {}, c.label),
        h('span', { class: `badge status-${c.status === 'open' ? 'acknowledged' : 'rejected'}` }, c.status === 'open' ? 'ouvert' : 'clos'),
        c.legalHold ? h('span', { class: 'chip chip-warn' }, 'conservation légale') : null,
        h(
          'div',
          { class: 'toolbar-actions' },
          button('Alerter le référent', () => openReferentDialog({ path: `/api/cases/${c.id}/referent-alerts`, academie: c.academie, name: c.victimName, done: () => void loadTimeline() }), {
            'data-testid': 'case-referent',
          }),
          h('a', { class: 'button', href: `#/intake/${c.id}`, 'data-testid': 'case-intake' }, 'Signaler une URL'),
          h('a', { class: 'button', href: `/api/cases/${c.id}/export.pdf`, download: '', 'data-testid': 'case-export-pdf' }, 'Dossier de preuves (PDF)'),
          h('a', { class: 'button', href: `/api/cases/${c.id}/export.zip`, download: '', 'data-testid': 'case-export-zip' }, 'Export complet (ZIP)'),
          button('Modifier', () => replaceChildren(formBox, caseForm(c, (nc) => { kase = nc; formBox.replaceChildren(); renderHead() }, () => formBox.replaceChildren())), { 'data-testid': 'case-edit' }),
          ...manage,
        ),
      ),
      h(
        'dl',
        { class: 'figures' },
        h('dt', {}, 'Tranche d’âge'),
        h('dd', {}, ageLabel(c.ageBand)),
        h('dt', {}, 'Académie'),
        h('dd', {}, c.academie ?? '—'),
        h('dt', {}, 'Établissement'),
        h('dd', {}, c.school ?? '—'),
        h('dt', {}, 'Titulaire'),
        h('dd', {}, c.owner.name),
        h('dt', {}, 'Ouvert le'),
        h('dd', {}, fmtDateTime(c.createdAt)),
      ),
      c.notes ? h('div', { class: 'panel' }, h('h2', {}, 'Notes'), h('p', { class: 'post-text' }, c.notes)) : null,
    )
    renderMembers()
  }

  function renderLinks(): void {
    const kind = h('select', { 'aria-label': 'Type de lien', 'data-testid': 'link-kind' }, ...LINK_KINDS.map(([v, l]) => h('option', { value: v }, l)))
    const watchSelect = h('select', { 'aria-label': 'Veille', 'data-testid': 'link-watch' })
    const number = h('input', { type: 'number', min: 1, 'aria-label': 'Numéro', 'data-testid': 'link-id', hidden: true })
    api.get<{ watches: WatchView[] }>('/api/watches').then(
      ({ watches }) => watchSelect.append(...watches.map((w) => h('option', { value: w.id }, w.label))),
      () => undefined,
    )
    kind.addEventListener('change', () => {
      watchSelect.hidden = kind.value !== 'watch'
      number.hidden = kind.value === 'watch'
    })
    const add = h('form', { class: 'inline-form' }, kind, watchSelect, number, h('button', { type: 'submit', 'data-testid': 'link-add' }, 'Lier'))
    add.addEventListener('submit', (e) => {
      e.preventDefault()
      const target = Number(kind.value === 'watch' ? watchSelect.value : number.value)
      if (!Number.isInteger(target) || target <= 0) {
        toast('Choisissez une veille ou un numéro.', 'error')
        return
      }
      api.post<{ links: CaseLinkView[] }>(`/api/cases/${id}/links`, { kind: kind.value, id: target }).then(
        (r) => {
          links = r.links
          renderLinks()
          void loadTimeline()
        },
        (err: unknown) => toast(err instanceof ApiError ? err.message : 'lien impossible', 'error'),
      )
    })
    replaceChildren(
      linksBox,
      h(
        'div',
        { class: 'panel' },
        h('h2', {}, 'Liens'),
        h('p', { class: 'hint' }, 'Vos veilles et leurs alertes ; les signalements et demandes de retrait par leur numéro.'),
        links.length === 0
          ? h('p', { class: 'muted' }, 'Aucun lien.')
          : h(
              'ul',
              { class: 'links' },
              ...links.map((l) =>
                h(
                  'li',
                  { 'data-testid': 'case-link' },
                  l.summary,
                  ' ',
                  button('Retirer', () =>
                    api.del<{ links: CaseLinkView[] }>(`/api/cases/${id}/links/${l.kind}/${l.id}`).then(
                      (r) => {
                        links = r.links
                        renderLinks()
                        void loadTimeline()
                      },
                      (err: unknown) => toast(err instanceof ApiError ? err.message : 'retrait impossible', 'error'),
                    ),
                  { class: 'link' }),
                ),
              ),
            ),
        add,
      ),
    )
  }

  function renderMembers(): void {
    const c = kase
    if (!c) return
    const name = h('input', { 'aria-label': 'Nom du conseiller', placeholder: 'nom du conseiller', 'data-testid': 'share-name' })
    const share = h('form', { class: 'inline-form' }, name, h('button', { type: 'submit', 'data-testid': 'share-add' }, 'Partager'))
    share.addEventListener('submit', (e) => {
      e.preventDefault()
      api.post<{ case: CaseView }>(`/api/cases/${id}/members`, { name: name.value.trim() }).then(
        ({ case: nc }) => {
          kase = nc
          toast('Dossier partagé.', 'ok')
          renderMembers()
          void loadTimeline()
        },
        (err: unknown) => toast(err instanceof ApiError ? err.message : 'partage impossible', 'error'),
      )
    })
    replaceChildren(
      membersBox,
      h(
        'div',
        { class: 'panel' },
        h('h2', {}, 'Partage'),
        h('p', { class: 'hint' }, `Titulaire : ${c.owner.name}. Les conseillers avec qui le dossier est partagé le lisent et y déposent des fichiers.`),
        c.members.length === 0
          ? h('p', { class: 'muted' }, 'Partagé avec personne.')
          : h(
              'ul',
              {},
              ...c.members.map((m) =>
                h(
                  'li',
                  {},
                  m.name,
                  c.canManage
                    ? button(
                        'Retirer',
                        () =>
                          api.del<{ case: CaseView }>(`/api/cases/${id}/members/${m.id}`).then(
                            ({ case: nc }) => {
                              kase = nc
                              renderMembers()
                            },
                            (err: unknown) => toast(err instanceof ApiError ? err.message : 'retrait impossible', 'error'),
                          ),
                        { class: 'link' },
                      )
                    : null,
                ),
              ),
            ),
        c.canManage ? share : null,
      ),
    )
  }

  async function loadTimeline(): Promise<void> {
    try {
      replaceChildren(timelineBox, timelineList(await api.get<Timeline>(`/api/cases/${id}/timeline`)))
    } catch (err) {
      replaceChildren(timelineBox, h('p', { class: 'form-error' }, `Chargement impossible : ${loadError(err)}`))
    }
  }

  async function load(): Promise<void> {
    try {
      const data = await api.get<{ case: CaseView; links: CaseLinkView[]; files: CaseFileView[] }>(`/api/cases/${id}`)
      kase = data.case
      links = data.links
      files.set(data.files, data.case.status === 'open')
      renderHead()
      renderLinks()
      await loadTimeline()
    } catch (err) {
      replaceChildren(head, h('p', { class: 'form-error' }, err instanceof ApiError && err.status === 404 ? 'Dossier introuvable.' : `Chargement impossible : ${loadError(err)}`))
    }
  }
  void load()
  // Another counsellor (or a URL, a file) changed this case: reload it, once per burst.
  let reloadTimer: ReturnType<typeof setTimeout> | undefined
  const onEvent = (e: WsEvent): void => {
    if ((e.type !== 'case.updated' && e.type !== 'case.file.added') || e.caseId !== id) return
    clearTimeout(reloadTimer)
    reloadTimer = setTimeout(() => void load(), 300)
  }
  return { el, onResync: () => void load(), onEvent, dispose: () => clearTimeout(reloadTimer) }
}
