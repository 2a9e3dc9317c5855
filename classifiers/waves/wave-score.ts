/**
 * Wave scoring over window statistics: pure, no clock. The caller gathers
 * the figures (from the database) at a scenario time and asks whether a
 * signal is a harassment wave, how strong, and why — in French.
 */

/** Figures for one signal (a hashtag key or a target) at one scenario time. */
export interface WindowStats {
  kind: 'hashtag' | 'target'
  /** Posts and hostile posts in the short window (the last `windowMinutes`). */
  posts: number
  hostile: number
  /** Distinct authors in the short window, of hostile posts, and of brand-new accounts. */
  authors: number
  hostileAuthors: number
  newAccountAuthors: number
  /** Posts in the baseline period before the window, and its length in minutes. */
  baselinePosts: number
  baselineMinutes: number
  windowMinutes: number
  /** For hashtags: the tag targets a group of young people (#anti2010…). */
  groupTargeting: boolean
}

/** What the detector concludes. */
export interface WaveAssessment {
  /** True when the signal is a harassment wave (or pile-on) now. */
  harassment: boolean
  /** 0..1. */
  score: number
  hostileShare: number
  /** Window rate against the baseline rate, as a ratio (Infinity with no baseline). */
  growth: number
  /** −log10 of the Poisson probability of so many posts given the baseline. */
  surprise: number
  reasons: string[]
}

/** Thresholds; exported so tests and docs name them. */
export const WAVE_RULES = {
  /** A group-targeting tag opens with this many hostile posts from this many authors. */
  groupHostile: 2,
  groupAuthors: 2,
  groupHostileShare: 0.2,
  /** Any other hashtag must burst: */
  burstPosts: 12,
  burstSurprise: 4,
  burstHostileShare: 0.4,
  burstHostileAuthors: 5,
  /** A pile-on: this many distinct hostile authors on one target in the window. */
  pileOnHostileAuthors: 4,
  pileOnHostileShare: 0.5,
  /** Accounts younger than this are "new" (days). */
  newAccountDays: 7,
} as const

/** −log10 P(X ≥ k) for X ~ Poisson(λ), computed stably; 0 when k ≤ λ. */
export function poissonSurprise(k: number, lambda: number): number {
  if (k <= lambda) return 0
  // log of the upper tail via log-sum-exp over the first terms from k upward.
  const logTerm = (i: number) => -lambda + i * Math.log(lambda) - logFactorial(i)
  let max = -Infinity
  const terms: number[] = []
  for (let i = k; i < k + 200; i++) {
    const t = logTerm(i)
    terms.push(t)
    if (t > max) max = t
    if (t < max - 40) break
  }
  const logTail = max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0))
  return Math.max(0, -logTail / Math.LN10)
}

function logFactorial(n: number): number {
  // Stirling with correction; exact enough for n ≥ 10, summed below.
  if (n < 10) {
    let s = 0
    for (let i = 2; i <= n; i++) s += Math.log(i)
    return s
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n)
}

const pct = (x: number) => `${Math.round(x * 100)} %`

/** Scores one signal; the reasons say why, in French. */
export function assessWave(s: WindowStats): WaveAssessment {
  const hostileShare = s.posts > 0 ? s.hostile / s.posts : 0
  const baselineRate = s.baselineMinutes > 0 ? s.baselinePosts / s.baselineMinutes : 0
  const windowRate = s.posts / s.windowMinutes
  // A floor of one post per hour keeps a first-ever tag from scoring infinitely.
  const expected = Math.max(baselineRate, 1 / 60) * s.windowMinutes
  const surprise = poissonSurprise(s.posts, expected)
  const growth = baselineRate > 0 ? windowRate / baselineRate : Infinity
  const newShare = s.authors > 0 ? s.newAccountAuthors / s.authors : 0

  let harassment: boolean
  if (s.kind === 'target') {
    harassment = s.hostileAuthors >= WAVE_RULES.pileOnHostileAuthors && hostileShare >= WAVE_RULES.pileOnHostileShare
  } else if (s.groupTargeting) {
    harassment =
      s.hostile >= WAVE_RULES.groupHostile &&
      s.hostileAuthors >= WAVE_RULES.groupAuthors &&
      hostileShare >= WAVE_RULES.groupHostileShare
  } else {
    harassment =
      s.posts >= WAVE_RULES.burstPosts &&
      surprise >= WAVE_RULES.burstSurprise &&
      hostileShare >= WAVE_RULES.burstHostileShare &&
      s.hostileAuthors >= WAVE_RULES.burstHostileAuthors
  }

  const score = clamp01(
    0.4 * hostileShare +
      0.25 * Math.min(1, Math.log10(1 + s.hostileAuthors) / 2) +
      0.15 * Math.min(1, surprise / 10) +
      0.1 * newShare +
      0.1 * (s.groupTargeting || s.kind === 'target' ? 1 : 0),
  )

  const reasons: string[] = []
  if (Number.isFinite(growth)) {
    if (growth >= 1.5) reasons.push(`+${Math.round((growth - 1) * 100)} % en ${s.windowMinutes} min`)
  } else if (s.posts > 0) {
    reasons.push(`nouveau : ${s.posts} posts en ${s.windowMinutes} min`)
  }
  reasons.push(`${pct(hostileShare)} hostiles`)
  reasons.push(`${s.authors} auteurs${s.kind === 'target' ? `, dont ${s.hostileAuthors} hostiles` : ''}`)
  if (s.newAccountAuthors > 0) reasons.push(`${pct(newShare)} de comptes de moins de ${WAVE_RULES.newAccountDays} jours`)
  if (s.groupTargeting) reasons.push('hashtag qui cible un groupe de jeunes')
  return { harassment, score, hostileShare, growth, surprise, reasons }
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x))
}

/** Lifecycle of an open wave. */
export type WavePhase = 'emerging' | 'active' | 'declining' | 'closed'

/** Minutes without a post on the signal after which a wave closes. */
export const CLOSE_AFTER_QUIET_MINUTES = 30

/**
 * The phase of an open wave given its cumulative hostile posts, its current
 * window rate against its peak rate, and the quiet time since its last post.
 */
export function wavePhase(p: {
  hostileTotal: number
  windowRate: number
  peakRate: number
  quietMinutes: number
}): WavePhase {
  if (p.quietMinutes >= CLOSE_AFTER_QUIET_MINUTES) return 'closed'
  if (p.peakRate > 0 && p.windowRate < 0.5 * p.peakRate && p.hostileTotal >= 10) return 'declining'
  if (p.hostileTotal >= 10) return 'active'
  return 'emerging'
}
