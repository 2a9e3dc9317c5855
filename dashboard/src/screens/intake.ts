/**
 * « Signaler une URL »: paste one or many links (from a case, a call, a
 * school), with what the person says about them; each becomes an item of its
 * platform, captured by Vigie. Screenshots are blurred until clicked (they
 * may show violence or nudity); the captured HTML is a download only.
 */
import type { CaseView } from '../../../contract/cases.js'
import type { FlagView } from '../../../contract/flags.js'
import type { CaptureView, IntakeAnswer, IntakeItemView } from '../../../contract/intake.js'
import { api, ApiError } from '../api.js'
import { append, button, externalLink, h, replaceChildren } from '../dom.js'
import { openFlagDialog } from '../flag-dialog.js'
import { DSA_CATEGORIES, fmtDateTime } from '../format.js'
import { loadError, type Screen } from '../screen.js'
import { can } from '../session.js'
import { toast } from '../toast.js'

const CAPTURE_STATE: Record<string, string> = {
  pending: 'capture en attente',
  running: 'capture en cours',
  done: 'capturé',
  failed: 'capture échouée',
  off: 'capture indisponible',
}

const OUTCOME: Record<string, string> = { created: 'enregistré', existing: 'déjà signalé', refused: 'refusé' }

/** Largest screenshot of a victim the server takes (keep in step with MAX_ATTACHED_IMAGE in src/capture/capture-service.ts). */
const MAX_ATTACHED_IMAGE = 15 * 1024 * 1024

/** Page states where the page itself could not show the item: the victim's screenshot is the evidence. */
const NOT_CAPTURED = new Set(['removed', 'login_wall', 'geo_blocked', 'unreachable'])

/** A screenshot, blurred until clicked (click again to blur). */
function screenshot(item: IntakeItemView, c: CaptureView): HTMLElement | null {
  if (!c.image?.stored) return null
  const what = c.source === 'page' ? 'Capture de la page' : 'Capture d’écran de la victime'
  const img = h('img', {
    src: `/api/intake/${item.id}/captures/${c.id}/image`,
    alt: `${what} (floutée : cliquez pour afficher)`,
    class: 'capture-img blurred',
    loading: 'lazy',
    'data-testid': 'capture-image',
  })
  const toggle = h('button', { type: 'button', class: 'capture-toggle', 'aria-pressed': 'false', 'data-testid': 'capture-reveal' }, img)
  toggle.addEventListener('click', () => {
    const shown = img.classList.toggle('blurred') === false
    toggle.setAttribute('aria-pressed', String(shown))
    img.alt = shown ? what : `${what} (floutée : cliquez pour afficher)`
  })
  return toggle
}

function captureBlock(item: IntakeItemView, c: CaptureView): HTMLElement {
  return h(
    'div',
    { class: `capture capture-${c.state}`, 'data-testid': 'capture', 'data-state': c.state },
    h('p', {}, h('strong', {}, c.source === 'page' ? `Capture du ${fmtDateTime(c.capturedAt)}` : `Capture de la victime (${fmtDateTime(c.capturedAt)})`), ' — ', c.summary),
    h(
      'dl',
      { class: 'figures hashes' },
      c.httpStatus !== null ? h('dt', {}, 'HTTP') : null,
      c.httpStatus !== null ? h('dd', {}, String(c.httpStatus)) : null,
      c.finalUrl ? h('dt', {}, 'Adresse finale') : null,
      c.finalUrl ? h('dd', { class: 'url' }, c.finalUrl) : null,
      c.image ? h('dt', {}, 'SHA-256 image') : null,
      c.image ? h('dd', { class: 'hash', 'data-testid': 'capture-image-sha' }, c.image.sha256) : null,
      c.html ? h('dt', {}, 'SHA-256 HTML') : null,
      c.html ? h('dd', { class: 'hash' }, c.html.sha256, ' ', c.html.stored ? h('a', { href: `/api/intake/${item.id}/captures/${c.id}/page.html`, download: `capture-${item.id}-${c.id}.html` }, 'télécharger') : null) : null,
      h('dt', {}, 'SHA-256 fiche'),
      h('dd', { class: 'hash' }, c.recordSha256),
    ),
    c.image && !c.image.stored ? h('p', { class: 'muted' }, 'Image non conservée : coffre-fort non configuré (seule l’empreinte est gardée).') : null,
    screenshot(item, c),
  )
}

/** One filed URL with its captures. */
function itemCard(item: IntakeItemView, refresh: () => void): HTMLElement {
  const recapture = button(
    'Capturer à nouveau',
    () => {
      api.post(`/api/intake/${item.id}/capture`).then(
        () => {
          toast('Nouvelle capture demandée.', 'ok')
          refresh()
        },
        (err: unknown) => toast(err instanceof ApiError ? err.message : 'capture impossible', 'error'),
      )
    },
    { 'data-testid': 'intake-recapture' },
  )
  // « Joindre la capture de la victime »: a PNG, JPEG or WebP the victim sent, sniffed and kept encrypted by the server.
  const file = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/webp', hidden: true, 'data-testid': 'intake-attach-file', 'aria-label': 'Capture d’écran de la victime' })
  const attach = button('Joindre la capture de la victime', () => file.click(), { 'data-testid': 'intake-attach' })
  file.addEventListener('change', () => {
    const chosen = file.files?.[0]
    file.value = ''
    if (!chosen) return
    if (chosen.size > MAX_ATTACHED_IMAGE) {
      toast('capture d’écran trop grosse (15 Mo au plus)', 'error')
      return
    }
    const form = new FormData()
    form.append('file', chosen, chosen.name)
    attach.disabled = true
    api.upload(`/api/intake/${item.id}/captures`, form).then(
      () => {
        toast('Capture de la victime jointe (floutée jusqu’au clic).', 'ok')
        refresh()
      },
      (err: unknown) => {
        attach.disabled = false
        toast(err instanceof ApiError ? err.message : 'envoi impossible', 'error')
      },
    )
  })
  // « Signaler »: the usual flag (evidence frozen, four eyes, then the takedown), through the item's route so counsellors may too.
  const flag =
    item.flagId === null
      ? button(
          'Signaler',
          () =>
            openFlagDialog(
              [item.postId],
              () => refresh(),
              (body) => api.post<{ flags: FlagView[] }>(`/api/intake/${item.id}/flag`, { category: body.category, ...(body.note ? { note: body.note } : {}) }).then((r) => r.flags),
            ),
          { class: 'primary', 'data-testid': 'intake-flag-item' },
        )
      : null
  const uncaptured = item.captures.length > 0 && item.captures.every((c) => c.source === 'page' && NOT_CAPTURED.has(c.state))
  return h(
    'article',
    { class: 'intake-item panel', 'data-testid': 'intake-item', 'data-intake-id': item.id },
    h(
      'header',
      { class: 'flag-head' },
      h('span', { class: 'badge' }, 'saisi par URL'),
      h('strong', {}, `${item.platformName} · ${item.kindLabel}`),
      h('span', { class: 'muted', 'data-testid': 'intake-capture-state' }, CAPTURE_STATE[item.captureState] ?? item.captureState),
      item.flagId !== null ? h('span', { class: 'badge status-flag' }, `signalement n° ${item.flagId}`) : null,
    ),
    h('p', {}, externalLink(item.url)),
    item.shortLink ? h('p', { class: 'muted' }, 'depuis le lien court ', h('span', { class: 'url' }, item.shortLink)) : null,
    h('p', { class: 'post-text' }, item.text),
    h('p', { class: 'muted' }, `par ${item.submittedBy}, le ${fmtDateTime(item.submittedAt)}${item.caseId !== null ? ` · dossier n° ${item.caseId}` : ''}`),
    item.captureError ? h('p', { class: 'form-error' }, item.captureError) : null,
    ...item.captures.map((c) => captureBlock(item, c)),
    uncaptured ? h('p', { class: 'hint', 'data-testid': 'intake-attach-hint' }, 'La page n’a pas pu être capturée : joignez la capture d’écran envoyée par la victime (PNG, JPEG ou WebP).') : null,
    h('div', { class: 'takedown-actions' }, flag, recapture, attach, file),
  )
}

/** « Signaler une URL »; `caseId` (from `#/intake/<case>`) preselects the case the links are filed into. */
export function intakeScreen(caseId: number | null = null): Screen {
  const urls = h('textarea', { id: 'intake-urls', rows: 4, required: true, maxlength: 60000, 'data-testid': 'intake-urls', placeholder: 'https://vm.tiktok.com/…  (un ou plusieurs liens)' })
  const description = h('textarea', { id: 'intake-description', rows: 2, maxlength: 5000, 'data-testid': 'intake-description' })
  const flagNow = h('input', { id: 'intake-flag', type: 'checkbox', 'data-testid': 'intake-flag' })
  const category = h('select', { id: 'intake-category', 'data-testid': 'intake-category' }, ...DSA_CATEGORIES.map(([v, label]) => h('option', { value: v }, label)))
  // Counsellors and admins may file the links into one of their cases (then only the case's people see them).
  const caseSelect = h('select', { id: 'intake-case', 'data-testid': 'intake-case' }, h('option', { value: '' }, '— aucun dossier —'))
  if (can.cases()) {
    api.get<{ cases: CaseView[] }>('/api/cases?status=open').then(
      ({ cases }) => {
        append(caseSelect, ...cases.map((k) => h('option', { value: k.id }, `n° ${k.id} — ${k.label}`)))
        if (caseId !== null) caseSelect.value = String(caseId)
      },
      () => undefined,
    )
  }
  const results = h('ul', { class: 'plain intake-results', 'data-testid': 'intake-results', 'aria-live': 'polite' })
  const list = h('div', { 'data-testid': 'intake-list' })
  const status = h('p', { class: 'muted' }, 'Chargement…')
  const form = h(
    'form',
    { class: 'panel' },
    h('label', { for: 'intake-urls' }, 'Liens (TikTok, Instagram, Snapchat, YouTube, X, Discord, Twitch, ou tout autre site)'),
    urls,
    h('label', { for: 'intake-description' }, 'Ce qu’en dit la personne (facultatif ; devient le texte du signalement)'),
    description,
    can.cases() ? h('p', {}, h('label', { for: 'intake-case' }, 'Dossier (facultatif ; seuls ses écoutants et les admins verront ces liens) :'), ' ', caseSelect) : null,
    h('p', {}, flagNow, ' ', h('label', { for: 'intake-flag' }, 'Signaler aussitôt pour relecture, catégorie :'), ' ', category),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'intake-submit' }, 'Enregistrer et capturer'),
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const body: { urls: string; description?: string; caseId?: number; flag?: { category: string } } = { urls: urls.value }
    if (caseSelect.value !== '') body.caseId = Number(caseSelect.value)
    if (description.value.trim()) body.description = description.value.trim()
    if (flagNow.checked) body.flag = { category: category.value }
    api.post<IntakeAnswer>('/api/intake', body).then(
      (answer) => {
        replaceChildren(
          results,
          ...answer.results.map((r) =>
            h('li', { 'data-testid': 'intake-result', 'data-outcome': r.outcome }, h('strong', {}, OUTCOME[r.outcome] ?? r.outcome), ' · ', h('span', { class: 'url' }, r.input), r.reason ? ` — ${r.reason}` : ''),
          ),
          answer.truncated ? h('li', { class: 'form-error' }, 'Plus de 50 liens : seuls les 50 premiers ont été pris.') : null,
          answer.captureOff ? h('li', { class: 'form-error' }, answer.captureOff) : null,
        )
        urls.value = ''
        description.value = ''
        void load()
      },
      (err: unknown) => toast(err instanceof ApiError ? err.message : 'enregistrement impossible', 'error'),
    )
  })

  let timer: ReturnType<typeof setTimeout> | undefined
  async function load(): Promise<void> {
    clearTimeout(timer)
    try {
      const { items, captureOff } = await api.get<{ items: IntakeItemView[]; captureOff: string | null }>('/api/intake?limit=50')
      status.textContent = captureOff ?? (items.length === 0 ? 'Aucun lien signalé pour l’instant.' : '')
      replaceChildren(list, ...items.map((i) => itemCard(i, () => void load())))
      // Captures run in the background: look again while some are waiting.
      if (items.some((i) => i.captureState === 'pending' || i.captureState === 'running')) timer = setTimeout(() => void load(), 3000)
    } catch (err) {
      status.textContent = loadError(err)
    }
  }
  void load()

  const el = h('section', {}, h('h1', {}, 'Signaler une URL'))
  append(
    el,
    h('p', { class: 'hint' }, 'Vigie reconnaît la plateforme et le type de contenu, suit les liens courts sans rien exposer, enlève les paramètres de pistage, capture la page comme un visiteur anonyme (image, HTML, empreintes) et la range comme une publication à signaler.'),
    can.intake() ? form : null,
    results,
    h('h2', {}, 'Liens signalés'),
    status,
    list,
  )
  return { el, dispose: () => clearTimeout(timer) }
}
