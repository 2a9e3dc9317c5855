/**
 * Jetstream event JSON (commit create/update/delete, identity, account),
 * validated with zod. Anything that does not fit is reported as malformed.
 */
import { z } from 'zod'
import { DID_RE, PostRecord, RKEY_RE } from './bluesky-record.js'

const Did = z.string().max(2_100).regex(DID_RE)
const TimeUs = z.number().int().nonnegative()

const Commit = z.object({
  rev: z.string().max(64),
  operation: z.enum(['create', 'update', 'delete']),
  collection: z.string().max(317),
  rkey: z.string().max(512).regex(RKEY_RE),
  record: z.unknown().optional(),
  cid: z.string().max(200).optional(),
})

const CommitEvent = z.object({ kind: z.literal('commit'), did: Did, time_us: TimeUs, commit: Commit })

const IdentityEvent = z.object({
  kind: z.literal('identity'),
  did: Did,
  time_us: TimeUs,
  identity: z.object({
    did: Did,
    handle: z.string().max(253).optional(),
    seq: z.number().int(),
    time: z.string().max(64),
  }),
})

const AccountEvent = z.object({
  kind: z.literal('account'),
  did: Did,
  time_us: TimeUs,
  account: z.object({
    active: z.boolean(),
    did: Did,
    seq: z.number().int(),
    time: z.string().max(64),
    /** takendown, suspended, deleted, deactivated, desynchronized, throttled… */
    status: z.string().max(64).optional(),
  }),
})

/** Any Jetstream event Vigie understands. */
export const JetstreamEvent = z.discriminatedUnion('kind', [CommitEvent, IdentityEvent, AccountEvent])

/** A validated Jetstream event. */
export type JetstreamEvent = z.infer<typeof JetstreamEvent>
/** A commit event. */
export type JetstreamCommitEvent = z.infer<typeof CommitEvent>
/** An identity event (handle change). */
export type JetstreamIdentityEvent = z.infer<typeof IdentityEvent>
/** An account event (activation, takedown, deletion). */
export type JetstreamAccountEvent = z.infer<typeof AccountEvent>

/** The outcome of reading one frame. */
export type ParsedFrame =
  | { ok: true; event: JetstreamEvent; record?: PostRecord }
  | { ok: false; reason: string }

/** Largest frame accepted, in characters. */
export const MAX_FRAME_CHARS = 512 * 1024

/** Parses one Jetstream text frame; a post record is validated on create/update. */
export function parseJetstreamFrame(data: string): ParsedFrame {
  if (data.length > MAX_FRAME_CHARS) return { ok: false, reason: 'frame too large' }
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return { ok: false, reason: 'malformed JSON' }
  }
  const parsed = JetstreamEvent.safeParse(json)
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid event' }
  const event = parsed.data
  if (event.kind === 'commit' && event.commit.operation !== 'delete' && event.commit.collection === 'app.bsky.feed.post') {
    const record = PostRecord.safeParse(event.commit.record)
    if (!record.success) return { ok: false, reason: 'invalid post record' }
    return { ok: true, event, record: record.data }
  }
  return { ok: true, event }
}
