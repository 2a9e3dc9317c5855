/**
 * The replay journal of /ws: the last events sent to dashboards, each
 * serialised once, bounded by count and bytes. Ids are contiguous (1, 2, 3…)
 * within one server run, or across the instances of a cluster (`epoch`), so a reconnecting client names the last id
 * it saw and gets exactly what followed, or learns that it cannot.
 */
import type { Role } from '../auth/roles.js'

/** Who may receive an event: a role in `roles`, the user `userId`, or one of `userIds` (a case's people). */
export interface Audience {
  roles: readonly Role[]
  userId: number | null
  userIds?: readonly number[]
}

/** A frame body (a JSON object) with its id in front: `{"id":<id>,…}`, the same text as `JSON.stringify({ id, ...body })`. */
export function frameWithId(id: number, body: string): string {
  return `{"id":${id},${body.slice(1)}`
}

/** One journaled event, ready to send. */
export interface JournalEntry {
  id: number
  type: string
  audience: Audience
  /** The UTF-8 JSON frame, built once and sent as is to every eligible client. */
  frame: Buffer
}

/** Why a resume cannot be served: the client must reload over REST. */
export type ResyncReason = 'epoch' | 'too_old' | 'future' | 'invalid'

/** Bounds of the journal. */
export interface JournalLimits {
  maxEvents: number
  maxBytes: number
}

/** Defaults: a few minutes of dashboard traffic, and never more than a socket's slow-client allowance. */
export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { maxEvents: 10_000, maxBytes: 4 * 1024 * 1024 }

/** A bounded, in-memory, append-only ring of entries with contiguous ids. */
export class EventJournal {
  private entries: JournalEntry[] = []
  /** Index in `entries` of the oldest kept entry. */
  private head = 0
  private bytes = 0
  private nextId = 1

  constructor(private readonly limits: JournalLimits = DEFAULT_JOURNAL_LIMITS) {}

  /** Id of the latest event (0 before the first). */
  get lastId(): number {
    return this.nextId - 1
  }

  /** Id of the oldest event still kept (lastId + 1 when empty). */
  get firstId(): number {
    return this.entries[this.head]?.id ?? this.nextId
  }

  /** Number of kept events and their total size. */
  get size(): { events: number; bytes: number } {
    return { events: this.entries.length - this.head, bytes: this.bytes }
  }

  /** Appends an event; `build(id)` returns its JSON text (called once). Drops the oldest beyond the bounds. */
  append(type: string, audience: Audience, build: (id: number) => string): JournalEntry {
    const id = this.nextId
    const entry: JournalEntry = { id, type, audience, frame: Buffer.from(build(id), 'utf8') }
    this.push(entry)
    return entry
  }

  /** Appends an entry numbered elsewhere (the cluster journal); its id must follow `lastId`. */
  push(entry: JournalEntry): void {
    if (entry.id !== this.nextId) throw new Error(`journal: expected id ${this.nextId}, got ${entry.id}`)
    this.nextId++
    this.entries.push(entry)
    this.bytes += entry.frame.length
    while (this.entries.length - this.head > 1 && (this.entries.length - this.head > this.limits.maxEvents || this.bytes > this.limits.maxBytes)) {
      this.bytes -= this.entries[this.head]!.frame.length
      this.head++
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head)
      this.head = 0
    }
  }

  /** Empties the journal; the next entry gets `lastId + 1`. */
  reset(lastId: number): void {
    this.entries = []
    this.head = 0
    this.bytes = 0
    this.nextId = lastId + 1
  }

  /**
   * Every entry with id > `since`, in order; or why the gap cannot be filled:
   * `since` is ahead of the journal, or entries after it were already dropped.
   */
  after(since: number): JournalEntry[] | ResyncReason {
    if (since > this.lastId) return 'future'
    if (since + 1 < this.firstId) return 'too_old'
    return this.entries.slice(this.head + (since + 1 - this.firstId))
  }
}
