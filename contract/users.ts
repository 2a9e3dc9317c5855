/** Accounts, for admins: list, create, change. */
import { z } from 'zod'
import { ROLES, UserView } from './auth.js'
import { idParams } from './common.js'
import { endpoint } from './endpoint.js'

const role = z.enum(ROLES, { error: `role : ${ROLES.join(', ')}` })

export const UserCreate = z.strictObject({ name: z.string(), role, password: z.string() })
export type UserCreate = z.input<typeof UserCreate>

export const UserPatch = z
  .strictObject({ role: role.optional(), disabled: z.boolean().optional(), password: z.string().optional() })
  .refine((p) => Object.keys(p).length > 0, 'rien à modifier')
export type UserPatch = z.input<typeof UserPatch>

const userBody = z.strictObject({ user: UserView })

export const listUsers = endpoint({
  tag: 'users',
  method: 'get',
  path: '/api/users',
  summary: 'Les comptes',
  responses: { 200: z.strictObject({ users: z.array(UserView) }) },
})

export const createUser = endpoint({
  tag: 'users',
  method: 'post',
  path: '/api/users',
  summary: 'Crée un compte (mot de passe de 12 caractères au moins)',
  body: UserCreate,
  responses: { 201: userBody },
  errors: { 409: 'nom déjà pris' },
})

export const patchUser = endpoint({
  tag: 'users',
  method: 'patch',
  path: '/api/users/:id',
  summary: 'Change le rôle, désactive ou change le mot de passe ; ses sessions se ferment',
  params: idParams("identifiant d'utilisateur invalide"),
  body: UserPatch,
  responses: { 200: userBody },
  errors: { 404: 'utilisateur introuvable', 409: 'un admin ne peut ni se désactiver ni retirer son propre rôle admin' },
})

