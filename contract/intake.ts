/**
 * Reporting content by URL: what a person pastes, what each URL became, its
 * evidence captures, and the « envoyé » step of a notice sent through a
 * platform's web form. Wire types shared by the service and the dashboard.
 */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint, other } from './endpoint.js'
import { FlagView } from './flags.js'
import { TakedownBody } from './takedowns.js'

const DSA = ['harassment', 'threat', 'sexual_blackmail', 'non_consensual_intimate_image', 'doxxing', 'hate', 'self_harm_incitement'] as const

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} doit être du texte` })
    .max(max, `${what} fait au plus ${max.toLocaleString('fr-FR')} caractères`)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? undefined : s))
    .optional()

/** Flagging a filed item (body of POST /api/intake/:id/flag, and `flag` of POST /api/intake): the DSA category and a note for the reviewer. */
export const IntakeFlag = z.strictObject(
  { category: z.enum(DSA, { error: `catégorie : l’une de ${DSA.join(', ')}` }), note: optionalText(2_000, 'la note') },
  { error: 'champ inconnu : category et note seulement' },
)

/** Body of POST /api/intake. */
export const IntakeInput = z.strictObject(
  {
    /** One or many URLs, as pasted (lines, spaces, commas, inside a sentence). */
    urls: z.string({ error: 'urls : le texte collé contenant les liens' }).min(1, 'collez au moins un lien').max(60_000, 'texte trop long (60 000 caractères au plus)'),
    /** What the person tells about the content (becomes the post's text; may name the victim: never logged). */
    description: optionalText(5_000, 'la description'),
    /** Link the items to this case file. */
    caseId: z.number().int().positive().optional(),
    /** Flag every item at once under this category (then four eyes as usual). */
    flag: IntakeFlag.optional(),
  },
  { error: 'champ inconnu : urls, description, caseId et flag seulement' },
)
export type IntakeInput = z.input<typeof IntakeInput>

/** One capture of an item, as served. */
export const CaptureView = z.strictObject({
  id: z.number().int(),
  source: z.enum(['page', 'victim-screenshot']),
  /** available | removed | login_wall | geo_blocked | unreachable | unknown | attached. */
  state: z.string(),
  summary: z.string(),
  requestedUrl: z.string().nullable(),
  finalUrl: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  headers: z.record(z.string(), z.string()).nullable(),
  capturedAt: DateTime,
  /** `stored`: the bytes are in the vault (else only the hash was kept). */
  image: z.strictObject({ sha256: z.string(), size: z.number().int(), type: z.string(), stored: z.boolean() }).nullable(),
  html: z.strictObject({ sha256: z.string(), size: z.number().int(), stored: z.boolean() }).nullable(),
  recordSha256: z.string(),
  createdBy: z.string(),
}).meta({ id: 'CaptureView' })
export type CaptureView = z.infer<typeof CaptureView>

/** A filed URL, as served. */
export const IntakeItemView = z.strictObject({
  id: z.number().int(),
  postId: z.string(),
  platform: z.string(),
  platformName: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  url: z.string(),
  shortLink: z.string().nullable(),
  chain: z.array(z.string()),
  text: z.string(),
  submittedBy: z.string(),
  submittedAt: DateTime,
  caseId: z.number().int().nullable(),
  /** pending | running | done | failed | off. */
  captureState: z.string(),
  captureError: z.string().nullable(),
  /** The open or confirmed flag on the item's post, if any. */
  flagId: z.number().int().nullable(),
  captures: z.array(CaptureView),
}).meta({ id: 'IntakeItemView' })
export type IntakeItemView = z.infer<typeof IntakeItemView>

/** What became of one pasted URL. */
export const IntakeResult = z.strictObject({
  input: z.string(),
  /** created: a new item; existing: already filed (deduplicated); refused: see reason. */
  outcome: z.enum(['created', 'existing', 'refused']),
  reason: z.string().nullable(),
  item: IntakeItemView.nullable(),
})
export type IntakeResult = z.infer<typeof IntakeResult>

/** Answer of POST /api/intake. */
export const IntakeAnswer = z.strictObject({
  results: z.array(IntakeResult),
  /** More than 50 URLs were pasted: only the first 50 were taken. */
  truncated: z.boolean(),
  /** Capture is off on this server, and why (French), or null. */
  captureOff: z.string().nullable(),
})
export type IntakeAnswer = z.infer<typeof IntakeAnswer>

/** Body of POST /api/takedowns/:id/sent: the notice was sent through the platform's web form. */
export const NoticeSentInput = z.strictObject(
  {
    /** The platform's reference for the report (ticket or report number), when it gave one. */
    reference: optionalText(200, 'la référence'),
  },
  { error: 'champ inconnu : reference seulement' },
)
export type NoticeSentInput = z.input<typeof NoticeSentInput>

/** What to do to send a takedown's DSA notice to its platform (GET /api/takedowns/:id/notice-step). */
export const NoticeStep = z.strictObject({
  takedownId: z.number().int(),
  platform: z.string(),
  platformName: z.string(),
  /** email: Vigie e-mails it (or did); form: paste the text in the platform's form, then record « envoyé »; none: no channel known. */
  channel: z.enum(['email', 'form', 'none']),
  email: z.string().nullable(),
  formUrl: z.string().nullable(),
  note: z.string().nullable(),
  /** The name the platform gives the flag's category in its form. */
  platformCategory: z.string().nullable(),
  /** False until an administrator checked the registry entry. */
  verified: z.boolean(),
  trustedFlagger: z.strictObject({ formUrl: z.string().nullable(), email: z.string().nullable(), note: z.string().nullable() }).nullable(),
  /** The notice, ready to paste. */
  text: z.string(),
  sentAt: DateTime.nullable(),
  sentBy: z.string().nullable(),
  sentVia: z.string().nullable(),
  reference: z.string().nullable(),
}).meta({ id: 'NoticeStep' })
export type NoticeStep = z.infer<typeof NoticeStep>

export const IntakeListQuery = z.object({
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(50),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})
export type IntakeListQuery = z.input<typeof IntakeListQuery>

const intakeId = idParams('identifiant de signalement par URL invalide')
const captureParams = z.object({
  id: z.coerce.number({ error: 'identifiant de signalement par URL invalide' }).int().positive().max(2_147_483_647),
  cid: z.coerce.number({ error: 'identifiant de capture invalide' }).int('identifiant de capture invalide').positive('identifiant de capture invalide').max(2_147_483_647),
})
const notFound = { 404: 'signalement par URL introuvable (ou d’une autre personne)' }
const captureOff = z.string().nullable()

export const submitIntake = endpoint({
  tag: 'intake',
  method: 'post',
  path: '/api/intake',
  summary: 'Signale un ou plusieurs liens collés : reconnus, liens courts suivis, normalisés, dédoublonnés, enregistrés et capturés',
  description: '50 liens au plus par envoi ; une réponse par lien (`created`, `existing`, `refused` avec la raison). Un lien déjà signalé que la personne ne peut pas voir répond `existing` sans l’élément. Un lien rattaché à un dossier suit les règles du dossier : son titulaire, les écoutantes à qui il est partagé et les admins le voient ; tout autre répond 404.',
  body: IntakeInput,
  responses: { 200: IntakeAnswer },
  errors: { 404: 'dossier introuvable (caseId d’un dossier que la personne ne voit pas : jamais 403)' },
})

export const listIntake = endpoint({
  tag: 'intake',
  method: 'get',
  path: '/api/intake',
  summary: 'Les liens signalés, les plus récents d’abord (les conseillères : les leurs)',
  query: IntakeListQuery,
  responses: { 200: z.strictObject({ items: z.array(IntakeItemView), captureOff }) },
})

export const getIntake = endpoint({
  tag: 'intake',
  method: 'get',
  path: '/api/intake/:id',
  summary: 'Un lien signalé et ses captures',
  params: intakeId,
  responses: { 200: z.strictObject({ item: IntakeItemView, captureOff }) },
  errors: notFound,
})

export const recaptureIntake = endpoint({
  tag: 'intake',
  method: 'post',
  path: '/api/intake/:id/capture',
  summary: 'Capture la page à nouveau (en arrière-plan)',
  params: intakeId,
  responses: { 202: z.strictObject({ item: IntakeItemView.nullable() }) },
  errors: { ...notFound, 409: 'capture indisponible sur ce serveur (Chromium absent ou désactivé)' },
})

export type IntakeFlagInput = z.input<typeof IntakeFlag>

export const flagIntake = endpoint({
  tag: 'intake',
  method: 'post',
  path: '/api/intake/:id/flag',
  summary: '« Signaler » un lien signalé : il entre dans la relecture à quatre yeux puis la demande de retrait',
  description:
    'Pour qui voit l’élément (une écoutante : les siens, ou ceux de ses dossiers). La preuve est figée au signalement ; un élément déjà signalé (en attente, pris ou confirmé) renvoie son signalement ouvert. Une autre personne que l’auteur du signalement le confirme.',
  params: intakeId,
  body: IntakeFlag,
  responses: { 201: z.strictObject({ item: IntakeItemView, flags: z.array(FlagView) }) },
  errors: notFound,
})

export const captureImage = endpoint({
  tag: 'intake',
  method: 'get',
  path: '/api/intake/:id/captures/:cid/image',
  summary: 'L’image d’une capture (PNG de la page, ou capture d’écran de la victime)',
  description: 'En-tête `X-Vigie-Sha256` : l’empreinte de l’image.',
  params: captureParams,
  // One route, three image types: the answer's Content-Type is the one sniffed (PNG for a page, PNG/JPEG/WebP for a victim's screenshot).
  responses: { 200: other(null, 'L’image, octet pour octet : image/png pour une page capturée ; image/png, image/jpeg ou image/webp pour une capture jointe.') },
  errors: { 404: 'capture introuvable, ou image non conservée (coffre-fort non configuré)', 409: 'coffre-fort non configuré' },
})

export const captureHtml = endpoint({
  tag: 'intake',
  method: 'get',
  path: '/api/intake/:id/captures/:cid/page.html',
  summary: 'Le HTML d’une capture (téléchargement, jamais affiché)',
  description: 'En-tête `X-Vigie-Sha256` : l’empreinte du HTML.',
  params: captureParams,
  responses: { 200: other('application/octet-stream', 'Le HTML tel que capturé, en pièce jointe.') },
  errors: { 404: 'capture introuvable, ou HTML non conservé (coffre-fort non configuré)', 409: 'coffre-fort non configuré' },
})

export const attachCapture = endpoint({
  tag: 'intake',
  method: 'post',
  path: '/api/intake/:id/captures',
  summary: 'Joint la capture d’écran de la victime (multipart/form-data, champ file : PNG, JPEG ou WebP, 15 Mo au plus)',
  description:
    'Quand la page ne peut pas être capturée (connexion exigée, blocage, contenu retiré). Le type est lu dans le contenu, comme pour le coffre d’un dossier ; une image annonçant plus de 30 000 px de côté ou 100 mégapixels est refusée. L’image est hachée (SHA-256), chiffrée dans le coffre, gardée dans une capture en écriture unique ; l’ajout est audité.',
  params: intakeId,
  responses: { 201: z.strictObject({ item: IntakeItemView, capture: CaptureView }) },
  errors: {
    400: 'formulaire illisible, aucun fichier, fichier vide ou plus d’un fichier',
    ...notFound,
    413: 'capture de plus de 15 Mo',
    415: 'type refusé (seulement PNG, JPEG, WebP), ou corps qui n’est pas multipart/form-data',
    422: 'image aux dimensions démesurées',
    503: 'coffre-fort non configuré (VIGIE_VAULT_KEY)',
  },
})

const takedownId = idParams('identifiant de demande de retrait invalide')

export const noticeStep = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns/:id/notice-step',
  summary: 'Comment envoyer l’avis DSA à la plateforme : courriel ou formulaire, texte prêt à coller',
  params: takedownId,
  responses: { 200: z.strictObject({ step: NoticeStep }) },
  errors: { 404: 'demande de retrait introuvable', 409: 'pas un avis DSA' },
})

export const noticeSent = endpoint({
  tag: 'takedowns',
  method: 'post',
  path: '/api/takedowns/:id/sent',
  summary: 'Note que l’avis DSA a été envoyé par le formulaire de la plateforme (« envoyé »)',
  params: takedownId,
  body: NoticeSentInput,
  responses: { 200: TakedownBody },
  errors: { 404: 'demande de retrait introuvable', 409: 'pas un avis DSA, demande close, ou déjà envoyé' },
})
