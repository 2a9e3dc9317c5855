/**
 * What a case links to. A counsellor links their own watches and those
 * watches' alerts (someone else's answer 404, as everywhere); flags and
 * takedowns are linked by number, as the watch cell gives them.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { CaseLinkInput, CaseLinkKind, CaseLinkView } from '../../contract/cases.js'
import type { Database } from '../db/client.js'
import { alerts, caseLinks, flags, takedowns, watches } from '../db/schema/index.js'
import { categoryLabel } from '../moderation/categories.js'
import { flagStatusLabel } from '../moderation/flag-status.js'
import { takedownStatusLabel } from '../moderation/takedown-status.js'
import { getWatch } from '../watches/watch-service.js'
import { CaseError, requireCase, type CaseViewer } from './case-access.js'
import { recordCaseEvent } from './case-events.js'
import { touchCase } from './case-service.js'
import { nameOf, userNames } from './user-names.js'

const NOT_FOUND: Record<CaseLinkKind, string> = {
  watch: 'veille introuvable',
  alert: 'alerte introuvable',
  flag: 'signalement introuvable',
  takedown: 'demande de retrait introuvable',
}

/** True when the viewer may link this target. */
async function targetVisible(db: Database, viewer: CaseViewer, input: CaseLinkInput): Promise<boolean> {
  const watchViewer = { userId: viewer.userId, admin: viewer.admin }
  switch (input.kind) {
    case 'watch':
      return (await getWatch(db, watchViewer, input.id)) !== undefined
    case 'alert': {
      const [alert] = await db.select({ watchId: alerts.watchId }).from(alerts).where(eq(alerts.id, input.id))
      return alert !== undefined && (await getWatch(db, watchViewer, alert.watchId)) !== undefined
    }
    case 'flag':
      return (await db.select({ id: flags.id }).from(flags).where(eq(flags.id, input.id))).length > 0
    case 'takedown':
      return (await db.select({ id: takedowns.id }).from(takedowns).where(eq(takedowns.id, input.id))).length > 0
  }
}

/** Links a target to a case (idempotent); recorded on the timeline when new. */
export async function linkToCase(db: Database, viewer: CaseViewer, caseId: number, input: CaseLinkInput): Promise<boolean> {
  await requireCase(db, viewer, caseId)
  if (!(await targetVisible(db, viewer, input))) throw new CaseError('not_found', NOT_FOUND[input.kind])
  const added = await db
    .insert(caseLinks)
    .values({ caseId, kind: input.kind, targetId: input.id, linkedBy: viewer.userId })
    .onConflictDoNothing()
    .returning({ caseId: caseLinks.caseId })
  if (added.length === 0) return false
  await recordCaseEvent(db, caseId, viewer.userId, 'case.linked', { kind: input.kind, id: input.id })
  await touchCase(db, caseId)
  return true
}

/** Removes a link; false when there was none. */
export async function unlinkFromCase(db: Database, viewer: CaseViewer, caseId: number, input: CaseLinkInput): Promise<boolean> {
  await requireCase(db, viewer, caseId)
  const removed = await db
    .delete(caseLinks)
    .where(and(eq(caseLinks.caseId, caseId), eq(caseLinks.kind, input.kind), eq(caseLinks.targetId, input.id)))
    .returning({ caseId: caseLinks.caseId })
  if (removed.length === 0) return false
  await recordCaseEvent(db, caseId, viewer.userId, 'case.unlinked', { kind: input.kind, id: input.id })
  await touchCase(db, caseId)
  return true
}

/** The ids a case links to, by kind. */
export async function linkedIds(db: Database, caseId: number): Promise<Record<CaseLinkKind, number[]>> {
  const rows = await db.select({ kind: caseLinks.kind, id: caseLinks.targetId }).from(caseLinks).where(eq(caseLinks.caseId, caseId))
  const out: Record<CaseLinkKind, number[]> = { watch: [], alert: [], flag: [], takedown: [] }
  for (const r of rows) out[r.kind as CaseLinkKind]?.push(r.id)
  return out
}

/** The links of a case, each with a French summary of its target. */
export async function linkViews(db: Database, caseId: number): Promise<CaseLinkView[]> {
  const rows = await db.select().from(caseLinks).where(eq(caseLinks.caseId, caseId)).orderBy(caseLinks.linkedAt)
  const ids = (kind: CaseLinkKind) => rows.filter((r) => r.kind === kind).map((r) => r.targetId)
  const some = <T>(list: number[], q: (l: number[]) => Promise<T[]>) => (list.length === 0 ? Promise.resolve([] as T[]) : q(list))
  const [w, a, f, t, names] = await Promise.all([
    some(ids('watch'), (l) => db.select({ id: watches.id, label: watches.label, active: watches.active }).from(watches).where(inArray(watches.id, l))),
    some(ids('alert'), (l) => db.select({ id: alerts.id, status: alerts.status, hostile: alerts.hostile, firstAt: alerts.firstAt }).from(alerts).where(inArray(alerts.id, l))),
    some(ids('flag'), (l) => db.select({ id: flags.id, category: flags.category, status: flags.status }).from(flags).where(inArray(flags.id, l))),
    some(ids('takedown'), (l) => db.select({ id: takedowns.id, platform: takedowns.platform, status: takedowns.status }).from(takedowns).where(inArray(takedowns.id, l))),
    userNames(db, rows.map((r) => r.linkedBy)),
  ])
  const summary = (kind: CaseLinkKind, id: number): string => {
    if (kind === 'watch') {
      const x = w.find((r) => r.id === id)
      return x ? `veille « ${x.label} »${x.active ? '' : ' (suspendue)'}` : `veille n° ${id} (supprimée)`
    }
    if (kind === 'alert') {
      const x = a.find((r) => r.id === id)
      return x ? `alerte n° ${id} (${x.status === 'open' ? 'ouverte' : 'close'}, ${x.hostile} message(s) hostile(s))` : `alerte n° ${id}`
    }
    if (kind === 'flag') {
      const x = f.find((r) => r.id === id)
      return x ? `signalement n° ${id} (${categoryLabel(x.category)}, ${flagStatusLabel(x.status)})` : `signalement n° ${id}`
    }
    const x = t.find((r) => r.id === id)
    return x ? `demande de retrait n° ${id} (${x.platform}, ${takedownStatusLabel(x.status)})` : `demande de retrait n° ${id}`
  }
  return rows.map((r) => ({
    kind: r.kind as CaseLinkKind,
    id: r.targetId,
    summary: summary(r.kind as CaseLinkKind, r.targetId),
    linkedBy: nameOf(names, r.linkedBy),
    linkedAt: r.linkedAt.toISOString(),
  }))
}
