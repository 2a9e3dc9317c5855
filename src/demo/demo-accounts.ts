/**
 * Demo accounts: one per role, two reviewers so that the four-eyes review
 * can be shown, each with a fresh random password (never a default one).
 */
import { randomInt } from 'node:crypto'
import type { Role } from '../auth/roles.js'
import { createUser } from '../auth/user-service.js'
import type { Database } from '../db/client.js'

/** A created demo account, with its clear-text password to print once. */
export interface DemoAccount {
  id: number
  name: string
  role: Role
  password: string
  /** What the account is for, in French. */
  purpose: string
}

/** The demo accounts, in the order they are printed. */
export const DEMO_ACCOUNTS: readonly { name: string; role: Role; purpose: string }[] = [
  { name: 'analyste', role: 'analyst', purpose: 'analyste : vagues en direct, signalements' },
  { name: 'relecteur', role: 'reviewer', purpose: 'relecteur : prend en charge, confirme ou rejette les signalements' },
  { name: 'relectrice', role: 'reviewer', purpose: 'relecteur : la seconde paire d’yeux (nul ne confirme son propre signalement)' },
  { name: 'conseillere', role: 'counsellor', purpose: 'conseillère : sa veille sur une élève et ses alertes' },
  { name: 'admin', role: 'admin', purpose: 'administrateur : comptes, sources, journal d’audit' },
]

// Letters and digits that cannot be mistaken for one another when copied by hand (no 0/O, 1/l/I).
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A random password of 16 characters (about 93 bits). */
export function randomPassword(): string {
  let out = ''
  for (let i = 0; i < 16; i++) out += ALPHABET[randomInt(ALPHABET.length)]
  return out
}

/** Creates the demo accounts in an empty database. */
export async function createDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const out: DemoAccount[] = []
  for (const spec of DEMO_ACCOUNTS) {
    const password = randomPassword()
    const row = await createUser(db, { name: spec.name, role: spec.role, password })
    out.push({ id: row.id, name: spec.name, role: spec.role, password, purpose: spec.purpose })
  }
  return out
}
