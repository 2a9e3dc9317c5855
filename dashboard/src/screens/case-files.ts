/**
 * A case's evidence vault: drag and drop (or pick) files, the list of what
 * was deposited (never an image in the list), and one file's own view, where
 * an image or a video is loaded only then, blurred until the counsellor
 * clicks (intimate images). PDFs are only downloaded, never shown in Vigie.
 */
import type { CaseFileView } from '../../../contract/cases.js'
import { ApiError } from '../api.js'
import { button, h, replaceChildren } from '../dom.js'
import { fmtDateTime } from '../format.js'
import { toast } from '../toast.js'
import { uploadCaseFiles } from '../upload.js'

const KIND_LABEL: Record<string, string> = { image: 'image', pdf: 'PDF', video: 'vidéo' }

/** « 1,2 Mo », « 850 o ». */
export function humanSize(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} o`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} Ko`
  return `${fmt(bytes / (1024 * 1024))} Mo`
}

const contentUrl = (f: CaseFileView, inline: boolean) => `/api/cases/${f.caseId}/files/${f.id}/content${inline ? '?disposition=inline' : ''}`

/** One file's own view: facts, hash, download, and a blurred preview for images and videos. */
function fileView(f: CaseFileView, close: () => void): HTMLElement {
  const facts = h(
    'dl',
    { class: 'figures' },
    h('dt', {}, 'Type'),
    h('dd', {}, `${KIND_LABEL[f.kind] ?? f.kind} (${f.mime})${f.width ? `, ${f.width} × ${f.height} px` : ''}`),
    h('dt', {}, 'Taille'),
    h('dd', {}, `${humanSize(f.size)} (${f.size.toLocaleString('fr-FR')} octets)`),
    h('dt', {}, 'SHA-256'),
    h('dd', {}, h('code', { class: 'hash', 'data-testid': 'file-sha256' }, f.sha256)),
    h('dt', {}, 'Déposé'),
    h('dd', {}, `${fmtDateTime(f.uploadedAt)} par ${f.uploadedBy}`),
    h('dt', {}, 'Capture déclarée'),
    h('dd', {}, f.capturedAt ? fmtDateTime(f.capturedAt) : 'non déclarée'),
  )
  const download = h('a', { class: 'button', href: contentUrl(f, false), download: '', 'data-testid': 'file-download' }, 'Télécharger')
  let preview: HTMLElement | null = null
  if (f.kind === 'image' || f.kind === 'video') {
    // Created now, on this file's own view only: lists never load an image.
    const media =
      f.kind === 'image'
        ? h('img', { class: 'preview blurred', src: contentUrl(f, true), alt: `Aperçu flouté de ${f.name}`, 'data-testid': 'file-preview', referrerpolicy: 'no-referrer' })
        : h('video', { class: 'preview blurred', src: contentUrl(f, true), controls: true, preload: 'metadata', 'data-testid': 'file-preview' })
    const reveal = button(
      'Afficher sans flou',
      () => {
        const blurred = media.classList.toggle('blurred')
        reveal.textContent = blurred ? 'Afficher sans flou' : 'Flouter de nouveau'
      },
      { 'data-testid': 'file-reveal' },
    )
    media.addEventListener('click', () => {
      if (media.classList.contains('blurred')) reveal.click()
    })
    preview = h(
      'div',
      { class: 'preview-box' },
      h('p', { class: 'hint' }, 'Contenu possiblement choquant : flouté jusqu’à votre clic.'),
      h('div', { class: 'preview-frame' }, media),
      reveal,
    )
  } else {
    preview = h('p', { class: 'hint' }, 'Les PDF ne s’ouvrent pas dans Vigie : téléchargez-le pour le lire.')
  }
  return h(
    'div',
    { class: 'panel file-view', 'data-testid': 'file-view', 'data-file-id': f.id },
    h('div', { class: 'toolbar' }, h('h2', {}, f.name), h('div', { class: 'toolbar-actions' }, download, button('Fermer', close))),
    facts,
    preview,
  )
}

/** The vault panel of a case; `changed` runs after an upload (to refresh the timeline). */
export function caseFilesPanel(
  caseId: number,
  open: boolean,
  changed: () => void,
): { el: HTMLElement; set(files: CaseFileView[], open: boolean): void; setOpen(open: boolean): void } {
  const list = h('tbody')
  const viewBox = h('div')
  const progress = h('p', { class: 'muted', role: 'status', 'data-testid': 'upload-progress' })
  const capturedAt = h('input', { id: 'file-captured', type: 'date', 'data-testid': 'file-captured' })
  const picker = h('input', { type: 'file', multiple: true, accept: 'image/*,application/pdf,video/*', hidden: true, 'data-testid': 'file-input' })
  const zone = h(
    'div',
    { class: 'dropzone', role: 'button', tabindex: 0, 'data-testid': 'dropzone', 'aria-describedby': 'dropzone-hint' },
    h('strong', {}, 'Déposez ici captures, photos, PDF ou vidéos'),
    h('span', { id: 'dropzone-hint', class: 'muted' }, ' — ou cliquez pour choisir (50 Mo au plus par fichier ; SVG, HTML et archives refusés)'),
  )
  let files: CaseFileView[] = []
  let isOpen = open

  async function send(chosen: File[]): Promise<void> {
    if (chosen.length === 0) return
    if (!isOpen) {
      toast('Dossier clos : rouvrez-le pour déposer des fichiers.', 'error')
      return
    }
    zone.classList.add('busy')
    try {
      const { stored, refused } = await uploadCaseFiles(caseId, chosen, capturedAt.value, (i, f) => {
        progress.textContent = `Envoi ${i + 1} / ${chosen.length} : ${f.name}…`
      })
      progress.textContent = stored.length > 0 ? `${stored.length} fichier(s) déposé(s), chiffré(s) dans le coffre.` : ''
      for (const r of refused) toast(`Refusé : ${r.message}`, 'error')
      if (stored.length > 0) {
        toast(`${stored.length} fichier(s) déposé(s).`, 'ok')
        files = [...files, ...stored]
        render()
        changed()
      }
    } catch (err) {
      progress.textContent = ''
      toast(err instanceof ApiError ? err.message : 'dépôt impossible', 'error')
    } finally {
      zone.classList.remove('busy')
      picker.value = ''
    }
  }

  zone.addEventListener('click', () => picker.click())
  zone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      picker.click()
    }
  })
  zone.addEventListener('dragover', (e) => {
    e.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (e) => {
    e.preventDefault()
    zone.classList.remove('over')
    void send([...(e.dataTransfer?.files ?? [])])
  })
  picker.addEventListener('change', () => void send([...(picker.files ?? [])]))

  function render(): void {
    zone.hidden = !isOpen
    replaceChildren(
      list,
      ...(files.length === 0
        ? [h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'Aucun fichier déposé.'))]
        : files.map((f) =>
            h(
              'tr',
              { 'data-testid': 'file-row', 'data-file-id': f.id },
              h('td', { class: 'file-name' }, f.name),
              h('td', {}, KIND_LABEL[f.kind] ?? f.kind),
              h('td', { class: 'num' }, humanSize(f.size)),
              h('td', {}, h('code', { class: 'hash', title: f.sha256 }, `${f.sha256.slice(0, 16)}…`)),
              h('td', {}, `${fmtDateTime(f.uploadedAt)} · ${f.uploadedBy}`),
              h('td', {}, f.capturedAt ? fmtDateTime(f.capturedAt).split(' ')[0] ?? '' : '—'),
              h('td', {}, button('Voir', () => replaceChildren(viewBox, fileView(f, () => viewBox.replaceChildren())), { 'data-testid': 'file-open' })),
            ),
          )),
    )
  }

  const el = h(
    'div',
    { class: 'panel' },
    h('h2', {}, 'Coffre-fort : fichiers déposés'),
    h('div', { class: 'inline-form' }, h('label', { for: 'file-captured' }, 'Date de capture déclarée'), capturedAt, h('small', { class: 'hint' }, 'telle que la donne la victime (facultatif)')),
    zone,
    picker,
    progress,
    viewBox,
    h(
      'table',
      { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Nom'), h('th', {}, 'Type'), h('th', { class: 'num' }, 'Taille'), h('th', {}, 'SHA-256'), h('th', {}, 'Déposé'), h('th', {}, 'Capture'), h('th', {}, ''))),
      list,
    ),
  )
  return {
    el,
    set(next, nowOpen) {
      files = next
      isOpen = nowOpen
      render()
    },
    setOpen(nowOpen) {
      isOpen = nowOpen
      render()
    },
  }
}
