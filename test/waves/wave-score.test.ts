import { describe, expect, it } from 'vitest'
import { HELD_OUT } from '../../classifiers/model/operating-point.js'
import { assessWave, binomialSurprise, fisherSurprise, PILE_ON_MODEL, poissonSurprise, waveReasons, wavePhase, type WindowStats } from '../../classifiers/waves/wave-score.js'

const base: WindowStats = {
  kind: 'hashtag',
  posts: 0,
  hostile: 0,
  authors: 0,
  hostileAuthors: 0,
  newAccountAuthors: 0,
  baselinePosts: 0,
  baselineHostile: 0,
  newHostileAuthors: 0,
  baselineMinutes: 60,
  windowMinutes: 10,
  groupTargeting: false,
}

describe('poissonSurprise', () => {
  it('is 0 at or below the expectation and grows with the excess', () => {
    expect(poissonSurprise(5, 10)).toBe(0)
    expect(poissonSurprise(20, 10)).toBeGreaterThan(2)
    expect(poissonSurprise(40, 10)).toBeGreaterThan(poissonSurprise(20, 10))
    expect(Number.isFinite(poissonSurprise(5000, 0.1))).toBe(true)
  })
})

describe('assessWave', () => {
  it.each<[string, Partial<WindowStats>, boolean]>([
    ['a group-targeting tag with a few hostile authors', { groupTargeting: true, posts: 4, hostile: 3, authors: 4, hostileAuthors: 3 }, true],
    ['a group-targeting tag used by counter-speech only', { groupTargeting: true, posts: 12, hostile: 0, authors: 10 }, false],
    ['a hostile burst on a new tag', { posts: 40, hostile: 30, authors: 30, hostileAuthors: 25 }, true],
    ['a benign viral burst', { posts: 400, hostile: 8, authors: 300, hostileAuthors: 8 }, false],
    ['a hostile tag that does not burst above its usual rate', { posts: 40, hostile: 30, authors: 30, hostileAuthors: 25, baselinePosts: 300 }, false],
    ['a hostile burst by one or two accounts', { posts: 40, hostile: 40, authors: 2, hostileAuthors: 2 }, false],
    ['a pile-on on a target', { kind: 'target', posts: 6, hostile: 5, authors: 5, hostileAuthors: 5 }, true],
    ['friends mentioning someone', { kind: 'target', posts: 30, hostile: 1, authors: 20, hostileAuthors: 1 }, false],
  ])('%s → %s', (_label, s, expected) => {
    expect(assessWave({ ...base, ...s }).harassment).toBe(expected)
  })

  it('explains itself in French', () => {
    const a = assessWave({ ...base, groupTargeting: true, posts: 50, hostile: 36, authors: 40, hostileAuthors: 30, newAccountAuthors: 16, baselinePosts: 30 })
    expect(a.reasons).toEqual(
      expect.arrayContaining(['+900 % en 10 min', '72 % hostiles', '40 auteurs', '40 % de comptes de moins de 7 jours']),
    )
    expect(a.score).toBeGreaterThan(0.5)
    expect(a.score).toBeLessThanOrEqual(1)
  })

  it('scores a stronger wave higher', () => {
    const weak = assessWave({ ...base, groupTargeting: true, posts: 5, hostile: 3, authors: 4, hostileAuthors: 3 })
    const strong = assessWave({ ...base, groupTargeting: true, posts: 200, hostile: 180, authors: 150, hostileAuthors: 140, newAccountAuthors: 60 })
    expect(strong.score).toBeGreaterThan(weak.score)
  })
})

describe('binomialSurprise and fisherSurprise', () => {
  it('match hand-computed tails', () => {
    // P(X ≥ 4 | n = 4, p = 0.1) = 10⁻⁴
    expect(binomialSurprise(4, 4, 0.1)).toBeCloseTo(4, 6)
    expect(binomialSurprise(1, 10, 0.5)).toBe(0)
    // p₁ = p₂ = 10⁻² → P(χ²₄ ≥ −2 ln 10⁻⁴) = 10⁻⁴ (1 + ln 10⁴)
    expect(fisherSurprise(2, 2)).toBeCloseTo(4 - Math.log10(1 + 4 * Math.LN10), 6)
    expect(Number.isFinite(binomialSurprise(3000, 3000, 0.06))).toBe(true)
  })
})

describe('pile-ons judged against the target’s own normal', () => {
  const target: WindowStats = { ...base, kind: 'target', baselineMinutes: 1440 }
  it('derives its noise floor from the classifier’s measured hard-negative false-positive rate', () => {
    expect(PILE_ON_MODEL.noiseFloor).toBeGreaterThanOrEqual(2 * HELD_OUT.hardFalsePositiveRate)
    expect(PILE_ON_MODEL.noiseFloor).toBeLessThan(0.1)
  })

  it('opens on a 13-year-old attacked while defenders reply (hostile share far under half)', () => {
    // 5 minutes in: 13 attacks of which the classifier caught 7, 7 defenders; she usually gets 3 replies a day.
    const s = { ...target, posts: 20, hostile: 7, authors: 17, hostileAuthors: 6, newHostileAuthors: 2, baselinePosts: 3 }
    expect(s.hostile / s.posts).toBeLessThan(0.5)
    const a = assessWave(s)
    expect(a.harassment).toBe(true)
    // Nearly as many defenders as attackers do not hide it (32 % hostile).
    expect(assessWave({ ...s, posts: 22, authors: 19 }).harassment).toBe(true)
  })

  it('does not open on a friendly viral thread of a popular account carrying ~15 % classifier noise', () => {
    // 170 authors in 10 minutes, 15 % flagged; the account usually gets ~4 replies a minute with the same noise.
    const s = { ...target, posts: 200, hostile: 30, authors: 170, hostileAuthors: 30, newHostileAuthors: 2, baselinePosts: 6000, baselineHostile: 900 }
    expect(assessWave(s).harassment).toBe(false)
    expect(assessWave({ ...s, hostile: 38, hostileAuthors: 38 }).harassment).toBe(false)
  })

  it('judges an account that always draws hostility against its own share', () => {
    const s = { ...target, posts: 300, hostile: 120, authors: 250, hostileAuthors: 110, newHostileAuthors: 10, baselinePosts: 20_000, baselineHostile: 8000 }
    expect(assessWave(s).harassment).toBe(false)
    // The same account drawing twice its usual hostile share is a pile-on.
    expect(assessWave({ ...s, hostile: 240, hostileAuthors: 200 }).harassment).toBe(true)
  })

  it.each<[string, Partial<WindowStats>]>([
    ['friends with one flagged joke', { posts: 8, hostile: 2, authors: 6, hostileAuthors: 2 }],
    ['two accounts insulting each other', { posts: 20, hostile: 20, authors: 2, hostileAuthors: 2 }],
    ['three attackers', { posts: 6, hostile: 6, authors: 3, hostileAuthors: 3 }],
  ])('does not open on %s', (_label, s) => {
    expect(assessWave({ ...target, ...s }).harassment).toBe(false)
  })

  it('counts new accounts as further evidence', () => {
    const s = { ...target, posts: 14, hostile: 4, authors: 11, hostileAuthors: 4, baselinePosts: 3 }
    const plain = assessWave(s)
    const fresh = assessWave({ ...s, newHostileAuthors: 3 })
    expect(fresh.pileOn!.evidence).toBeGreaterThan(plain.pileOn!.evidence)
    expect(plain.harassment).toBe(false)
    expect(fresh.harassment).toBe(true)
  })
})

describe('waveReasons: the figures the header shows', () => {
  it('says the wave’s own hostile share and authors', () => {
    const r = waveReasons({
      kind: 'target', posts: 3228, hostile: 2582, authors: 3228, hostileAuthors: 2500, newAccountAuthors: 323, groupTargeting: false,
      growth: 3, windowPosts: 120, windowMinutes: 10,
    })
    expect(r).toEqual([
      '+200 % en 10 min', '80 % hostiles', '3228 auteurs, dont 2500 hostiles', '82 messages hostiles de plus des mêmes comptes', '10 % de comptes de moins de 7 jours',
    ])
  })
})

describe('wavePhase', () => {
  it.each<[Parameters<typeof wavePhase>[0], string]>([
    [{ hostileTotal: 4, recentPosts: 5, previousPosts: 5, peakPerMinute: 1, quietMinutes: 0 }, 'emerging'],
    [{ hostileTotal: 40, recentPosts: 25, previousPosts: 30, peakPerMinute: 6, quietMinutes: 0 }, 'active'],
    [{ hostileTotal: 40, recentPosts: 5, previousPosts: 30, peakPerMinute: 6, quietMinutes: 0 }, 'declining'],
    [{ hostileTotal: 40, recentPosts: 0, previousPosts: 0, peakPerMinute: 6, quietMinutes: 31 }, 'closed'],
  ])('%j → %s', (p, phase) => {
    expect(wavePhase(p)).toBe(phase)
  })

  it('is never « declining » while the wave grows, whatever its peak minute', () => {
    // A wave one minute old: a 60-post first minute, nothing before.
    expect(wavePhase({ hostileTotal: 60, recentPosts: 60, previousPosts: 0, peakPerMinute: 60, quietMinutes: 0 })).not.toBe('declining')
    for (let previous = 0; previous <= 200; previous += 7) {
      for (const growth of [1, 1.1, 2, 5]) {
        const recent = Math.ceil(previous * growth)
        expect(wavePhase({ hostileTotal: 100, recentPosts: recent, previousPosts: previous, peakPerMinute: 500, quietMinutes: 0 })).not.toBe('declining')
      }
    }
  })
})
