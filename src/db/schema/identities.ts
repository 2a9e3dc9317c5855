/**
 * Account identities: a platform's stable account id (a Bluesky DID) and the
 * handle it currently shows. Shared by every writer and kept across restarts,
 * so one account is one author whether a source gave its DID or its handle.
 */
import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

export const accountIdentities = pgTable(
  'account_identities',
  {
    platform: text('platform').notNull(),
    /** Stable account id: a DID on Bluesky. */
    accountId: text('account_id').notNull(),
    /** Current handle, lower-case; null when the platform says it has no valid one. */
    handle: text('handle'),
    /** When the platform last told us this handle (AppView answer, identity event, search hit). */
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.accountId] }), index('account_identities_handle_idx').on(t.platform, t.handle)],
)

export type AccountIdentityRow = typeof accountIdentities.$inferSelect
