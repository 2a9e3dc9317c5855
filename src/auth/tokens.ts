/** Random tokens and their digests. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A random 32-byte token, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Hex SHA-256 of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Constant-time string equality (false when lengths differ). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
