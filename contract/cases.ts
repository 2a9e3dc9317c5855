/**
 * Case files (« dossiers »), their evidence vault, académie referents: the
 * request bodies the server validates and the shapes it answers, shared with
 * the dashboard (which imports the types only).
 */
import { z } from 'zod'
import { idParams } from './common.js'
import { endpoint, other } from './endpoint.js'

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

/** PATCH /api/cases/:id — any field, plus status and legal hold (owner and admins only). */
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
  }),
  post: z
    .object({ platform: z.string(), url: z.string().nullable(), author: z.string(), text: z.string(), createdAt: z.string(), hostile: z.boolean() })
    .optional(),
  sha256: z.string().optional(),
  answer: z.string().nullable().optional(),
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

// ---------------------------------------------------------------------------
// Routes (mounted by src/server/routes/cases.ts, case-files.ts, referents.ts)

const caseId = idParams('identifiant de dossier invalide')
const caseNotFound = { 404: 'dossier introuvable (ou celui d’un autre : jamais 403)' }
const ownOrShared = 'Une écoutante voit ses dossiers et ceux qu’on lui a partagés ; un admin les voit tous ; tout autre dossier répond 404.'
const ownerOnly = 'Partager, clore, rouvrir, mettre sous conservation légale et effacer : le titulaire du dossier et les admins (403 pour une écoutante à qui il est partagé).'
const caseBody = z.object({ case: caseViewSchema })
const linksBody = z.object({ links: z.array(caseLinkViewSchema) })

/** What an erasure removed. */
export const erasureSchema = z.object({ caseId: z.number(), files: z.number(), sha256: z.array(z.string()) })

/** A referent e-mail that went out. */
export const referentSentSchema = z.object({ sent: z.object({ referentId: z.number(), accepted: z.array(z.string()), includedName: z.boolean() }) })

export const listCases = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases',
  summary: 'Les dossiers',
  description: ownOrShared,
  query: z.object({ status: z.enum(['open', 'closed', 'all'], { error: 'status : open, closed ou all' }).default('all') }),
  responses: { 200: z.object({ cases: z.array(caseViewSchema) }) },
})

export const createCase = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases',
  summary: 'Ouvre un dossier (libellé pseudonyme, tranche d’âge, académie, établissement, notes)',
  description: 'Le journal d’audit ne garde que le numéro du dossier.',
  body: caseInputSchema,
  responses: { 201: caseBody },
})

export const getCase = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id',
  summary: 'Un dossier, ses liens et la liste de ses fichiers (jamais leur contenu)',
  description: ownOrShared,
  params: caseId,
  responses: { 200: z.object({ case: caseViewSchema, links: z.array(caseLinkViewSchema), files: z.array(caseFileViewSchema) }) },
  errors: caseNotFound,
})

export const patchCase = endpoint({
  tag: 'cases',
  method: 'patch',
  path: '/api/cases/:id',
  summary: 'Modifie un dossier ; le clôt, le rouvre, le met sous conservation légale',
  description: `${ownerOnly} Le journal garde les noms des champs modifiés, jamais leurs valeurs.`,
  params: caseId,
  body: casePatchSchema,
  responses: { 200: caseBody },
  errors: { 403: 'seul le titulaire ou un admin change l’état ou la conservation', ...caseNotFound },
})

export const caseTimelineRoute = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id/timeline',
  summary: 'La chronologie du dossier : alertes, messages repérés, signalements, relectures, retraits, fichiers, référents',
  params: caseId,
  responses: { 200: timelineSchema },
  errors: caseNotFound,
})

export const addCaseMember = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases/:id/members',
  summary: 'Partage le dossier avec une écoutante (par son nom)',
  description: ownerOnly,
  params: caseId,
  body: caseMemberInputSchema,
  responses: { 200: caseBody },
  errors: { 403: 'seul le titulaire ou un admin partage', ...caseNotFound, 409: 'c’est le titulaire du dossier' },
})

export const removeCaseMember = endpoint({
  tag: 'cases',
  method: 'delete',
  path: '/api/cases/:id/members/:userId',
  summary: 'Retire un partage',
  description: ownerOnly,
  params: caseId.extend({
    userId: z.coerce.number({ error: 'identifiant d’utilisateur invalide' }).int('identifiant d’utilisateur invalide').positive('identifiant d’utilisateur invalide').max(2_147_483_647),
  }),
  responses: { 200: caseBody },
  errors: { 403: 'seul le titulaire ou un admin retire un partage', 404: 'dossier introuvable, ou pas partagé avec cet utilisateur' },
})

export const linkCase = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases/:id/links',
  summary: 'Lie une veille, une alerte, un signalement ou une demande de retrait au dossier',
  description: 'Une écoutante ne lie que ses propres veilles et leurs alertes (celles d’une autre : 404).',
  params: caseId,
  body: caseLinkInputSchema,
  responses: { 200: linksBody },
  errors: { 404: 'dossier ou cible introuvable' },
})

export const unlinkCase = endpoint({
  tag: 'cases',
  method: 'delete',
  path: '/api/cases/:id/links/:kind/:targetId',
  summary: 'Retire un lien',
  params: caseId.extend({
    kind: z.enum(CASE_LINK_KINDS, { error: `type de lien : ${CASE_LINK_KINDS.join(', ')}` }),
    targetId: z.coerce.number({ error: 'numéro de la cible invalide' }).int('numéro de la cible invalide').positive('numéro de la cible invalide').max(2_147_483_647),
  }),
  responses: { 200: linksBody },
  errors: { 404: 'dossier ou lien introuvable' },
})

export const eraseCaseRoute = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases/:id/erase',
  summary: 'Efface le dossier, ses fichiers, liens et chronologie (droit à l’effacement)',
  description: `${ownerOnly} Il faut retaper le libellé du dossier. Refusé sous conservation légale. Audité avec les empreintes des fichiers effacés.`,
  params: caseId,
  body: caseEraseInputSchema,
  responses: { 200: z.object({ erased: erasureSchema }) },
  errors: { 403: 'seul le titulaire ou un admin efface', ...caseNotFound, 409: 'dossier sous conservation légale' },
})

export const caseReferentAlert = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases/:id/referent-alerts',
  summary: 'Alerte le référent harcèlement de l’académie par e-mail (résumé minimal, sans image)',
  description: 'Le nom de la personne n’y figure que si includeName est vrai. Inscrit dans la chronologie et le journal d’audit.',
  params: caseId,
  body: referentAlertInputSchema,
  responses: { 201: referentSentSchema },
  errors: { 400: 'aucun nom à inclure', 404: 'dossier ou référent introuvable', 502: 'le serveur SMTP a refusé, ou aucun n’est configuré (VIGIE_SMTP_URL)' },
})

export const uploadCaseFiles = endpoint({
  tag: 'cases',
  method: 'post',
  path: '/api/cases/:id/files',
  summary: 'Dépose des fichiers dans le coffre du dossier (multipart/form-data, champ file, 1 à 10 ; capturedAt facultatif)',
  description:
    'Le type est lu dans le contenu : PNG, JPEG, WebP, GIF, HEIC, AVIF, PDF, MP4, MOV, WebM, 3GP ; SVG, HTML, XML et archives refusés ; 50 Mo par fichier, 500 par dossier ; une image annonçant plus de 30 000 px de côté ou 100 mégapixels est refusée. Chaque fichier est haché (SHA-256) et chiffré (AES-256-GCM) au fil de l’envoi. 201 dès qu’un fichier est gardé, les refus listés dans refused.',
  params: caseId,
  query: z.object({ capturedAt: z.string().optional() }),
  responses: { 201: uploadResultSchema },
  errors: {
    400: 'formulaire illisible, fichier vide, date de capture invalide',
    ...caseNotFound,
    409: 'dossier clos',
    413: 'fichier de plus de 50 Mo, ou trop de fichiers',
    415: 'type refusé, ou corps qui n’est pas multipart/form-data',
    422: 'image aux dimensions démesurées',
    503: 'coffre non configuré : VIGIE_VAULT_KEY ou VIGIE_VAULT_KEY_FILE',
  },
})

export const listCaseFiles = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id/files',
  summary: 'Les fichiers du dossier (nom, type, taille, SHA-256, déposant, dates ; jamais le contenu)',
  params: caseId,
  responses: { 200: z.object({ files: z.array(caseFileViewSchema) }) },
  errors: caseNotFound,
})

export const caseFileContent = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id/files/:fileId/content',
  summary: 'Le contenu d’un fichier, déchiffré et vérifié (chaque lecture est journalisée)',
  description: 'Content-Type : le type lu au dépôt ; X-Content-Type-Options: nosniff ; CSP sandbox ; Repr-Digest : son SHA-256. Un PDF est toujours en pièce jointe.',
  params: caseId.extend({
    fileId: z.coerce.number({ error: 'identifiant de fichier invalide' }).int('identifiant de fichier invalide').positive('identifiant de fichier invalide').max(2_147_483_647),
  }),
  query: z.object({ disposition: z.enum(['attachment', 'inline'], { error: 'disposition : attachment ou inline' }).default('attachment') }),
  responses: { 200: other('application/octet-stream', 'Le fichier tel que déposé, octet pour octet ; son vrai Content-Type est celui lu au dépôt (image/png, application/pdf, video/mp4…).') },
  errors: { 404: 'dossier ou fichier introuvable', 503: 'coffre non configuré' },
})

export const exportCasePdf = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id/export.pdf',
  summary: 'Le dossier de preuves pour une plainte (PDF)',
  description: 'Chronologie, preuves figées des messages signalés avec leur SHA-256 et heure de capture, fichiers déposés (nom, type, taille, SHA-256, dépôt), demandes de retrait et réponses des plateformes.',
  params: caseId,
  responses: { 200: other('application/pdf', 'Le PDF, en pièce jointe.') },
  errors: caseNotFound,
})

export const exportCaseZip = endpoint({
  tag: 'cases',
  method: 'get',
  path: '/api/cases/:id/export.zip',
  summary: 'Le PDF, les fichiers tels que déposés, les preuves figées (JSON canonique) et SHA256SUMS, dans un zip',
  params: caseId,
  responses: { 200: other('application/zip', 'Le zip, en pièce jointe, produit au fil de l’eau.') },
  errors: { ...caseNotFound, 503: 'coffre non configuré' },
})

const referentBody = z.object({ referent: referentViewSchema })
const referentId = idParams('identifiant de référent invalide')

export const listReferentsRoute = endpoint({
  tag: 'referents',
  method: 'get',
  path: '/api/referents',
  summary: 'L’annuaire des référents harcèlement par académie, et la liste des académies',
  responses: { 200: z.object({ academies: z.array(z.string()), referents: z.array(referentViewSchema) }) },
})

export const createReferentRoute = endpoint({
  tag: 'referents',
  method: 'post',
  path: '/api/referents',
  summary: 'Ajoute un référent (académie, nom, e-mail)',
  body: referentInputSchema,
  responses: { 201: referentBody },
})

export const patchReferentRoute = endpoint({
  tag: 'referents',
  method: 'patch',
  path: '/api/referents/:id',
  summary: 'Modifie un référent',
  params: referentId,
  body: referentPatchSchema,
  responses: { 200: referentBody },
  errors: { 404: 'référent introuvable' },
})

export const deleteReferentRoute = endpoint({
  tag: 'referents',
  method: 'delete',
  path: '/api/referents/:id',
  summary: 'Retire un référent de l’annuaire',
  params: referentId,
  responses: { 204: null },
  errors: { 404: 'référent introuvable' },
})

export const alertReferentFromAlert = endpoint({
  tag: 'referents',
  method: 'post',
  path: '/api/alerts/:id/referent-alerts',
  summary: 'Alerte le référent depuis une alerte (établissement de la veille ; nom seulement si includeName)',
  description: 'Une écoutante ne le fait que pour les alertes de ses veilles (celles d’une autre : 404). Inscrit dans la chronologie des dossiers qui lient la veille ou l’alerte.',
  params: idParams('identifiant d’alerte invalide'),
  body: referentAlertInputSchema,
  responses: { 201: referentSentSchema },
  errors: { 400: 'aucun nom à inclure', 404: 'alerte ou référent introuvable', 502: 'le serveur SMTP a refusé, ou aucun n’est configuré (VIGIE_SMTP_URL)' },
})
