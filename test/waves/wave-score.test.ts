import { describe, expect, it } from 'vitest'
import { assessWave, poissonSurprise, wavePhase, type WindowStats } from '../../classifiers/waves/wave-score.js'

const base: WindowStats = {
  kind: 'hashtag',
  posts: 0,
  hostile: 0,
  authors: 0,
  hostileAuthors: 0,
  newAccountAuthors: 0,
  baselinePosts: 0,
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

describe('wavePhase', () => {
  it.each<[Parameters<typeof wavePhase>[0], string]>([
    [{ hostileTotal: 4, windowRate: 1, peakRate: 1, quietMinutes: 0 }, 'emerging'],
    [{ hostileTotal: 40, windowRate: 5, peakRate: 6, quietMinutes: 0 }, 'active'],
    [{ hostileTotal: 40, windowRate: 1, peakRate: 6, quietMinutes: 0 }, 'declining'],
    [{ hostileTotal: 40, windowRate: 0, peakRate: 6, quietMinutes: 31 }, 'closed'],
  ])('%j → %s', (p, phase) => {
    expect(wavePhase(p)).toBe(phase)
  })
})
