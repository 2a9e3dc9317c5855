/** Validation of watch definitions: API bodies (contract/watches.ts) and the CLI's --watch text. */
import type { z } from 'zod'
import { WatchCreate, WatchPatch } from '../../contract/watches.js'
import { normalizeMention } from '../posts/extract.js'
import { sanitizeText } from '../posts/sanitize.js'

/** The text fields of a watch, cleaned for storage: no NUL or lone surrogate, handles without '@' and lower-case. */
function clean<T extends { label?: string | undefined; names?: string[] | undefined; handles?: string[] | undefined; school?: string | null | undefined }>(w: T): T {
  const out = { ...w }
  if (out.label !== undefined) out.label = sanitizeText(out.label)
  if (out.names !== undefined) out.names = out.names.map(sanitizeText)
  if (out.handles !== undefined) out.handles = out.handles.map((h) => normalizeMention(sanitizeText(h)))
  if (typeof out.school === 'string') out.school = sanitizeText(out.school)
  return out
}

/** A watch as a counsellor defines it, cleaned. */
export const watchInputSchema = WatchCreate.transform(clean)

/** A watch change, cleaned (zod fills defaults for fields not sent: keep only the sent ones). */
export const watchPatchSchema = WatchPatch.transform(clean)

export type WatchInput = z.output<typeof watchInputSchema>

/**
 * Parses the CLI form "Display Name, variant, @handle": the first entry is
 * the label, entries starting with '@' are handles, the rest name variants.
 */
export function parseWatchSpec(spec: string): WatchInput {
  const parts = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
  const [label, ...rest] = parts
  if (!label || label.startsWith('@')) throw new Error(`--watch « ${spec} » : commencez par le nom affiché`)
  return watchInputSchema.parse({
    label,
    names: rest.filter((s) => !s.startsWith('@')),
    handles: rest.filter((s) => s.startsWith('@')),
  })
}
