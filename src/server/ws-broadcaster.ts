/**
 * The /ws broadcaster of one server run: turns hub events into wire events
 * (serialised once, journaled for resume), fans each frame out to the
 * connected dashboards allowed to see it, and closes the sockets of sessions
 * that ended.
 */
import { randomBytes } from 'node:crypto'
import { eq, inArray } from 'drizzle-orm'
import type { Role } from '../auth/roles.js'
import type { SharedEvents } from '../cluster/shared-events.js'
import { SESSION_IDLE_MS } from '../auth/session-store.js'
import type { Database } from '../db/client.js'
import { caseMembers, cases, sessions, users, watches } from '../db/schema/index.js'
import type { Hub, HubMessage } from '../hub/hub.js'
import type { Logger } from '../logger.js'
import type { Metrics } from '../metrics.js'
import { frameBody, frameText, wireEventOf, type WireEvent } from './ws-events.js'
import { DEFAULT_JOURNAL_LIMITS, EventJournal, type Audience, type JournalEntry, type JournalLimits, type ResyncReason } from './ws-journal.js'

/** A client this far behind (bytes queued) is disconnected rather than slowing the server. */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024
/** How often the sessions of connected sockets are checked (logout, disabled user, expiry). */
export const SESSION_CHECK_MS = 5_000
/** Close code sent when the session behind a socket has ended. */
export const CLOSE_SESSION_ENDED = 4401
/** Close code sent to a client too slow to keep up. */
export const CLOSE_TOO_SLOW = 1013
/** Close code sent when this instance fell too far behind the cluster's journal: the client resumes and resyncs. */
export const CLOSE_RESTART = 1012

/** The transport of one client: a thin view of a `ws` WebSocket. */
export interface ClientSocket {
  readonly readyState: number
  readonly bufferedAmount: number
  /** Sends a UTF-8 JSON text frame. */
  send(frame: Buffer): void
  close(code: number, reason: string): void
  /** Optional: hold writes until `uncork`, so a burst of frames leaves in one write. */
  cork?(): void
  uncork?(): void
}

/** A connected dashboard. */
export interface WsClient {
  user: { id: number; name: string; role: string }
  tokenHash: string
  socket: ClientSocket
}

/** What a client asked for when connecting. */
export type ResumeRequest = { kind: 'none' } | { kind: 'resume'; since: number; epoch: string } | { kind: 'invalid' }

const OPEN = 1

function mayReceive(audience: Audience, user: WsClient['user']): boolean {
  return audience.roles.includes(user.role as Role) || audience.userId === user.id || (audience.userIds?.includes(user.id) ?? false)
}

/** What a broadcaster needs; `limits` bound its replay journal (tests make it small). */
export interface BroadcasterDeps {
  db: Database
  hub: Hub
  log: Logger
  metrics: Metrics
  limits?: JournalLimits
  /**
   * The cluster's journal (PostgreSQL): events are numbered in the database
   * and every instance fans out every instance's events; without it, this
   * process numbers its own.
   */
  shared?: SharedEvents
}

/** One per hub (so one per server run). */
export class WsBroadcaster {
  /** Identifies this server run (or the cluster's journal); a client resuming with another epoch must resync. */
  readonly epoch: string
  readonly journal: EventJournal
  private readonly clients = new Set<WsClient>()
  /** Hub messages waiting for their audience (an alert's owner lookup), in publish order. */
  private readonly queue: Array<{ message: HubMessage; wire: WireEvent }> = []
  private waiting = false
  /** Watch id → owner id (null: no such watch). A watch never changes owner. */
  private readonly owners = new Map<number, number | null>()
  /** Sockets corked during this tick; uncorked together in a microtask, so a batch of events leaves in one write per client. */
  private readonly corked = new Set<ClientSocket>()
  /** Live entries held back while a client's replay is being prepared and sent. */
  private readonly holding = new Map<WsClient, JournalEntry[]>()
  private sessionTimer: NodeJS.Timeout | undefined
  private checking = false

  constructor(private readonly deps: BroadcasterDeps) {
    this.journal = new EventJournal(deps.limits ?? DEFAULT_JOURNAL_LIMITS)
    const { shared } = deps
    this.epoch = shared?.epoch ?? randomBytes(9).toString('base64url')
    deps.hub.subscribe((m) => this.onHub(m))
    if (shared) {
      this.journal.reset(shared.lastId)
      shared.attach({
        entries: (entries) => {
          for (const entry of entries) this.fanOut(entry)
        },
        gap: (lastId) => {
          this.journal.reset(lastId)
          this.closeWhere(() => true, CLOSE_RESTART, 'reprise nécessaire')
        },
        sessionEnded: (ended) => this.closeWhere((c) => c.tokenHash === ended.tokenHash || c.user.id === ended.userId),
      })
    }
  }

  /** Connected clients, for tests and metrics. */
  get clientCount(): number {
    return this.clients.size
  }

  /**
   * Registers a client: sends hello, then the events it missed (or a resync),
   * then live events. The client is subscribed first, with its live entries
   * held back; the missed range is taken from the journal (and, in a
   * cluster, from the database when it is older than this instance's journal
   * or newer than what it has read yet), then the held entries after it: an
   * event published meanwhile is sent once, after the replay, never lost.
   */
  connect(client: WsClient, resume: ResumeRequest): void {
    this.holding.set(client, [])
    this.clients.add(client)
    this.deps.metrics.wsClients.set(this.clients.size)
    this.sessionTimer ??= setInterval(() => void this.checkSessions(), SESSION_CHECK_MS).unref()
    const { shared } = this.deps
    const { journal } = this
    if (shared && resume.kind === 'resume' && resume.epoch === this.epoch && (resume.since > journal.lastId || resume.since + 1 < journal.firstId)) {
      void this.sharedReplay(client, resume.since, shared)
      return
    }
    const lastId = journal.lastId
    this.finish(client, lastId, resume.kind === 'none' ? null : this.missed(resume, lastId))
  }

  /** The replay of a cluster client whose resume point is not (or not yet) in this instance's journal. */
  private async sharedReplay(client: WsClient, since: number, shared: SharedEvents): Promise<void> {
    let lastId = this.journal.lastId
    let replay: JournalEntry[] | ResyncReason
    try {
      // Another instance may have sent it events this one has not read yet.
      if (since > lastId) await shared.catchUp()
      lastId = this.journal.lastId
      if (since > lastId) replay = 'future'
      else {
        const firstId = this.journal.firstId
        const recent = this.journal.after(Math.max(since, firstId - 1))
        const older = await shared.read(since, Math.min(firstId - 1, lastId))
        replay = Array.isArray(older) && Array.isArray(recent) ? [...older, ...recent.filter((e) => e.id <= lastId)] : 'too_old'
      }
    } catch (err) {
      this.deps.log.warn({ err }, 'ws: cluster replay failed')
      replay = 'too_old'
    }
    this.finish(client, lastId, replay)
  }

  /** Sends hello (announcing `lastId`), the replay or resync, then the entries held meanwhile; the client goes live. */
  private finish(client: WsClient, lastId: number, replay: JournalEntry[] | ResyncReason | null): void {
    const held = this.holding.get(client) ?? []
    try {
      if (!this.clients.has(client)) return
      const { user } = client
      this.sendText(client.socket, JSON.stringify({ type: 'hello', version: 2, epoch: this.epoch, lastId, user: { id: user.id, name: user.name, role: user.role } }))
      if (Array.isArray(replay)) {
        for (const entry of replay) if (mayReceive(entry.audience, user)) client.socket.send(entry.frame)
        this.deps.metrics.wsReplayed.inc(replay.length)
      } else if (replay !== null) {
        this.sendText(client.socket, JSON.stringify({ type: 'resync', reason: replay }))
        this.deps.metrics.wsResyncs.inc({ reason: replay })
      }
      // Entries up to lastId were in the replay (or before the resume point).
      for (const entry of held) if (entry.id > lastId && client.socket.readyState === OPEN) client.socket.send(entry.frame)
    } finally {
      this.holding.delete(client)
    }
  }

  /** Forgets a client (its socket closed). */
  disconnect(client: WsClient): void {
    this.clients.delete(client)
    this.deps.metrics.wsClients.set(this.clients.size)
    if (this.clients.size === 0 && this.sessionTimer) {
      clearInterval(this.sessionTimer)
      this.sessionTimer = undefined
    }
  }

  /** The entries after the resume point up to `lastId` (what hello announced), or why there are none. */
  private missed(resume: Exclude<ResumeRequest, { kind: 'none' }>, lastId: number): JournalEntry[] | ResyncReason {
    if (resume.kind === 'invalid') return 'invalid'
    if (resume.epoch !== this.epoch) return 'epoch'
    const entries = this.journal.after(resume.since)
    return Array.isArray(entries) ? entries.filter((e) => e.id <= lastId) : entries
  }

  private sendText(socket: ClientSocket, text: string): void {
    if (socket.readyState === OPEN) socket.send(Buffer.from(text, 'utf8'))
  }

  private onHub(message: HubMessage): void {
    const { event } = message
    if (event.type === 'session.ended') {
      this.closeWhere((c) => c.tokenHash === event.tokenHash || c.user.id === event.userId)
      const { tokenHash, userId } = event
      this.deps.shared?.sessionEnded({ ...(tokenHash ? { tokenHash } : {}), ...(userId !== undefined ? { userId } : {}) }).catch((err: unknown) => {
        this.deps.log.warn({ err }, 'ws: session end not sent to the other instances')
      })
      return
    }
    const wire = wireEventOf(event)
    if (!wire) return
    this.queue.push({ message, wire })
    if (!this.waiting) this.drain()
  }

  /** Journals and fans out queued events in order; pauses on an alert whose watch owner is not known yet, and on a case event while its people are looked up. */
  private drain(): void {
    while (this.queue.length > 0) {
      const head = this.queue[0]!
      const caseId = head.wire.caseId
      if (caseId !== null) {
        this.waiting = true
        void this.lookUpCasePeople(caseId).then((userIds) => {
          // Only appends happened meanwhile: the head is still this event.
          const item = this.queue.shift()!
          this.emit(item.message, item.wire, { roles: item.wire.roles, userId: null, userIds })
          this.waiting = false
          this.drain()
        })
        return
      }
      const watchId = head.wire.alertWatchId
      let userId: number | null = null
      if (watchId !== null) {
        const owner = this.owners.get(watchId)
        if (owner === undefined) {
          this.waiting = true
          void this.lookUpOwner(watchId).then((found) => {
            // Only appends happened meanwhile: the head is still this alert.
            const item = this.queue.shift()!
            this.emit(item.message, item.wire, { roles: item.wire.roles, userId: found })
            this.waiting = false
            this.drain()
          })
          return
        }
        userId = owner
      }
      this.queue.shift()
      this.emit(head.message, head.wire, { roles: head.wire.roles, userId })
    }
  }

  /** The owner of a watch (cached), or null: unknown watch, or the lookup failed (then only admins get the alert; the next one retries). */
  private async lookUpOwner(watchId: number): Promise<number | null> {
    try {
      const [row] = await this.deps.db.select({ ownerId: watches.ownerId }).from(watches).where(eq(watches.id, watchId))
      const owner = row?.ownerId ?? null
      this.owners.set(watchId, owner)
      return owner
    } catch (err) {
      this.deps.log.error({ err, watchId }, 'ws: watch owner lookup failed')
      return null
    }
  }

  /** The owner and the members of a case now (never cached: sharing changes); none when it is gone or the lookup failed (then only admins get the event). */
  private async lookUpCasePeople(caseId: number): Promise<number[]> {
    try {
      const [owner, members] = await Promise.all([
        this.deps.db.select({ id: cases.ownerId }).from(cases).where(eq(cases.id, caseId)),
        this.deps.db.select({ id: caseMembers.userId }).from(caseMembers).where(eq(caseMembers.caseId, caseId)),
      ])
      return [...owner, ...members].map((r) => r.id)
    } catch (err) {
      this.deps.log.error({ err, caseId }, 'ws: case people lookup failed')
      return []
    }
  }

  private emit(message: HubMessage, wire: WireEvent, audience: Audience): void {
    if (this.deps.shared) this.deps.shared.append(wire.type, audience, frameBody(message, wire))
    else this.fanOut(this.journal.append(wire.type, audience, (id) => frameText(id, message, wire)))
  }

  /** Journals an entry (unless already there) and sends it to every client allowed to see it. */
  private fanOut(entry: JournalEntry): void {
    if (entry.id === this.journal.lastId + 1) this.journal.push(entry)
    let frames = 0
    for (const client of this.clients) {
      if (!mayReceive(entry.audience, client.user)) continue
      if (this.deliver(client, entry)) frames++
    }
    const { metrics } = this.deps
    metrics.wsEvents.inc({ type: entry.type })
    if (frames > 0) metrics.wsFrames.inc(frames)
  }

  /** Sends one frame; closes a client too far behind. */
  private deliver(client: WsClient, entry: JournalEntry): boolean {
    const { socket } = client
    const held = this.holding.get(client)
    if (held) {
      held.push(entry)
      return true
    }
    if (socket.readyState !== OPEN) return false
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.clients.delete(client)
      this.deps.metrics.wsDropped.inc({ reason: 'slow' })
      socket.close(CLOSE_TOO_SLOW, 'client trop lent')
      return false
    }
    if (socket.cork && socket.uncork) {
      if (this.corked.size === 0) queueMicrotask(() => this.uncorkAll())
      if (!this.corked.has(socket)) {
        socket.cork()
        this.corked.add(socket)
      }
    }
    socket.send(entry.frame)
    return true
  }

  private uncorkAll(): void {
    for (const socket of this.corked) socket.uncork?.()
    this.corked.clear()
  }

  private closeWhere(match: (c: WsClient) => boolean, code = CLOSE_SESSION_ENDED, reason = 'session terminée'): void {
    for (const client of [...this.clients]) {
      if (!match(client)) continue
      this.clients.delete(client)
      this.deps.metrics.wsDropped.inc({ reason: code === CLOSE_SESSION_ENDED ? 'session' : 'resync' })
      client.socket.close(code, reason)
    }
    this.deps.metrics.wsClients.set(this.clients.size)
  }

  /** Closes the sockets whose session is gone, expired, idle too long, or whose user was disabled or changed role. */
  async checkSessions(now = new Date()): Promise<void> {
    if (this.checking || this.clients.size === 0) return
    this.checking = true
    try {
      const hashes = [...new Set([...this.clients].map((c) => c.tokenHash))]
      const rows = await this.deps.db
        .select({ tokenHash: sessions.tokenHash, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt, disabled: users.disabled, role: users.role })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(inArray(sessions.tokenHash, hashes))
      const live = new Map(
        rows
          .filter((r) => !r.disabled && r.expiresAt > now && now.getTime() - r.lastSeenAt.getTime() <= SESSION_IDLE_MS)
          .map((r) => [r.tokenHash, r.role]),
      )
      this.closeWhere((c) => live.get(c.tokenHash) !== c.user.role)
    } catch (err) {
      this.deps.log.warn({ err }, 'ws: session check failed')
    } finally {
      this.checking = false
    }
  }
}

const broadcasters = new WeakMap<Hub, WsBroadcaster>()

/** The broadcaster of a context's hub, created (and subscribed) on first use. */
export function broadcasterFor(deps: BroadcasterDeps): WsBroadcaster {
  let b = broadcasters.get(deps.hub)
  if (!b) {
    b = new WsBroadcaster(deps)
    broadcasters.set(deps.hub, b)
  }
  return b
}
