/** The four roles (contract/auth.ts) and what they may do. */
import { ROLES, type Role } from '../../contract/auth.js'

export { ROLES, type Role }

/** True for a known role name. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** Who may call each group of routes (admin is always listed explicitly). */
export const ACCESS = {
  waves: ['admin', 'analyst', 'reviewer', 'counsellor'],
  trends: ['admin', 'analyst', 'reviewer'],
  /** Search every stored post (« Recherche ») to flag from the results; counsellors work from their watches. */
  postsSearch: ['admin', 'analyst', 'reviewer'],
  sourcesRead: ['admin', 'analyst'],
  sourcesWrite: ['admin'],
  watches: ['admin', 'counsellor'],
  users: ['admin'],
  /** Flag posts and read flags and their evidence. */
  flags: ['admin', 'analyst', 'reviewer'],
  /** Claim, release, confirm or reject flags (never one's own: four eyes). */
  review: ['admin', 'reviewer'],
  takedownsRead: ['admin', 'analyst', 'reviewer'],
  /** Record a takedown's status, retry a platform report. */
  takedownsWrite: ['admin', 'reviewer'],
  audit: ['admin'],
  /** Case files and their vault (counsellors: own and shared cases only, others 404). */
  cases: ['admin', 'counsellor'],
  /** Read the académie referents directory (to pick one to alert). */
  referentsRead: ['admin', 'counsellor'],
  referentsWrite: ['admin'],
  /** File URLs (« Signaler une URL »), read and recapture them: counsellors see only their own. */
  intake: ['admin', 'analyst', 'reviewer', 'counsellor'],
  /** Read the platform registry. */
  platformsRead: ['admin', 'analyst', 'reviewer', 'counsellor'],
  /** Edit the platform registry. */
  platformsWrite: ['admin'],
} as const satisfies Record<string, readonly Role[]>
