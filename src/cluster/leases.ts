/**
 * Leases: which instance runs what (a source, a background job). A lease is
 * a row `name → owner, expires_at`; its owner renews it well before it
 * expires; once expired, any instance may take it. Times are the database's
 * (`now()`), so the instances' clocks do not matter. On PGlite the one
 * process always gets every lease.
 */
import { randomBytes } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { leases } from '../db/schema/index.js'

/** A fresh instance id: host-independent, unique per process run. */
export function newInstanceId(): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}`
}

/** Takes, renews and releases the leases of one instance. */
export class Leases {
  constructor(
    private readonly db: Database,
    /** This instance. */
    readonly owner: string,
    /** How long a lease lasts without renewal. */
    readonly ttlMs: number,
  ) {}

  /** How often holders renew: a quarter of the lease, so two renewals may fail before it expires. */
  get renewMs(): number {
    return Math.max(250, Math.floor(this.ttlMs / 4))
  }

  /**
   * Takes or renews each lease of `names` that is free, expired or already
   * ours; returns the names this instance holds now.
   */
  async hold(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set()
    const expiresAt = sql`now() + ${this.ttlMs} * interval '1 millisecond'`
    const rows = await this.db
      .insert(leases)
      .values(names.map((name) => ({ name, owner: this.owner, expiresAt })))
      .onConflictDoUpdate({
        target: leases.name,
        set: { owner: sql`excluded.owner`, expiresAt: sql`excluded.expires_at` },
        setWhere: sql`${leases.owner} = excluded.owner or ${leases.expiresAt} < now()`,
      })
      .returning({ name: leases.name })
    return new Set(rows.map((r) => r.name))
  }

  /** Gives up these leases (when held by this instance), so another instance may take them at once. */
  async release(names: readonly string[]): Promise<void> {
    if (names.length === 0) return
    await this.db.delete(leases).where(and(eq(leases.owner, this.owner), inArray(leases.name, [...names])))
  }

  /** Every lease, for views and tests. */
  async all(): Promise<Array<{ name: string; owner: string; expiresAt: Date }>> {
    return this.db.select().from(leases)
  }
}
