/** Password hashing with scrypt (memory-hard), stored as "scrypt$N$r$p$salt$hash". */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { MAX_PASSWORD_LENGTH } from '../../contract/auth.js'

/** Cost parameters: N=2^15, r=8, p=1 needs 32 MiB per hash. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_LEN = 32
/** Shortest password accepted anywhere. */
export const MIN_PASSWORD_LENGTH = 12
/** Longest password accepted (scrypt is fed the whole string); part of the login contract. */
export { MAX_PASSWORD_LENGTH }

function derive(password: string, salt: Buffer, opts: ScryptOptions, len: number): Promise<Buffer> {
  const maxmem = 256 * (opts.N ?? 1) * (opts.r ?? 1) + 1024 * 1024
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, len, { ...opts, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS, KEY_LEN)
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

/** True when `password` matches `stored`; constant-time, false on any malformed hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number)
  if (!N || !r || !p || N > 2 ** 20 || r > 32 || p > 16) return false
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const expected = Buffer.from(parts[5] ?? '', 'base64url')
  if (expected.length < 16) return false
  const key = await derive(password, salt, { N, r, p }, expected.length)
  return timingSafeEqual(key, expected)
}

/** A French reason why `password` is unacceptable, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères`
  if (password.length > MAX_PASSWORD_LENGTH) return `le mot de passe doit compter au plus ${MAX_PASSWORD_LENGTH} caractères`
  return null
}
