/** PostgreSQL advisory lock ids, kept together so they never collide. */
export const LOCKS = {
  /** Held while migrations run, so concurrent starts migrate once. */
  migrate: 0x7669_0001,
  /** Held while an audit entry is chained, so two writers never fork the chain. */
  audit: 0x7669_0002,
} as const
