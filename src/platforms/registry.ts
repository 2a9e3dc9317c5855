/**
 * The platform registry: the shipped defaults, replaced or completed by the
 * entries administrators saved (table platform_entries), read through a
 * short cache so URL recognition and removal checks do not query it each
 * time. Notice e-mail addresses from VIGIE_PLATFORM_NOTICE_EMAILS keep
 * working and win over the registry's (configuration is explicit).
 */
import { eq } from 'drizzle-orm'
import { PlatformDefinition, type PlatformView } from '../../contract/platforms.js'
import { appendAudit } from '../audit/audit-log.js'
import type { Database } from '../db/client.js'
import { platformEntries } from '../db/schema/index.js'
import { noticeAddressFor } from '../moderation/escalation/notice-addresses.js'
import { ModerationError } from '../moderation/errors.js'
import { DEFAULT_PLATFORMS } from './defaults.js'

/** Platform names Vigie's sources and other sites already use: not registry entries. */
const RESERVED_IDS: readonly string[] = ['web', 'bluesky', 'mastodon', 'rss']

/** How long a read of the table is reused, in ms (edits on this instance clear it at once). */
const CACHE_MS = 10_000

/** The registry of one database. */
export class PlatformRegistry {
  private cache: { at: number; views: PlatformView[] } | null = null

  constructor(
    private readonly db: Database,
    /** VIGIE_PLATFORM_NOTICE_EMAILS (platform, platform:host or host → address). */
    private readonly envNoticeEmails: () => Readonly<Record<string, string>>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every entry with where it comes from, defaults first in shipped order, then custom ones by id. */
  async views(): Promise<PlatformView[]> {
    if (this.cache && this.now() - this.cache.at < CACHE_MS) return this.cache.views
    const rows = await this.db.select().from(platformEntries)
    const byId = new Map(rows.map((r) => [r.id, r]))
    const env = this.envNoticeEmails()
    const view = (definition: PlatformDefinition, origin: PlatformView['origin'], row?: (typeof rows)[number]): PlatformView => ({
      definition,
      origin,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
      envNoticeEmail: env[definition.id] ?? null,
    })
    const views: PlatformView[] = DEFAULT_PLATFORMS.map((d) => {
      const row = byId.get(d.id)
      const parsed = row ? PlatformDefinition.safeParse(row.definition) : null
      return parsed?.success ? view(parsed.data, 'edited', row) : view(d, 'default')
    })
    const custom = rows.filter((r) => !DEFAULT_PLATFORMS.some((d) => d.id === r.id)).sort((a, b) => a.id.localeCompare(b.id))
    for (const row of custom) {
      const parsed = PlatformDefinition.safeParse(row.definition)
      if (parsed.success) views.push(view(parsed.data, 'custom', row))
    }
    this.cache = { at: this.now(), views }
    return views
  }

  /** Every definition, in order (the first claiming a host wins). */
  async all(): Promise<PlatformDefinition[]> {
    return (await this.views()).map((v) => v.definition)
  }

  /** One definition, or undefined. */
  async get(id: string): Promise<PlatformDefinition | undefined> {
    return (await this.all()).find((d) => d.id === id)
  }

  /** Where `platform` takes DSA notices by e-mail for an item at `url`: the configuration's address, else the registry's. */
  async noticeEmail(platform: string, url: string | null): Promise<string | null> {
    return noticeAddressFor(this.envNoticeEmails(), platform, url) ?? (await this.get(platform))?.notice.email ?? null
  }

  /** Saves an administrator's version of an entry (new or replacing); audited. */
  async save(actor: string, definition: PlatformDefinition): Promise<PlatformView> {
    if (RESERVED_IDS.includes(definition.id)) {
      throw new ModerationError('bad_request', `« ${definition.id} » est réservé (publications des sources ou des autres sites) : choisissez un autre identifiant`)
    }
    const others = (await this.all()).filter((d) => d.id !== definition.id)
    const clash = definition.hosts.find((h) => others.some((o) => o.hosts.includes(h)))
    if (clash) throw new ModerationError('conflict', `l’hôte ${clash} appartient déjà à une autre plateforme`)
    const at = new Date()
    await this.db
      .insert(platformEntries)
      .values({ id: definition.id, definition, updatedAt: at, updatedBy: actor })
      .onConflictDoUpdate({ target: platformEntries.id, set: { definition, updatedAt: at, updatedBy: actor } })
    this.cache = null
    const isDefault = DEFAULT_PLATFORMS.some((d) => d.id === definition.id)
    await appendAudit(this.db, { actor, action: 'platform.save', subject: `platform:${definition.id}`, details: { origin: isDefault ? 'edited' : 'custom', verified: definition.verified } })
    const saved = (await this.views()).find((v) => v.definition.id === definition.id)
    if (!saved) throw new Error(`platform ${definition.id}: not saved`)
    return saved
  }

  /** Drops an administrator's version: a shipped entry goes back to its defaults, a custom one is removed; audited. */
  async reset(actor: string, id: string): Promise<void> {
    const removed = await this.db.delete(platformEntries).where(eq(platformEntries.id, id)).returning({ id: platformEntries.id })
    if (removed.length === 0) {
      const shipped = DEFAULT_PLATFORMS.some((d) => d.id === id)
      throw new ModerationError(shipped ? 'conflict' : 'not_found', shipped ? 'cette plateforme est déjà telle que livrée' : 'plateforme introuvable')
    }
    this.cache = null
    await appendAudit(this.db, { actor, action: 'platform.reset', subject: `platform:${id}` })
  }
}
