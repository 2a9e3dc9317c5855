/**
 * Victim-name watches registered by counsellors, the posts they match, and
 * the grouped alerts they raise. Names here are those of minors: only the
 * owning counsellor and admins may read them (enforced by the API).
 */
import { sql } from 'drizzle-orm'
import { bigint, boolean, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { waves } from './waves.js'

export const watches = pgTable(
  'watches',
  {
    id: serial('id').primaryKey(),
    /** The counsellor who owns it (users.id); null when made from the CLI. */
    ownerId: integer('owner_id'),
    /** Display name, e.g. "Mila Dupont". */
    label: text('label').notNull(),
    /** Name variants and nicknames, the label included. */
    names: text('names').array().notNull().default(sql`'{}'::text[]`),
    /** Handles without '@', lower-case. */
    handles: text('handles').array().notNull().default(sql`'{}'::text[]`),
    school: text('school'),
    /** Optional https URL receiving signed JSON alerts. */
    webhookUrl: text('webhook_url'),
    /** HMAC-SHA256 key for the webhook signature. */
    webhookSecret: text('webhook_secret'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('watches_owner_idx').on(t.ownerId)],
)

/** A post that matched a watch. */
export const watchMatches = pgTable(
  'watch_matches',
  {
    watchId: integer('watch_id')
      .notNull()
      .references(() => watches.id, { onDelete: 'cascade' }),
    postId: bigint('post_id', { mode: 'number' }).notNull(),
    /** The watch term that matched. */
    term: text('term').notNull(),
    hostile: boolean('hostile').notNull(),
    /** The post's createdAt (scenario time). */
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.watchId, t.postId] }), index('watch_matches_time_idx').on(t.watchId, t.postedAt)],
)

/** One alert per watch per episode, updated with counts instead of re-sent. */
export const alerts = pgTable(
  'alerts',
  {
    id: serial('id').primaryKey(),
    watchId: integer('watch_id')
      .notNull()
      .references(() => watches.id, { onDelete: 'cascade' }),
    /** "open" | "closed". */
    status: text('status').notNull(),
    /** First hostile match (or pile-on opening), scenario time. */
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    /** Matched posts in the episode. */
    posts: integer('posts').notNull(),
    hostile: integer('hostile').notNull(),
    /** A pile-on on the watched person, when one is open. */
    waveId: integer('wave_id').references(() => waves.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('alerts_open_watch').on(t.watchId).where(sql`status = 'open'`)],
)

export type WatchRow = typeof watches.$inferSelect
export type AlertRow = typeof alerts.$inferSelect
