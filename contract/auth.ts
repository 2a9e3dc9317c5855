/** Accounts at the door: roles, sessions, login, logout, first admin. */
import { z } from 'zod'
import { DateTime } from './common.js'
import { endpoint } from './endpoint.js'

/** The four roles. */
export const ROLES = ['admin', 'analyst', 'reviewer', 'counsellor'] as const
export const Role = z.enum(ROLES).meta({ id: 'Role', description: 'admin, analyst (cellule de veille), reviewer (relecture), counsellor (conseillère)' })
export type Role = z.infer<typeof Role>

/** Who is signed in. */
export const SessionUser = z.strictObject({ id: z.number().int(), name: z.string(), role: Role })
export type SessionUser = z.infer<typeof SessionUser>

/** A user account as admins see it; the password hash never leaves the server. */
export const UserView = z
  .strictObject({ id: z.number().int(), name: z.string(), role: Role, disabled: z.boolean(), createdAt: DateTime })
  .meta({ id: 'UserView' })
export type UserView = z.infer<typeof UserView>

/** The signed-in user and the token to send in `X-CSRF-Token`. */
export const SessionView = z.strictObject({ user: SessionUser, csrfToken: z.string() }).meta({ id: 'Session' })
export type SessionView = z.infer<typeof SessionView>

/** Most characters a password may have (longer ones are refused before hashing). */
export const MAX_PASSWORD_LENGTH = 1024

export const LoginBody = z.object({
  name: z.string().min(1, 'name : obligatoire').max(64),
  password: z.string().min(1, 'password : obligatoire').max(MAX_PASSWORD_LENGTH),
})
export type LoginBody = z.input<typeof LoginBody>

export const SetupBody = z.object({ token: z.string().min(1).max(200), name: z.string(), password: z.string() })
export type SetupBody = z.input<typeof SetupBody>

export const login = endpoint({
  tag: 'auth',
  method: 'post',
  path: '/api/login',
  summary: 'Se connecter : pose le cookie de session',
  description:
    'Pose le cookie `vigie_session` (HttpOnly, SameSite=Strict) et renvoie le jeton CSRF. Les échecs sont comptés par compte et par adresse du client (voir VIGIE_TRUST_PROXY) ; un mot de passe juste venant d’une adresse sans échec n’est jamais refusé.',
  body: LoginBody,
  responses: { 200: SessionView },
  errors: { 401: 'nom ou mot de passe incorrect (bad_credentials)', 429: 'trop d’essais (too_many_attempts), en-tête Retry-After en secondes' },
})

export const logout = endpoint({
  tag: 'auth',
  method: 'post',
  path: '/api/logout',
  summary: 'Se déconnecter : la session et ses WebSockets se ferment',
  responses: { 204: null },
})

export const session = endpoint({
  tag: 'auth',
  method: 'get',
  path: '/api/session',
  summary: 'La session en cours et son jeton CSRF',
  responses: { 200: SessionView },
})

/** The first admin, created and signed in. */
export const SetupDone = z.strictObject({ user: UserView, csrfToken: z.string() })
export type SetupDone = z.infer<typeof SetupDone>

export const setup = endpoint({
  tag: 'auth',
  method: 'post',
  path: '/api/setup',
  summary: 'Première installation : crée le premier admin avec le jeton affiché au démarrage',
  description:
    'Une seule fois, tant qu’aucun utilisateur n’existe ; le jeton vaut une heure. Le nouvel administrateur est connecté : le cookie de session est posé et le jeton CSRF renvoyé, comme à la connexion.',
  body: SetupBody,
  responses: { 201: SetupDone },
  errors: { 403: 'jeton invalide, expiré ou déjà utilisé (setup_closed)', 409: 'nom déjà pris' },
})
