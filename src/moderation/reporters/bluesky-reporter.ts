/**
 * Bluesky reports: `com.atproto.moderation.createReport` through @atproto/api
 * with an app-password session. The subject is the post (strongRef) when its
 * CID can be read, else the author's account (repoRef).
 */
import type { Agent } from '@atproto/api'
import { BlueskyAgents, type BlueskyLogin } from '../../../watchers/bluesky-session.js'
import { WatcherFetchError } from '../../../watchers/errors.js'
import { HttpClient } from '../../../watchers/http.js'
import { blueskyReason } from '../categories.js'
import { reportFailure } from './failure.js'
import { clip, ReportError, type PlatformReporter, type ReportReceipt, type ReportRequest } from './types.js'

/** The reporting account. */
export interface BlueskyReporterConfig {
  /** PDS URL of the account, e.g. https://bsky.social. */
  service: string
  identifier: string
  appPassword: string
  /** Moderation service to proxy the report to (`atproto-proxy`); null: the PDS's default one. */
  labelerDid: string | null
}

/** createReport's `reason`: at most 2,000 graphemes. */
const REASON_MAX = 2000

type Subject =
  | { $type: 'com.atproto.repo.strongRef'; uri: string; cid: string }
  | { $type: 'com.atproto.admin.defs#repoRef'; did: string }

/** The DID of an at:// URI, or null. */
export function didOfUri(uri: string): string | null {
  if (!uri.startsWith('at://')) return null
  const authority = uri.slice(5).split('/')[0] ?? ''
  return authority.startsWith('did:') ? authority : null
}

/** True when the platform answered 401 (not a refused login: that fails at « ouverture de session »). */
function isUnauthorized(err: ReportError): boolean {
  const cause = err.cause
  return cause instanceof WatcherFetchError && cause.status === 401 && !err.message.includes('ouverture de session')
}

/** Files Bluesky reports; the session is kept between reports (createSession is rate limited). */
export class BlueskyReporter implements PlatformReporter {
  private readonly agents = new BlueskyAgents()
  private readonly http: HttpClient

  constructor(
    private readonly cfg: BlueskyReporterConfig,
    http?: HttpClient,
  ) {
    this.http = http ?? new HttpClient({ timeoutMs: 15_000, maxBytes: 1024 * 1024, userAgent: 'Vigie-Takedown/1' })
  }

  private get login(): BlueskyLogin {
    return { service: this.cfg.service, identifier: this.cfg.identifier, appPassword: this.cfg.appPassword }
  }

  /**
   * Files one report; throws `ReportError`. A 401 (the session changed or expired under this
   * request: another report logged in, tokens rotated) is retried once on a fresh login.
   */
  async send(request: ReportRequest): Promise<ReportReceipt> {
    try {
      return await this.attempt(request)
    } catch (err) {
      if (!(err instanceof ReportError) || !isUnauthorized(err)) throw err
      this.agents.drop(this.login)
      return this.attempt(request)
    }
  }

  private async attempt(request: ReportRequest): Promise<ReportReceipt> {
    let agent: Agent
    try {
      agent = await this.agents.get(this.login, this.http)
    } catch (err) {
      throw reportFailure('Bluesky', 'ouverture de session', err)
    }
    const subject = await this.subjectOf(agent, request)
    const headers = this.cfg.labelerDid ? { 'atproto-proxy': `${this.cfg.labelerDid}#atproto_labeler` } : undefined
    try {
      const res = await agent.com.atproto.moderation.createReport(
        {
          reasonType: blueskyReason(request.category, request.targetIsMinor),
          reason: clip(request.comment, REASON_MAX),
          subject,
          modTool: { name: 'vigie' },
        },
        headers ? { headers } : undefined,
      )
      const what = subject.$type === 'com.atproto.repo.strongRef' ? 'la publication' : 'le compte (publication introuvable)'
      return {
        externalRef: String(res.data.id),
        answer: `Signalement n° ${res.data.id} reçu par Bluesky le ${res.data.createdAt} (sur ${what})`,
      }
    } catch (err) {
      const failure = reportFailure('Bluesky', 'createReport', err)
      if (!failure.retryable) this.agents.drop(this.login)
      throw failure
    }
  }

  /** strongRef {uri, cid} when the AppView still serves the post, else repoRef {did}. */
  private async subjectOf(agent: Agent, request: ReportRequest): Promise<Subject> {
    const uri = request.post.externalId
    const did = didOfUri(uri) ?? (request.post.authorId?.startsWith('did:') ? request.post.authorId : null)
    if (uri.startsWith('at://')) {
      try {
        const res = await agent.app.bsky.feed.getPosts({ uris: [uri] })
        const cid = res.data.posts.find((p) => p.uri === uri)?.cid
        if (cid) return { $type: 'com.atproto.repo.strongRef', uri, cid }
      } catch (err) {
        const failure = reportFailure('Bluesky', 'lecture de la publication', err)
        if (failure.retryable) throw failure
        // A refused lookup (e.g. a removed post): report the account instead.
      }
    }
    if (!did) throw new ReportError('ni la publication ni le compte (DID) ne sont identifiables sur Bluesky', false)
    return { $type: 'com.atproto.admin.defs#repoRef', did }
  }
}
