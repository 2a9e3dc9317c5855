/**
 * The bytes of an evidence snapshot, pinned: a snapshot is hashed once and verified for years, so
 * the canonical JSON that buildSnapshot writes for a given post must not drift when the snapshot
 * learns something new. And the hints it freezes for a post marked without evidence, read back
 * through a parser (snapshotHints) that trusts nothing of the stored JSON.
 */
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/audit/canonical-json.js'
import { hintLabel as dashboardHintLabel } from '../../dashboard/src/text-marks.js'
import { hintLabel, hintList, hintsLine, printableMatch } from '../../src/cases/case-hints.js'
import { MAX_SNAPSHOT_HINTS, buildSnapshot, readSnapshot, snapshotContent, snapshotHashMatches, snapshotHints, verifySnapshot } from '../../src/moderation/evidence.js'
import type { Hint } from '../../classifiers/verdict.js'
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

const MODEL_TEXT = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
const MODEL_ROW: PostRow = {
  ...ROW,
  text: MODEL_TEXT,
  score: 0.34,
  categories: [],
  evidence: [],
  hints: [
    { kind: 'model', match: 'hystérique', start: 50, end: 60, weight: 0.85 },
    { kind: 'model', match: 'incapable', start: 64, end: 73, weight: 0.6 },
  ],
}
const AT = new Date('2026-11-27T20:06:00.000Z')

describe('hints in a snapshot', () => {
  it('are frozen with a post marked without evidence, their known keys only, and read back as they were', () => {
    expect(MODEL_TEXT.slice(50, 60)).toBe('hystérique')
    const row = { ...MODEL_ROW, hints: [...MODEL_ROW.hints, { kind: 'weak', match: 'cheffe', start: 87, end: 93, extra: 'x' } as never] }
    const s = buildSnapshot(row, { id: 8, category: 'harassment', targetIsMinor: false }, AT)
    expect(verifySnapshot(s)).toBe(true)
    const content = snapshotContent(s)
    expect(content.post.hints).toEqual([...MODEL_ROW.hints, { kind: 'weak', match: 'cheffe', start: 87, end: 93 }])
    expect(s.canonicalJson).toContain('"evidence":[],"externalId"')
    expect(s.canonicalJson).toContain('"hints":[{"end":60,"kind":"model","match":"hystérique","start":50,"weight":0.85},')
    expect(snapshotHints(content)).toEqual(content.post.hints)
    // The old snapshot of the same post, without hints, differs only by that key.
    const { hints: _, ...withoutHints } = content.post
    expect(canonicalJson({ ...content, flagId: 8, post: withoutHints })).toBe(OLD_MODEL_ONLY_JSON)
  })

  it('read back through the schema: stored snapshots as they are, damaged ones with a French reason, never a throw', () => {
    for (const json of [EVIDENCE_JSON, OLD_MODEL_ONLY_JSON]) {
      const read = readSnapshot({ canonicalJson: json })
      expect(read).toEqual({ ok: true, content: JSON.parse(json) })
      // The stored object itself: its keys in their stored (canonical) order.
      expect(read.ok && canonicalJson(read.content)).toBe(json)
    }
    const later = JSON.parse(EVIDENCE_JSON)
    later.post.reach = 12
    expect(readSnapshot({ canonicalJson: JSON.stringify(later) })).toMatchObject({ ok: true, content: { post: { reach: 12 } } })
    const damaged = (edit: (c: { post: Record<string, unknown> } & Record<string, unknown>) => void) => {
      const c = JSON.parse(EVIDENCE_JSON)
      edit(c)
      return readSnapshot({ canonicalJson: JSON.stringify(c) })
    }
    expect(readSnapshot({ canonicalJson: EVIDENCE_JSON.slice(0, -1) })).toEqual({ ok: false, reason: 'le JSON conservé ne se lit pas' })
    expect(readSnapshot({ canonicalJson: '' })).toEqual({ ok: false, reason: 'le JSON conservé ne se lit pas' })
    expect(readSnapshot({ canonicalJson: 'null' })).toEqual({ ok: false, reason: 'champ racine absent ou invalide' })
    expect(damaged((c) => Reflect.deleteProperty(c, 'post'))).toEqual({ ok: false, reason: 'champ post absent ou invalide' })
    expect(damaged((c) => (c.post.createdAt = 'hier'))).toEqual({ ok: false, reason: 'champ post.createdAt absent ou invalide' })
    expect(damaged((c) => (c.post.evidence = [{ category: 'insult', match: 3, start: 0, end: 1 }]))).toEqual({ ok: false, reason: 'champ post.evidence.0.match absent ou invalide' })
    expect(damaged((c) => (c.post = { text: 'x' }))).toEqual({ ok: false, reason: expect.stringMatching(/^champ post\.\w+ absent ou invalide ; champ post\.\w+ absent ou invalide ; champ post\.\w+ absent ou invalide ; …$/) })
    expect(() => snapshotContent({ canonicalJson: '{' })).toThrow('Instantané illisible : le JSON conservé ne se lit pas')
    // Hints that do not fit are dropped, not the snapshot.
    const misfit = damaged((c) => Object.assign(c.post, { evidence: [], hints: [{ kind: 'weak', match: 'gentille', start: 0, end: 2 }] }))
    expect(misfit).toMatchObject({ ok: true, content: { post: { evidence: [] } } })
    expect(misfit.ok && misfit.content.post).not.toHaveProperty('hints')
    expect(damaged((c) => Object.assign(c.post, { evidence: [], hints: 'x' }))).toEqual({ ok: false, reason: 'champ post.hints absent ou invalide' })
    expect(snapshotHashMatches({ canonicalJson: EVIDENCE_JSON, sha256: EVIDENCE_SHA })).toBe(true)
    expect(snapshotHashMatches({ canonicalJson: EVIDENCE_JSON.slice(0, -1), sha256: EVIDENCE_SHA })).toBe(false)
  })

  it('are not frozen for a post with evidence, even if its row held some', () => {
    const s = buildSnapshot({ ...ROW, hints: MODEL_ROW.hints }, { id: 7, category: 'harassment', targetIsMinor: true }, new Date('2026-11-27T20:05:00.000Z'))
    expect(s.canonicalJson).toBe(EVIDENCE_JSON)
  })

  it('read back as none from a snapshot taken before they were frozen, or from content that is not a snapshot', () => {
    expect(snapshotHints(JSON.parse(OLD_MODEL_ONLY_JSON))).toEqual([])
    for (const junk of [null, 3, 'x', [], {}, { post: null }, { post: { text: 5, evidence: [], hints: MODEL_ROW.hints } }, { post: { text: MODEL_TEXT, hints: {} } }]) {
      expect(snapshotHints(junk)).toEqual([])
    }
  })

  it('read back only when valid: in range, on whole characters, matching the text, a known kind, no extra key', () => {
    const text = 'ok 😡 sale rat\u202e tg'
    const good = { kind: 'weak', match: 'rat', start: 11, end: 14 }
    expect(text.slice(11, 14)).toBe('rat')
    const post = (hints: unknown[], evidence: unknown[] = []) => ({ post: { text, evidence, hints } })
    const bad = [
      { ...good, start: -1 },
      { ...good, end: text.length + 1 },
      { ...good, start: 14, end: 11 },
      { ...good, start: 12, end: 12, match: '' },
      { ...good, start: 1.5 },
      { ...good, match: 'chat' },
      { ...good, kind: 'lexicon' },
      { ...good, category: 'insult' },
      { kind: 'weak', match: text.slice(3, 4), start: 3, end: 4 }, // half of 😡
      { kind: 'weak', match: text.slice(4, 5), start: 4, end: 5 },
      'rat',
      null,
    ]
    expect(snapshotHints(post([...bad, good]))).toEqual([good])
    // Evidence wins: a frozen post with evidence shows no hint, as on the dashboard.
    expect(snapshotHints(post([good], [{ category: 'insult', match: 'rat', start: 11, end: 14 }]))).toEqual([])
    // A weight that is not a positive number is dropped, the hint kept.
    expect(snapshotHints(post([{ ...good, kind: 'model', weight: -2 }]))).toEqual([{ ...good, kind: 'model' }])
    // Overlaps: the first kept; text order; at most MAX_SNAPSHOT_HINTS.
    expect(snapshotHints(post([good, { kind: 'weak', match: 'sale rat', start: 6, end: 14 }]))).toEqual([{ kind: 'weak', match: 'sale rat', start: 6, end: 14 }])
    const long = 'a '.repeat(100)
    const many = Array.from({ length: 60 }, (_, i) => ({ kind: 'weak', match: 'a', start: 2 * i, end: 2 * i + 1 }))
    expect(snapshotHints({ post: { text: long, evidence: [], hints: many.reverse() } })).toHaveLength(MAX_SNAPSHOT_HINTS)
    expect(snapshotHints({ post: { text: long, evidence: [], hints: many } })[0]?.start).toBe(0)
  })

  it('are printed in French with the dashboard’s words, on one line, without control or bidi characters', () => {
    expect(hintsLine(MODEL_ROW.hints)).toBe(
      'Indices (sans preuve directe) : « hystérique » — mot qui a pesé dans le score (+0,85) ; « incapable » — mot qui a pesé dans le score (+0,60)',
    )
    expect(hintList([{ kind: 'weak', match: 'de\nmerde', start: 0, end: 8 }])).toBe('« de merde » — vocabulaire hostile non visé')
    expect(printableMatch('sale\u202e rat\u0007\u2066')).toBe('sale rat')
    const kinds: Hint[] = [
      { kind: 'weak', match: 'x', start: 0, end: 1 },
      { kind: 'model', match: 'x', start: 0, end: 1 },
      { kind: 'model', match: 'x', start: 0, end: 1, weight: 1.554 },
    ]
    for (const h of kinds) expect(hintLabel(h)).toBe(dashboardHintLabel(h))
    expect(printableMatch('😡'.repeat(70))).toBe(`${'😡'.repeat(60)}…`)
  })
})
