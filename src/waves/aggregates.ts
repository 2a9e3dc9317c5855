/** Adds a batch of posts to the per-signal aggregates (minutes, authors, variants). */
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../db/client.js'
import type { StoredPost } from '../types.js'
import { isNewAccount, minuteOf, signalId, type Signal } from './signals.js'

interface MinuteRow { kind: string; key: string; minute: string; posts: number; hostile: number }
interface AuthorRow { kind: string; key: string; author: string; first_at: string; last_at: string; hostile_at: string | null; new_account: boolean }
interface VariantRow { kind: string; key: string; variant: string; first_at: string; posts: number }

const maxIso = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b)
const minIso = (a: string, b: string) => (a < b ? a : b)
// Rows are written in a fixed order so that concurrent writers cannot deadlock.
const byId = <T extends { kind: string; key: string }>(rows: Map<string, T>) =>
  [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r)

/** Folds `posts` (with their signals) into the aggregate tables. */
export async function addToAggregates(
  db: Database,
  posts: ReadonlyArray<{ post: StoredPost; signals: readonly Signal[] }>,
): Promise<void> {
  const minutes = new Map<string, MinuteRow>()
  const authors = new Map<string, AuthorRow>()
  const variants = new Map<string, VariantRow>()
  for (const { post, signals } of posts) {
    const at = post.createdAt.toISOString()
    const minute = minuteOf(post.createdAt).toISOString()
    const hostile = post.verdict.harassment
    const fresh = isNewAccount(post)
    const seen = new Set<string>()
    for (const s of signals) {
      const id = signalId(s)
      if (s.variant !== undefined) {
        const vid = `${id}\u0000${s.variant}`
        const v = variants.get(vid)
        if (v) {
          v.posts++
          v.first_at = minIso(v.first_at, at)
        } else variants.set(vid, { kind: s.kind, key: s.key, variant: s.variant, first_at: at, posts: 1 })
      }
      if (seen.has(id)) continue // two variants of one key count once
      seen.add(id)
      const mid = `${id}\u0000${minute}`
      const m = minutes.get(mid) ?? { kind: s.kind, key: s.key, minute, posts: 0, hostile: 0 }
      m.posts++
      if (hostile) m.hostile++
      minutes.set(mid, m)
      // One account, one author: counted by its stable id (DID, account URI), whatever name a source gave.
      const account = post.authorId ?? post.author
      const aid = `${id}\u0000${account}`
      const a = authors.get(aid)
      const hostileAt = hostile ? at : null
      if (a) {
        a.first_at = minIso(a.first_at, at)
        a.last_at = maxIso(a.last_at, at) ?? at
        a.hostile_at = maxIso(a.hostile_at, hostileAt)
        a.new_account ||= fresh
      } else {
        authors.set(aid, { kind: s.kind, key: s.key, author: account, first_at: at, last_at: at, hostile_at: hostileAt, new_account: fresh })
      }
    }
  }
  if (minutes.size > 0) {
    await queryRows(
      db,
      sql`insert into signal_minutes (kind, key, minute, posts, hostile)
          select * from jsonb_to_recordset(${JSON.stringify(byId(minutes))}::jsonb)
            as x(kind text, key text, minute timestamptz, posts int, hostile int)
          on conflict (kind, key, minute) do update
            set posts = signal_minutes.posts + excluded.posts, hostile = signal_minutes.hostile + excluded.hostile`,
    )
  }
  if (authors.size > 0) {
    await queryRows(
      db,
      sql`insert into signal_authors (kind, key, author, first_at, last_at, hostile_at, new_account)
          select * from jsonb_to_recordset(${JSON.stringify(byId(authors))}::jsonb)
            as x(kind text, key text, author text, first_at timestamptz, last_at timestamptz, hostile_at timestamptz, new_account boolean)
          on conflict (kind, key, author) do update set
            first_at = least(signal_authors.first_at, excluded.first_at),
            last_at = greatest(signal_authors.last_at, excluded.last_at),
            hostile_at = greatest(signal_authors.hostile_at, excluded.hostile_at),
            new_account = signal_authors.new_account or excluded.new_account`,
    )
  }
  if (variants.size > 0) {
    await queryRows(
      db,
      sql`insert into signal_variants (kind, key, variant, first_at, posts)
          select * from jsonb_to_recordset(${JSON.stringify(byId(variants))}::jsonb)
            as x(kind text, key text, variant text, first_at timestamptz, posts int)
          on conflict (kind, key, variant) do update set
            first_at = least(signal_variants.first_at, excluded.first_at),
            posts = signal_variants.posts + excluded.posts`,
    )
  }
}
