/**
 * Platform sources (Jetstream, Bluesky search and trends, Mastodon, RSS),
 * their health and schedule. Secrets in configs are shown as « •••••• »;
 * sending that mask back keeps the stored secret.
 */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint } from './endpoint.js'

/** A source with its health and schedule state. */
export const SourceView = z
  .strictObject({
    id: z.number().int(),
    /** `jetstream`, `bluesky-search`, `bluesky-trends`, `mastodon-tag`, `mastodon-trends`, `rss`. */
    kind: z.string(),
    name: z.string(),
    /** The kind's settings, secrets masked. */
    config: z.record(z.string(), z.unknown()),
    /** 5-field cron; null for streams. */
    schedule: z.string().nullable(),
    enabled: z.boolean(),
    /** ok, degraded (1–2 failures or rate-limited), failing (3 or more, or a refused configuration), unknown before the first run. */
    health: z.enum(['ok', 'degraded', 'failing', 'unknown']),
    lastSuccessAt: DateTime.nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: DateTime.nullable(),
    consecutiveFailures: z.number().int(),
    nextRunAt: DateTime.nullable(),
    /** Runs are skipped until then (rate limit or backoff). */
    waitUntil: DateTime.nullable(),
    /** A run is in progress, or the stream is open (as the instance running the source reports it). */
    active: z.boolean(),
    /** The instance running the source (several instances on one PostgreSQL: the holder of its lease), null when none does. */
    runner: z.string().nullable(),
    /** Where the watcher resumes, summarised. */
    cursor: z.string().nullable(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .meta({ id: 'SourceView' })
export type SourceView = z.infer<typeof SourceView>

/** What a run did (POST /api/sources/:id/run). */
export const RunResult = z.strictObject({
  status: z.enum(['ok', 'failed', 'skipped']),
  /** Why a run was skipped. */
  reason: z.enum(['rate-limited', 'backoff', 'config', 'disabled', 'stopped']).optional(),
  /** Posts the watcher returned (duplicates included). */
  fetched: z.number().int(),
  /** Trend rows stored. */
  trends: z.number().int(),
  durationMs: z.number(),
  error: z.string().optional(),
  /** Runs are skipped until then. */
  waitUntil: DateTime.optional(),
})
export type RunResult = z.infer<typeof RunResult>

/** 5-field cron (minute hour day month weekday); the server checks the expression itself. */
const schedule = z.string({ error: 'doit être une expression cron (texte)' }).trim().min(1).max(100)

const name = z.string({ error: 'doit être une chaîne' }).trim().min(1, 'le nom ne peut pas être vide').max(200, 'nom trop long (200 caractères au plus)')

const jsonObject = z.record(z.string(), z.unknown(), { error: 'doit être un objet JSON' })

const enabled = z.boolean({ error: 'doit être true ou false' })

/** French message for keys a strict body does not know. */
const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `champ inconnu : ${(issue.keys ?? []).join(', ')}` : undefined,
}

/** A new source: its kind, optional name and schedule, and the kind's settings in `config`. */
export const SourceCreate = z.strictObject(
  {
    kind: z.string({ error: 'obligatoire (jetstream, rss, mastodon-tag…)' }).min(1, 'obligatoire'),
    name: name.optional(),
    schedule: schedule.nullable().optional(),
    enabled: enabled.optional(),
    config: jsonObject.default({}),
  },
  unknownKeys,
)
export type SourceCreate = z.input<typeof SourceCreate>

/** A source change: at least one field. */
export const SourcePatch = z
  .strictObject(
    {
      name: name.optional(),
      schedule: schedule.nullable().optional(),
      enabled: enabled.optional(),
      config: jsonObject.optional(),
    },
    unknownKeys,
  )
  .refine((p) => Object.keys(p).length > 0, 'rien à modifier (name, schedule, enabled ou config)')
export type SourcePatch = z.input<typeof SourcePatch>

const sourceBody = z.strictObject({ source: SourceView })
const sourceId = idParams('identifiant de source invalide')

export const listSources = endpoint({
  tag: 'sources',
  method: 'get',
  path: '/api/sources',
  summary: 'Les sources et leur santé',
  responses: { 200: z.strictObject({ sources: z.array(SourceView) }) },
})

export const createSource = endpoint({
  tag: 'sources',
  method: 'post',
  path: '/api/sources',
  summary: 'Ajoute une source et la démarre',
  body: SourceCreate,
  responses: { 201: sourceBody },
  errors: { 409: 'nom déjà pris' },
})

export const getSource = endpoint({
  tag: 'sources',
  method: 'get',
  path: '/api/sources/:id',
  summary: 'Une source',
  params: sourceId,
  responses: { 200: sourceBody },
  errors: { 404: 'source introuvable' },
})

export const patchSource = endpoint({
  tag: 'sources',
  method: 'patch',
  path: '/api/sources/:id',
  summary: 'Modifie une source et la replanifie',
  params: sourceId,
  body: SourcePatch,
  responses: { 200: sourceBody },
  errors: { 404: 'source introuvable', 409: 'nom déjà pris' },
})

export const deleteSource = endpoint({
  tag: 'sources',
  method: 'delete',
  path: '/api/sources/:id',
  summary: 'Arrête et supprime une source (ses publications restent)',
  params: sourceId,
  responses: { 204: null },
  errors: { 404: 'source introuvable' },
})

export const runSource = endpoint({
  tag: 'sources',
  method: 'post',
  path: '/api/sources/:id/run',
  summary: 'Lance une source interrogée maintenant',
  params: sourceId,
  responses: { 200: z.strictObject({ result: RunResult }) },
  errors: { 404: 'source introuvable', 409: 'flux continu ou source désactivée : rien à lancer' },
})
