/**
 * Matches stored posts against victim watches and keeps one alert per watch
 * per episode: opened by the first hostile match (or a pile-on on a watched
 * handle), then updated with counts — never one ping per post.
 */
import { and, eq, sql } from 'drizzle-orm'
import { compileWatch, matchWatches, type CompiledWatch } from '../../classifiers/waves/name-match.js'
import { queryRows, type Database } from '../db/client.js'
import { alerts, type AlertRow, type WatchRow } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { PostStage } from '../pipeline/pipeline.js'
import type { StoredPost } from '../types.js'
import { scenarioNow } from '../waves/signals.js'
import type { WaveTracker } from '../waves/wave-tracker.js'
import { alertView } from './alert-view.js'
import { activeWatches } from './watch-service.js'
import type { WebhookSender } from './webhook.js'

/** Hours of scenario time without a hostile match after which an episode ends. */
export const ALERT_EPISODE_HOURS = 6

/** Longest a watch change made elsewhere waits before this instance sees it, in ms. */
const RELOAD_MS = 30_000

interface WatchBatch {
  posts: number
  hostile: number
  firstHostileAt: Date | null
  lastAt: Date
}

/** The watch matcher and alert grouper, run by the pipeline after the wave tracker. */
export class WatchStage implements PostStage {
  readonly name = 'watches'
  private compiled: CompiledWatch[] = []
  private byId = new Map<number, WatchRow>()
  /** Wall-clock time of the last reload (0: never). */
  private loadedAt = 0

  constructor(
    private readonly db: Database,
    private readonly hub: Hub,
    private readonly log: Logger,
    private readonly webhooks: WebhookSender,
    private readonly waves?: WaveTracker,
  ) {}

  /** Reloads the active watches (after a change here or in another process). */
  async reload(): Promise<void> {
    const rows = await activeWatches(this.db)
    this.byId = new Map(rows.map((w) => [w.id, w]))
    this.compiled = rows.map((w) =>
      compileWatch({ id: String(w.id), names: w.names, handles: w.handles, school: w.school ?? undefined }),
    )
    this.loadedAt = Date.now()
  }

  async afterStore(batch: readonly StoredPost[]): Promise<void> {
    // Watches changed by another instance are picked up within RELOAD_MS.
    if (Date.now() - this.loadedAt > RELOAD_MS) await this.reload()
    if (this.compiled.length === 0) return
    const now = scenarioNow(batch)
    const matched: Array<{ watch_id: number; post_id: number; term: string; hostile: boolean; posted_at: string }> = []
    for (const post of batch) {
      for (const m of firstPerWatch(matchWatches(this.compiled, post))) {
        matched.push({
          watch_id: Number(m.watchId),
          post_id: Number(post.dbId),
          term: m.term,
          hostile: post.verdict.harassment,
          posted_at: post.createdAt.toISOString(),
        })
      }
    }
    const perWatch = new Map<number, WatchBatch>()
    if (matched.length > 0) {
      const inserted = await queryRows<{ watch_id: number; hostile: boolean; posted_at: Date | string }>(
        this.db,
        sql`insert into watch_matches (watch_id, post_id, term, hostile, posted_at)
            select * from jsonb_to_recordset(${JSON.stringify(matched)}::jsonb)
              as x(watch_id int, post_id bigint, term text, hostile boolean, posted_at timestamptz)
            on conflict do nothing
            returning watch_id, hostile, posted_at`,
      )
      for (const r of inserted) {
        const at = new Date(r.posted_at)
        const w = perWatch.get(r.watch_id) ?? { posts: 0, hostile: 0, firstHostileAt: null, lastAt: at }
        w.posts++
        if (r.hostile) {
          w.hostile++
          if (!w.firstHostileAt || at < w.firstHostileAt) w.firstHostileAt = at
        }
        if (at > w.lastAt) w.lastAt = at
        perWatch.set(r.watch_id, w)
      }
    }
    for (const [watchId, w] of perWatch) await this.record(watchId, w)
    for (const wave of this.waves?.openedInLastBatch ?? []) {
      if (wave.kind !== 'target') continue
      for (const watch of this.byId.values()) {
        if (watch.handles.includes(wave.key)) await this.pileOn(watch.id, wave.id, wave.openedAt)
      }
    }
    await this.closeQuiet(now)
  }

  private async openAlert(watchId: number): Promise<AlertRow | undefined> {
    const [row] = await this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.watchId, watchId), eq(alerts.status, 'open')))
    return row
  }

  private async record(watchId: number, w: WatchBatch): Promise<void> {
    const open = await this.openAlert(watchId)
    if (open) {
      const [row] = await this.db
        .update(alerts)
        .set({
          posts: sql`${alerts.posts} + ${w.posts}`,
          hostile: sql`${alerts.hostile} + ${w.hostile}`,
          lastAt: w.lastAt > open.lastAt ? w.lastAt : open.lastAt,
          updatedAt: new Date(),
        })
        .where(eq(alerts.id, open.id))
        .returning()
      if (row) this.announce('alert.updated', row)
      return
    }
    if (!w.firstHostileAt) return // matches without hostility raise no alert
    await this.insert(watchId, { firstAt: w.firstHostileAt, lastAt: w.lastAt, posts: w.posts, hostile: w.hostile, waveId: null })
  }

  private async pileOn(watchId: number, waveId: number, at: Date): Promise<void> {
    const open = await this.openAlert(watchId)
    if (open) {
      if (open.waveId === waveId) return
      const [row] = await this.db
        .update(alerts)
        .set({ waveId, updatedAt: new Date() })
        .where(eq(alerts.id, open.id))
        .returning()
      if (row) this.announce('alert.updated', row)
      return
    }
    await this.insert(watchId, { firstAt: at, lastAt: at, posts: 0, hostile: 0, waveId })
  }

  private async insert(
    watchId: number,
    a: { firstAt: Date; lastAt: Date; posts: number; hostile: number; waveId: number | null },
  ): Promise<void> {
    // The alert and its webhook are one transaction: neither exists without the other.
    const row = await this.db.transaction(async (tx) => {
      const [made] = await tx
        .insert(alerts)
        .values({ watchId, status: 'open', ...a })
        .onConflictDoNothing({ target: alerts.watchId, where: sql`status = 'open'` })
        .returning()
      if (made) await this.hook(tx, 'alert.opened', made)
      return made
    })
    if (row) {
      this.log.info({ alert: row.id, watch: watchId }, 'alert opened')
      this.announce('alert.opened', row)
      return
    }
    // Another writer opened it meanwhile: add to theirs.
    await this.record(watchId, { posts: a.posts, hostile: a.hostile, firstHostileAt: a.firstAt, lastAt: a.lastAt })
  }

  private announce(type: 'alert.opened' | 'alert.updated' | 'alert.closed', row: AlertRow): void {
    this.hub.publish({ type, alert: alertView(row) })
    if (type !== 'alert.updated' && this.byId.get(row.watchId)?.webhookUrl) this.webhooks.wake()
  }

  /** Queues the watch's webhook for an opened or closed alert, inside the transaction that opens or closes it. */
  private async hook(tx: Database, type: 'alert.opened' | 'alert.closed', row: AlertRow): Promise<void> {
    const watch = this.byId.get(row.watchId)
    if (!watch?.webhookUrl) return
    await this.webhooks.enqueue(tx, {
      key: `webhook:alert:${row.id}:${type === 'alert.opened' ? 'opened' : 'closed'}`,
      subject: `watch:${watch.id}`,
      url: watch.webhookUrl,
      secret: { watchId: watch.id },
      payload: { event: type, watch: { id: watch.id, label: watch.label }, alert: alertView(row) },
    })
  }

  private async closeQuiet(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - ALERT_EPISODE_HOURS * 3_600_000)
    const closed = await this.db.transaction(async (tx) => {
      const rows = await tx
        .update(alerts)
        .set({ status: 'closed', updatedAt: new Date() })
        .where(and(eq(alerts.status, 'open'), sql`${alerts.lastAt} < ${cutoff.toISOString()}::timestamptz`))
        .returning()
      for (const row of rows) await this.hook(tx, 'alert.closed', row)
      return rows
    })
    for (const row of closed) this.announce('alert.closed', row)
  }
}

function firstPerWatch<T extends { watchId: string }>(matches: readonly T[]): T[] {
  const seen = new Set<string>()
  return matches.filter((m) => !seen.has(m.watchId) && seen.add(m.watchId))
}
