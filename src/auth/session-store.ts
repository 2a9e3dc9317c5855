/** Sessions: created at login, found from the cookie token, expired idle or absolute. */
import { eq, lt, or } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { sessions, users, type UserRow } from '../db/schema/index.js'
import { randomToken, sha256 } from './tokens.js'

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000
/** A session ends this long after login, whatever the activity. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000
/** lastSeenAt is written at most this often. */
const TOUCH_EVERY_MS = 60_000

/** A live session and its user. */
export interface SessionInfo {
  tokenHash: string
  csrfToken: string
  user: UserRow
}

/** Starts a session for `userId`; returns the cookie token (clear) and the CSRF token. */
export async function createSession(db: Database, userId: number, now = new Date()): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken()
  const csrfToken = randomToken()
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS))))
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  })
  return { token, csrfToken }
}

/** The live session of a cookie token with its enabled user, or null (expired ones are deleted). */
export async function findSession(db: Database, token: string, now = new Date()): Promise<SessionInfo | null> {
  const tokenHash = sha256(token)
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
  if (!row) return null
  const { session, user } = row
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS || user.disabled) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
    return null
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash))
  }
  return { tokenHash, csrfToken: session.csrfToken, user }
}

/** Ends one session. */
export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
}
