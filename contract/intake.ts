/**
 * Reporting content by URL: what a person pastes, what each URL became, its
 * evidence captures, and the « envoyé » step of a notice sent through a
 * platform's web form. Wire types shared by the service and the dashboard.
 */
import { z } from 'zod'

const DSA = ['harassment', 'threat', 'sexual_blackmail', 'non_consensual_intimate_image', 'doxxing', 'hate', 'self_harm_incitement'] as const

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} doit être du texte` })
    .max(max, `${what} fait au plus ${max.toLocaleString('fr-FR')} caractères`)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? undefined : s))
    .optional()

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
    flag: z
      .strictObject({ category: z.enum(DSA, { error: `catégorie : l’une de ${DSA.join(', ')}` }), note: optionalText(2_000, 'la note') }, { error: 'flag : category et note seulement' })
      .optional(),
  },
  { error: 'champ inconnu : urls, description, caseId et flag seulement' },
)
export type IntakeInput = z.input<typeof IntakeInput>

/** One capture of an item, as served. */
export const CaptureView = z.object({
  id: z.number().int(),
  source: z.enum(['page', 'victim-screenshot']),
  /** available | removed | login_wall | geo_blocked | unreachable | unknown | attached. */
  state: z.string(),
  summary: z.string(),
  requestedUrl: z.string().nullable(),
  finalUrl: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  headers: z.record(z.string(), z.string()).nullable(),
  capturedAt: z.string(),
  image: z.object({ sha256: z.string(), size: z.number().int(), type: z.string(), stored: z.boolean() }).nullable(),
  html: z.object({ sha256: z.string(), size: z.number().int(), stored: z.boolean() }).nullable(),
  recordSha256: z.string(),
  createdBy: z.string(),
})
export type CaptureView = z.infer<typeof CaptureView>

/** A filed URL, as served. */
export const IntakeItemView = z.object({
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
  submittedAt: z.string(),
  caseId: z.number().int().nullable(),
  /** pending | running | done | failed | off. */
  captureState: z.string(),
  captureError: z.string().nullable(),
  /** The open or confirmed flag on the item's post, if any. */
  flagId: z.number().int().nullable(),
  captures: z.array(CaptureView),
})
export type IntakeItemView = z.infer<typeof IntakeItemView>

/** What became of one pasted URL. */
export const IntakeResult = z.object({
  input: z.string(),
  /** created: a new item; existing: already filed (deduplicated); refused: see reason. */
  outcome: z.enum(['created', 'existing', 'refused']),
  reason: z.string().nullable(),
  item: IntakeItemView.nullable(),
})
export type IntakeResult = z.infer<typeof IntakeResult>

/** Answer of POST /api/intake. */
export const IntakeAnswer = z.object({
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
export const NoticeStep = z.object({
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
  trustedFlagger: z.object({ formUrl: z.string().nullable(), email: z.string().nullable(), note: z.string().nullable() }).nullable(),
  /** The notice, ready to paste. */
  text: z.string(),
  sentAt: z.string().nullable(),
  sentBy: z.string().nullable(),
  sentVia: z.string().nullable(),
  reference: z.string().nullable(),
})
export type NoticeStep = z.infer<typeof NoticeStep>
