/**
 * Is a Bluesky post still up, taken down by the platform, or deleted by its
 * author? The AppView alone cannot tell (it answers an empty list in both
 * cases): the author's PDS can.
 *
 * 1. AppView `app.bsky.feed.getPosts`: served without a `!takedown` label → online;
 *    served with one → removed by the platform.
 * 2. Not served: the author's PDS (from their DID document) `com.atproto.repo.getRecord`:
 *    200 → the record is still in the repository, so the AppView hides it: removed by the platform;
 *    `RecordNotFound` → deleted by the author.
 * 3. The repository itself is gone: `com.atproto.sync.getRepoStatus` says why —
 *    takendown / suspended → the platform; deactivated / deleted → the author.
 *    A tombstoned DID (account deleted) → the author.
 */
import { z } from 'zod'
import type { CheckStep } from '../../contract/removal.js'
import { SafeFetchError, type SafeFetcher, type SafeResponse } from '../net/safe-fetch.js'
import type { DidResolver } from './did-document.js'
import { stepUrl, verdict, type RemovalChecker, type RemovalTarget, type RemovalVerdict } from './types.js'

const Posts = z.object({
  posts: z.array(z.object({ uri: z.string(), labels: z.array(z.object({ val: z.string(), neg: z.boolean().optional() })).optional() })).max(25),
})
const XrpcError = z.object({ error: z.string().max(200).optional(), message: z.string().max(2_000).optional() })
const RepoStatus = z.object({ did: z.string(), active: z.boolean(), status: z.string().max(100).optional() })

/** Account statuses that mean the platform acted. */
export const PLATFORM_ACCOUNT_STATUSES: ReadonlySet<string> = new Set(['takendown', 'suspended'])

/** The parts of an at:// post URI, or null. */
export function parsePostUri(uri: string): { did: string; collection: string; rkey: string } | null {
  const m = /^at:\/\/(did:[a-z]+:[a-zA-Z0-9._:%-]+)\/([a-zA-Z0-9.-]+)\/([a-zA-Z0-9._~:-]{1,512})$/.exec(uri)
  return m ? { did: m[1] ?? '', collection: m[2] ?? '', rkey: m[3] ?? '' } : null
}

function json<T>(schema: z.ZodType<T>, res: SafeResponse): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder().decode(res.bytes)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Checks Bluesky posts against the AppView and the author's PDS. */
export class BlueskyChecker implements RemovalChecker {
  readonly platforms = ['bluesky'] as const

  constructor(
    private readonly appview: string,
    /** For the AppView (a configured service). */
    private readonly trusted: SafeFetcher,
    /** For PDS hosts named in DID documents. */
    private readonly untrusted: SafeFetcher,
    private readonly dids: DidResolver,
  ) {}

  async check(target: RemovalTarget): Promise<RemovalVerdict> {
    const steps: CheckStep[] = []
    const ref = parsePostUri(target.externalId)
    if (!ref) return verdict('unknown', null, 'identifiant de publication Bluesky illisible (at://…)', steps)
    try {
      const fromAppview = await this.appviewSays(target.externalId, steps)
      if (fromAppview) return fromAppview
      const resolved = await this.dids.pds(ref.did)
      steps.push({ service: 'did', url: resolved.url ? stepUrl(resolved.url) : null, status: resolved.status, note: resolved.ok ? `dépôt sur ${new URL(resolved.pds).host}` : `document DID : ${resolved.reason}` })
      if (!resolved.ok) {
        if (resolved.reason === 'tombstoned') return verdict('deleted', 'author', 'compte supprimé (DID désactivé dans l’annuaire PLC)', steps)
        return verdict('unknown', null, 'dépôt de l’auteur introuvable : impossible de distinguer retrait et suppression', steps)
      }
      return await this.pdsSays(resolved.pds, ref, steps)
    } catch (err) {
      if (err instanceof SafeFetchError) {
        steps.push({ service: 'réseau', url: null, status: null, note: err.message.slice(0, 500) })
        return verdict('unknown', null, `vérification impossible : ${err.message}`, steps, err.retryAfterMs ?? undefined)
      }
      throw err
    }
  }

  /** A verdict from the AppView when it serves the post; null when it does not. */
  private async appviewSays(uri: string, steps: CheckStep[]): Promise<RemovalVerdict | null> {
    const url = `${this.appview}/xrpc/app.bsky.feed.getPosts?${new URLSearchParams({ uris: uri })}`
    const res = await this.trusted.fetch(url, { accept: 'application/json' })
    if (res.status === 429) {
      steps.push({ service: 'appview', url: stepUrl(url), status: 429, note: 'débit limité' })
      return verdict('unknown', null, 'l’AppView limite le débit : nouvel essai plus tard', steps, retryAfter(res))
    }
    const body = res.status === 200 ? json(Posts, res) : null
    if (!body) {
      steps.push({ service: 'appview', url: stepUrl(url), status: res.status, note: 'réponse inattendue' })
      return verdict('unknown', null, `l’AppView a répondu HTTP ${res.status}`, steps)
    }
    const view = body.posts.find((p) => p.uri === uri)
    if (!view) {
      steps.push({ service: 'appview', url: stepUrl(url), status: 200, note: 'publication non servie' })
      return null
    }
    if (view.labels?.some((l) => l.val === '!takedown' && l.neg !== true)) {
      steps.push({ service: 'appview', url: stepUrl(url), status: 200, note: 'étiquette !takedown' })
      return verdict('removed', 'platform', 'retirée par la plateforme (étiquette !takedown)', steps)
    }
    steps.push({ service: 'appview', url: stepUrl(url), status: 200, note: 'publication servie' })
    return verdict('online', null, 'toujours en ligne (servie par l’AppView)', steps)
  }

  private async pdsSays(pds: string, ref: { did: string; collection: string; rkey: string }, steps: CheckStep[]): Promise<RemovalVerdict> {
    const url = `${pds}/xrpc/com.atproto.repo.getRecord?${new URLSearchParams({ repo: ref.did, collection: ref.collection, rkey: ref.rkey })}`
    const res = await this.untrusted.fetch(url, { accept: 'application/json' })
    const error = res.status === 200 ? null : json(XrpcError, res)
    if (res.status === 200) {
      steps.push({ service: 'pds', url: stepUrl(url), status: 200, note: 'enregistrement toujours dans le dépôt' })
      return verdict('removed', 'platform', 'retirée par la plateforme : l’AppView ne la sert plus, le dépôt de l’auteur la contient toujours', steps)
    }
    steps.push({ service: 'pds', url: stepUrl(url), status: res.status, note: error?.error ?? `HTTP ${res.status}` })
    if (res.status === 429) return verdict('unknown', null, 'le PDS limite le débit : nouvel essai plus tard', steps, retryAfter(res))
    if (res.status === 400 && error?.error === 'RecordNotFound') {
      return verdict('deleted', 'author', 'supprimée par l’auteur : l’enregistrement n’est plus dans son dépôt', steps)
    }
    if (res.status === 400 || res.status === 404) return this.repoStatus(pds, ref.did, steps)
    return verdict('unknown', null, `le PDS a répondu HTTP ${res.status}`, steps)
  }

  private async repoStatus(pds: string, did: string, steps: CheckStep[]): Promise<RemovalVerdict> {
    const url = `${pds}/xrpc/com.atproto.sync.getRepoStatus?${new URLSearchParams({ did })}`
    const res = await this.untrusted.fetch(url, { accept: 'application/json' })
    const status = res.status === 200 ? json(RepoStatus, res) : null
    const error = res.status === 200 ? null : json(XrpcError, res)
    steps.push({ service: 'pds', url: stepUrl(url), status: res.status, note: status ? `compte ${status.active ? 'actif' : (status.status ?? 'inactif')}` : (error?.error ?? `HTTP ${res.status}`) })
    if (status && !status.active && PLATFORM_ACCOUNT_STATUSES.has(status.status ?? '')) {
      return verdict('removed', 'platform', `compte ${status.status === 'suspended' ? 'suspendu' : 'retiré'} par la plateforme`, steps)
    }
    if (status && !status.active) return verdict('deleted', 'author', `compte ${status.status === 'deactivated' ? 'désactivé' : 'supprimé'} par son auteur`, steps)
    if (error?.error === 'RepoTakendown') return verdict('removed', 'platform', 'compte retiré par la plateforme', steps)
    if (error?.error === 'RepoNotFound' || error?.error === 'RepoDeactivated') return verdict('deleted', 'author', 'compte supprimé ou désactivé par son auteur', steps)
    return verdict('unknown', null, 'dépôt introuvable sans explication du PDS', steps)
  }
}

function retryAfter(res: SafeResponse): number {
  const seconds = Number(res.headers['retry-after'])
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 3_600_000) : 60_000
}
