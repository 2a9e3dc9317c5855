/**
 * The dashboard event journal shared by every instance on one database.
 *
 * An instance appends its events in batches, one statement per batch (one
 * round trip): it reserves the next ids from the `cluster_event_state` row
 * (its row lock serialises the writers, so ids are contiguous and committed
 * in order), inserts the frames (the id put in front of each frame's body by
 * the database), prunes the oldest and NOTIFYs. Every instance (the writer too) LISTENs, reads the rows after
 * the last id it saw, in order, and hands them to its broadcaster; a poll
 * every second covers a notification lost while the listening connection was
 * down. A reader that finds the next id already pruned reports a gap, never
 * skips silently.
 */
import { randomBytes } from 'node:crypto'
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm'
import type { Role } from '../auth/roles.js'
import type { DatabaseHandle } from '../db/client.js'
import { clusterEvents, clusterEventState } from '../db/schema/index.js'
import type { Logger } from '../logger.js'
import { frameWithId, type Audience, type JournalEntry } from '../server/ws-journal.js'

/** The NOTIFY channel of new events (payload: the latest id). */
export const EVENTS_CHANNEL = 'vigie_events'
/** The NOTIFY channel of ended sessions (payload: JSON `{tokenHash?, userId?}`). */
export const SESSIONS_CHANNEL = 'vigie_sessions'

/** Events read per query. */
const READ_PAGE = 2_000
/** Events waiting to be written beyond which the oldest are dropped (the database is unreachable). */
const MAX_PENDING = 50_000

/** What receives the journal, in id order: the broadcaster of this instance. */
export interface SharedEventsReceiver {
  entries(entries: JournalEntry[]): void
  /** Entries up to `lastId` were pruned before this instance read them: its clients cannot be served exactly. */
  gap(lastId: number): void
  /** A session ended on some instance: close its sockets. */
  sessionEnded(ended: { tokenHash?: string; userId?: number }): void
}

/** Settings; tests shorten them. */
export interface SharedEventsOptions {
  /** Events kept in the table (default 10,000). */
  keep?: number
  /** Safety poll period in ms (default 1,000). */
  pollMs?: number
}

interface Pending {
  type: string
  audience: Audience
  /** The frame's JSON without its id (`{"at":…}`): the id goes in front once reserved. */
  body: string
}

function entryOf(row: { id: number; type: string; roles: string[]; userId: number | null; userIds: number[]; frame: string }): JournalEntry {
  const audience: Audience = { roles: row.roles as Role[], userId: row.userId, ...(row.userIds.length > 0 ? { userIds: row.userIds } : {}) }
  return { id: row.id, type: row.type, audience, frame: Buffer.from(row.frame, 'utf8') }
}

/** One instance's view of the shared journal. */
export class SharedEvents {
  /** The journal's epoch: the same on every instance and across restarts of this database. */
  epoch = ''
  private lastSeen = 0
  private readonly keep: number
  private readonly pollMs: number
  private receiver: SharedEventsReceiver | undefined
  private pending: Pending[] = []
  private writing = false
  private writeRetryMs = 0
  private queuedRead: Promise<void> | null = null
  private readChain: Promise<void> = Promise.resolve()
  private readonly stops: Array<() => Promise<void>> = []
  private timer: NodeJS.Timeout | undefined
  private closed = false
  private idleWaiters: Array<() => void> = []

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly log: Logger,
    opts: SharedEventsOptions = {},
  ) {
    this.keep = opts.keep ?? 10_000
    this.pollMs = opts.pollMs ?? 1_000
  }

  /** Reads (or creates) the journal state and starts listening. */
  async start(): Promise<void> {
    const { db } = this.handle
    await db.insert(clusterEventState).values({ id: 1, epoch: randomBytes(9).toString('base64url'), lastId: 0 }).onConflictDoNothing()
    const [state] = await db.select().from(clusterEventState).where(eq(clusterEventState.id, 1))
    if (!state) throw new Error('cluster_event_state: missing row')
    this.epoch = state.epoch
    this.lastSeen = state.lastId
    // The payload is the latest id written: nothing to read when this instance has it already (its own writes).
    this.stops.push(
      await this.handle.listen(EVENTS_CHANNEL, (payload) => {
        if (!(Number(payload) <= this.lastSeen)) void this.poll()
      }),
    )
    this.stops.push(
      await this.handle.listen(SESSIONS_CHANNEL, (payload) => {
        try {
          const ended = JSON.parse(payload) as { tokenHash?: unknown; userId?: unknown }
          this.receiver?.sessionEnded({
            ...(typeof ended.tokenHash === 'string' ? { tokenHash: ended.tokenHash } : {}),
            ...(typeof ended.userId === 'number' ? { userId: ended.userId } : {}),
          })
        } catch (err) {
          this.log.warn({ err }, 'cluster: malformed session notification')
        }
      }),
    )
    this.timer = setInterval(() => void this.poll(), this.pollMs).unref()
  }

  /** The latest id this instance has read (its broadcaster's journal starts after it). */
  get lastId(): number {
    return this.lastSeen
  }

  /** Sets the receiver and reads what is new. */
  attach(receiver: SharedEventsReceiver): void {
    this.receiver = receiver
    void this.poll()
  }

  /**
   * Queues an event; it gets its id when written (batched with the others of
   * this turn). `body` is its JSON object without the id (see `frameWithId`).
   */
  append(type: string, audience: Audience, body: string): void {
    if (this.closed) return
    this.pending.push({ type, audience, body })
    if (this.pending.length > MAX_PENDING) {
      const dropped = this.pending.splice(0, this.pending.length - MAX_PENDING)
      this.log.error({ dropped: dropped.length }, 'cluster: events dropped, the database does not answer')
    }
    if (!this.writing) {
      this.writing = true
      setImmediate(() => void this.write())
    }
  }

  /** Tells every instance that a session ended. */
  async sessionEnded(ended: { tokenHash?: string; userId?: number }): Promise<void> {
    await this.handle.rows(sql`select pg_notify(${SESSIONS_CHANNEL}, ${JSON.stringify(ended)})`)
  }

  /** Resolves once every event appended so far is written (tests, shutdown). */
  async idle(): Promise<void> {
    if (!this.writing && this.pending.length === 0) return
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
  }

  /** Reads every entry committed so far (a read started after this call). */
  catchUp(): Promise<void> {
    return this.poll()
  }

  /**
   * The entries with `after` < id <= `upTo`, from the table; 'too_old' when
   * the first of them was already pruned.
   */
  async read(after: number, upTo: number): Promise<JournalEntry[] | 'too_old'> {
    if (upTo <= after) return []
    const rows = await this.handle.db
      .select()
      .from(clusterEvents)
      .where(and(gt(clusterEvents.id, after), lte(clusterEvents.id, upTo)))
      .orderBy(asc(clusterEvents.id))
    if (rows[0]?.id !== after + 1 || rows.length !== upTo - after) return 'too_old'
    return rows.map(entryOf)
  }

  /** Stops listening and polling; pending events are written first. */
  async close(): Promise<void> {
    await this.idle()
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    for (const stop of this.stops.splice(0)) await stop()
    this.receiver = undefined
  }

  private async write(): Promise<void> {
    while (this.pending.length > 0 && !this.closed) {
      const batch = this.pending.slice(0, 1_000)
      try {
        const lastId = await this.insert(batch)
        this.pending.splice(0, batch.length)
        this.deliverOwn(batch, lastId)
        this.writeRetryMs = 0
      } catch (err) {
        if (this.closed) break
        this.writeRetryMs = Math.min(5_000, Math.max(50, this.writeRetryMs * 2))
        this.log.error({ err, events: batch.length, retryMs: this.writeRetryMs }, 'cluster: events not written, retrying')
        await new Promise((r) => setTimeout(r, this.writeRetryMs))
      }
    }
    this.writing = false
    for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  /**
   * Writes a batch in one statement: ids reserved under the state row's lock
   * (held until the statement commits, so batches commit in id order), rows
   * inserted with `{"id":<id>,` put in front of each body, the oldest pruned
   * (a batch longer than the journal keeps only its last `keep` rows), the
   * other instances notified (at commit).
   */
  private async insert(batch: readonly Pending[]): Promise<number> {
    const rows = JSON.stringify(
      batch.map((p, i) => ({ i, type: p.type, roles: p.audience.roles, user_id: p.audience.userId, user_ids: p.audience.userIds ?? [], tail: p.body.slice(1) })),
    )
    const n = batch.length
    const [state] = await this.handle.rows<{ last_id: number | string }>(sql`
      with s as (
        update cluster_event_state set last_id = last_id + ${n} where id = 1 returning last_id
      ), ins as (
        insert into cluster_events (id, type, roles, user_id, user_ids, frame)
        select s.last_id - ${n} + 1 + x.i, x.type, x.roles, x.user_id, x.user_ids, '{"id":' || (s.last_id - ${n} + 1 + x.i) || ',' || x.tail
        from s, jsonb_to_recordset(${rows}::jsonb) as x(i integer, type text, roles text[], user_id integer, user_ids integer[], tail text)
        where x.i >= ${n - this.keep}
      ), del as (
        delete from cluster_events where id <= (select last_id from s) - ${this.keep}
      )
      select last_id, pg_notify(${EVENTS_CHANNEL}, last_id::text) from s`)
    if (!state) throw new Error('cluster_event_state: missing row')
    return Number(state.last_id)
  }

  /**
   * Hands this instance's own batch (ids up to `lastId`) to its receiver
   * without reading it back, when it follows what was read; else reads the
   * table (another instance's events came first). In the read chain, so in
   * id order with the reads.
   */
  private deliverOwn(batch: readonly Pending[], lastId: number): void {
    const first = lastId - batch.length + 1
    this.readChain = this.readChain.then(async () => {
      const receiver = this.receiver
      if (!receiver || this.closed || this.lastSeen >= lastId) return
      if (this.lastSeen !== first - 1) return this.readNew()
      this.lastSeen = lastId
      receiver.entries(batch.map((p, i) => ({ id: first + i, type: p.type, audience: p.audience, frame: Buffer.from(frameWithId(first + i, p.body), 'utf8') })))
    })
  }

  /** Queues a read of the new rows (one pending read at most); resolves when a read started after this call ends. */
  private poll(): Promise<void> {
    if (this.queuedRead) return this.queuedRead
    const read = this.readChain.then(() => {
      this.queuedRead = null
      return this.readNew()
    })
    this.queuedRead = read
    this.readChain = read
    return read
  }

  private async readNew(): Promise<void> {
    const receiver = this.receiver
    if (!receiver || this.closed) return
    try {
      for (;;) {
        const rows = await this.handle.db
          .select()
          .from(clusterEvents)
          .where(gt(clusterEvents.id, this.lastSeen))
          .orderBy(asc(clusterEvents.id))
          .limit(READ_PAGE)
        if (rows.length === 0 || this.receiver !== receiver) return
        const first = rows[0]!.id
        if (first !== this.lastSeen + 1) {
          this.log.warn({ expected: this.lastSeen + 1, found: first }, 'cluster: events pruned before being read')
          receiver.gap(first - 1)
        }
        this.lastSeen = rows[rows.length - 1]!.id
        receiver.entries(rows.map(entryOf))
        if (rows.length < READ_PAGE) return
      }
    } catch (err) {
      this.log.warn({ err }, 'cluster: reading events failed (next poll retries)')
    }
  }
}
