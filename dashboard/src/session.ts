/** Who is signed in, and the CSRF token to send on state-changing requests. */
import type { Role, SessionUser as User } from '../../contract/auth.js'

let current: { user: User; csrfToken: string } | null = null
const listeners = new Set<() => void>()

export function currentUser(): User | null {
  return current?.user ?? null
}

export function csrfToken(): string {
  return current?.csrfToken ?? ''
}

/** Stores (or clears, with null) the session and tells listeners. */
export function setSession(s: { user: User; csrfToken: string } | null): void {
  const changed = (s === null) !== (current === null) || s?.user.id !== current?.user.id
  current = s
  if (changed) for (const l of listeners) l()
}

/** Called when the user signs in or out. */
export function onSessionChange(listener: () => void): void {
  listeners.add(listener)
}

/** True when the signed-in user holds one of `roles`. */
export function hasRole(...roles: Role[]): boolean {
  const u = current?.user
  return u !== undefined && roles.includes(u.role)
}

/** Which roles may do what (mirror of the server's checks, to hide what would answer 403). */
export const can = {
  readFlags: () => hasRole('admin', 'analyst', 'reviewer'),
  flag: () => hasRole('admin', 'analyst', 'reviewer'),
  review: () => hasRole('admin', 'reviewer'),
  readTakedowns: () => hasRole('admin', 'analyst', 'reviewer'),
  updateTakedowns: () => hasRole('admin', 'reviewer'),
  watches: () => hasRole('admin', 'counsellor'),
  cases: () => hasRole('admin', 'counsellor'),
  trends: () => hasRole('admin', 'analyst', 'reviewer'),
  /** Search every stored post (« Recherche »). */
  search: () => hasRole('admin', 'analyst', 'reviewer'),
  sources: () => hasRole('admin', 'analyst'),
  admin: () => hasRole('admin'),
  /** File URLs (« Signaler une URL »): every role. */
  intake: () => hasRole('admin', 'analyst', 'reviewer', 'counsellor'),
}
