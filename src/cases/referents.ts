/** The académie referents directory: admins keep it, counsellors pick from it. */
import { asc, eq } from 'drizzle-orm'
import type { ReferentInput, ReferentView } from '../../contract/cases.js'
import type { Database } from '../db/client.js'
import { referents, type ReferentRow } from '../db/schema/index.js'
import { CaseError } from './case-access.js'

/** A referent row as served. */
export function referentView(r: ReferentRow): ReferentView {
  return { id: r.id, academie: r.academie, name: r.name, email: r.email, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }
}

/** Every referent, by académie then name. */
export async function listReferents(db: Database): Promise<ReferentRow[]> {
  return db.select().from(referents).orderBy(asc(referents.academie), asc(referents.name), asc(referents.id))
}

/** One referent, or not_found. */
export async function getReferent(db: Database, id: number): Promise<ReferentRow> {
  const [row] = await db.select().from(referents).where(eq(referents.id, id))
  if (!row) throw new CaseError('not_found', 'référent introuvable')
  return row
}

export async function createReferent(db: Database, input: ReferentInput): Promise<ReferentRow> {
  const [row] = await db.insert(referents).values(input).returning()
  if (!row) throw new Error('insert returned no row')
  return row
}

export async function updateReferent(db: Database, id: number, patch: Partial<ReferentInput>): Promise<ReferentRow> {
  const [row] = await db
    .update(referents)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(referents.id, id))
    .returning()
  if (!row) throw new CaseError('not_found', 'référent introuvable')
  return row
}

export async function deleteReferent(db: Database, id: number): Promise<void> {
  const rows = await db.delete(referents).where(eq(referents.id, id)).returning({ id: referents.id })
  if (rows.length === 0) throw new CaseError('not_found', 'référent introuvable')
}
