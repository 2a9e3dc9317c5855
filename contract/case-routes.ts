/**
 * The HTTP routes of case files, their vault and the académie referents,
 * mounted by src/server/routes/cases.ts, case-files.ts and referents.ts.
 */
import { z } from 'zod'
import {
  ACADEMIES,
  CASE_LINK_KINDS,
  caseEraseInputSchema,
  caseFileViewSchema,
  caseInputSchema,
  caseLinkInputSchema,
  caseLinkViewSchema,
  caseMemberInputSchema,
  casePatchSchema,
  caseViewSchema,
  referentAlertInputSchema,
  referentInputSchema,
  referentPatchSchema,
  referentViewSchema,
  timelineSchema,
  uploadResultSchema,
} from './cases.js'
import { idParams } from './common.js'
import { endpoint, other } from './endpoint.js'

export { ACADEMIES }

const caseId = idParams('identifiant de dossier invalide')
const caseNotFound = { 404: 'dossier introuvable (ou celui d’un autre : jamais 403)' }
const ownOrShared = 'Une écoutante voit ses dossiers et ceux qu’on lui a partagés ; un admin les voit tous ; tout autre dossier répond 404.'
const ownerOnly = 'Partager, clore, rouvrir, mettre sous conservation légale et effacer : le titulaire du dossier et les admins (403 pour une écoutante à qui il est partagé). Lever la conservation légale : les admins seulement.'
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
  errors: { 403: 'seul le titulaire ou un admin change l’état ou met sous conservation ; seul un admin lève la conservation', ...caseNotFound },
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
