/**
 * A small CSV reader (RFC 4180: quoted fields, doubled quotes, newlines inside
 * quotes, CRLF) that tolerates bad UTF-8 bytes. Used by the training script and benches.
 */
import { readFileSync } from 'node:fs'

/** Parses CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++ } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field.length === 0) quoted = true
    else if (ch === ',') { row.push(field); field = '' }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      field = ''
      if (row.length > 1 || row[0] !== '') rows.push(row)
      row = []
    } else field += ch
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row) }
  return rows
}

/** Reads a CSV file into objects keyed by its header; bad UTF-8 bytes are dropped. */
export function readCsv(path: string): Record<string, string>[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(path)).replace(/\uFFFD/g, '').replace(/^\uFEFF/, '')
  const [header, ...rows] = parseCsv(text)
  if (header === undefined) return []
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])))
}
