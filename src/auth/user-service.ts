/** Accounts: create, list, change and authenticate users. */
import { asc, eq, sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'
import { sessions, users, type UserRow } from '../db/schema/index.js'
import { hashPassword, passwordProblem, verifyPassword } from './password.js'
import type { UserView } from '../../contract/auth.js'
import type { Role } from './roles.js'

/** A user as the API shows it (contract/auth.ts); the hash never leaves the server. */
export type { UserView }

/** Thrown for an unusable name or password; the message is French. */
export class UserInputError extends Error {
  override name = 'UserInputError'
}

/** Thrown when the name is already taken. */
export class DuplicateUserError extends Error {
  override name = 'DuplicateUserError'
}

/** A valid user name: 2–64 letters, digits, dots, dashes or underscores. */
export const USER_NAME = /^[\p{L}\p{N}._-]{2,64}$/u

/** The public view of a row. */
export function userView(u: UserRow): UserView {
  return { id: u.id, name: u.name, role: u.role as Role, disabled: u.disabled, createdAt: u.createdAt.toISOString() }
}

/** Creates a user with a hashed password. */
export async function createUser(db: Database, input: { name: string; role: Role; password: string }): Promise<UserRow> {
  if (!USER_NAME.test(input.name)) throw new UserInputError('nom invalide (2 à 64 lettres, chiffres, « . », « - » ou « _ »)')
  const problem = passwordProblem(input.password)
  if (problem) throw new UserInputError(problem)
  const passwordHash = await hashPassword(input.password)
  const [row] = await db
    .insert(users)
    .values({ name: input.name, role: input.role, passwordHash })
    .onConflictDoNothing()
    .returning()
  if (!row) throw new DuplicateUserError(`le compte « ${input.name} » existe déjà`)
  return row
}

/** Every user, by id. */
export async function listUsers(db: Database): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.id))
}

/** How many users exist. */
export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users)
  return Number(row?.n ?? 0)
}

/** Changes role, disabled flag or password; a disabled user or a new password ends their sessions. */
export async function updateUser(
  db: Database,
  id: number,
  patch: { role?: Role | undefined; disabled?: boolean | undefined; password?: string | undefined },
): Promise<UserRow | undefined> {
  const values: Partial<Pick<UserRow, 'role' | 'disabled' | 'passwordHash'>> = {}
  if (patch.role !== undefined) values.role = patch.role
  if (patch.disabled !== undefined) values.disabled = patch.disabled
  if (patch.password !== undefined) {
    const problem = passwordProblem(patch.password)
    if (problem) throw new UserInputError(problem)
    values.passwordHash = await hashPassword(patch.password)
  }
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning()
  if (row && (patch.disabled === true || patch.password !== undefined || patch.role !== undefined)) {
    await db.delete(sessions).where(eq(sessions.userId, id))
  }
  return row
}

/** A dummy hash so an unknown name costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined

/** The enabled user with this name and password, or null. */
export async function authenticate(db: Database, name: string, password: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.name, name))
  dummyHash ??= hashPassword('vigie-dummy-password')
  const ok = await verifyPassword(password, row?.passwordHash ?? (await dummyHash))
  return row && ok && !row.disabled ? row : null
}
