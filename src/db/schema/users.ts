/** Users of the dashboard and their roles. */
import { boolean, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** "admin" | "analyst" | "reviewer" | "counsellor". */
    role: text('role').notNull(),
    /** Memory-hard hash (scrypt), self-describing; null until a password is set. */
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_name_key').on(t.name)],
)

export type UserRow = typeof users.$inferSelect
