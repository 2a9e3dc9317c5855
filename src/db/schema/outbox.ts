/**
 * The outbox: every side effect that leaves Vigie (webhooks, e-mails,
 * platform reports) is a row here, written with the change that causes it,
 * then delivered by whichever instance claims it first (`FOR UPDATE SKIP
 * LOCKED` and an attempt lease), retried with backoff until it is sent or
 * given up.
 */
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** What it is and what it causes: "webhook" | "report" | "notice-mail" | "escalation-mail" | "referent-mail". */
    kind: text('kind').notNull(),
    /** Idempotency key: a retried cause finds its row instead of adding one; sent to the receiver (header, Message-ID). */
    key: text('key').notNull().unique(),
    /** What it is about, e.g. `takedown:12`, `alert:3` (audit subject, views). */
    subject: text('subject'),
    /** What the sender needs (kind-specific JSON). */
    payload: jsonb('payload').notNull(),
    /** "pending" | "sent" | "failed" (given up). */
    state: text('state').notNull().default('pending'),
    /** Attempts started (a claim counts: an instance that died mid-send used one). */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    /** Not before: the backoff of the next attempt. */
    nextAt: timestamp('next_at', { withTimezone: true }).notNull().defaultNow(),
    /** The claim of the attempt in progress: its token and the end of its lease. */
    claimToken: text('claim_token'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** The last failure, in French. */
    lastError: text('last_error'),
    /** What the receiver answered (message id, platform report id, HTTP status). */
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [index('outbox_due_idx').on(t.state, t.nextAt), index('outbox_subject_idx').on(t.subject)],
)

export type OutboxRow = typeof outbox.$inferSelect
