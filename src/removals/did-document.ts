/**
 * Where an author's Bluesky repository lives: the `#atproto_pds` service of
 * their DID document, from the PLC directory (did:plc) or over HTTPS
 * (did:web). Cached for a while; documents are size-capped and validated.
 */
import { z } from 'zod'
import type { SafeFetcher } from '../net/safe-fetch.js'

const DidDocument = z.object({
  id: z.string().max(2_048),
  service: z
    .array(z.object({ id: z.string().max(200), type: z.string().max(200), serviceEndpoint: z.union([z.string().max(2_048), z.record(z.string(), z.unknown())]) }))
    .max(50)
    .optional(),
})

/** What resolving a DID gave. */
export type DidResolution =
  | { ok: true; pds: string; status: number; url: string }
  | { ok: false; reason: 'tombstoned' | 'not_found' | 'no_pds' | 'unreadable' | 'unsupported'; status: number | null; url: string | null }

const TTL_MS = 10 * 60 * 1000

/** Resolves DIDs to their PDS endpoint. */
export class DidResolver {
  private readonly cache = new Map<string, { at: number; value: DidResolution }>()

  constructor(
    /** PLC directory URL (VIGIE_PLC_URL). */
    private readonly plc: string,
    /** For the PLC directory (a configured service). */
    private readonly trusted: SafeFetcher,
    /** For did:web hosts (anyone's). */
    private readonly untrusted: SafeFetcher,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** The PDS of `did`; network errors are thrown (SafeFetchError). */
  async pds(did: string): Promise<DidResolution> {
    const hit = this.cache.get(did)
    if (hit && this.nowMs() - hit.at < TTL_MS) return hit.value
    const value = await this.resolve(did)
    if (value.ok || value.reason !== 'unreadable') this.cache.set(did, { at: this.nowMs(), value })
    return value
  }

  private async resolve(did: string): Promise<DidResolution> {
    let url: string
    let fetcher: SafeFetcher
    if (/^did:plc:[a-z2-7]{24}$/.test(did)) {
      url = `${this.plc}/${did}`
      fetcher = this.trusted
    } else if (/^did:web:[a-zA-Z0-9.-]+$/.test(did)) {
      url = `https://${did.slice('did:web:'.length)}/.well-known/did.json`
      fetcher = this.untrusted
    } else {
      return { ok: false, reason: 'unsupported', status: null, url: null }
    }
    const res = await fetcher.fetch(url, { accept: 'application/did+ld+json, application/json' })
    if (res.status === 410) return { ok: false, reason: 'tombstoned', status: 410, url }
    if (res.status === 404) return { ok: false, reason: 'not_found', status: 404, url }
    if (res.status !== 200) return { ok: false, reason: 'unreadable', status: res.status, url }
    let parsed: z.infer<typeof DidDocument>
    try {
      parsed = DidDocument.parse(JSON.parse(new TextDecoder().decode(res.bytes)))
    } catch {
      return { ok: false, reason: 'unreadable', status: res.status, url }
    }
    const service = parsed.service?.find((s) => (s.id === '#atproto_pds' || s.id === `${did}#atproto_pds`) && s.type === 'AtprotoPersonalDataServer')
    const endpoint = typeof service?.serviceEndpoint === 'string' ? service.serviceEndpoint.replace(/\/+$/, '') : null
    if (!endpoint || !/^https?:\/\//.test(endpoint)) return { ok: false, reason: 'no_pds', status: res.status, url }
    return { ok: true, pds: endpoint, status: res.status, url }
  }
}
