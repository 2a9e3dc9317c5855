/** Opening, listing, changing and sharing cases. */
import { and, count, desc, eq, inArray } from 'drizzle-orm'
import type { CaseInput, CasePatch, CaseView } from '../../contract/cases.js'
import type { Database } from '../db/client.js'
import { caseFiles, caseMembers, cases, users, type CaseRow } from '../db/schema/index.js'
import { canManage, CaseError, requireCase, requireManager, visibleTo, type CaseViewer } from './case-access.js'
import { recordCaseEvent } from './case-events.js'
import { nameOf, userNames } from './user-names.js'

/** Opens a case owned by the viewer. */
export async function createCase(db: Database, viewer: CaseViewer, input: CaseInput): Promise<CaseRow> {
  const [row] = await db
    .insert(cases)
    .values({
      label: input.label,
      ageBand: input.ageBand,
      academie: input.academie ?? null,
      school: input.school ?? null,
      notes: input.notes ?? '',
      victimName: input.victimName ?? null,
      ownerId: viewer.userId,
    })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordCaseEvent(db, row.id, viewer.userId, 'case.opened')
  return row
}

/** Cases the viewer may see, most recently changed first. */
export async function listCases(db: Database, viewer: CaseViewer, status: 'open' | 'closed' | 'all'): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(and(visibleTo(viewer), status === 'all' ? undefined : eq(cases.status, status)))
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(1000)
}

/** Views of case rows, in order (members, names and file counts in three queries). */
export async function caseViews(db: Database, viewer: CaseViewer, rows: readonly CaseRow[]): Promise<CaseView[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [members, fileCounts] = await Promise.all([
    db
      .select({ caseId: caseMembers.caseId, id: users.id, name: users.name })
      .from(caseMembers)
      .innerJoin(users, eq(users.id, caseMembers.userId))
      .where(inArray(caseMembers.caseId, ids))
      .orderBy(users.name),
    db.select({ caseId: caseFiles.caseId, n: count() }).from(caseFiles).where(inArray(caseFiles.caseId, ids)).groupBy(caseFiles.caseId),
  ])
  const names = await userNames(
    db,
    rows.map((r) => r.ownerId),
  )
  const filesBy = new Map(fileCounts.map((f) => [f.caseId, Number(f.n)]))
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    ageBand: r.ageBand as CaseView['ageBand'],
    academie: r.academie,
    school: r.school,
    notes: r.notes,
    victimName: r.victimName,
    status: r.status as CaseView['status'],
    legalHold: r.legalHold,
    owner: { id: r.ownerId, name: nameOf(names, r.ownerId) },
    members: members.filter((m) => m.caseId === r.id).map((m) => ({ id: m.id, name: m.name })),
    files: filesBy.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    canManage: canManage(viewer, r),
  }))
}

/** One case's view, or not_found. */
export async function caseView(db: Database, viewer: CaseViewer, id: number): Promise<CaseView> {
  const [view] = await caseViews(db, viewer, [await requireCase(db, viewer, id)])
  if (!view) throw new Error('case view missing')
  return view
}

/**
 * Changes a case the viewer may see. Closing, reopening and setting the
 * legal hold are for its owner and admins; lifting the hold is for admins
 * only (it lets retention and erasure remove the case). Each is recorded on
 * the timeline. Returns the names of the fields that changed (never their
 * values).
 */
export async function updateCase(db: Database, viewer: CaseViewer, id: number, patch: CasePatch): Promise<string[]> {
  return db.transaction(async (tx) => {
    const row = await requireCase(tx, viewer, id)
    const [locked] = await tx.select().from(cases).where(eq(cases.id, row.id)).for('update')
    if (!locked) throw new CaseError('not_found', 'dossier introuvable')
    const set: Partial<CaseRow> = {}
    const changed: string[] = []
    for (const key of ['label', 'ageBand', 'academie', 'school', 'notes', 'victimName'] as const) {
      const value = patch[key]
      if (value !== undefined && value !== locked[key]) {
        Object.assign(set, { [key]: value })
        changed.push(key)
      }
    }
    if (patch.status !== undefined && patch.status !== locked.status) {
      requireManager(viewer, locked, patch.status === 'closed' ? 'clore le dossier' : 'rouvrir le dossier')
      set.status = patch.status
      if (patch.status === 'closed') set.closedAt = new Date()
      changed.push('status')
      await recordCaseEvent(tx, id, viewer.userId, patch.status === 'closed' ? 'case.closed' : 'case.reopened')
    }
    if (patch.legalHold !== undefined && patch.legalHold !== locked.legalHold) {
      if (!patch.legalHold && !viewer.admin) throw new CaseError('forbidden', 'seul un administrateur peut lever la conservation légale')
      requireManager(viewer, locked, 'mettre le dossier sous conservation légale')
      set.legalHold = patch.legalHold
      changed.push('legalHold')
      await recordCaseEvent(tx, id, viewer.userId, 'case.hold', { on: patch.legalHold })
    }
    if (changed.length > 0) await tx.update(cases).set({ ...set, updatedAt: new Date() }).where(eq(cases.id, id))
    return changed
  })
}

/** Marks a case changed (a file, a link, a referent alert). */
export async function touchCase(db: Database, id: number): Promise<void> {
  await db.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, id))
}

/** Shares a case with an active counsellor (or admin), by name; returns their id. */
export async function addMember(db: Database, viewer: CaseViewer, id: number, name: string): Promise<number> {
  const row = await requireCase(db, viewer, id)
  requireManager(viewer, row, 'partager le dossier')
  const [user] = await db.select().from(users).where(eq(users.name, name))
  if (!user || user.disabled || (user.role !== 'counsellor' && user.role !== 'admin')) {
    throw new CaseError('bad_request', 'aucun écoutant actif de ce nom')
  }
  if (user.id === row.ownerId) throw new CaseError('conflict', 'c’est le titulaire du dossier')
  const added = await db
    .insert(caseMembers)
    .values({ caseId: id, userId: user.id, addedBy: viewer.userId })
    .onConflictDoNothing()
    .returning({ userId: caseMembers.userId })
  if (added.length > 0) {
    await recordCaseEvent(db, id, viewer.userId, 'case.shared', { userId: user.id })
    await touchCase(db, id)
  }
  return user.id
}

/** Stops sharing a case with a user; false when they were not a member. */
export async function removeMember(db: Database, viewer: CaseViewer, id: number, userId: number): Promise<boolean> {
  const row = await requireCase(db, viewer, id)
  requireManager(viewer, row, 'retirer un partage')
  const removed = await db
    .delete(caseMembers)
    .where(and(eq(caseMembers.caseId, id), eq(caseMembers.userId, userId)))
    .returning({ userId: caseMembers.userId })
  if (removed.length === 0) return false
  await recordCaseEvent(db, id, viewer.userId, 'case.unshared', { userId })
  await touchCase(db, id)
  return true
}
