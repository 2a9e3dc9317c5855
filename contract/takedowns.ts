/** Takedown requests (platform reports and DSA Article 16 notices), their status and timer. */
import { z } from 'zod'
import { DateTime, idParams } from './common.js'
import { endpoint, other } from './endpoint.js'
import { EscalateInput, EscalationView, RemovalCheck, RemovedBy } from './removal.js'

export const TAKEDOWN_STATUSES = ['requested', 'acknowledged', 'removed', 'refused'] as const
export const TakedownStatus = z.enum(TAKEDOWN_STATUSES)
export type TakedownStatus = z.infer<typeof TakedownStatus>

export const TakedownChannel = z.enum(['bluesky-report', 'mastodon-report', 'dsa-notice'])
export type TakedownChannel = z.infer<typeof TakedownChannel>

/** A takedown request. */
export const TakedownView = z
  .strictObject({
    id: z.number().int(),
    flagId: z.number().int(),
    postId: z.string(),
    platform: z.string(),
    channel: TakedownChannel,
    status: TakedownStatus,
    requestedAt: DateTime,
    acknowledgedAt: DateTime.nullable(),
    resolvedAt: DateTime.nullable(),
    /** requestedAt + 1 h: the target for the content to be gone. */
    dueAt: DateTime,
    answer: z.string().nullable(),
    /** The platform's report id. */
    externalRef: z.string().nullable(),
    lastError: z.string().nullable(),
    post: z.strictObject({ url: z.string().nullable(), author: z.string(), externalId: z.string() }),
    /** When the content was seen gone; the timer stops here. */
    removedAt: DateTime.nullable(),
    /** `platform` (taken down), `author` (deleted by its author: the request stays open), or null. */
    removedBy: RemovedBy.nullable(),
    /** What the last removal check saw. */
    lastCheck: RemovalCheck.nullable(),
    /** Past the hour and still online (« en retard »): when the cell was alerted. */
    overdueAt: DateTime.nullable(),
    /** Escalation steps taken (re-sent, notice e-mailed, file prepared), oldest first. */
    escalations: z.array(EscalationView),
    /** DSA notices: when it went to the platform (e-mailed by Vigie, or « envoyé » after its web form), by whom, how and where. */
    sentAt: DateTime.nullable(),
    sentBy: z.string().nullable(),
    /** `email` | `form`. */
    sentVia: z.string().nullable(),
    /** The address e-mailed, or the form used. */
    sentTo: z.string().nullable(),
  })
  .meta({ id: 'TakedownView' })
export type TakedownView = z.infer<typeof TakedownView>

/** A DSA Article 16 notice (regulation (EU) 2022/2065), as JSON. */
export const DsaNotice = z
  .strictObject({
    type: z.literal('dsa-article-16-notice'),
    reference: z.string(),
    date: z.string(),
    platform: z.string(),
    content: z.strictObject({
      urls: z.array(z.string()),
      platformId: z.string(),
      author: z.string(),
      authorId: z.string().nullable(),
      publishedAt: z.string(),
      deletedAt: z.string().nullable(),
      text: z.string(),
    }),
    explanation: z.strictObject({
      category: z.string(),
      categoryLabel: z.string(),
      ground: z.string().nullable(),
      targetIsMinor: z.boolean(),
      classifier: z.strictObject({
        score: z.number(),
        categories: z.array(z.string()),
        matches: z.array(z.strictObject({ match: z.string(), category: z.string() })),
        /** Marked without evidence: no passage in cause; the category is the reviewers'. Absent on a post with evidence or filed by URL. */
        withoutEvidence: z.literal(true).optional(),
        /** With `withoutEvidence`: the hints frozen with the post (« indices »: why it was marked; not evidence, no category). */
        hints: z.array(z.strictObject({ match: z.string(), kind: z.enum(['weak', 'model']) })).optional(),
        modelVersion: z.string(),
      }),
      flagNote: z.string().nullable(),
      reviewNote: z.string().nullable(),
      summary: z.string(),
    }),
    notifier: z.strictObject({ name: z.string().nullable(), email: z.string().nullable() }),
    goodFaithStatement: z.string(),
    evidence: z.strictObject({
      sha256: z.string(),
      algorithm: z.literal('SHA-256 of the canonical JSON snapshot'),
      capturedAt: z.string(),
      /** Captures of the page (items filed by URL): hashes, never bytes. */
      captures: z.array(
        z.strictObject({
          source: z.enum(['page', 'victim-screenshot']),
          capturedAt: z.string(),
          state: z.string(),
          finalUrl: z.string().nullable(),
          httpStatus: z.number().int().nullable(),
          imageSha256: z.string().nullable(),
          htmlSha256: z.string().nullable(),
          recordSha256: z.string(),
        }),
      ),
    }),
    /** Filed by URL: the text is the reporter's description, not the platform's, and was not scored. */
    filedByUrl: z.boolean(),
  })
  .meta({ id: 'DsaNotice' })
export type DsaNotice = z.infer<typeof DsaNotice>

export const TakedownListQuery = z.object({
  status: z.enum(TAKEDOWN_STATUSES, { error: 'status : requested, acknowledged, removed ou refused' }).optional(),
  limit: z.coerce.number({ error: 'limit doit être un nombre' }).int('limit doit être un entier').min(1, 'limit vaut au moins 1').max(200, 'limit vaut au plus 200').default(100),
  before: z.coerce.number({ error: 'before doit être un identifiant' }).int('before doit être un entier').positive('before doit être positif').optional(),
})
export type TakedownListQuery = z.input<typeof TakedownListQuery>

/** What the platform answered. */
export const TakedownStatusChange = z.strictObject(
  {
    status: z.enum(['acknowledged', 'removed', 'refused'], { error: 'status : acknowledged, removed ou refused' }),
    answer: z
      .string({ error: 'answer doit être du texte' })
      .max(5000, 'la réponse fait au plus 5 000 caractères')
      .transform((s) => s.trim())
      .transform((s) => (s === '' ? undefined : s))
      .optional(),
  },
  { error: 'champ inconnu : status et answer seulement' },
)
export type TakedownStatusChange = z.input<typeof TakedownStatusChange>

export const TakedownBody = z.strictObject({ takedown: TakedownView })
export type TakedownBody = z.infer<typeof TakedownBody>

/** Who the escalation file is for. */
export const EscalationFileQuery = z.object({
  recipient: z.enum(['trusted-flagger', 'regulator'], { error: 'recipient : trusted-flagger ou regulator' }).default('regulator'),
})
export type EscalationFileQuery = z.input<typeof EscalationFileQuery>

const takedownId = idParams('identifiant de demande de retrait invalide')
const notFound = { 404: 'demande de retrait introuvable' }

export const listTakedowns = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns',
  summary: 'Les demandes de retrait, les plus récentes d’abord',
  query: TakedownListQuery,
  responses: { 200: z.strictObject({ takedowns: z.array(TakedownView) }) },
})

export const getTakedown = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns/:id',
  summary: 'Une demande de retrait et son délai (`dueAt`)',
  params: takedownId,
  responses: { 200: TakedownBody },
  errors: notFound,
})

export const setTakedownStatus = endpoint({
  tag: 'takedowns',
  method: 'post',
  path: '/api/takedowns/:id/status',
  summary: 'Note la réponse de la plateforme : pris en compte, retiré ou refusé',
  params: takedownId,
  body: TakedownStatusChange,
  responses: { 200: TakedownBody },
  errors: { ...notFound, 409: 'statut déjà final' },
})

export const sendTakedown = endpoint({
  tag: 'takedowns',
  method: 'post',
  path: '/api/takedowns/:id/send',
  summary: 'Renvoie un signalement à la plateforme (en arrière-plan)',
  params: takedownId,
  responses: { 200: TakedownBody },
  errors: { ...notFound, 409: 'un avis DSA se télécharge, ou la plateforme a déjà reçu le signalement' },
})

export const noticeText = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns/:id/notice.txt',
  summary: 'L’avis DSA article 16, en texte (téléchargement)',
  params: takedownId,
  responses: { 200: other('text/plain', 'L’avis en français, en pièce jointe (Content-Disposition).', z.string()) },
  errors: { ...notFound, 409: 'la preuve figée du signalement est illisible : aucun avis ne peut la citer' },
})

export const noticeJson = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns/:id/notice.json',
  summary: 'L’avis DSA article 16, en JSON (téléchargement)',
  params: takedownId,
  responses: { 200: other('application/json', 'L’avis en JSON, en pièce jointe (Content-Disposition).', DsaNotice) },
  errors: { ...notFound, 409: 'la preuve figée du signalement est illisible : aucun avis ne peut la citer' },
})

export const checkTakedown = endpoint({
  tag: 'takedowns',
  method: 'post',
  path: '/api/takedowns/:id/check',
  summary: 'Vérifie maintenant si la publication est toujours en ligne (« Vérifier maintenant »)',
  params: takedownId,
  responses: { 200: TakedownBody },
  errors: notFound,
})

export const escalateTakedown = endpoint({
  tag: 'takedowns',
  method: 'post',
  path: '/api/takedowns/:id/escalate',
  summary: 'Étape suivante sur une demande en retard : renvoyer le signalement, ou envoyer l’avis DSA par courriel à la plateforme',
  params: takedownId,
  body: EscalateInput,
  responses: { 200: TakedownBody },
  errors: { ...notFound, 409: 'demande close, avis DSA non renvoyable par l’API, ou pas de serveur d’envoi', 502: 'le serveur de courriel a refusé (upstream)' },
})

export const escalationFile = endpoint({
  tag: 'takedowns',
  method: 'get',
  path: '/api/takedowns/:id/escalation.json',
  summary: 'Le dossier d’escalade (téléchargement, enregistré et audité)',
  description: 'En-tête `X-Vigie-Sha256` : l’empreinte du fichier.',
  params: takedownId,
  query: EscalationFileQuery,
  responses: { 200: other('application/json', 'Le dossier en JSON, en pièce jointe (Content-Disposition).') },
  errors: notFound,
})
