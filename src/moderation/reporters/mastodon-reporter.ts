/**
 * Mastodon reports: the status is looked up on the reporting account's
 * instance (`GET /api/v2/search?resolve=true`) to learn its local id and its
 * author's account id, then `POST /api/v1/reports` files the report,
 * forwarded to the author's instance when it is remote.
 */
import { z } from 'zod'
import { HttpClient, parseJsonBytes } from '../../../watchers/http.js'
import { mastodonCategory } from '../categories.js'
import { reportFailure } from './failure.js'
import { clip, ReportError, type PlatformReporter, type ReportReceipt, type ReportRequest } from './types.js'

/** The reporting account. */
export interface MastodonReporterConfig {
  /** Instance URL, e.g. https://piaille.fr (no trailing slash). */
  instance: string
  /** Access token with scopes write:reports and read:search. */
  token: string
}

/** A report comment: at most 1,000 characters on a default instance. */
const COMMENT_MAX = 1000

const SearchResult = z.object({
  accounts: z.array(z.object({ id: z.string().min(1).max(64) })).max(40),
  statuses: z.array(z.object({ id: z.string().min(1).max(64), uri: z.string().max(2_000), account: z.object({ id: z.string().min(1).max(64) }) })).max(40),
})
const Report = z.object({ id: z.string().min(1).max(64), created_at: z.string().max(64).optional() })

/** Files Mastodon reports from one account. */
export class MastodonReporter implements PlatformReporter {
  private readonly http: HttpClient

  constructor(
    private readonly cfg: MastodonReporterConfig,
    http?: HttpClient,
  ) {
    this.http = http ?? new HttpClient({ timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024, userAgent: 'Vigie-Takedown/1' })
  }

  private get headers(): Record<string, string> {
    return { authorization: `Bearer ${this.cfg.token}`, accept: 'application/json' }
  }

  /** Files one report; throws `ReportError`. */
  async send(request: ReportRequest): Promise<ReportReceipt> {
    const target = await this.resolve(request)
    const body = {
      account_id: target.accountId,
      status_ids: target.statusIds,
      comment: clip(request.comment, COMMENT_MAX),
      category: mastodonCategory(request.category),
      forward: true,
    }
    let bytes: Uint8Array
    try {
      const res = await this.http.request(`${this.cfg.instance}/api/v1/reports`, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      bytes = res.bytes
    } catch (err) {
      throw reportFailure('Mastodon', 'POST /api/v1/reports', err)
    }
    const report = Report.safeParse(safeJson(bytes))
    if (!report.success) throw new ReportError('réponse illisible de Mastodon (POST /api/v1/reports)', true)
    const what = target.statusIds.length > 0 ? 'la publication' : 'le compte (publication introuvable)'
    return { externalRef: report.data.id, answer: `Signalement n° ${report.data.id} reçu par ${new URL(this.cfg.instance).host} (sur ${what})` }
  }

  /** The local account id (and status id when the status is still there) on the reporting instance. */
  private async resolve(request: ReportRequest): Promise<{ accountId: string; statusIds: string[] }> {
    const uri = request.post.externalId
    const found = await this.search(uri, 'statuses')
    // Only the exact status: never report a look-alike.
    const status = found.statuses.find((s) => s.uri === uri)
    if (status) return { accountId: status.account.id, statusIds: [status.id] }
    const account = (await this.search(request.post.author, 'accounts')).accounts[0]
    if (account) return { accountId: account.id, statusIds: [] }
    throw new ReportError(`ni la publication ni son auteur ne sont trouvables depuis ${new URL(this.cfg.instance).host}`, false)
  }

  private async search(q: string, type: 'statuses' | 'accounts'): Promise<z.infer<typeof SearchResult>> {
    const url = `${this.cfg.instance}/api/v2/search?${new URLSearchParams({ q, type, resolve: 'true', limit: '5' })}`
    let bytes: Uint8Array
    try {
      bytes = (await this.http.request(url, { headers: this.headers })).bytes
    } catch (err) {
      throw reportFailure('Mastodon', `recherche (${type})`, err)
    }
    const parsed = SearchResult.safeParse(safeJson(bytes))
    if (!parsed.success) throw new ReportError(`réponse illisible de Mastodon (recherche ${type})`, true)
    return parsed.data
  }
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return parseJsonBytes(bytes, 'mastodon')
  } catch {
    return undefined
  }
}
