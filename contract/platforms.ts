/**
 * The platform registry: how Vigie recognises a platform's URLs, where the
 * platform takes DSA notices, and how its pages say an item is gone. Shipped
 * defaults live in src/platforms/defaults.ts; admins edit them
 * (PUT /api/platforms/:id). Wire types shared by the service and the dashboard.
 */
import { z } from 'zod'
import { DateTime } from './common.js'
import { endpoint } from './endpoint.js'

/** What a URL points at. */
export const ItemKind = z.enum(['video', 'post', 'comment', 'story', 'profile', 'group', 'page'])
export type ItemKind = z.infer<typeof ItemKind>

/** French names of item kinds. */
export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  video: 'vidéo',
  post: 'publication',
  comment: 'commentaire',
  story: 'story',
  profile: 'profil',
  group: 'groupe ou serveur (invitation)',
  page: 'page',
}

const PLATFORM_ID = /^[a-z][a-z0-9-]{0,30}$/
const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/
/** A path template: literal segments, `:name` (one segment) or `prefix:name` (e.g. `@:author`), optional `/*` at the end. */
const PATH_TEMPLATE = /^\/([A-Za-z0-9._~@+-]*:?[a-z][A-Za-z0-9]*|[A-Za-z0-9._~@+-]+|\*)?(\/([A-Za-z0-9._~@+-]*:?[a-z][A-Za-z0-9]*|[A-Za-z0-9._~@+-]+|\*))*\/?$/

const host = z.string().max(200).regex(HOST, 'hôte invalide (ex. www.tiktok.com ou *.tiktok.com)')
const pathTemplate = z.string().max(200).regex(PATH_TEMPLATE, 'modèle de chemin invalide (ex. /@:author/video/:id)')
const httpsUrl = z
  .string()
  .max(500)
  .refine((v) => {
    try {
      return ['https:', 'http:'].includes(new URL(v).protocol)
    } catch {
      return false
    }
  }, 'URL http(s) attendue')

/** One shape of item URL on a platform. */
export const UrlPattern = z.strictObject({
  kind: ItemKind,
  /** Hosts this pattern applies to (default: every host of the platform). */
  hosts: z.array(host).max(20).optional(),
  /** Path template: `/@:author/video/:id`. */
  path: pathTemplate,
  /** Query parameters the item needs (`{ "v": ":id" }`); every other parameter is dropped. */
  query: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), z.string().regex(/^:[a-z][A-Za-z0-9]*$/)).optional(),
  /** The normalised URL, from the captured parameters: `https://www.tiktok.com/@:author/video/:id`. */
  canonical: z.string().max(300),
  /** The platform's id of the item (unique per platform), from the parameters: `video/:id`. */
  key: z.string().max(200),
})
export type UrlPattern = z.infer<typeof UrlPattern>

/** Short links: followed (safely) to the item they stand for. */
export const ShortLink = z.strictObject({
  hosts: z.array(host).min(1).max(20),
  /** Only these paths on those hosts (default: any path). */
  path: pathTemplate.optional(),
})
export type ShortLink = z.infer<typeof ShortLink>

/** A notice channel: a web form to fill in, and/or an address to e-mail. */
export const NoticeChannel = z.strictObject({
  formUrl: httpsUrl.nullable(),
  email: z.email({ error: 'adresse e-mail invalide' }).nullable(),
  /** Free text for the person sending: what to choose in the form, what to expect. */
  note: z.string().max(1_000).nullable(),
})
export type NoticeChannel = z.infer<typeof NoticeChannel>

/** How a page of the platform says its item is gone, or cannot be seen. Substrings are matched case-insensitively. */
export const PageRules = z.strictObject({
  /** Statuses meaning removed (default 404, 410). */
  goneStatuses: z.array(z.number().int().min(200).max(599)).max(10),
  /** Paths of generic pages a removed item redirects to (`/`, `/explore`): a redirect there means removed. */
  genericPages: z.array(pathTemplate).max(20),
  /** Text of a page answering 200 for an item that is no longer available. */
  unavailableMarkers: z.array(z.string().min(3).max(200)).max(30),
  /** Paths or text of a login wall: no conclusion. */
  loginPages: z.array(pathTemplate).max(20),
  loginMarkers: z.array(z.string().min(3).max(200)).max(30),
  /** Text of a page refused in this country: no conclusion. */
  geoMarkers: z.array(z.string().min(3).max(200)).max(30),
  /**
   * A lighter address that answers for the item (an oEmbed endpoint, an invite API), tried first.
   * Template: `{origin}` (the item's origin), `{scheme}`, `{port}` (`:port` when the item's URL has
   * one), `{url}` (the item's URL, encoded), and the pattern's parameters (`{id}`).
   */
  probe: z
    .strictObject({
      url: z.string().max(300),
      /** Statuses meaning removed. */
      goneStatuses: z.array(z.number().int().min(200).max(599)).min(1).max(10),
      /** Kinds of items it applies to (default all). */
      kinds: z.array(ItemKind).max(7).optional(),
    })
    .nullable(),
})
export type PageRules = z.infer<typeof PageRules>

/** One platform of the registry. */
export const PlatformDefinition = z.strictObject({
  id: z.string().regex(PLATFORM_ID, 'identifiant : minuscules, chiffres et tirets (1 à 31 caractères)'),
  name: z.string().min(1).max(60),
  /** Every host of the platform (items, short links). */
  hosts: z.array(host).min(1).max(40),
  patterns: z.array(UrlPattern).max(40),
  shortLinks: z.array(ShortLink).max(10),
  /** Where it takes DSA Article 16 notices. */
  notice: NoticeChannel,
  /** Its channel for trusted flaggers (DSA Art. 22), when it has one. */
  trustedFlagger: NoticeChannel.nullable(),
  /** Our DSA categories it accepts, with the name the platform gives each in its form. */
  categories: z.record(z.string().max(60), z.string().max(120)),
  rules: PageRules,
  /** Where the defaults were read (a public help page). */
  source: httpsUrl.nullable(),
  /** False until an administrator has checked the channels against the platform's current pages. */
  verified: z.boolean(),
})
export type PlatformDefinition = z.infer<typeof PlatformDefinition>

/** A registry entry as served: the definition and where it comes from. */
export const PlatformView = z.strictObject({
  definition: PlatformDefinition,
  /** default: shipped as is; edited: an administrator changed the shipped entry; custom: added by an administrator. */
  origin: z.enum(['default', 'edited', 'custom']),
  updatedAt: DateTime.nullable(),
  updatedBy: z.string().nullable(),
  /** The notice e-mail from VIGIE_PLATFORM_NOTICE_EMAILS, when it overrides the registry's. */
  envNoticeEmail: z.string().nullable(),
}).meta({ id: 'PlatformView' })
export type PlatformView = z.infer<typeof PlatformView>

const platformParams = z.object({ id: z.string().regex(PLATFORM_ID, 'identifiant de plateforme invalide') })

export const listPlatforms = endpoint({
  tag: 'platforms',
  method: 'get',
  path: '/api/platforms',
  summary: 'Le registre des plateformes (livrées, modifiées, ajoutées)',
  responses: { 200: z.strictObject({ platforms: z.array(PlatformView) }) },
})

export const savePlatform = endpoint({
  tag: 'platforms',
  method: 'put',
  path: '/api/platforms/:id',
  summary: 'Enregistre la version d’une plateforme (la définition entière), audité',
  params: platformParams,
  body: PlatformDefinition,
  responses: { 200: z.strictObject({ platform: PlatformView }) },
  errors: { 409: 'un hôte appartient déjà à une autre plateforme' },
})

export const resetPlatform = endpoint({
  tag: 'platforms',
  method: 'delete',
  path: '/api/platforms/:id',
  summary: 'Revient à la plateforme livrée, ou supprime une plateforme ajoutée, audité',
  params: platformParams,
  responses: { 204: null },
  errors: { 404: 'plateforme introuvable', 409: 'déjà telle que livrée' },
})
