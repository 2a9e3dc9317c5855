/**
 * Reporting content by URL: each pasted URL is recognised (platform, kind),
 * short links are followed safely, the URL normalised, deduplicated on the
 * platform's id, and filed as a post of that platform (« saisi par URL »)
 * that enters the usual flag → four eyes → takedown flow; then captured in
 * the background.
 *
 * These posts are written straight to the posts table, never through the
 * ingest pipeline: they are not scored (the text is what a person told us,
 * not what the platform published), carry no hashtags or mentions, and never
 * reach wave, pile-on or watch detection, so they cannot distort a wave.
 */
import { and, desc, eq, exists, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { IntakeAnswer, IntakeInput, IntakeItemView, IntakeResult } from '../../contract/intake.js'
import { ITEM_KIND_LABELS } from '../../contract/platforms.js'
import { appendAudit } from '../audit/audit-log.js'
import type { CaptureService } from '../capture/capture-service.js'
import { sha256Hex } from '../capture/capture-record.js'
import { requireCase, visibleTo, type CaseViewer } from '../cases/case-access.js'
import type { Database } from '../db/client.js'
import { cases, intakeItems, posts, type IntakeItemRow } from '../db/schema/index.js'
import type { Actor } from '../moderation/deps.js'
import { ModerationError } from '../moderation/errors.js'
import type { Moderation } from '../moderation/moderation.js'
import type { SafeFetcher } from '../net/safe-fetch.js'
import type { PlatformRegistry } from '../platforms/registry.js'
import { insertNewPosts } from '../posts/post-store.js'
import { expandShortLink } from './expand.js'
import { extractUrls } from './extract-urls.js'
import { INTAKE_MODEL_VERSION } from './intake-post.js'
import { intakeViews } from './intake-view.js'
import { recognise, type Recognised } from './recognise.js'


/**
 * Who is asking, and whether they see every item not in a case (the watch
 * cell) or only their own (counsellors). An item linked to a case is seen
 * only by those who see the case: its owner, the counsellors it is shared
 * with, and admins.
 */
export interface IntakeViewer extends Actor {
  seesAll: boolean
}

/** The intake viewer as a case viewer. */
function caseViewerOf(viewer: IntakeViewer): CaseViewer {
  return { userId: viewer.id, name: viewer.name, admin: viewer.role === 'admin' }
}

/** SQL condition: the intake item is visible to `viewer` (case rules for an item in a case). */
function itemVisibleTo(db: Database, viewer: IntakeViewer): SQL | undefined {
  const cv = caseViewerOf(viewer)
  if (cv.admin) return undefined
  const ownCase = exists(db.select({ one: sql`1` }).from(cases).where(and(eq(cases.id, intakeItems.caseId), visibleTo(cv))))
  const loose = viewer.seesAll ? isNull(intakeItems.caseId) : and(isNull(intakeItems.caseId), eq(intakeItems.submittedBy, viewer.id))
  return or(loose, and(isNotNull(intakeItems.caseId), ownCase))
}

/** What the intake service needs. */
export interface IntakeDeps {
  db: Database
  registry: PlatformRegistry
  /** Fetcher of untrusted URLs (short links). */
  fetcher: SafeFetcher
  capture: CaptureService
  moderation: Moderation
  now?: () => Date
}

const stripQuery = (url: string) => url.replace(/[?#].*$/, '')

/** Reporting by URL. */
export class IntakeService {
  constructor(private readonly deps: IntakeDeps) {}

  /** Files every URL of a paste; one result per URL, in order. */
  async submit(actor: IntakeViewer, input: IntakeInput & { description?: string | undefined }): Promise<IntakeAnswer> {
    const { urls, truncated } = extractUrls(input.urls)
    if (urls.length === 0) throw new ModerationError('bad_request', 'aucun lien trouvé dans le texte collé')
    // Only into a case the person may see (someone else's answers as if it did not exist).
    if (input.caseId !== undefined && !(await this.mayFileInto(actor, input.caseId))) throw new ModerationError('not_found', 'dossier introuvable')
    const platforms = await this.deps.registry.all()
    const results: IntakeResult[] = []
    const seen = new Map<string, IntakeResult>()
    const created: IntakeItemRow[] = []
    for (const raw of urls) {
      let r = recognise(platforms, raw)
      let shortLink: string | null = null
      let chain: string[] = []
      if (r.type === 'short') {
        const expanded = await expandShortLink(this.deps.fetcher, platforms, r.url)
        shortLink = stripQuery(r.url.toString())
        chain = expanded.chain.slice(1).map(stripQuery)
        r = expanded.ok ? { type: 'item', item: expanded.item } : { type: 'refused', reason: expanded.reason }
      }
      if (r.type !== 'item') {
        results.push({ input: raw, outcome: 'refused', reason: r.type === 'refused' ? r.reason : 'lien court non suivi', item: null })
        continue
      }
      const key = `${r.item.platform}\u0000${r.item.externalId}`
      const twin = seen.get(key)
      if (twin) {
        results.push({ ...twin, input: raw, outcome: 'existing' })
        continue
      }
      const { row, isNew } = await this.file(actor, r.item, shortLink, chain, input.description, input.caseId)
      if (isNew) created.push(row)
      // Already filed by someone else (or in a case this person may not see): said, never shown.
      const hidden = !isNew && !(await this.row(actor, row.id))
      const [view] = hidden ? [] : await this.views([row])
      const result: IntakeResult = hidden
        ? { input: raw, outcome: 'existing', reason: 'déjà signalé par une autre personne (non visible ici)', item: null }
        : { input: raw, outcome: isNew ? 'created' : 'existing', reason: null, item: view ?? null }
      seen.set(key, result)
      results.push(result)
    }
    if (input.flag) {
      const postIds = [...new Set(results.flatMap((r) => (r.item ? [r.item.postId] : [])))]
      if (postIds.length > 0) await this.deps.moderation.flag(actor, { postIds, category: input.flag.category, note: input.flag.note })
      for (const r of results) if (r.item) r.item = (await this.get(actor, r.item.id)) ?? r.item
    }
    if (created.length > 0) this.deps.capture.kick()
    return { results, truncated, captureOff: this.deps.capture.offReason }
  }

  /** Files one recognised item: a new post and intake row, or the existing ones. */
  private async file(
    actor: IntakeViewer,
    item: Recognised,
    shortLink: string | null,
    chain: string[],
    description: string | undefined,
    caseId: number | undefined,
  ): Promise<{ row: IntakeItemRow; isNew: boolean }> {
    const { db } = this.deps
    const existing = await this.findByItem(item.platform, item.externalId)
    if (existing) return { row: existing, isNew: false }
    const now = this.deps.now?.() ?? new Date()
    const platformName = (await this.deps.registry.get(item.platform))?.name ?? 'site web'
    const text = description ?? `Contenu signalé par URL (${ITEM_KIND_LABELS[item.kind]}, ${platformName}) : voir la capture.`
    await insertNewPosts(db, [
      {
        platform: item.platform,
        id: item.externalId,
        url: item.url,
        author: item.params.author ?? '(inconnu)',
        text,
        createdAt: now,
        hashtags: [],
        mentions: [],
        langs: [],
        verdict: { score: 0, harassment: false, lang: 'und', categories: [], evidence: [], modelVersion: INTAKE_MODEL_VERSION },
      },
    ])
    const [post] = await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.platform, item.platform), eq(posts.externalId, item.externalId)))
    if (!post) throw new Error('intake: post not stored')
    const [row] = await db
      .insert(intakeItems)
      .values({
        postId: post.id,
        platform: item.platform,
        kind: item.kind,
        url: item.url,
        shortLink,
        chain,
        submittedBy: actor.id,
        submittedAt: now,
        caseId: caseId ?? null,
        captureState: this.deps.capture.offReason ? 'off' : 'pending',
        captureError: this.deps.capture.offReason,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning()
    if (!row) {
      const raced = await this.findByItem(item.platform, item.externalId)
      if (raced) return { row: raced, isNew: false }
      throw new Error('intake: item not stored')
    }
    // Ids and hashes only: the URL may carry a victim's handle.
    await appendAudit(db, {
      actor: actor.name,
      action: 'intake.create',
      subject: `intake:${row.id}`,
      details: { postId: String(post.id), platform: item.platform, kind: item.kind, urlSha256: sha256Hex(item.url), caseId: caseId ?? null },
    })
    return { row, isNew: true }
  }

  private async findByItem(platform: string, externalId: string): Promise<IntakeItemRow | undefined> {
    const [row] = await this.deps.db
      .select({ item: intakeItems })
      .from(intakeItems)
      .innerJoin(posts, eq(posts.id, intakeItems.postId))
      .where(and(eq(posts.platform, platform), eq(posts.externalId, externalId)))
    return row?.item
  }

  /** The views of rows, with platform names. */
  async views(rows: readonly IntakeItemRow[]): Promise<IntakeItemView[]> {
    const names = new Map((await this.deps.registry.all()).map((p) => [p.id, p.name]))
    return intakeViews(this.deps.db, rows, names)
  }

  /** True when the viewer may see the case (and so file items into it). */
  private async mayFileInto(viewer: IntakeViewer, caseId: number): Promise<boolean> {
    try {
      await requireCase(this.deps.db, caseViewerOf(viewer), caseId)
      return true
    } catch {
      return false
    }
  }

  /** One item the viewer may see (someone else's, or one in a case they may not see, answers undefined: 404, never 403). */
  async row(viewer: IntakeViewer, id: number): Promise<IntakeItemRow | undefined> {
    const [row] = await this.deps.db
      .select()
      .from(intakeItems)
      .where(and(eq(intakeItems.id, id), itemVisibleTo(this.deps.db, viewer)))
    return row
  }

  /** One item's view, or undefined. */
  async get(viewer: IntakeViewer, id: number): Promise<IntakeItemView | undefined> {
    const row = await this.row(viewer, id)
    return row ? (await this.views([row]))[0] : undefined
  }

  /** Items newest first, paged by id: all for the watch cell, their own for counsellors. */
  async list(viewer: IntakeViewer, query: { limit: number; before?: number | undefined }): Promise<IntakeItemView[]> {
    const rows = await this.deps.db
      .select()
      .from(intakeItems)
      .where(and(itemVisibleTo(this.deps.db, viewer), query.before === undefined ? undefined : lt(intakeItems.id, query.before)))
      .orderBy(desc(intakeItems.id))
      .limit(query.limit)
    return this.views(rows)
  }

  /** Items of these posts (for the takedown and flag screens). */
  async byPosts(postIds: readonly number[]): Promise<IntakeItemRow[]> {
    if (postIds.length === 0) return []
    return this.deps.db.select().from(intakeItems).where(inArray(intakeItems.postId, [...postIds]))
  }
}
