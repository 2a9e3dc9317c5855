/**
 * Waves: hashtag bursts and pile-ons around a target. Per-minute and
 * per-author aggregates are kept in the database so that several writers
 * see the same picture and a restart loses nothing.
 */
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

/** Posts per minute (scenario time) for one signal: a hashtag key or a target. */
export const signalMinutes = pgTable(
  'signal_minutes',
  {
    /** "hashtag" | "target". */
    kind: text('kind').notNull(),
    /** Canonical hashtag key (variants grouped) or target handle. */
    key: text('key').notNull(),
    /** Start of the minute, from the posts' createdAt. */
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    posts: integer('posts').notNull(),
    hostile: integer('hostile').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key, t.minute] })],
)

/** Each author seen on a signal, with the last time they posted on it. */
export const signalAuthors = pgTable(
  'signal_authors',
  {
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    /** The account's stable id (DID, account URI), else its handle: one account is one author. */
    author: text('author').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    /** Last hostile post of this author on this signal; null if none. */
    hostileAt: timestamp('hostile_at', { withTimezone: true }),
    /** Account younger than 7 days when it posted. */
    newAccount: boolean('new_account').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.key, t.author] }),
    index('signal_authors_recent_idx').on(t.kind, t.key, t.lastAt),
  ],
)

/** Raw hashtags seen under a canonical key (the ban-evading variants). */
export const signalVariants = pgTable(
  'signal_variants',
  {
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    variant: text('variant').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    posts: integer('posts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key, t.variant] })],
)

/** A detected wave or pile-on and its lifecycle. */
export const waves = pgTable(
  'waves',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    /** "emerging" → "active" → "declining" → "closed". */
    status: text('status').notNull(),
    /** Scenario time of the first post of the episode. */
    onsetAt: timestamp('onset_at', { withTimezone: true }).notNull(),
    /** Scenario time when the detector opened it. */
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** Minute with the most posts so far. */
    peakAt: timestamp('peak_at', { withTimezone: true }).notNull(),
    peakPerMinute: integer('peak_per_minute').notNull(),
    /** Last post on the signal (scenario time). */
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Highest score reached, 0..1. */
    score: real('score').notNull(),
    posts: integer('posts').notNull().default(0),
    hostile: integer('hostile').notNull().default(0),
    authors: integer('authors').notNull().default(0),
    /** French sentences explaining the score. */
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    /** Detector figures behind the reasons. */
    stats: jsonb('stats').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one open wave per signal, even with several writers.
    uniqueIndex('waves_open_key').on(t.kind, t.key).where(sql`status <> 'closed'`),
    index('waves_status_idx').on(t.status),
  ],
)

/** Posts linked to a wave. */
export const wavePosts = pgTable(
  'wave_posts',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => waves.id, { onDelete: 'cascade' }),
    postId: bigint('post_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.postId] })],
)

export type WaveRow = typeof waves.$inferSelect
