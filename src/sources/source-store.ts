/** Reading and writing source rows: CRUD, seeding upserts, cursors and health. */
import { asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { sources, type SourceRow } from '../db/schema/index.js'
import type { SourceHealth } from './source-health.js'
import type { SourceDefinition } from './source-input.js'

/** Thrown when a name is already taken. */
export class DuplicateSourceError extends Error {
  override name = 'DuplicateSourceError'
}

/** JSON with sorted keys, to compare configs whatever jsonb did to key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Every source, oldest first. */
export async function listSources(db: Database): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.id))
}

/** One source, or undefined. */
export async function getSource(db: Database, id: number): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id))
  return row
}

/** Number of sources. */
export async function countSources(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sources)
  return row?.n ?? 0
}

/** Inserts a new source; throws DuplicateSourceError when the name is taken. */
export async function insertSource(db: Database, def: SourceDefinition): Promise<SourceRow> {
  const [row] = await db
    .insert(sources)
    .values({ kind: def.kind, name: def.name, config: def.config, schedule: def.schedule, enabled: def.enabled ?? true })
    .onConflictDoNothing({ target: sources.name })
    .returning()
  if (!row) throw new DuplicateSourceError(`une source nommée « ${def.name} » existe déjà`)
  return row
}

/**
 * Inserts or updates the source named `def.name`. A changed kind or config
 * resets the cursor (except Jetstream's time cursor) and the failure state.
 */
export async function upsertSource(db: Database, def: SourceDefinition): Promise<{ row: SourceRow; changed: boolean }> {
  const [existing] = await db.select().from(sources).where(eq(sources.name, def.name))
  if (!existing) return { row: await insertSource(db, def), changed: true }
  const patch = definitionPatch(existing, def)
  if (Object.keys(patch).length === 0) return { row: existing, changed: false }
  const [row] = await db.update(sources).set({ ...patch, updatedAt: new Date() }).where(eq(sources.id, existing.id)).returning()
  if (!row) throw new Error(`source ${existing.id} vanished during upsert`)
  return { row, changed: true }
}

/** The columns to change so that `row` matches `def` (empty when it already does). */
export function definitionPatch(row: SourceRow, def: Partial<SourceDefinition>): Partial<typeof sources.$inferInsert> {
  const patch: Partial<typeof sources.$inferInsert> = {}
  const kind = def.kind ?? row.kind
  const kindChanged = kind !== row.kind
  const configChanged = def.config !== undefined && stableJson(def.config) !== stableJson(row.config)
  if (kindChanged) patch.kind = kind
  if (def.name !== undefined && def.name !== row.name) patch.name = def.name
  if (configChanged) patch.config = def.config
  if (def.schedule !== undefined && def.schedule !== row.schedule) patch.schedule = def.schedule
  if (def.enabled !== undefined && def.enabled !== row.enabled) patch.enabled = def.enabled
  if (kindChanged || configChanged) {
    // Cursors are positions in one feed; Jetstream's time_us is valid on every instance.
    if (kindChanged || kind !== 'jetstream') patch.cursor = null
    patch.health = 'unknown'
    patch.consecutiveFailures = 0
    patch.lastError = null
    patch.lastErrorAt = null
  }
  return patch
}

/** Applies a patch to a source; returns the new row (undefined if gone). */
export async function updateSource(db: Database, id: number, patch: Partial<typeof sources.$inferInsert>): Promise<SourceRow | undefined> {
  const [row] = await db.update(sources).set({ ...patch, updatedAt: new Date() }).where(eq(sources.id, id)).returning()
  return row
}

/** Deletes a source; true when it existed. */
export async function deleteSource(db: Database, id: number): Promise<boolean> {
  const rows = await db.delete(sources).where(eq(sources.id, id)).returning({ id: sources.id })
  return rows.length > 0
}

/** After a successful run: the new cursor, health ok, failures reset. */
export async function recordSuccess(db: Database, id: number, cursor: unknown, at: Date): Promise<SourceRow | undefined> {
  const [row] = await db
    .update(sources)
    .set({ cursor: cursor ?? null, health: 'ok', consecutiveFailures: 0, lastSuccessAt: at, updatedAt: at })
    .where(eq(sources.id, id))
    .returning()
  return row
}

/** After a failed run: health, last error and one more consecutive failure. */
export async function recordFailure(
  db: Database,
  id: number,
  failure: { health: SourceHealth; error: string; failures: number; at: Date },
): Promise<SourceRow | undefined> {
  const [row] = await db
    .update(sources)
    .set({ health: failure.health, lastError: failure.error, lastErrorAt: failure.at, consecutiveFailures: failure.failures, updatedAt: failure.at })
    .where(eq(sources.id, id))
    .returning()
  return row
}

/** Saves a stream cursor alone (health untouched). */
export async function saveCursor(db: Database, id: number, cursor: unknown): Promise<void> {
  await db.update(sources).set({ cursor: cursor ?? null }).where(eq(sources.id, id))
}

/** Writes a stream's health fields. */
export async function saveStreamHealth(
  db: Database,
  id: number,
  h: { health: SourceHealth; failures: number; error?: string; at: Date; success: boolean },
): Promise<SourceRow | undefined> {
  const set: Partial<typeof sources.$inferInsert> = { health: h.health, consecutiveFailures: h.failures, updatedAt: h.at }
  if (h.error !== undefined) {
    set.lastError = h.error
    set.lastErrorAt = h.at
  }
  if (h.success) set.lastSuccessAt = h.at
  const [row] = await db.update(sources).set(set).where(eq(sources.id, id)).returning()
  return row
}
