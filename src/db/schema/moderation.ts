/**
 * Moderation: flags on posts (four-eyes review), their write-once evidence
 * snapshots, and the takedown requests a confirmed flag produces.
 */
import { sql } from 'drizzle-orm'
import { bigint, boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { RemovalCheck } from '../../../contract/removal.js'
import { posts } from './posts.js'
import { users } from './users.js'

/** A post flagged for review, with one DSA category. */
export const flags = pgTable(
  'flags',
  {
    id: serial('id').primaryKey(),
    postId: bigint('post_id', { mode: 'number' })
      .notNull()
      .references(() => posts.id),
    /** DSA category value ("harassment", "threat", …), see src/moderation/categories.ts. */
    category: text('category').notNull(),
    /** Free text of the person who flagged it. */
    note: text('note'),
    /** "pending" → "claimed" → "confirmed" | "rejected" (a claim can be released back to "pending"). */
    status: text('status').notNull(),
    /** The post matched a victim watch when flagged: the person targeted is a minor followed by the helpline. */
    targetIsMinor: boolean('target_is_minor').notNull().default(false),
    flaggedBy: integer('flagged_by')
      .notNull()
      .references(() => users.id),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
    /** The reviewer holding the claim (null while pending). */
    claimedBy: integer('claimed_by').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A post is flagged once while a flag on it is open or confirmed; a rejected flag lets it be flagged again.
    uniqueIndex('flags_open_post_key').on(t.postId).where(sql`status in ('pending', 'claimed', 'confirmed')`),
    index('flags_status_idx').on(t.status, t.id),
  ],
)

/**
 * The evidence frozen when a post is flagged: canonical JSON of the post as
 * stored and its SHA-256. Write-once: a trigger refuses UPDATE, DELETE and
 * TRUNCATE (migration 0005).
 */
export const evidenceSnapshots = pgTable('evidence_snapshots', {
  flagId: integer('flag_id')
    .primaryKey()
    .references(() => flags.id),
  postId: bigint('post_id', { mode: 'number' }).notNull(),
  canonicalJson: text('canonical_json').notNull(),
  /** Lower-case hex SHA-256 of canonical_json (UTF-8). */
  sha256: text('sha256').notNull(),
  capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
})

/** A takedown request made from a confirmed flag: a platform report or a DSA notice. */
export const takedowns = pgTable(
  'takedowns',
  {
    id: serial('id').primaryKey(),
    flagId: integer('flag_id')
      .notNull()
      .references(() => flags.id),
    postId: bigint('post_id', { mode: 'number' }).notNull(),
    platform: text('platform').notNull(),
    /** "bluesky-report" | "mastodon-report" | "dsa-notice". */
    channel: text('channel').notNull(),
    /** "requested" → "acknowledged" → "removed" | "refused". */
    status: text('status').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** The platform received the report (or a person recorded that it did). */
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    /** Removed or refused. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The platform's answer, as received or as recorded by a reviewer. */
    answer: text('answer'),
    /** The platform's id for the report (Bluesky report id, Mastodon report id). */
    externalRef: text('external_ref'),
    /** Last sending failure, in French; null after a success. */
    lastError: text('last_error'),
    /** Sending attempts made so far (platform reports only). */
    attempts: integer('attempts').notNull().default(0),
    /** The user whose action triggered the request (audit actor of background sends). */
    requestedBy: text('requested_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the content was seen gone (the one-hour timer stops here); null while it is online. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** "platform" (a takedown: status "removed") | "author" (deleted by its author: not a takedown, the request stays open) | null. */
    removedBy: text('removed_by'),
    /** Last removal check (scheduled, firehose or manual). */
    lastCheckAt: timestamp('last_check_at', { withTimezone: true }),
    /** What that check saw (contract/removal.ts RemovalCheck). */
    lastCheck: jsonb('last_check').$type<RemovalCheck>(),
    /** When the request turned « en retard » (past one hour, still online) and the cell was alerted; once. */
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    /** DSA notices: when the notice went to the platform (e-mailed by Vigie, or « envoyé » recorded by a person after the web form). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** User name of who sent it (or whose confirmation e-mailed it). */
    sentBy: text('sent_by'),
    /** "email" | "form". */
    sentVia: text('sent_via'),
    /** The address e-mailed, or the form used. */
    sentTo: text('sent_to'),
  },
  (t) => [
    uniqueIndex('takedowns_flag_channel_key').on(t.flagId, t.channel),
    index('takedowns_status_idx').on(t.status, t.id),
    index('takedowns_post_idx').on(t.postId),
    index('takedowns_requested_at_idx').on(t.requestedAt),
  ],
)

/** Escalation steps taken on a late request: re-sent, notice e-mailed, escalation file prepared. */
export const takedownEscalations = pgTable(
  'takedown_escalations',
  {
    id: serial('id').primaryKey(),
    takedownId: integer('takedown_id')
      .notNull()
      .references(() => takedowns.id),
    /** "resend" | "email" | "file". */
    action: text('action').notNull(),
    /** User name. */
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Recipient, SMTP message id, file SHA-256…: ids and hashes, never post text. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('takedown_escalations_takedown_idx').on(t.takedownId, t.id)],
)

export type FlagRow = typeof flags.$inferSelect
export type EvidenceSnapshotRow = typeof evidenceSnapshots.$inferSelect
export type TakedownRow = typeof takedowns.$inferSelect
export type TakedownEscalationRow = typeof takedownEscalations.$inferSelect
