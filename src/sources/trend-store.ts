/** Trend snapshots: stored after each trends run, read as the latest ranking per platform. */
import { and, asc, eq, max, sql } from 'drizzle-orm'
import type { Trend } from '../../watchers/index.js'
import type { TrendSnapshot, TrendTopic } from '../../contract/trends.js'
import type { Database } from '../db/client.js'
import { trends } from '../db/schema/index.js'

/** A snapshot and its topics as the API shows them (contract/trends.ts). */
export type { TrendSnapshot, TrendTopic }

/** Stores a snapshot (a repeated run at the same instant is ignored); returns rows written. */
export async function insertTrends(db: Database, sourceId: number, list: readonly Trend[]): Promise<number> {
  if (list.length === 0) return 0
  const rows = await db
    .insert(trends)
    .values(
      list.map((t) => ({
        platform: t.platform,
        topic: t.topic.slice(0, 500),
        displayName: t.displayName?.slice(0, 500) ?? null,
        rank: t.rank,
        postCount: t.postCount ?? null,
        accounts: t.accounts ?? null,
        startedAt: t.startedAt ?? null,
        observedAt: t.observedAt,
        url: t.url?.slice(0, 2_000) ?? null,
        sourceId,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: trends.id })
  return rows.length
}

/** The latest snapshot of each platform (or of one), top `limit` topics each. */
export async function latestTrends(db: Database, opts: { platform?: string; limit: number }): Promise<TrendSnapshot[]> {
  const latest = await db
    .select({ platform: trends.platform, observedAt: max(trends.observedAt) })
    .from(trends)
    .where(opts.platform ? eq(trends.platform, opts.platform) : undefined)
    .groupBy(trends.platform)
    .orderBy(asc(trends.platform))
  const out: TrendSnapshot[] = []
  for (const { platform, observedAt } of latest) {
    if (!observedAt) continue
    const rows = await db
      .select()
      .from(trends)
      .where(and(eq(trends.platform, platform), eq(trends.observedAt, observedAt)))
      .orderBy(asc(trends.rank), asc(trends.id))
      .limit(opts.limit)
    out.push({
      platform,
      observedAt: observedAt.toISOString(),
      sourceId: rows[0]?.sourceId ?? null,
      topics: rows.map((r) => ({
        topic: r.topic,
        displayName: r.displayName,
        rank: r.rank,
        postCount: r.postCount,
        accounts: r.accounts,
        startedAt: r.startedAt?.toISOString() ?? null,
        url: r.url,
      })),
    })
  }
  return out
}

/** Deletes snapshots older than `before` (retention); returns rows removed. */
export async function pruneTrends(db: Database, before: Date): Promise<number> {
  const rows = await db.delete(trends).where(sql`${trends.observedAt} < ${before}`).returning({ id: trends.id })
  return rows.length
}

/** The topics of a just-stored snapshot, for the hub. */
export function trendTopics(list: readonly Trend[]): TrendTopic[] {
  return list.map((t) => ({
    topic: t.topic,
    displayName: t.displayName ?? null,
    rank: t.rank,
    postCount: t.postCount ?? null,
    accounts: t.accounts ?? null,
    startedAt: t.startedAt?.toISOString() ?? null,
    url: t.url ?? null,
  }))
}

