/**
 * A source as the API and the hub show it: secrets masked, health and the
 * in-memory schedule state (next run, wait) added.
 */
import type { SourceView } from '../../contract/sources.js'
import type { SourceRow } from '../db/schema/index.js'

/** Shown instead of a secret value. */
export const MASK = '••••••'

/** Config keys whose values are secrets (app passwords, tokens). */
const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|cookie/i

/** In-memory state of a source's job, merged into its view. */
export interface SourceRuntime {
  /** Next scheduled run or reconnection. */
  nextRunAt: Date | null
  /** Runs are skipped until then (rate limit or backoff). */
  waitUntil: Date | null
  /** True while a run is in progress or the stream is open. */
  active: boolean
}

/** A runtime as reported in the source's lease (JSON), for the views of the other instances. */
export function runtimeState(runtime: SourceRuntime): Record<string, unknown> {
  return { nextRunAt: runtime.nextRunAt?.toISOString() ?? null, waitUntil: runtime.waitUntil?.toISOString() ?? null, active: runtime.active }
}

/** The runtime another instance reported; none when the state is missing or malformed. */
export function runtimeFromState(state: unknown): SourceRuntime | undefined {
  if (!state || typeof state !== 'object') return undefined
  const s = state as Record<string, unknown>
  const date = (v: unknown) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? new Date(v) : null)
  return { nextRunAt: date(s.nextRunAt), waitUntil: date(s.waitUntil), active: s.active === true }
}

/** What GET /api/sources returns per source (contract/sources.ts). */
export type { SourceView }

/** A URL without its user:password part. */
function redactUrl(value: string): string {
  if (!/^[a-z]+:\/\/[^/]*@/i.test(value)) return value
  try {
    const u = new URL(value)
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return MASK
  }
}

/** A deep copy of `value` with every secret replaced by MASK. */
export function maskSecrets(value: unknown, key = ''): unknown {
  if (key && SECRET_KEY.test(key) && value !== null && value !== undefined && value !== '') return MASK
  if (typeof value === 'string') return redactUrl(value)
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, k)]))
  }
  return value
}

/**
 * A config sent back by a client, with every MASK value replaced by the
 * stored secret (so that editing a source never requires retyping passwords).
 */
export function unmaskSecrets(incoming: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(incoming)) {
    const old = stored[k]
    if (v === MASK) out[k] = old
    else if (v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old)) {
      out[k] = unmaskSecrets(v as Record<string, unknown>, old as Record<string, unknown>)
    } else out[k] = v
  }
  return out
}

/** A one-line summary of a cursor: a Jetstream time, a Mastodon id, an RSS date. */
export function cursorSummary(cursor: unknown): string | null {
  if (cursor === null || cursor === undefined) return null
  if (typeof cursor === 'number') return Number.isFinite(cursor) && cursor > 1e15 ? new Date(cursor / 1000).toISOString() : String(cursor)
  if (typeof cursor === 'string') return cursor.slice(0, 100)
  if (typeof cursor === 'object') {
    const c = cursor as Record<string, unknown>
    for (const key of ['minId', 'newest', 'newestIndexedAt', 'timeUs']) {
      const v = c[key]
      if (typeof v === 'string' || typeof v === 'number') return `${key}=${String(v).slice(0, 100)}`
    }
    return 'oui'
  }
  return null
}

const HEALTHS: readonly string[] = ['ok', 'degraded', 'failing', 'unknown']

const iso = (d: Date | null): string | null => d?.toISOString() ?? null

/** The view of a row, its runtime state and the instance running it (null: none, or a lone process). */
export function sourceView(row: SourceRow, runtime?: SourceRuntime, runner: string | null = null): SourceView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    config: maskSecrets(row.config) as Record<string, unknown>,
    schedule: row.schedule,
    enabled: row.enabled,
    health: (HEALTHS.includes(row.health) ? row.health : 'unknown') as SourceView['health'],
    lastSuccessAt: iso(row.lastSuccessAt),
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    consecutiveFailures: row.consecutiveFailures,
    nextRunAt: row.enabled ? iso(runtime?.nextRunAt ?? null) : null,
    waitUntil: row.enabled ? iso(runtime?.waitUntil ?? null) : null,
    active: runtime?.active ?? false,
    runner,
    cursor: cursorSummary(row.cursor),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
