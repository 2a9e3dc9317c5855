/**
 * Case files (« dossiers »), their evidence vault, académie referents: the
 * request bodies the server validates and the shapes it answers, shared with
 * the dashboard (which imports the types only).
 */
import { z } from 'zod'

/** Age bands of the young people the helpline follows. */
export const AGE_BANDS = ['under-11', '11-14', '15-17', '18-25'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** The 30 académies and the 4 overseas vice-rectorats / services (school administration regions). */
export const ACADEMIES = [
  'Aix-Marseille',
  'Amiens',
  'Besançon',
  'Bordeaux',
  'Clermont-Ferrand',
  'Corse',
  'Créteil',
  'Dijon',
  'Grenoble',
  'Guadeloupe',
  'Guyane',
  'La Réunion',
  'Lille',
  'Limoges',
  'Lyon',
  'Martinique',
  'Mayotte',
  'Montpellier',
  'Nancy-Metz',
  'Nantes',
  'Nice',
  'Normandie',
  'Orléans-Tours',
  'Paris',
  'Poitiers',
  'Reims',
  'Rennes',
  'Strasbourg',
  'Toulouse',
  'Versailles',
  'Nouvelle-Calédonie',
  'Polynésie française',
  'Saint-Pierre-et-Miquelon',
  'Wallis-et-Futuna',
] as const
export type Academie = (typeof ACADEMIES)[number]

/** What a case can link to. */
export const CASE_LINK_KINDS = ['watch', 'alert', 'flag', 'takedown'] as const
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number]

const oneLine = (max: number, what: string) =>
  z
    .string({ error: `${what} : du texte` })
    .transform((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim())
    .pipe(z.string().max(max, `${what} : ${max} caractères au plus`))

const optionalLine = (max: number, what: string) =>
  oneLine(max, what)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()

const ageBand = z.enum(AGE_BANDS, { error: `ageBand : ${AGE_BANDS.join(', ')}` })
const academie = z.enum(ACADEMIES, { error: 'académie inconnue' })

/** POST /api/cases */
export const caseInputSchema = z.strictObject(
  {
    label: oneLine(80, 'label').pipe(z.string().min(1, 'label : un pseudonyme est obligatoire')),
    ageBand,
    academie: academie.nullable().optional(),
    school: optionalLine(200, 'school'),
    notes: z.string({ error: 'notes : du texte' }).max(20_000, 'notes : 20 000 caractères au plus').optional(),
    victimName: optionalLine(120, 'victimName'),
  },
  { error: 'champ inconnu : label, ageBand, academie, school, notes, victimName' },
)
export type CaseInput = z.infer<typeof caseInputSchema>

/** PATCH /api/cases/:id — any field, plus status and legal hold (owner and admins; lifting the hold: admins only). */
export const casePatchSchema = z.strictObject(
  {
    label: caseInputSchema.shape.label.optional(),
    ageBand: ageBand.optional(),
    academie: academie.nullable().optional(),
    school: optionalLine(200, 'school'),
    notes: caseInputSchema.shape.notes,
    victimName: optionalLine(120, 'victimName'),
    status: z.enum(['open', 'closed'], { error: 'status : open ou closed' }).optional(),
    legalHold: z.boolean({ error: 'legalHold : vrai ou faux' }).optional(),
  },
  { error: 'champ inconnu : label, ageBand, academie, school, notes, victimName, status, legalHold' },
)
export type CasePatch = z.infer<typeof casePatchSchema>

/** POST /api/cases/:id/links and /unlink */
export const caseLinkInputSchema = z.strictObject(
  {
    kind: z.enum(CASE_LINK_KINDS, { error: `kind : ${CASE_LINK_KINDS.join(', ')}` }),
    id: z.number({ error: 'id : un nombre' }).int('id : un entier').positive('id : positif').max(2_147_483_647, 'id : trop grand'),
  },
  { error: 'champ inconnu : kind et id' },
)
export type CaseLinkInput = z.infer<typeof caseLinkInputSchema>

/** POST /api/cases/:id/members: share with a counsellor, by user name. */
export const caseMemberInputSchema = z.strictObject(
  { name: oneLine(100, 'name').pipe(z.string().min(1, 'name : le nom d’un écoutant')) },
  { error: 'champ inconnu : name' },
)

/** POST /api/cases/:id/erase: the case's label, typed again. */
export const caseEraseInputSchema = z.strictObject(
  { confirm: z.string({ error: 'confirm : retapez le libellé du dossier' }).max(200) },
  { error: 'champ inconnu : confirm' },
)

/** POST/PATCH /api/referents */
export const referentInputSchema = z.strictObject(
  {
    academie,
    name: oneLine(120, 'name').pipe(z.string().min(1, 'name : obligatoire')),
    email: z.email({ error: 'email : une adresse e-mail' }).max(254),
  },
  { error: 'champ inconnu : academie, name, email' },
)
export type ReferentInput = z.infer<typeof referentInputSchema>
export const referentPatchSchema = referentInputSchema.partial()

/** POST /api/cases/:id/referent-alerts and /api/alerts/:id/referent-alerts */
export const referentAlertInputSchema = z.strictObject(
  {
    referentId: z.number({ error: 'referentId : un nombre' }).int().positive().max(2_147_483_647),
    /** Put the young person's name in the e-mail (unticked by default). */
    includeName: z.boolean({ error: 'includeName : vrai ou faux' }).default(false),
    message: z.string({ error: 'message : du texte' }).max(1000, 'message : 1 000 caractères au plus').optional(),
  },
  { error: 'champ inconnu : referentId, includeName, message' },
)
export type ReferentAlertInput = z.infer<typeof referentAlertInputSchema>

const userRef = z.object({ id: z.number(), name: z.string() })

/** A case as served. */
export const caseViewSchema = z.object({
  id: z.number(),
  label: z.string(),
  ageBand: ageBand,
  academie: z.string().nullable(),
  school: z.string().nullable(),
  notes: z.string(),
  victimName: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  legalHold: z.boolean(),
  owner: userRef,
  members: z.array(userRef),
  files: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  /** The caller may share, close, hold and erase (owner or admin). */
  canManage: z.boolean(),
})
export type CaseView = z.infer<typeof caseViewSchema>

/** A link as served, with a French summary of its target. */
export const caseLinkViewSchema = z.object({
  kind: z.enum(CASE_LINK_KINDS),
  id: z.number(),
  summary: z.string(),
  linkedBy: z.string(),
  linkedAt: z.string(),
})
export type CaseLinkView = z.infer<typeof caseLinkViewSchema>

/** A file of the vault as served (never its bytes). */
export const caseFileViewSchema = z.object({
  id: z.number(),
  caseId: z.number(),
  name: z.string(),
  mime: z.string(),
  /** "image" | "pdf" | "video". */
  kind: z.enum(['image', 'pdf', 'video']),
  size: z.number(),
  sha256: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  capturedAt: z.string().nullable(),
})
export type CaseFileView = z.infer<typeof caseFileViewSchema>

/** Kinds of timeline entries. */
export const TIMELINE_KINDS = [
  'case.opened',
  'case.closed',
  'case.reopened',
  'case.shared',
  'case.unshared',
  'case.linked',
  'case.unlinked',
  'case.hold',
  'case.exported',
  'alert',
  'post.matched',
  'flag.created',
  'flag.claimed',
  'flag.confirmed',
  'flag.rejected',
  'takedown.requested',
  'takedown.acknowledged',
  'takedown.removed',
  'takedown.refused',
  'takedown.overdue',
  'takedown.escalated',
  'post.deleted_by_author',
  'file.uploaded',
  'referent.alerted',
  'intake.filed',
  'capture.created',
] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

/** One line of a case's timeline. Post text, authors and URLs in it are attacker-written: render as text. */
export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** Who did it (a user name), "système", or null for platform and detector events. */
  actor: z.string().nullable(),
  /** A French sentence. */
  summary: z.string(),
  refs: z.object({
    watchId: z.number().optional(),
    alertId: z.number().optional(),
    flagId: z.number().optional(),
    takedownId: z.number().optional(),
    fileId: z.number().optional(),
    postId: z.string().optional(),
    /** A URL reported into the case, and one of its captures. */
    intakeId: z.number().optional(),
    captureId: z.number().optional(),
  }),
  post: z
    .object({ platform: z.string(), url: z.string().nullable(), author: z.string(), text: z.string(), createdAt: z.string(), hostile: z.boolean() })
    .optional(),
  sha256: z.string().optional(),
  answer: z.string().nullable().optional(),
  /**
   * `flag.created` of a post marked without evidence: the hints frozen with it, one French line
   * (« Indices (sans preuve directe) : « … » — mot qui a pesé dans le score (+0,85) ; … »).
   * Quotes attacker-written words: render as text.
   */
  hints: z.string().optional(),
})
export type TimelineEntry = z.infer<typeof timelineEntrySchema>

/** GET /api/cases/:id/timeline */
export const timelineSchema = z.object({ entries: z.array(timelineEntrySchema), truncated: z.boolean() })
export type Timeline = z.infer<typeof timelineSchema>

/** A referent as served. */
export const referentViewSchema = z.object({
  id: z.number(),
  academie: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ReferentView = z.infer<typeof referentViewSchema>

/** A file refused in an upload, with why. */
export const refusedFileSchema = z.object({ name: z.string(), code: z.string(), message: z.string() })
export type RefusedFile = z.infer<typeof refusedFileSchema>

/** POST /api/cases/:id/files answer (201 when at least one file was stored). */
export const uploadResultSchema = z.object({ files: z.array(caseFileViewSchema), refused: z.array(refusedFileSchema) })
export type UploadResult = z.infer<typeof uploadResultSchema>
