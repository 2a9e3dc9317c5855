/**
 * The DID ↔ handle map in the database (account_identities): the watchers'
 * IdentityStore. It survives restarts and is shared by every writer of a
 * cluster; a newer record wins. A handle that changes (or is learnt for an
 * account first stored under its DID) is applied to the stored posts, so
 * every view shows the current handle.
 */
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { IdentityStore, KnownIdentity } from '../../watchers/index.js'
import { queryRows, type Database } from '../db/client.js'
import { accountIdentities } from '../db/schema/index.js'

/** The account_identities table of one platform. */
export class DbIdentityStore implements IdentityStore {
  constructor(
    private readonly db: Database,
    private readonly platform = 'bluesky',
  ) {}

  async byDids(dids: readonly string[]): Promise<KnownIdentity[]> {
    if (dids.length === 0) return []
    const rows = await this.db
      .select()
      .from(accountIdentities)
      .where(and(eq(accountIdentities.platform, this.platform), inArray(accountIdentities.accountId, [...dids])))
    return rows.map((r) => ({ did: r.accountId, handle: r.handle, checkedAt: r.checkedAt }))
  }

  async byHandle(handle: string): Promise<KnownIdentity | undefined> {
    const [row] = await this.db
      .select()
      .from(accountIdentities)
      .where(and(eq(accountIdentities.platform, this.platform), eq(accountIdentities.handle, handle)))
      .orderBy(sql`${accountIdentities.checkedAt} desc`)
      .limit(1)
    return row ? { did: row.accountId, handle: row.handle, checkedAt: row.checkedAt } : undefined
  }

  /** Upserts (newest per account wins), then renames the stored posts of accounts whose handle changed. */
  async save(identities: readonly KnownIdentity[]): Promise<void> {
    await this.record(identities)
  }

  /** As save; returns how many accounts got a new handle, and the posts renamed and whose mentions were rewritten. */
  async record(identities: readonly KnownIdentity[]): Promise<{ changed: number; renamed: number; mentions: number }> {
    const latest = new Map<string, KnownIdentity>()
    for (const k of identities) {
      const seen = latest.get(k.did)
      if (!seen || seen.checkedAt <= k.checkedAt) latest.set(k.did, k)
    }
    if (latest.size === 0) return { changed: 0, renamed: 0, mentions: 0 }
    // Fixed order, so that concurrent writers cannot deadlock.
    const rows = [...latest.values()]
      .sort((a, b) => (a.did < b.did ? -1 : a.did > b.did ? 1 : 0))
      .map((k) => ({ account_id: k.did, handle: k.handle, checked_at: k.checkedAt.toISOString() }))
    const [result] = await queryRows<{ changed: Changed[] | string; renamed: number }>(
      this.db,
      sql`with x as (
            select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(account_id text, handle text, checked_at timestamptz)
          ),
          old as (
            select a.account_id, a.handle from account_identities a join x on a.platform = ${this.platform} and a.account_id = x.account_id
          ),
          up as (
            insert into account_identities (platform, account_id, handle, checked_at)
            select ${this.platform}, account_id, handle, checked_at from x
            on conflict (platform, account_id) do update set handle = excluded.handle, checked_at = excluded.checked_at
              where excluded.checked_at >= account_identities.checked_at
            returning account_id, handle
          ),
          changed as (
            select up.account_id, up.handle, old.handle as previous from up left join old on old.account_id = up.account_id
            where up.handle is not null and old.handle is distinct from up.handle
          ),
          renamed as (
            update posts p set author = c.handle from changed c
            where p.platform = ${this.platform} and p.author_id = c.account_id and p.author <> c.handle
            returning p.id
          )
          select coalesce((select jsonb_agg(jsonb_build_object('account_id', account_id, 'handle', handle, 'previous', previous)) from changed), '[]'::jsonb) as changed,
            (select count(*) from renamed)::int as renamed`,
    )
    const changed: Changed[] = typeof result?.changed === 'string' ? (JSON.parse(result.changed) as Changed[]) : (result?.changed ?? [])
    const mentions = await this.rewriteMentions(changed)
    return { changed: changed.length, renamed: Number(result?.renamed ?? 0), mentions }
  }

  /** Mentions stored as a DID, or as a handle since changed, now read as the current handle. */
  private async rewriteMentions(changed: readonly Changed[]): Promise<number> {
    const names = new Map<string, string>()
    for (const c of changed) {
      names.set(c.account_id, c.handle)
      if (c.previous) names.set(c.previous, c.handle)
    }
    if (names.size === 0) return 0
    const json = JSON.stringify([...names].map(([name, handle]) => ({ name, handle })))
    const rows = await queryRows<{ id: unknown }>(
      this.db,
      sql`with n as (select * from jsonb_to_recordset(${json}::jsonb) as n(name text, handle text))
          update posts p set mentions = (
            select array_agg(coalesce(n.handle, u.m) order by u.i) from unnest(p.mentions) with ordinality as u(m, i) left join n on n.name = u.m
          )
          where p.platform = ${this.platform} and p.mentions && (select array_agg(name) from n)
          returning p.id`,
    )
    return rows.length
  }
}

/** An account whose handle is new or changed. */
interface Changed {
  account_id: string
  handle: string
  previous: string | null
}
