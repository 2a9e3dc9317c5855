/** Dashboard sessions: the cookie holds a random token, the table only its SHA-256. */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { users } from './users.js'

/** One row per signed-in browser. */
export const sessions = pgTable(
  'sessions',
  {
    /** Hex SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back in `X-CSRF-Token` on every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Refreshed at most once a minute; idle expiry counts from here. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/** A stored session. */
export type SessionRow = typeof sessions.$inferSelect
