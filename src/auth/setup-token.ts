/** The one-time token that creates the first admin when no user exists. */
import { randomToken, sameToken, sha256 } from './tokens.js'

/** Holds at most one setup token (its hash), valid one hour, usable once. */
export class SetupToken {
  private hash: string | null = null
  private expiresAt = 0

  constructor(private readonly now: () => number = Date.now) {}

  /** Makes a fresh token (replacing any previous one) and returns it in clear. */
  issue(ttlMs = 60 * 60_000): string {
    const token = randomToken()
    this.hash = sha256(token)
    this.expiresAt = this.now() + ttlMs
    return token
  }

  /** True and consumed when `token` is the live one; false otherwise. */
  consume(token: string): boolean {
    if (this.hash === null || this.now() > this.expiresAt) return false
    if (!sameToken(sha256(token), this.hash)) return false
    this.hash = null
    return true
  }
}
