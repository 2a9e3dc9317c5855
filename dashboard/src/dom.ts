/**
 * Building DOM with text only. Every string given here becomes a text node
 * or an attribute value: never markup (no HTML-string sink is used anywhere in the dashboard).
 */

export type Child = Node | string | number | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

/** Creates an element: attributes (`on*` keys add listeners, `true` sets an empty attribute), then children as nodes or text. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value)
    } else if (name === 'class') {
      el.className = String(value)
    } else {
      el.setAttribute(name, value === true ? '' : String(value))
    }
  }
  append(el, ...children)
  return el
}

/** Appends nodes or text (as text nodes). */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c)
  }
}

/** Removes every child, then appends the given ones. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren()
  append(parent, ...children)
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  return el
}

/**
 * A link to an attacker-supplied URL: only http(s), shown in full as text,
 * opened in a new tab without opener or referrer. Other schemes give plain text.
 */
export function externalLink(url: string | null | undefined, label?: string): HTMLElement | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return h('span', { class: 'url' }, url)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return h('span', { class: 'url' }, url)
  return h('a', { class: 'url', href: parsed.href, rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' }, label ?? parsed.href)
}

/** A button. */
export function button(label: string, onClick: (e: MouseEvent) => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label)
  b.addEventListener('click', onClick)
  return b
}
