/**
 * The bytes of an evidence snapshot, pinned: a snapshot is hashed once and verified for years, so
 * the canonical JSON that buildSnapshot writes for a given post must not drift when the snapshot
 * learns something new.
 */
import { describe, expect, it } from 'vitest'
import { buildSnapshot, verifySnapshot } from '../../src/moderation/evidence.js'
import type { PostRow } from '../../src/db/schema/index.js'

const ROW: PostRow = {
  id: 4242,
  platform: 'bluesky',
  externalId: 'at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3lzk2',
  url: 'https://bsky.app/profile/harceleur.bsky.social/post/3lzk2',
  author: 'harceleur.bsky.social',
  authorId: 'did:plc:harceleur00000000000000001',
  authorCreatedAt: null,
  text: 't es trop moche @lea.martin, personne veut de toi #anti2010',
  createdAt: new Date('2026-11-27T20:00:00.000Z'),
  seenAt: new Date('2026-11-27T20:00:01.000Z'),
  hashtags: ['anti2010'],
  mentions: ['lea.martin'],
  replyTo: null,
  langs: ['fr'],
  lang: 'fr',
  score: 0.91,
  harassment: true,
  categories: ['body_shaming', 'exclusion'],
  evidence: [
    { category: 'body_shaming', match: 'trop moche', start: 5, end: 15 },
    { category: 'exclusion', match: 'personne veut de toi', start: 29, end: 49 },
  ],
  hints: [],
  modelVersion: 'test-1',
  deletedAt: null,
  authorStatus: null,
}

/** What buildSnapshot wrote for ROW (flag 7, captured 2026-11-27T20:05Z) before snapshots held anything but evidence. */
const EVIDENCE_JSON =
  '{"capturedAt":"2026-11-27T20:05:00.000Z","category":"harassment","flagId":7,"post":{"author":"harceleur.bsky.social","authorId":"did:plc:harceleur00000000000000001","authorStatus":null,"categories":["body_shaming","exclusion"],"createdAt":"2026-11-27T20:00:00.000Z","deletedAt":null,"evidence":[{"category":"body_shaming","end":15,"match":"trop moche","start":5},{"category":"exclusion","end":49,"match":"personne veut de toi","start":29}],"externalId":"at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3lzk2","hashtags":["anti2010"],"langs":["fr"],"mentions":["lea.martin"],"modelVersion":"test-1","platform":"bluesky","replyTo":null,"score":0.91,"text":"t es trop moche @lea.martin, personne veut de toi #anti2010","url":"https://bsky.app/profile/harceleur.bsky.social/post/3lzk2"},"postId":"4242","targetIsMinor":true}'
const EVIDENCE_SHA = 'cc06c03bdc70bd6d1ac27b1cc769f563e43f3e79fe129f14f3a5c5f404b1cc21'

/** A model-only post (no evidence) as buildSnapshot froze it before hints were frozen: flag 8, captured 20:06Z. */
const OLD_MODEL_ONLY_JSON =
  '{"capturedAt":"2026-11-27T20:06:00.000Z","category":"harassment","flagId":8,"post":{"author":"harceleur.bsky.social","authorId":"did:plc:harceleur00000000000000001","authorStatus":null,"categories":[],"createdAt":"2026-11-27T20:00:00.000Z","deletedAt":null,"evidence":[],"externalId":"at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3lzk2","hashtags":["anti2010"],"langs":["fr"],"mentions":["lea.martin"],"modelVersion":"test-1","platform":"bluesky","replyTo":null,"score":0.34,"text":"Dès qu\'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe.","url":"https://bsky.app/profile/harceleur.bsky.social/post/3lzk2"},"postId":"4242","targetIsMinor":false}'
const OLD_MODEL_ONLY_SHA = 'e4c8619da24633c16dde989fc137c5cb4c1ce6a50c31207e6a4a5acaacf10915'

describe('evidence snapshot bytes', () => {
  it('freeze a post with evidence to the exact canonical JSON and hash they always had', () => {
    const s = buildSnapshot(ROW, { id: 7, category: 'harassment', targetIsMinor: true }, new Date('2026-11-27T20:05:00.000Z'))
    expect(s.canonicalJson).toBe(EVIDENCE_JSON)
    expect(s.sha256).toBe(EVIDENCE_SHA)
    expect(verifySnapshot(s)).toBe(true)
  })

  it('freeze a post without evidence or hints as before', () => {
    const row: PostRow = {
      ...ROW,
      text: "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe.",
      score: 0.34,
      categories: [],
      evidence: [],
    }
    const s = buildSnapshot(row, { id: 8, category: 'harassment', targetIsMinor: false }, new Date('2026-11-27T20:06:00.000Z'))
    expect(s.canonicalJson).toBe(OLD_MODEL_ONLY_JSON)
    expect(s.sha256).toBe(OLD_MODEL_ONLY_SHA)
  })

  it('verify a stored snapshot taken before hints were frozen, and refuse one changed by a byte', () => {
    expect(verifySnapshot({ canonicalJson: OLD_MODEL_ONLY_JSON, sha256: OLD_MODEL_ONLY_SHA })).toBe(true)
    expect(verifySnapshot({ canonicalJson: OLD_MODEL_ONLY_JSON.replace('0.34', '0.35'), sha256: OLD_MODEL_ONLY_SHA })).toBe(false)
  })
})
