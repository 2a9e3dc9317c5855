/** The one-time token that creates the first admin when no user exists. */
import { randomToken, sameToken, sha256 } from './tokens.js'

/** Where tokens live when several instances share a database (see src/cluster/shared-auth.ts). */
export interface SetupTokenStore {
  store(token: string, expiresAt: Date): Promise<void>
  consume(token: string): Promise<boolean>
}

/**
 * Holds the live setup token, valid one hour, usable once: in memory (at
 * most one, the latest), or in a shared store (each instance's token, each
 * spent everywhere once used).
 */
export class SetupToken {
  private hash: string | null = null
  private expiresAt = 0

  constructor(
    private readonly now: () => number = Date.now,
    private readonly shared?: SetupTokenStore,
  ) {}

  /** Makes a fresh token (in memory: replacing any previous one) and returns it in clear. */
  async issue(ttlMs = 60 * 60_000): Promise<string> {
    const token = randomToken()
    if (this.shared) {
      await this.shared.store(token, new Date(this.now() + ttlMs))
      return token
    }
    this.hash = sha256(token)
    this.expiresAt = this.now() + ttlMs
    return token
  }

  /** True and consumed when `token` is a live one; false otherwise. */
  async consume(token: string): Promise<boolean> {
    if (this.shared) return this.shared.consume(token)
    if (this.hash === null || this.now() > this.expiresAt) return false
    if (!sameToken(sha256(token), this.hash)) return false
    this.hash = null
    return true
  }
}
