/**
 * What several Vigie instances on one PostgreSQL share: the dashboard event
 * journal, leases (one runner per source and per background job) and the
 * login failure counts.
 */
import { sql } from 'drizzle-orm'
import { bigint, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The /ws event journal of the cluster: ids are contiguous and committed in
 * order (they are reserved from `cluster_event_state` under its row lock), so
 * a reader that has seen id N has seen every id before it. Pruned to the
 * latest events.
 */
export const clusterEvents = pgTable('cluster_events', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  type: text('type').notNull(),
  /** Roles that receive it. */
  roles: text('roles').array().notNull(),
  /** A user who also receives it (alerts: the watch owner). */
  userId: integer('user_id'),
  /** Other users who also receive it (case events: the case's owner and members when it was sent). */
  userIds: integer('user_ids').array().notNull().default(sql`'{}'::integer[]`),
  /** The JSON frame sent as is to dashboards. */
  frame: text('frame').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
})

/** One row: the journal's epoch (resume across instances) and its latest id. */
export const clusterEventState = pgTable('cluster_event_state', {
  id: smallint('id').primaryKey(),
  epoch: text('epoch').notNull(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
})

/** Who runs what: `source:<id>` or `job:<name>`, held by one instance until `expires_at` unless renewed. */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** What the holder reports of the work (a source's next run, wait, activity), for the other instances' views. */
  state: jsonb('state'),
})

/** Failed logins per key (address, account, account+address), shared by every instance. */
export const loginFailures = pgTable(
  'login_failures',
  {
    key: text('key').notNull(),
    /** Milliseconds since the Unix epoch. */
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [index('login_failures_key_at_idx').on(t.key, t.at)],
)

/** Live first-admin setup tokens (hashes), each usable once on any instance. */
export const setupTokens = pgTable('setup_tokens', {
  hash: text('hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})
