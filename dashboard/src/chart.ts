/**
 * Line charts (uPlot) with one behaviour everywhere: x-axis ticks on whole
 * minutes, days or ranks only (never two ticks with the same label), whole
 * numbers on the y axis, and a legend of our own under the chart that shows
 * the hovered point's values, or the latest point's when nothing is hovered.
 */
import uPlot from 'uplot'
import { h, replaceChildren } from './dom.js'
import { fmtNumber } from './format.js'

/** What the x values are: Unix seconds of a minute, of a UTC day, or a rank (1, 2, …). */
export type XKind = 'minute' | 'day' | 'rank'

/** One line of the chart. */
export interface ChartLine {
  label: string
  stroke: string
  fill?: string
  width?: number
  dash?: number[]
}

/** A chart's settings. */
export interface ChartSpec {
  x: XKind
  /** Name of the x value in the legend (« Heure », « Jour », « Rang »). */
  xLabel: string
  /** Title of the y axis. */
  yLabel?: string
  height: number
  /** Widest the chart grows (it follows its box's width below that). */
  maxWidth?: number
  lines: readonly ChartLine[]
}

/** A drawn chart. */
export interface Chart {
  plot: uPlot
  /** Replaces the data (live updates keep the hovered point, or follow the latest one). */
  setData(data: uPlot.AlignedData): void
  destroy(): void
}

const MINUTE = 60
const DAY = 86_400
/** Tick steps, in x units: each tick label is then distinct from its neighbours. */
const INCRS: Record<XKind, number[]> = {
  minute: [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * MINUTE),
  day: [1, 2, 7, 14, 28, 91, 182, 364].map((d) => d * DAY),
  rank: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000],
}
/** Least room between two ticks, in CSS pixels (a label is about 40 px wide). */
const SPACE: Record<XKind, number> = { minute: 64, day: 56, rank: 40 }
/** Whole-number steps for counts on the y axis. */
const Y_INCRS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000]

const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' })
const dateMinute = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' })
const dayMonth = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', timeZone: 'UTC' })
const fullDay = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' })

/** The label of x value `v` on the axis. */
export function axisLabel(kind: XKind, v: number): string {
  if (kind === 'minute') return hourMinute.format(new Date(v * 1000))
  if (kind === 'day') return dayMonth.format(new Date(v * 1000))
  return fmtNumber(v)
}

/** The label of x value `v` in the legend (more precise than the axis). */
export function legendLabel(kind: XKind, v: number): string {
  if (kind === 'minute') return dateMinute.format(new Date(v * 1000))
  if (kind === 'day') return fullDay.format(new Date(v * 1000))
  return `n° ${fmtNumber(v)}`
}

const fmtValue = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : fmtNumber(Math.round(v * 10) / 10))

/** Draws a line chart in `box`, with its legend under it. */
export function lineChart(box: HTMLElement, spec: ChartSpec, data: uPlot.AlignedData): Chart {
  const widthOf = () => Math.max(200, Math.min(spec.maxWidth ?? Infinity, box.clientWidth || 600))
  const legendX = h('span', { class: 'legend-x', 'data-testid': 'legend-x' })
  const legendValues = spec.lines.map(() => h('span', { class: 'legend-value', 'data-testid': 'legend-value' }))
  const legend = h(
    'div',
    { class: 'chart-legend', 'data-testid': 'chart-legend', 'data-state': 'latest' },
    h('span', { class: 'legend-item' }, `${spec.xLabel} : `, legendX),
    ...spec.lines.map((l, i) => {
      const swatch = h('span', { class: 'legend-swatch', 'aria-hidden': 'true' })
      swatch.style.borderColor = l.stroke // through CSSOM: the CSP allows no style attribute
      return h('span', { class: 'legend-item' }, swatch, `${l.label} : `, legendValues[i])
    }),
  )

  /** Writes point `idx` in the legend; null: the hovered point is gone, show the latest one. */
  function showPoint(u: uPlot, idx: number | null | undefined): void {
    const xs = u.data[0]
    const hovered = idx !== null && idx !== undefined
    const i = hovered ? idx : xs.length - 1
    legend.dataset.state = hovered ? 'hover' : 'latest'
    const x = xs[i]
    legendX.textContent = x === undefined ? '—' : legendLabel(spec.x, x) + (hovered ? '' : ' (dernier point)')
    legendX.dataset.x = x === undefined ? '' : String(x)
    spec.lines.forEach((_l, s) => {
      legendValues[s]!.textContent = x === undefined ? '—' : fmtValue(u.data[s + 1]?.[i])
    })
  }

  const opts: uPlot.Options = {
    width: widthOf(),
    height: spec.height,
    legend: { show: false },
    cursor: { drag: { x: true, y: false } },
    scales: {
      x: { time: false },
      y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
    },
    axes: [
      {
        incrs: INCRS[spec.x],
        space: SPACE[spec.x],
        values: (_u, splits) => {
          const labels = splits.map((v) => axisLabel(spec.x, v))
          box.dataset.xTicks = labels.join('|') // the canvas labels, readable by tests
          return labels
        },
      },
      { label: spec.yLabel, size: 56, incrs: Y_INCRS, values: (_u, splits) => splits.map((v) => fmtNumber(v)) },
    ],
    series: [
      {},
      ...spec.lines.map((l) => ({
        label: l.label,
        stroke: l.stroke,
        width: l.width ?? 2,
        points: { show: false },
        ...(l.fill ? { fill: l.fill } : {}),
        ...(l.dash ? { dash: l.dash } : {}),
      })),
    ],
    hooks: { setCursor: [(u) => showPoint(u, u.cursor.idx)] },
  }
  const plot = new uPlot(opts, data, box)
  box.append(legend)
  showPoint(plot, null)
  const resize = new ResizeObserver(() => {
    const width = widthOf()
    if (box.clientWidth > 0 && width !== plot.width) plot.setSize({ width, height: spec.height })
  })
  resize.observe(box)
  return {
    plot,
    setData(next) {
      plot.setData(next)
      showPoint(plot, plot.cursor.idx)
    },
    destroy() {
      resize.disconnect()
      plot.destroy()
      replaceChildren(box)
    },
  }
}
