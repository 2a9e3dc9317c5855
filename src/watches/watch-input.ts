/** Validation of watch definitions: API bodies and the CLI's --watch text. */
import { z } from 'zod'
import { normalizeMention } from '../posts/extract.js'
import { sanitizeText } from '../posts/sanitize.js'

const term = z
  .string()
  .transform((s) => sanitizeText(s).trim())
  .pipe(z.string().min(2, 'un terme doit compter au moins 2 caractères').max(120, 'un terme est limité à 120 caractères'))

/** A watch as a counsellor defines it. */
export const watchInputSchema = z
  .object({
    label: term,
    names: z.array(term).max(30, '30 variantes au plus').default([]),
    handles: z
      .array(term.transform(normalizeMention))
      .max(20, '20 comptes au plus')
      .default([]),
    school: term.nullish().transform((v) => v ?? null),
    webhookUrl: z
      .url({ protocol: /^https?$/, error: 'webhookUrl doit être une URL http(s)' })
      .max(2048)
      .nullish()
      .transform((v) => v ?? null),
    webhookSecret: z.string().min(16, 'webhookSecret : 16 caractères au moins').max(256).nullish().transform((v) => v ?? null),
  })
  .strict()

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
