/**
 * The trusted-flagger report (DSA Art. 22(3)) for a period: notices by
 * platform, category, channel and outcome, time to removal (median, 90th
 * percentile, distribution chart), share removed within one hour, notices
 * per day (chart), refusals with the platforms' reasons; CSV and JSON
 * downloads and a printable page.
 */
import type { AlignedData } from 'uplot'
import type { ReportGroup, TakedownReport } from '../../../contract/takedown-report.js'
import { api, ApiError, query } from '../api.js'
import { lineChart, type Chart, type ChartSpec } from '../chart.js'
import { button, h, replaceChildren } from '../dom.js'
import { SCREENS } from '../glossary.js'
import { dsaLabel, fmtDateTime, fmtNumber, fmtPercent } from '../format.js'
import { loadError, type Screen } from '../screen.js'

const minutes = (m: number | null): string => (m === null ? '—' : m < 60 ? `${fmtNumber(Math.round(m))} min` : `${fmtNumber(Math.round((m / 60) * 10) / 10)} h`)

function groupTable(title: string, groups: readonly ReportGroup[], testid: string): HTMLElement {
  const head = ['', 'Notifications', 'Retirées', 'dont < 1 h', 'Part < 1 h', 'Médiane', '90e centile', 'Supprimées par l’auteur', 'Refusées', 'En cours']
  return h(
    'section',
    { class: 'report-block' },
    h('h2', {}, title),
    h(
      'table',
      { class: 'report-table', 'data-testid': testid },
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...groups.map((g) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, g.label),
            h('td', {}, fmtNumber(g.notices)),
            h('td', {}, fmtNumber(g.removed)),
            h('td', {}, fmtNumber(g.withinHour)),
            h('td', {}, fmtPercent(g.withinHourShare)),
            h('td', {}, minutes(g.medianMinutes)),
            h('td', {}, minutes(g.p90Minutes)),
            h('td', {}, fmtNumber(g.authorDeleted)),
            h('td', {}, fmtNumber(g.refused)),
            h('td', {}, fmtNumber(g.open)),
          ),
        ),
      ),
    ),
  )
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function reportScreen(): Screen {
  const now = new Date()
  const from = h('input', { type: 'date', id: 'report-from', 'data-testid': 'report-from', value: `${now.getUTCFullYear()}-01-01` })
  const to = h('input', { type: 'date', id: 'report-to', 'data-testid': 'report-to', value: isoDay(now) })
  const status = h('p', { class: 'muted', role: 'status' }, 'Chargement…')
  const body = h('div', { class: 'report' })
  const links = h('p', { class: 'report-links no-print' })
  const plots: Chart[] = []
  const el = h(
    'section',
    { class: 'report-screen' },
    h('h1', {}, SCREENS.report.title),
    h('p', { class: 'hint' }, 'Article 22, paragraphe 3, du règlement sur les services numériques : les notifications de la cellule, leur issue et les délais de retrait, pour la période choisie. Ces chiffres sont notre propre mesure du « moins d’une heure ».'),
    h(
      'form',
      { class: 'report-period no-print', 'data-testid': 'report-form' },
      h('label', { for: 'report-from' }, 'Du'),
      from,
      h('label', { for: 'report-to' }, 'au'),
      to,
      h('button', { type: 'submit', class: 'primary' }, 'Afficher'),
      button('Imprimer', () => window.print(), { 'data-testid': 'report-print' }),
    ),
    links,
    status,
    body,
  )
  el.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault()
    void load()
  })

  function chart(box: HTMLElement, spec: Omit<ChartSpec, 'height' | 'maxWidth'>, data: AlignedData): void {
    plots.push(lineChart(box, { ...spec, height: 220, maxWidth: 720 }, data))
  }

  function render(r: TakedownReport): void {
    for (const p of plots.splice(0)) p.destroy()
    const t = r.totals
    const daily = h('div', { class: 'report-chart', 'data-testid': 'report-daily-chart' })
    const delays = h('div', { class: 'report-chart', 'data-testid': 'report-delay-chart' })
    replaceChildren(
      body,
      h('p', { class: 'muted' }, `Période : du ${fmtDateTime(r.period.from)} au ${fmtDateTime(r.period.to)} (demandes faites dans la période). Établi le ${fmtDateTime(r.generatedAt)}.`),
      h(
        'dl',
        { class: 'figures report-totals', 'data-testid': 'report-totals' },
        h('dt', {}, 'Notifications'),
        h('dd', { 'data-testid': 'report-notices' }, fmtNumber(t.notices)),
        h('dt', {}, 'Retirées par la plateforme'),
        h('dd', { 'data-testid': 'report-removed' }, fmtNumber(t.removed)),
        h('dt', {}, 'Retirées en moins d’une heure'),
        h('dd', { 'data-testid': 'report-within-hour' }, `${fmtNumber(t.withinHour)} (${fmtPercent(t.withinHourShare)} des notifications)`),
        h('dt', {}, 'Délai médian de retrait'),
        h('dd', { 'data-testid': 'report-median' }, minutes(t.medianMinutes)),
        h('dt', {}, '90e centile'),
        h('dd', {}, minutes(t.p90Minutes)),
        h('dt', {}, 'Supprimées par l’auteur'),
        h('dd', {}, fmtNumber(t.authorDeleted)),
        h('dt', {}, 'Refusées'),
        h('dd', {}, fmtNumber(t.refused)),
        h('dt', {}, 'En cours'),
        h('dd', {}, fmtNumber(t.open)),
      ),
      h('section', { class: 'report-block' }, h('h2', {}, 'Notifications et retraits par jour'), daily),
      h('section', { class: 'report-block' }, h('h2', {}, 'Délais de retrait (minutes, du plus court au plus long ; l’objectif est 60)'), delays),
      groupTable('Par plateforme', r.byPlatform, 'report-by-platform'),
      groupTable('Par catégorie', r.byCategory, 'report-by-category'),
      groupTable('Par canal', r.byChannel, 'report-by-channel'),
      h(
        'section',
        { class: 'report-block' },
        h('h2', {}, 'Refus et motifs des plateformes'),
        r.refusals.length === 0
          ? h('p', { class: 'muted' }, 'Aucun refus sur la période.')
          : h(
              'ul',
              { class: 'plain', 'data-testid': 'report-refusals' },
              ...r.refusals.map((x) => h('li', {}, `n° ${x.id} · ${x.platform} · ${dsaLabel(x.category)} · demandé le ${fmtDateTime(x.requestedAt)} — motif : ${x.reason ?? 'non communiqué'}`)),
            ),
      ),
    )
    if (r.daily.length > 0) {
      const xs = r.daily.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000)
      chart(
        daily,
        {
          x: 'day',
          xLabel: 'Jour',
          lines: [
            { label: 'Notifications', stroke: '#1d4e89' },
            { label: 'Retirées', stroke: '#1e7d4f' },
          ],
        },
        [xs, r.daily.map((d) => d.notices), r.daily.map((d) => d.removed)],
      )
    } else replaceChildren(daily, h('p', { class: 'muted' }, 'Aucune notification sur la période.'))
    if (r.removalMinutes.length > 0) {
      const xs = r.removalMinutes.map((_m, i) => i + 1)
      chart(
        delays,
        {
          x: 'rank',
          xLabel: 'Retrait',
          yLabel: 'minutes',
          lines: [
            { label: 'Minutes avant retrait', stroke: '#1d4e89' },
            { label: 'Objectif (60 min)', stroke: '#c0392b', width: 1, dash: [6, 4] },
          ],
        },
        [xs, r.removalMinutes, r.removalMinutes.map(() => 60)],
      )
    } else replaceChildren(delays, h('p', { class: 'muted' }, 'Aucun retrait sur la période.'))
  }

  async function load(): Promise<void> {
    const q = query({ from: from.value || null, to: to.value || null })
    replaceChildren(
      links,
      'Télécharger : ',
      h('a', { href: `/api/reports/takedowns.csv${q}`, 'data-testid': 'report-csv', download: '' }, 'CSV (une ligne par notification)'),
      ' · ',
      h('a', { href: `/api/reports/takedowns${q}${q ? '&' : '?'}download=1`, 'data-testid': 'report-json', download: '' }, 'JSON'),
    )
    status.textContent = 'Chargement…'
    try {
      render(await api.get<TakedownReport>(`/api/reports/takedowns${q}`))
      status.textContent = ''
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 403 ? 'Votre rôle ne permet pas de lire ce rapport.' : `Chargement impossible : ${loadError(err)}`
    }
  }
  void load()

  return {
    el,
    onEvent(e) {
      if (e.type === 'takedown.updated') status.textContent = 'Des demandes ont changé : « Afficher » pour actualiser.'
    },
    dispose() {
      for (const p of plots.splice(0)) p.destroy()
    },
  }
}
