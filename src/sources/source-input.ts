/**
 * Source definitions as people write them (VIGIE_SOURCES entries, REST
 * bodies), validated with zod, then by the watcher of their kind.
 */
import { validate as validCron } from 'node-cron'
import { z } from 'zod'
import { SourceCreate, SourcePatch as SourcePatchBody } from '../../contract/sources.js'
import { isWatcherError, type AnyPolledWatcher } from '../../watchers/index.js'
import { defaultName, defaultSchedule, isStreamKind, knownKinds, validateKindConfig } from './source-kinds.js'

/** A validated definition, ready to store. */
export interface SourceDefinition {
  kind: string
  name: string
  config: Record<string, unknown>
  /** Effective cron expression; null for streaming kinds. */
  schedule: string | null
  /** Undefined: left as is on update, true on insert. */
  enabled?: boolean
}

/** A definition that cannot be used; the message is for people (French). */
export class SourceInputError extends Error {
  override name = 'SourceInputError'
}

const cron = z
  .string({ error: 'doit être une expression cron (texte)' })
  .trim()
  .min(1)
  .max(100)
  .refine((s) => validCron(s), 'expression cron invalide (ex. "*/5 * * * *")')
  .refine((s) => s.split(/\s+/).length === 5, 'cinq champs attendus (minute heure jour mois jour-de-semaine) : au plus une exécution par minute')

const name = z.string({ error: 'doit être une chaîne' }).trim().min(1, 'le nom ne peut pas être vide').max(200, 'nom trop long (200 caractères au plus)')

const jsonObject = z.record(z.string(), z.unknown(), { error: 'doit être un objet JSON' })

/** A VIGIE_SOURCES entry: kind, optional name/schedule/enabled, the rest is config (or a `config` object). */
const entrySchema = z.looseObject({
  kind: z.string({ error: 'obligatoire (jetstream, rss, mastodon-tag…)' }).min(1, 'obligatoire'),
  name: name.optional(),
  schedule: cron.nullable().optional(),
  enabled: z.boolean({ error: 'doit être true ou false' }).optional(),
  config: jsonObject.optional(),
})

/** The cron problems of a schedule (none for null or absent), in French. */
function scheduleIssues(schedule: string | null | undefined): string[] {
  if (typeof schedule !== 'string') return []
  const checked = cron.safeParse(schedule)
  return checked.success ? [] : checked.error.issues.map((i) => i.message)
}

/** Body of POST /api/sources (contract/sources.ts), its cron expression checked. */
export const createSourceSchema = SourceCreate.superRefine((v, ctx) => {
  for (const message of scheduleIssues(v.schedule)) ctx.addIssue({ code: 'custom', message, path: ['schedule'] })
})

/** Body of PATCH /api/sources/:id (contract/sources.ts), its cron expression checked. */
export const patchSourceSchema = SourcePatchBody.superRefine((v, ctx) => {
  for (const message of scheduleIssues(v.schedule)) ctx.addIssue({ code: 'custom', message, path: ['schedule'] })
})

/** The parsed body of PATCH /api/sources/:id. */
export type SourcePatch = z.output<typeof patchSourceSchema>

function zodMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')} : ${i.message}` : i.message))
    .join(' ; ')
}

/** Checks `config` against the watcher of `kind`; throws SourceInputError in French. */
export function checkConfig(registry: ReadonlyMap<string, AnyPolledWatcher>, kind: string, config: Record<string, unknown>): void {
  if (!knownKinds(registry).includes(kind)) {
    throw new SourceInputError(`type de source inconnu « ${kind} » (connus : ${knownKinds(registry).join(', ')})`)
  }
  try {
    validateKindConfig(registry, kind, config)
  } catch (err) {
    if (isWatcherError(err)) throw new SourceInputError(`configuration ${kind} invalide : ${err.message}`, { cause: err })
    throw err
  }
}

/** The schedule to store: none for streams, the given one or the kind's default for polled kinds. */
export function effectiveSchedule(kind: string, schedule: string | null | undefined): string | null {
  if (isStreamKind(kind)) {
    if (schedule) throw new SourceInputError(`une source ${kind} est un flux continu : pas de « schedule »`)
    return null
  }
  return schedule ?? defaultSchedule(kind)
}

/** Validates a definition (a VIGIE_SOURCES entry or a POST body); throws SourceInputError. */
export function parseDefinition(registry: ReadonlyMap<string, AnyPolledWatcher>, raw: unknown): SourceDefinition {
  const parsed = entrySchema.safeParse(raw)
  if (!parsed.success) throw new SourceInputError(zodMessage(parsed.error))
  const { kind, name: given, schedule, enabled, config: nested, ...flat } = parsed.data
  if (nested && Object.keys(flat).length > 0) {
    throw new SourceInputError('mettez les réglages soit dans « config », soit à plat, pas les deux')
  }
  const config: Record<string, unknown> = nested ?? flat
  checkConfig(registry, kind, config)
  const def: SourceDefinition = { kind, name: given ?? defaultName(kind, config), config, schedule: effectiveSchedule(kind, schedule) }
  if (enabled !== undefined) def.enabled = enabled
  return def
}
