/**
 * Leases: which instance runs what (a source, a background job). A lease is
 * a row `name → owner, expires_at`; its owner renews it well before it
 * expires; once expired, any instance may take it. Times are the database's
 * (`now()`), so the instances' clocks do not matter. On PGlite the one
 * process always gets every lease.
 */
import { randomBytes } from 'node:crypto'
import { and, eq, gt, inArray, like, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../db/client.js'
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

  /**
   * Records what this instance reports of the work behind leases it holds
   * (`state`, any JSON), for the other instances' views; leases held by
   * another instance are left alone.
   */
  async report(states: ReadonlyArray<{ name: string; state: unknown }>): Promise<void> {
    if (states.length === 0) return
    await queryRows(
      this.db,
      sql`update leases set state = x.state
          from jsonb_to_recordset(${JSON.stringify(states)}::jsonb) as x(name text, state jsonb)
          where leases.name = x.name and leases.owner = ${this.owner}`,
    )
  }

  /** The unexpired leases whose name starts with `prefix`, by name: who holds each and what it reported. */
  async holders(prefix: string): Promise<Map<string, { owner: string; state: unknown }>> {
    const rows = await this.db
      .select({ name: leases.name, owner: leases.owner, state: leases.state })
      .from(leases)
      .where(and(like(leases.name, `${prefix}%`), gt(leases.expiresAt, sql`now()`)))
    return new Map(rows.map((r) => [r.name, { owner: r.owner, state: r.state }]))
  }

  /** Every lease, for views and tests. */
  async all(): Promise<Array<{ name: string; owner: string; expiresAt: Date }>> {
    return this.db.select({ name: leases.name, owner: leases.owner, expiresAt: leases.expiresAt }).from(leases)
  }
}
