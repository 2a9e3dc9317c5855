/**
 * A small, linear-time HTML → plain text converter for post bodies (Mastodon
 * `content`, RSS descriptions): drops tags, script/style contents and
 * comments, turns block ends and <br> into line breaks, decodes entities.
 * It never builds a DOM and uses no backtracking regex.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  ndash: '–', mdash: '—', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô',
  ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ', Eacute: 'É', Egrave: 'È',
  Agrave: 'À', Ccedil: 'Ç', euro: '€', copy: '©', reg: '®', trade: '™', shy: '',
  zwj: '\u200d', zwnj: '\u200c',
}

const BREAK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'hr'])
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript'])
const MAX_ENTITY_LENGTH = 32

/** Decodes HTML character references (&amp; &#233; &#xE9;). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  let out = ''
  let i = 0
  while (i < s.length) {
    const amp = s.indexOf('&', i)
    if (amp === -1) {
      out += s.slice(i)
      break
    }
    out += s.slice(i, amp)
    const semi = boundedIndexOf(s, ';', amp + 1, amp + 1 + MAX_ENTITY_LENGTH)
    if (semi === -1) {
      out += '&'
      i = amp + 1
      continue
    }
    const name = s.slice(amp + 1, semi)
    const decoded = decodeEntity(name)
    if (decoded === null) {
      out += '&'
      i = amp + 1
    } else {
      out += decoded
      i = semi + 1
    }
  }
  return out
}

/** indexOf limited to [from, to): keeps scans short on hostile input. */
function boundedIndexOf(s: string, ch: string, from: number, to: number): number {
  const end = Math.min(s.length, to)
  for (let j = from; j < end; j++) if (s[j] === ch) return j
  return -1
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X'
    const digits = name.slice(hex ? 2 : 1)
    if (digits.length === 0 || digits.length > 8) return null
    const code = Number.parseInt(digits, hex ? 16 : 10)
    const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits)
    if (!valid || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
    return String.fromCodePoint(code)
  }
  return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? null) : null
}

/** Reads the lower-case tag name after '<' or '</' at `start`. */
function tagName(s: string, start: number, end: number): string {
  let j = start
  while (j < end) {
    const c = s.charCodeAt(j)
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    if (!alnum) break
    j++
  }
  return s.slice(start, j).toLowerCase()
}

/** Index of the next `</name` at or after `from` (case-insensitive), or -1. */
function findClosingTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from)
  while (at !== -1) {
    if (tagName(html, at + 2, Math.min(html.length, at + 2 + name.length + 1)) === name) return at
    at = html.indexOf('</', at + 2)
  }
  return -1
}

/** Converts an HTML fragment to plain text with line breaks kept. */
export function htmlToText(html: string): string {
  let out = ''
  let i = 0
  const n = html.length
  // The first '>' after the last search: reused so that "<<<<…" stays linear.
  let nextGt = -2
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      out += decodeEntities(html.slice(i))
      break
    }
    out += decodeEntities(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      i = close === -1 ? n : close + 3
      continue
    }
    if (nextGt !== -1 && nextGt < lt + 1) nextGt = html.indexOf('>', lt + 1)
    const gt = nextGt
    if (gt === -1) {
      // A lone '<' is text ("a < b").
      out += '<'
      i = lt + 1
      continue
    }
    const closing = html[lt + 1] === '/'
    const name = tagName(html, lt + (closing ? 2 : 1), gt)
    if (name === '') {
      out += '<'
      i = lt + 1
      continue
    }
    i = gt + 1
    if (!closing && SKIP_TAGS.has(name)) {
      const end = findClosingTag(html, name, i)
      const endGt = end === -1 ? -1 : html.indexOf('>', end)
      i = endGt === -1 ? n : endGt + 1
      continue
    }
    if (BREAK_TAGS.has(name) && (closing || name === 'br' || name === 'hr')) out += '\n'
    // Mastodon separates paragraphs with </p><p>: a blank line reads best.
    if (closing && name === 'p') out += '\n'
  }
  return tidy(out)
}

/** Collapses runs of spaces, trims lines, keeps at most one blank line. */
function tidy(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const kept: string[] = []
  let blank = 0
  for (const raw of lines) {
    const line = raw.replace(/[ \t\f\v\u00a0]+/g, ' ').trim()
    if (line === '') {
      blank++
      if (blank === 1 && kept.length > 0) kept.push('')
      continue
    }
    blank = 0
    kept.push(line)
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop()
  return kept.join('\n')
}
