/** Snapshots of platform trends (Bluesky getTrends, Mastodon trends/tags). */
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

export const trends = pgTable(
  'trends',
  {
    id: serial('id').primaryKey(),
    /** "bluesky" | "mastodon". */
    platform: text('platform').notNull(),
    /** Topic or hashtag (lower-case, without '#', for hashtags). */
    topic: text('topic').notNull(),
    displayName: text('display_name'),
    rank: integer('rank').notNull(),
    postCount: integer('post_count'),
    accounts: integer('accounts'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** When the ranking was read. */
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
    url: text('url'),
    /** The source that read it (sources.id). */
    sourceId: integer('source_id'),
  },
  (t) => [
    uniqueIndex('trends_snapshot_key').on(t.platform, t.topic, t.observedAt),
    index('trends_observed_idx').on(t.observedAt),
  ],
)

export type TrendRow = typeof trends.$inferSelect
