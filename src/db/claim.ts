/**
 * Claiming work rows across instances: the rows are picked with
 * `FOR UPDATE SKIP LOCKED` (two instances never pick the same one) and held
 * by a lease column (`now() + lease`, the database's clock) so that a row
 * whose instance died mid-work becomes claimable again once the lease has
 * passed. Used by the outbox and the URL capture queue.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

/** The database time `ms` milliseconds from now (a lease's end). */
export function leaseUntil(ms: number): SQL {
  return sql`now() + ${Math.max(0, Math.round(ms))} * interval '1 millisecond'`
}

/** True for a row nobody holds: never claimed, or its lease has passed. */
export function leaseFree(claimedUntil: AnyPgColumn): SQL {
  return sql`(${claimedUntil} is null or ${claimedUntil} < now())`
}

/**
 * The ids of up to `limit` rows matching `where`, oldest first, locked for
 * this transaction and skipping rows another transaction is claiming; use
 * it as `update … where id in (claimable)` so pick and claim are one statement.
 */
export function claimableIds(table: string, id: string, where: SQL, limit: number): SQL {
  return sql`select ${sql.identifier(id)} from ${sql.identifier(table)} where ${where} order by ${sql.identifier(id)} limit ${limit} for update skip locked`
}
