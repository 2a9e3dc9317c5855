/**
 * Review with four eyes: a reviewer claims a flag, then confirms or rejects
 * it. The flag's author can never claim or decide it (admins included);
 * deciding needs the claim. Each step is one conditional UPDATE, so of two
 * reviewers racing for a flag exactly one wins.
 */
import { and, eq, ne } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log.js'
import { flags, posts, type FlagRow, type TakedownRow } from '../db/schema/index.js'
import type { Database } from '../db/client.js'
import type { Actor, ModerationDeps } from './deps.js'
import { ModerationError } from './errors.js'
import { findFlag, flagView } from './flag-service.js'
import { flagStatusLabel } from './flag-status.js'
import { insertTakedowns, isPlatformReport, publishTakedowns } from './takedown-service.js'
import type { FlagView, TakedownView } from './views.js'

const FOUR_EYES = 'Vous ne pouvez pas relire votre propre signalement : une autre personne doit le vérifier (principe des quatre yeux).'

async function userName(db: Database, id: number | null): Promise<string> {
  if (id === null) return 'quelqu’un'
  const view = await db.query.users.findFirst({ where: (u, { eq: is }) => is(u.id, id), columns: { name: true } })
  return view?.name ?? 'quelqu’un'
}

/** Why `actor` could not act on `flagId`: 404, four eyes (403) or a conflict (409). */
async function refusal(db: Database, actor: Actor, flagId: number, wanted: 'claim' | 'release' | 'decide'): Promise<ModerationError | FlagRow> {
  const row = await findFlag(db, flagId)
  if (!row) return new ModerationError('not_found', 'signalement introuvable')
  if (row.flaggedBy === actor.id && wanted !== 'release') return new ModerationError('four_eyes', FOUR_EYES)
  if (row.status === 'claimed' && row.claimedBy !== actor.id) {
    return new ModerationError('conflict', `signalement déjà pris en charge par ${await userName(db, row.claimedBy)}`)
  }
  if (row.status === 'claimed' && wanted === 'claim') return row // already ours: nothing to do
  if (row.status === 'pending' && wanted === 'decide') {
    return new ModerationError('conflict', 'prenez d’abord ce signalement en charge avant de décider')
  }
  return new ModerationError('conflict', `signalement ${flagStatusLabel(row.status)} : action impossible`)
}

async function publishFlag(deps: ModerationDeps, row: FlagRow): Promise<FlagView> {
  const view = await flagView(deps.db, row)
  deps.hub.publish({ type: 'flag.updated', flag: view })
  return view
}

/** Claims a pending flag for review. */
export async function claimFlag(deps: ModerationDeps, actor: Actor, flagId: number): Promise<FlagView> {
  const now = new Date()
  const [row] = await deps.db
    .update(flags)
    .set({ status: 'claimed', claimedBy: actor.id, claimedAt: now, updatedAt: now })
    .where(and(eq(flags.id, flagId), eq(flags.status, 'pending'), ne(flags.flaggedBy, actor.id)))
    .returning()
  if (!row) {
    const why = await refusal(deps.db, actor, flagId, 'claim')
    if (why instanceof ModerationError) throw why
    return flagView(deps.db, why)
  }
  await appendAudit(deps.db, { actor: actor.name, action: 'flag.claim', subject: `flag:${flagId}` })
  return publishFlag(deps, row)
}

/** Gives a claimed flag back to the queue: its holder, or an admin for a claim left behind. */
export async function releaseFlag(deps: ModerationDeps, actor: Actor, flagId: number): Promise<FlagView> {
  const now = new Date()
  const holder = actor.role === 'admin' ? undefined : eq(flags.claimedBy, actor.id)
  const [row] = await deps.db
    .update(flags)
    .set({ status: 'pending', claimedBy: null, claimedAt: null, updatedAt: now })
    .where(and(eq(flags.id, flagId), eq(flags.status, 'claimed'), holder))
    .returning()
  if (!row) {
    const why = await refusal(deps.db, actor, flagId, 'release')
    throw why instanceof ModerationError ? why : new ModerationError('conflict', 'ce signalement n’est pas pris en charge')
  }
  await appendAudit(deps.db, { actor: actor.name, action: 'flag.release', subject: `flag:${flagId}` })
  return publishFlag(deps, row)
}

/**
 * Confirms or rejects a flag the actor holds. Confirming creates its
 * takedown requests in the same transaction, with their platform reports
 * queued in the outbox (`enqueue`); the outbox sends them in the background.
 */
export async function decideFlag(
  deps: ModerationDeps,
  actor: Actor,
  flagId: number,
  input: { decision: 'confirm' | 'reject'; note?: string | undefined },
  enqueue: (tx: Database, made: TakedownRow[], actor: string) => Promise<void>,
): Promise<{ flag: FlagView; takedowns: TakedownView[] }> {
  const now = new Date()
  const cfg = deps.config()
  const done = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(flags)
      .set({
        status: input.decision === 'confirm' ? 'confirmed' : 'rejected',
        decidedBy: actor.id,
        decidedAt: now,
        decisionNote: input.note ?? null,
        updatedAt: now,
      })
      .where(and(eq(flags.id, flagId), eq(flags.status, 'claimed'), eq(flags.claimedBy, actor.id), ne(flags.flaggedBy, actor.id)))
      .returning()
    if (!row) return null
    let made: TakedownRow[] = []
    if (input.decision === 'confirm') {
      const [post] = await tx.select({ platform: posts.platform }).from(posts).where(eq(posts.id, row.postId))
      made = await insertTakedowns(tx, row, post?.platform ?? 'unknown', actor, cfg, now)
      await enqueue(tx, made, actor.name)
    }
    return { row, made }
  })
  if (!done) {
    const why = await refusal(deps.db, actor, flagId, 'decide')
    throw why instanceof ModerationError ? why : new ModerationError('conflict', 'décision impossible')
  }
  const { row, made } = done
  await appendAudit(deps.db, {
    actor: actor.name,
    action: input.decision === 'confirm' ? 'flag.confirm' : 'flag.reject',
    subject: `flag:${flagId}`,
    details: { takedowns: made.map((t) => t.id) },
  })
  for (const t of made) {
    await appendAudit(deps.db, {
      actor: actor.name,
      action: 'takedown.request',
      subject: `takedown:${t.id}`,
      details: { flagId, channel: t.channel, postId: String(t.postId) },
    })
  }
  const flag = await publishFlag(deps, row)
  const takedowns = await publishTakedowns(deps.db, deps.hub, made)
  return { flag, takedowns }
}
