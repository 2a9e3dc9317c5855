/**
 * Detects hashtag waves and pile-ons as posts are stored: updates the
 * aggregates, reassesses the signals the batch touched, opens, updates and
 * closes waves, and publishes every change on the hub. All windows run on
 * scenario time (the posts' createdAt).
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import { isGroupTargetingTag } from '../../classifiers/waves/hashtag-key.js'
import { assessWave, CLOSE_AFTER_QUIET_MINUTES, WAVE_RULES, wavePhase, waveReasons, type WaveAssessment } from '../../classifiers/waves/wave-score.js'
import { queryRows, type Database } from '../db/client.js'
import { posts as postsTable, waves, type WaveRow } from '../db/schema/index.js'
import type { Hub } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { PostStage } from '../pipeline/pipeline.js'
import { postView, storedPostView, type PostView } from '../posts/post-view.js'
import type { StoredPost } from '../types.js'
import { addToAggregates } from './aggregates.js'
import { scenarioNow, signalId, signalsOf, type Signal } from './signals.js'
import { waveView } from './wave-view.js'
import { baselineMinutesFor, PHASE_MINUTES, readFigures, WINDOW_MINUTES, type SignalFigures } from './window-stats.js'

type Touched = { kind: Signal['kind']; key: string; posts: StoredPost[]; hostile: number }
type WithSignals = { post: StoredPost; signals: Signal[] }
type PendingUpdate = {
  wave: WaveRow
  posts: StoredPost[]
  /** Figures and assessment of the latest slice. */
  figures: SignalFigures
  assessment: WaveAssessment
  score: number
  peak: { at: Date; posts: number } | null
}

/** The signals a slice touches, with their posts and hostile counts. */
function touchedBy(slice: readonly WithSignals[]): Map<string, Touched> {
  const touched = new Map<string, Touched>()
  for (const { post, signals } of slice) {
    for (const s of signals) {
      const id = signalId(s)
      const t = touched.get(id) ?? { kind: s.kind, key: s.key, posts: [], hostile: 0 }
      if (t.posts.at(-1) !== post) {
        t.posts.push(post)
        if (post.verdict.harassment) t.hostile++
      }
      touched.set(id, t)
    }
  }
  return touched
}

/** The wave detector, run by the pipeline on each batch of new posts. */
export class WaveTracker implements PostStage {
  readonly name = 'waves'
  /** Waves opened by the last batch (the watch stage reads it). */
  openedInLastBatch: WaveRow[] = []

  constructor(
    private readonly db: Database,
    private readonly hub: Hub,
    private readonly log: Logger,
  ) {}

  async afterStore(batch: readonly StoredPost[]): Promise<void> {
    this.openedInLastBatch = []
    // Waves already quiet for 30 minutes before this batch's first post close first: a post hours later starts a new wave.
    if (batch.length === 0) return
    await this.closeQuiet(new Date(Math.min(...batch.map((p) => p.createdAt.getTime()))))
    const [replyAuthors, handles] = await Promise.all([this.replyAuthors(batch), this.currentHandles(batch)])
    const withSignals = batch.map((post) => ({ post, signals: signalsOf(post, replyAuthors, handles) }))
    // Aggregates are additive: one write for the whole batch. The figures of
    // each slice only read minutes and first appearances up to its own time.
    await addToAggregates(this.db, withSignals)
    const open = await this.openWavesFor(withSignals.flatMap((p) => p.signals))

    // A batch can span minutes of scenario time (a fast replay of a quiet
    // hour): it is assessed slice by slice, so that detection delay does not
    // depend on the batch size, with the figures of every slice read at once.
    const slices = timeSlices(withSignals, SLICE_MS).map((slice) => {
      const now = scenarioNow(slice.map((p) => p.post))
      const candidates = [...touchedBy(slice).values()].filter(
        (t) => t.hostile > 0 || open.has(signalId(t)) || (t.kind === 'hashtag' && isGroupTargetingTag(t.key)),
      )
      return { now, candidates }
    })
    const requests = slices.flatMap(({ now, candidates }) => candidates.map((t) => ({ kind: t.kind, key: t.key, now })))
    const figures = await readFigures(this.db, requests)

    const pending = new Map<string, PendingUpdate>()
    let i = 0
    for (const { now, candidates } of slices) {
      for (const t of candidates) {
        const f = figures[i++]
        if (!f) continue
        const id = signalId(t)
        const a = assessWave({
          kind: t.kind,
          ...f,
          baselineMinutes: baselineMinutesFor(t.kind),
          windowMinutes: WINDOW_MINUTES,
          groupTargeting: t.kind === 'hashtag' && isGroupTargetingTag(t.key),
        })
        const wave = open.get(id)
        if (wave) {
          const p = pending.get(id) ?? { wave, posts: [], figures: f, assessment: a, score: a.score, peak: null }
          p.posts.push(...t.posts)
          p.figures = f
          p.assessment = a
          p.score = Math.max(p.score, a.score)
          if (f.peakMinute && f.peakPosts > (p.peak?.posts ?? 0)) p.peak = { at: f.peakMinute, posts: f.peakPosts }
          pending.set(id, p)
        } else if (a.harassment) {
          const opened = await this.open(t, f, a, now)
          if (opened) open.set(id, opened)
        }
      }
    }
    for (const p of pending.values()) await this.update(p)
    await this.closeQuiet(scenarioNow(batch))
  }

  /** Authors of the posts the batch replies to (already stored ones). */
  private async replyAuthors(batch: readonly StoredPost[]): Promise<Map<string, string>> {
    const keys = new Map<string, { platform: string; id: string }>()
    for (const p of batch) if (p.replyTo) keys.set(`${p.platform}\u0000${p.replyTo}`, { platform: p.platform, id: p.replyTo })
    if (keys.size === 0) return new Map()
    // (platform, external_id) so that the unique index serves the lookup; the
    // author under its current handle when known (a post stored under its DID).
    const rows = await queryRows<{ external_id: string; author: string }>(
      this.db,
      sql`select p.external_id, coalesce(ai.handle, p.author) as author from posts p
          join jsonb_to_recordset(${JSON.stringify([...keys.values()])}::jsonb) as x(platform text, id text)
            on p.platform = x.platform and p.external_id = x.id
          left join account_identities ai on ai.platform = p.platform and ai.account_id = p.author_id`,
    )
    return new Map(rows.map((r) => [r.external_id, r.author]))
  }

  /** Current handles of the account ids (DIDs) the batch names as mentions or authors. */
  private async currentHandles(batch: readonly StoredPost[]): Promise<Map<string, string>> {
    const ids = new Set<string>()
    for (const p of batch) {
      for (const m of p.mentions) if (m.startsWith('did:')) ids.add(m)
      if (p.authorId?.startsWith('did:')) ids.add(p.authorId.toLowerCase())
    }
    if (ids.size === 0) return new Map()
    const rows = await queryRows<{ account_id: string; handle: string }>(
      this.db,
      sql`select account_id, handle from account_identities
          where platform = 'bluesky' and handle is not null and account_id in (select jsonb_array_elements_text(${JSON.stringify([...ids])}::jsonb))`,
    )
    return new Map(rows.map((r) => [r.account_id, r.handle]))
  }

  private async openWavesFor(signals: readonly Signal[]): Promise<Map<string, WaveRow>> {
    const unique = new Map(signals.map((s) => [signalId(s), { kind: s.kind, key: s.key }]))
    if (unique.size === 0) return new Map()
    const keys = JSON.stringify([...unique.values()])
    const rows = await this.db
      .select()
      .from(waves)
      .where(
        and(
          ne(waves.status, 'closed'),
          sql`(${waves.kind}, ${waves.key}) in (select kind, key from jsonb_to_recordset(${keys}::jsonb) as x(kind text, key text))`,
        ),
      )
    return new Map(rows.map((w) => [signalId(w), w]))
  }

  private async open(t: Touched, f: SignalFigures, a: WaveAssessment, now: Date): Promise<WaveRow | undefined> {
    const peakAt = f.peakMinute ?? now
    const [row] = await queryRows<{ id: number }>(
      this.db,
      sql`insert into waves (kind, key, status, onset_at, opened_at, peak_at, peak_per_minute, last_post_at, score, reasons, stats)
          values (${t.kind}, ${t.key}, 'emerging', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz,
                  ${peakAt.toISOString()}::timestamptz, ${f.peakPosts}, ${now.toISOString()}::timestamptz, ${a.score},
                  ${pgTextArray(a.reasons)}::text[], ${JSON.stringify(statsOf(f, a))}::jsonb)
          on conflict (kind, key) where status <> 'closed' do nothing
          returning id`,
    )
    if (!row) {
      // Another writer opened it meanwhile: treat this slice as an update.
      const [existing] = await this.db
        .select()
        .from(waves)
        .where(and(eq(waves.kind, t.kind), eq(waves.key, t.key), ne(waves.status, 'closed')))
      return existing
    }
    const linkedIds = await this.linkEpisode(row.id, t, now)
    // Counts, onset and last post from the linked posts, once.
    const [counts] = await queryRows<{ hostile_authors: number; new_authors: number }>(
      this.db,
      sql`with a as (
            select coalesce(p.author_id, p.author) as author, bool_or(p.harassment) as hostile,
              bool_or(p.author_created_at is not null and p.created_at - p.author_created_at < interval '1 day' * ${WAVE_RULES.newAccountDays}) as fresh
            from wave_posts wp join posts p on p.id = wp.post_id where wp.wave_id = ${row.id} group by 1
          ),
          c as (
            select count(*)::int as posts, (count(*) filter (where p.harassment))::int as hostile,
              min(p.created_at) as onset, max(p.created_at) as last
            from wave_posts wp join posts p on p.id = wp.post_id where wp.wave_id = ${row.id}
          )
          update waves w set posts = c.posts, hostile = c.hostile, onset_at = coalesce(c.onset, w.onset_at),
            last_post_at = coalesce(c.last, w.last_post_at), authors = (select count(*)::int from a)
          from c where w.id = ${row.id}
          returning (select count(*) filter (where hostile) from a)::int as hostile_authors,
            (select count(*) filter (where fresh) from a)::int as new_authors`,
    )
    const opened = counts ? await this.withReasons(row.id, t, f, a, Number(counts.hostile_authors), Number(counts.new_authors)) : undefined
    if (!opened) return undefined
    this.openedInLastBatch.push(opened)
    this.log.info({ wave: opened.id, kind: opened.kind, key: opened.key, score: opened.score }, 'wave opened')
    this.hub.publish({ type: 'wave.opened', wave: waveView(opened) })
    await this.publishPosts(opened.id, linkedIds, t.posts)
    return opened
  }

  /** Links the batch's posts to an open wave and moves counts, peak, phase and score forward. */
  private async update(p: PendingUpdate): Promise<void> {
    const { wave, figures: f, assessment: a } = p
    const linked = await this.linkPosts(wave.id, p.posts)
    if (linked.length === 0) return
    await this.publishPosts(wave.id, linked, p.posts)
    const hostileById = new Map(p.posts.map((post) => [post.dbId, post.verdict.harassment]))
    const hostile = linked.filter((id) => hostileById.get(id)).length
    const last = new Date(Math.max(wave.lastPostAt.getTime(), ...p.posts.map((post) => post.createdAt.getTime())))
    const peak = p.peak && p.peak.posts > wave.peakPerMinute ? { peakAt: p.peak.at, peakPerMinute: p.peak.posts } : {}
    const phase = wavePhase({
      hostileTotal: wave.hostile + hostile,
      recentPosts: f.recentPosts,
      previousPosts: f.previousPosts,
      peakPerMinute: Math.max(wave.peakPerMinute, p.peak?.posts ?? 0),
      quietMinutes: 0,
      halfMinutes: PHASE_MINUTES,
    })
    // The wave's authors since its onset, from the aggregates (indexed).
    const [authors] = await queryRows<{ authors: number; hostile_authors: number; new_authors: number }>(
      this.db,
      sql`select count(*)::int as authors,
            (count(*) filter (where a.hostile_at >= ${wave.onsetAt.toISOString()}::timestamptz))::int as hostile_authors,
            (count(*) filter (where a.new_account))::int as new_authors
          from signal_authors a
          where a.kind = ${wave.kind} and a.key = ${wave.key} and a.last_at >= ${wave.onsetAt.toISOString()}::timestamptz
            and a.first_at <= ${last.toISOString()}::timestamptz`,
    )
    const [updated] = await this.db
      .update(waves)
      .set({
        posts: sql`${waves.posts} + ${linked.length}`,
        hostile: sql`${waves.hostile} + ${hostile}`,
        authors: sql`greatest(${waves.authors}, ${Number(authors?.authors ?? 0)})`,
        lastPostAt: last,
        status: phase === 'closed' ? wave.status : phase,
        score: Math.max(wave.score, p.score),
        stats: statsOf(f, a),
        ...peak,
        updatedAt: new Date(),
      })
      .where(eq(waves.id, wave.id))
      .returning({ id: waves.id })
    if (!updated) return
    const row = await this.withReasons(wave.id, wave, f, a, Number(authors?.hostile_authors ?? 0), Number(authors?.new_authors ?? 0))
    if (row) this.hub.publish({ type: 'wave.updated', wave: waveView(row) })
  }

  /**
   * Writes a wave's reasons from its own figures, as just stored (the same
   * posts, hostile share and authors its header shows), and returns the row.
   */
  private async withReasons(
    id: number, s: { kind: string; key: string }, f: SignalFigures, a: WaveAssessment, hostileAuthors: number, newAccountAuthors: number,
  ): Promise<WaveRow | undefined> {
    const [w] = await this.db.select().from(waves).where(eq(waves.id, id))
    if (!w) return undefined
    const reasons = waveReasons({
      kind: s.kind === 'target' ? 'target' : 'hashtag',
      posts: w.posts,
      hostile: w.hostile,
      authors: w.authors,
      hostileAuthors: Math.min(hostileAuthors, w.authors),
      newAccountAuthors: Math.min(newAccountAuthors, w.authors),
      groupTargeting: s.kind === 'hashtag' && isGroupTargetingTag(s.key),
      growth: a.growth,
      windowPosts: f.posts,
      windowMinutes: WINDOW_MINUTES,
      pileOn: a.pileOn,
    })
    const [row] = await this.db.update(waves).set({ reasons }).where(eq(waves.id, id)).returning()
    return row
  }

  /** Links the posts of the window that led to the opening; returns the dbIds linked. */
  private async linkEpisode(waveId: number, t: Touched, now: Date): Promise<string[]> {
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString()
    const until = now.toISOString()
    const match =
      t.kind === 'hashtag'
        ? sql`p.hashtags && (select coalesce(array_agg(variant), '{}') from signal_variants v where v.kind = 'hashtag' and v.key = ${t.key})`
        : // The target by handle or by any account id that handle belongs to.
          sql`(p.mentions && (array[${t.key}]::text[] || coalesce((select array_agg(ai.account_id) from account_identities ai where ai.handle = ${t.key}), '{}'::text[]))
              or p.reply_to in (select external_id from posts r where r.author = ${t.key}
                or r.author_id in (select ai.account_id from account_identities ai where ai.handle = ${t.key})))`
    const episode = await queryRows<{ post_id: unknown }>(
      this.db,
      sql`insert into wave_posts (wave_id, post_id)
          select ${waveId}, p.id from posts p
          where p.created_at > ${since}::timestamptz and p.created_at <= ${until}::timestamptz and ${match}
          on conflict do nothing
          returning post_id`,
    )
    const batch = await this.linkPosts(waveId, t.posts)
    return [...episode.map((r) => String(r.post_id)), ...batch]
  }

  /**
   * Publishes `wave.posts` for posts newly linked to a wave: the batch's own
   * posts as they are, older ones (an opening episode) read back; in
   * createdAt order, at most WAVE_POSTS_PER_EVENT per event.
   */
  private async publishPosts(waveId: number, linkedIds: readonly string[], atHand: readonly StoredPost[]): Promise<void> {
    if (linkedIds.length === 0) return
    const known = new Map(atHand.map((p) => [p.dbId, p]))
    const views: PostView[] = []
    const missing: number[] = []
    for (const id of new Set(linkedIds)) {
      const post = known.get(id)
      if (post) views.push(storedPostView(post))
      else missing.push(Number(id))
    }
    for (let i = 0; i < missing.length; i += 1000) {
      const rows = await this.db.select().from(postsTable).where(inArray(postsTable.id, missing.slice(i, i + 1000)))
      views.push(...rows.map(postView))
    }
    views.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : Number(a.id) - Number(b.id)))
    for (let i = 0; i < views.length; i += WAVE_POSTS_PER_EVENT) {
      this.hub.publish({ type: 'wave.posts', waveId, posts: views.slice(i, i + WAVE_POSTS_PER_EVENT) })
    }
  }

  /** Links posts to a wave; returns the dbIds newly linked. */
  private async linkPosts(waveId: number, posts: readonly StoredPost[]): Promise<string[]> {
    if (posts.length === 0) return []
    const ids = JSON.stringify(posts.map((p) => Number(p.dbId)))
    const rows = await queryRows<{ post_id: unknown }>(
      this.db,
      sql`insert into wave_posts (wave_id, post_id)
          select ${waveId}, x.id::bigint from jsonb_array_elements_text(${ids}::jsonb) as x(id)
          on conflict do nothing
          returning post_id`,
    )
    return rows.map((r) => String(r.post_id))
  }

  /** Closes waves with no post for CLOSE_AFTER_QUIET_MINUTES of scenario time. */
  private async closeQuiet(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - CLOSE_AFTER_QUIET_MINUTES * 60_000)
    const closed = await this.db
      .update(waves)
      .set({ status: 'closed', closedAt: now, updatedAt: new Date() })
      .where(and(ne(waves.status, 'closed'), sql`${waves.lastPostAt} < ${cutoff.toISOString()}::timestamptz`))
      .returning()
    for (const w of closed) this.hub.publish({ type: 'wave.closed', wave: waveView(w) })
  }
}

/** Posts carried by one `wave.posts` event, at most (an opening episode can link hundreds). */
const WAVE_POSTS_PER_EVENT = 200

/** Scenario time covered by one assessment, at most. */
const SLICE_MS = 15_000

/** Splits items (by their post's createdAt) into consecutive slices of at most `ms` of scenario time. */
export function timeSlices<T extends { post: StoredPost }>(items: readonly T[], ms: number): T[][] {
  const sorted = [...items].sort((a, b) => a.post.createdAt.getTime() - b.post.createdAt.getTime())
  const slices: T[][] = []
  let current: T[] = []
  let start = 0
  for (const p of sorted) {
    const t = p.post.createdAt.getTime()
    if (current.length > 0 && t - start >= ms) {
      slices.push(current)
      current = []
    }
    if (current.length === 0) start = t
    current.push(p)
  }
  if (current.length > 0) slices.push(current)
  return slices
}

function statsOf(f: SignalFigures, a: WaveAssessment): Record<string, number> {
  return {
    windowPosts: f.posts,
    windowHostile: f.hostile,
    windowAuthors: f.authors,
    hostileAuthors: f.hostileAuthors,
    newAccountAuthors: f.newAccountAuthors,
    baselinePosts: f.baselinePosts,
    baselineHostile: f.baselineHostile,
    surprise: Math.round(a.surprise * 10) / 10,
    growth: Number.isFinite(a.growth) ? Math.round(a.growth * 100) / 100 : -1,
    ...(a.pileOn
      ? {
          expectedHostileShare: Math.round(a.pileOn.expectedShare * 1000) / 1000,
          usualHostile: Math.round(a.pileOn.usualHostile * 100) / 100,
          pileOnEvidence: Math.round(a.pileOn.evidence * 10) / 10,
          pileOnVolume: Math.round(Math.min(a.pileOn.volume, 99) * 10) / 10,
        }
      : {}),
  }
}

/** A PostgreSQL text[] literal (quoted, escaped). */
function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}
