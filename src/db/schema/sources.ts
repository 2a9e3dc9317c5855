/** Sources: one row per configured platform feed, with its cursor and health. */
import { sql } from 'drizzle-orm'
import { boolean, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    /** Watcher kind: "jetstream", "rss", "mastodon-tag", … */
    kind: text('kind').notNull(),
    /** Human name, unique; defaults to kind + url. */
    name: text('name').notNull(),
    /** Watcher-specific settings, validated by the watcher. */
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** node-cron expression; null for streaming sources. */
    schedule: text('schedule'),
    /** Where the watcher resumes (JSON, watcher-specific); null = from now. */
    cursor: jsonb('cursor').$type<unknown>(),
    enabled: boolean('enabled').notNull().default(true),
    /** "ok" | "degraded" | "failing" | "unknown". */
    health: text('health').notNull().default('unknown'),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sources_name_key').on(t.name)],
)

export type SourceRow = typeof sources.$inferSelect
