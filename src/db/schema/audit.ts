/** Append-only audit log of every human action; each entry chains the previous one's hash. */
import { sql } from 'drizzle-orm'
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** User name, or "system". */
    actor: text('actor').notNull(),
    /** Dotted verb: "user.login", "post.flag", … */
    action: text('action').notNull(),
    /** What the action was about ("post:123", "watch:4"), if anything. */
    subject: text('subject'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** Hash of the previous entry ("" for the first). */
    prevHash: text('prev_hash').notNull(),
    /** SHA-256 over prevHash and this entry's canonical content. */
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
)

export type AuditRow = typeof auditLog.$inferSelect
