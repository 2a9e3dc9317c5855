/**
 * Jetstream event JSON exactly as the service sends it (commit create /
 * update / delete on app.bsky.feed.post, identity, account).
 */
import { fakeCid } from './xrpc-server.js'

/** Fields of a post to emit. */
export interface PostEventInput {
  did: string
  rkey: string
  timeUs: number
  text: string
  langs?: string[]
  tags?: string[]
  mentionDids?: string[]
  replyTo?: string
  createdAt?: string
  operation?: 'create' | 'update'
}

const rev = (timeUs: number) => `3l${timeUs.toString(36)}`

function byteRange(text: string, needle: string): { byteStart: number; byteEnd: number } {
  const enc = new TextEncoder()
  const at = text.indexOf(needle)
  const start = enc.encode(at === -1 ? '' : text.slice(0, at)).length
  return { byteStart: start, byteEnd: start + enc.encode(needle).length }
}

/** A commit create (or update) of an app.bsky.feed.post record. */
export function postEvent(p: PostEventInput): Record<string, unknown> {
  const record: Record<string, unknown> = {
    $type: 'app.bsky.feed.post',
    createdAt: p.createdAt ?? new Date(Math.floor(p.timeUs / 1000)).toISOString(),
    text: p.text,
  }
  if (p.langs) record.langs = p.langs
  const facets: unknown[] = []
  for (const tag of p.tags ?? []) {
    facets.push({ $type: 'app.bsky.richtext.facet', index: byteRange(p.text, `#${tag}`), features: [{ $type: 'app.bsky.richtext.facet#tag', tag }] })
  }
  for (const did of p.mentionDids ?? []) {
    facets.push({ $type: 'app.bsky.richtext.facet', index: byteRange(p.text, '@'), features: [{ $type: 'app.bsky.richtext.facet#mention', did }] })
  }
  if (facets.length > 0) record.facets = facets
  if (p.replyTo) {
    const ref = { cid: fakeCid(p.replyTo), uri: p.replyTo }
    record.reply = { parent: ref, root: ref }
  }
  return {
    did: p.did,
    time_us: p.timeUs,
    kind: 'commit',
    commit: {
      rev: rev(p.timeUs),
      operation: p.operation ?? 'create',
      collection: 'app.bsky.feed.post',
      rkey: p.rkey,
      record,
      cid: fakeCid(`${p.did}/${p.rkey}/${p.timeUs}`),
    },
  }
}

/** A commit delete of a post. */
export function deleteEvent(p: { did: string; rkey: string; timeUs: number }): Record<string, unknown> {
  return {
    did: p.did,
    time_us: p.timeUs,
    kind: 'commit',
    commit: { rev: rev(p.timeUs), operation: 'delete', collection: 'app.bsky.feed.post', rkey: p.rkey },
  }
}

/** An identity event (handle set or changed). */
export function identityEvent(p: { did: string; handle: string; timeUs: number; seq: number }): Record<string, unknown> {
  return {
    did: p.did,
    time_us: p.timeUs,
    kind: 'identity',
    identity: { did: p.did, handle: p.handle, seq: p.seq, time: new Date(Math.floor(p.timeUs / 1000)).toISOString() },
  }
}

/** An account event (active, or takendown / deleted / deactivated). */
export function accountEvent(p: { did: string; active: boolean; status?: string; timeUs: number; seq: number }): Record<string, unknown> {
  const account: Record<string, unknown> = { active: p.active, did: p.did, seq: p.seq, time: new Date(Math.floor(p.timeUs / 1000)).toISOString() }
  if (p.status) account.status = p.status
  return { did: p.did, time_us: p.timeUs, kind: 'account', account }
}

/** A plc DID from a number (24 base32 characters, as real ones). */
export function plcDid(n: number): string {
  const B32 = 'abcdefghijklmnopqrstuvwxyz234567'
  const digits = [...n.toString(32)].map((c) => B32[Number.parseInt(c, 32)]).join('')
  return `did:plc:${digits.padStart(24, 'a')}`
}
