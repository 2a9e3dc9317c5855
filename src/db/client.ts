/**
 * Opens the database: embedded PGlite (default) or a PostgreSQL server
 * through postgres.js, behind one drizzle type, and applies migrations.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import type { DatabaseConfig } from '../config/config.js'
import { projectRoot } from '../project-root.js'
import { acquireDataDirLock } from './data-dir-lock.js'
import { LOCKS } from './locks.js'
import * as schema from './schema/index.js'

/** The drizzle database, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

/** An open database and what the service needs around it. */
export interface DatabaseHandle {
  db: Database
  driver: DatabaseConfig['driver']
  /** Runs raw SQL and returns its rows, on either driver. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>
  /** The PGlite instance, when that is the driver (LISTEN/NOTIFY, dumps). */
  pglite?: PGlite
  /**
   * LISTENs on `channel` (a dedicated connection on PostgreSQL, re-established
   * after a drop; notifications sent while it was down are lost, so callers
   * also poll). Resolves with the function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
  /** Closes connections and releases the data folder lock. */
  close(): Promise<void>
}

/** The folder of committed drizzle-kit migrations. */
export function migrationsFolder(): string {
  return join(projectRoot(), 'src', 'db', 'migrations')
}

/** Extensions PGlite is always opened with (the same list every time). */
const PGLITE_EXTENSIONS = { pg_trgm }

/** Opens the database described by `cfg` and brings its schema up to date. */
export async function openDatabase(cfg: DatabaseConfig): Promise<DatabaseHandle> {
  return cfg.driver === 'postgres' ? openPostgres(cfg.url) : openPglite(cfg.dataDir, cfg.template)
}

async function openPglite(dataDir: string | null, template?: Blob): Promise<DatabaseHandle> {
  let release = () => {}
  let client: PGlite
  if (dataDir) {
    const root = resolve(dataDir)
    mkdirSync(root, { recursive: true })
    release = acquireDataDirLock(join(root, 'vigie.lock'))
    try {
      client = await PGlite.create(join(root, 'pglite'), { extensions: PGLITE_EXTENSIONS })
    } catch (err) {
      release()
      throw err
    }
  } else {
    client = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: template })
  }
  const db = drizzlePglite(client, { schema })
  try {
    await migratePglite(db, { migrationsFolder: migrationsFolder() })
  } catch (err) {
    await client.close()
    release()
    throw err
  }
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    pglite: client,
    rows: (query) => queryRows(db as unknown as Database, query),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload)
      return async () => {
        if (!client.closed) await stop()
      }
    },
    async close() {
      try {
        if (!client.closed) await client.close()
      } finally {
        release()
      }
    },
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const options = { onnotice: () => {}, connection: { application_name: 'vigie' } }
  // Migrate on one dedicated connection holding an advisory lock, so that
  // several instances starting together migrate once.
  const migrator = postgres(url, { ...options, max: 1 })
  try {
    await migrator`select pg_advisory_lock(${LOCKS.migrate})`
    await migratePostgres(drizzlePostgres(migrator, { schema }), { migrationsFolder: migrationsFolder() })
    await migrator`select pg_advisory_unlock(${LOCKS.migrate})`
  } finally {
    await migrator.end()
  }
  const client = postgres(url, { ...options, max: 10 })
  const db = drizzlePostgres(client, { schema })
  return {
    db: db as unknown as Database,
    driver: 'postgres',
    rows: (query) => queryRows(db as unknown as Database, query),
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload)
      return async () => {
        await unlisten().catch(() => {})
      }
    },
    async close() {
      await client.end({ timeout: 5 })
    },
  }
}

/** A dump of an in-memory PGlite database, to open copies of it quickly (tests). */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  if (!handle.pglite) throw new Error('dumpPglite needs a PGlite database')
  return handle.pglite.dumpDataDir('none')
}

/** Runs raw SQL through drizzle and returns its rows, whichever the driver. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown
  return (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[]
}

/** True when the database answers. */
export async function ping(handle: DatabaseHandle): Promise<boolean> {
  try {
    await handle.rows(sql`select 1 as ok`)
    return true
  } catch {
    return false
  }
}
