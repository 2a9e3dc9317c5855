/**
 * Login limits and first-admin setup tokens kept in the database, so that
 * every instance on one PostgreSQL counts the same failures and accepts the
 * token any of them printed.
 */
import { and, eq, gt, inArray, lt, lte } from 'drizzle-orm'
import type { FailureStore } from '../auth/rate-limit.js'
import { sameToken, sha256 } from '../auth/tokens.js'
import type { Database } from '../db/client.js'
import { loginFailures, setupTokens } from '../db/schema/index.js'

/** Failed logins in `login_failures`. */
export class DatabaseFailureStore implements FailureStore {
  constructor(private readonly db: Database) {}

  async recent(key: string, since: number): Promise<number[]> {
    const rows = await this.db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
      .orderBy(loginFailures.at)
    return rows.map((r) => r.at)
  }

  async add(keys: readonly string[], at: number, since: number): Promise<void> {
    if (keys.length === 0) return
    await this.db.insert(loginFailures).values(keys.map((key) => ({ key, at })))
    // Old failures of these keys go; a spray of other names is swept by the next failures on them, or here now and then.
    await this.db.delete(loginFailures).where(and(inArray(loginFailures.key, [...keys]), lte(loginFailures.at, since)))
    if (at % 64 === 0) await this.db.delete(loginFailures).where(lte(loginFailures.at, since))
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(loginFailures).where(eq(loginFailures.key, key))
  }
}

/** Setup tokens in `setup_tokens` (hashes): each one usable once, on any instance, until it expires. */
export class DatabaseSetupTokens {
  constructor(private readonly db: Database) {}

  /** Stores a token's hash (the caller made and prints the token). */
  async store(token: string, expiresAt: Date): Promise<void> {
    await this.db.delete(setupTokens).where(lt(setupTokens.expiresAt, new Date()))
    await this.db.insert(setupTokens).values({ hash: sha256(token), expiresAt })
  }

  /** True, and the token is spent everywhere, when it is live. */
  async consume(token: string): Promise<boolean> {
    const hash = sha256(token)
    const [row] = await this.db.delete(setupTokens).where(and(eq(setupTokens.hash, hash), gt(setupTokens.expiresAt, new Date()))).returning({ hash: setupTokens.hash })
    return row !== undefined && sameToken(row.hash, hash)
  }
}
