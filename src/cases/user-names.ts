/** User names by id, in one query. */
import { inArray } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { users } from '../db/schema/index.js'

/** Names of the given user ids (unknown ids are absent). */
export async function userNames(db: Database, ids: Iterable<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** A name for display: the user's, or « #id » when the account is gone, or « système » for null. */
export function nameOf(names: Map<number, string>, id: number | null): string {
  return id === null ? 'système' : (names.get(id) ?? `#${id}`)
}
