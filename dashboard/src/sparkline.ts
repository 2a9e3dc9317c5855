/** A small inline SVG sparkline of posts per minute (hostile posts drawn over it), built with DOM APIs. */
import { svg } from './dom.js'

const W = 120
const H = 28

function points(values: readonly number[], max: number): string {
  const n = values.length
  if (n === 0) return ''
  const step = n > 1 ? W / (n - 1) : 0
  return values.map((v, i) => `${(i * step).toFixed(1)},${(H - 1 - (v / max) * (H - 3)).toFixed(1)}`).join(' ')
}

/** An SVG sparkline; `label` is its accessible name. */
export function sparkline(posts: readonly number[], hostile: readonly number[], label: string): SVGSVGElement {
  const el = svg('svg', { class: 'spark', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label })
  updateSparkline(el, posts, hostile, label)
  return el
}

/** Redraws an existing sparkline in place. */
export function updateSparkline(el: SVGSVGElement, posts: readonly number[], hostile: readonly number[], label: string): void {
  const max = Math.max(1, ...posts)
  const area = svg('polygon', { class: 'spark-area', points: `0,${H} ${points(posts, max)} ${W},${H}` })
  const all = svg('polyline', { class: 'spark-posts', points: points(posts, max) })
  const bad = svg('polyline', { class: 'spark-hostile', points: points(hostile, max) })
  el.replaceChildren(area, all, bad)
  el.setAttribute('aria-label', label)
}
