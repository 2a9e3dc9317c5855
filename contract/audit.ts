/** The hash-chained audit log, for admins: pages, CSV export, chain check. */
import { z } from 'zod'
import { DateTime } from './common.js'
import { endpoint, other } from './endpoint.js'

/** One audit entry: ids and hashes, never post text, notes or victims' names. */
export const AuditEntry = z
  .strictObject({
    id: z.number().int(),
    at: DateTime,
    /** User name, or `system`. */
    actor: z.string(),
    /** `user.login`, `flag.create`, `takedown.send`… */
    action: z.string(),
    /** `user:3`, `flag:12`… */
    subject: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    /** SHA-256 of the previous entry's hash and this entry's canonical JSON. */
    hash: z.string(),
    prevHash: z.string(),
  })
  .meta({ id: 'AuditEntry' })
export type AuditEntry = z.infer<typeof AuditEntry>

/** The chain check: ok, or the first entry that does not match. */
export const AuditVerdict = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), entries: z.number().int() }),
  z.strictObject({ ok: z.literal(false), entries: z.number().int(), brokenId: z.number().int(), reason: z.string() }),
])
export type AuditVerdict = z.infer<typeof AuditVerdict>

const action = z
  .string()
  .regex(/^[a-z0-9._-]{1,64}$/i, 'action : un préfixe d’action (ex. « user. », « flag.create »), 64 caractères au plus')
  .optional()

export const AuditQuery = z.object({
  limit: z.coerce
    .number({ error: 'limit doit être un nombre' })
    .int('limit doit être un entier')
    .min(1, 'limit doit valoir au moins 1')
    .max(500, 'limit doit valoir au plus 500')
    .default(100),
  /** Entries with a smaller id (paging). */
  before: z.coerce
    .number({ error: 'before doit être un identifiant' })
    .int('before doit être un entier')
    .min(1, 'before doit valoir au moins 1')
    .max(Number.MAX_SAFE_INTEGER, 'before trop grand')
    .optional(),
  /** Actions starting with this prefix. */
  action,
})
export type AuditQuery = z.input<typeof AuditQuery>

export const AuditCsvQuery = z.object({ action })

export const listAudit = endpoint({
  tag: 'audit',
  method: 'get',
  path: '/api/audit',
  summary: 'Le journal d’audit, les plus récentes d’abord',
  query: AuditQuery,
  responses: { 200: z.strictObject({ entries: z.array(AuditEntry) }) },
})

export const auditCsv = endpoint({
  tag: 'audit',
  method: 'get',
  path: '/api/audit.csv',
  summary: 'Tout le journal en CSV (téléchargement)',
  query: AuditCsvQuery,
  responses: {
    200: other('text/csv', 'UTF-8 avec BOM ; colonnes id, at, actor, action, subject, details, hash, prevHash ; cellules neutralisées pour les tableurs.', z.string()),
  },
})

export const verifyAudit = endpoint({
  tag: 'audit',
  method: 'get',
  path: '/api/audit/verify',
  summary: 'Recalcule la chaîne de hachage ; ok, ou la première entrée altérée',
  responses: { 200: AuditVerdict },
})
