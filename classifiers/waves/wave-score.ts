/**
 * Wave scoring over window statistics: pure, no clock. The caller gathers
 * the figures (from the database) at a scenario time and asks whether a
 * signal is a harassment wave, how strong, and why — in French.
 *
 * Pile-ons (kind 'target') are judged against a stated model, not a fixed
 * hostile share (see PILE_ON_MODEL and `assessPileOn`): the classifier's
 * false-positive rate is the noise floor of any crowd of replies, the
 * target's own usual attention (posts and hostile share over the previous
 * day) lifts that floor for accounts that always draw some hostility, and a
 * pile-on is hostile attention that neither noise nor the target's normal
 * explains, from many distinct accounts.
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
  /** Posts (and hostile posts) in the baseline period before the window, and its length in minutes. */
  baselinePosts: number
  baselineHostile: number
  baselineMinutes: number
  /** Hostile authors of the window whose account is under `newAccountDays` old. */
  newHostileAuthors: number
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
  /** Pile-ons: the model's figures (see `assessPileOn`); absent for hashtags. */
  pileOn?: PileOnEvidence
  reasons: string[]
}

/**
 * The pile-on model (every figure is a probability, a share or a rate that
 * can be argued for; nothing is fitted to one scenario):
 *
 * - `noiseFloor`: a crowd of ordinary replies still carries classifier
 *   false positives. Measured: 0.1–0.3 % on ordinary held-out posts
 *   (OPERATING_POINT.falsePositiveRate), 2.1 % on hard negatives — banter,
 *   counter-speech, news (HELD_OUT.hardFalsePositiveRate, 2.1–2.5 % across retrainings) — and 2–3 % on
 *   real feeds. The floor is 6 %, over twice the hard-negative rate, so that
 *   a thread of slang and banter is still explained by noise with a margin.
 *   The 15 % once seen on a streamer's friendly thread (older classifier) is
 *   not a floor every young person's replies must clear: it is what the
 *   target's own normal is for, below.
 * - The target's own normal: its replies and mentions over the previous day
 *   (`baselineMinutes`), as a rate and as a hostile share. The share is
 *   shrunk towards the floor with `priorPosts` pseudo-posts, so a handful of
 *   baseline posts cannot move it far; an account whose replies usually
 *   carry 15 % of « hostile » marks is judged against 15 %.
 * - Share test: hostile posts in the window against Binomial(posts, p) with
 *   p = max(floor, own share). Defenders only add posts: they lower the
 *   share but not the count of hostile posts, and the binomial tail of that
 *   count stays small (a fixed « half the posts » rule does not).
 * - Further signal, new accounts: hostile authors whose account is under
 *   `newAccountDays` old, against Binomial(hostile authors, `newAccountShare`)
 *   — the share of brand-new accounts among ordinary repliers is taken
 *   conservatively at 10 % (the generated and observed feeds show 2–5 %).
 *   The share and new-account tests are combined with Fisher's method (their
 *   p-values multiply; the product is read against χ² with 4 degrees of freedom).
 * - Volume gate: the hostile posts must be far above the hostile attention
 *   the target usually gets (Poisson, mean = usual rate × window × p, the
 *   usual rate floored at one reply an hour): a popular account's usual
 *   noise is not a pile-on even when its thread is busy.
 * - Many accounts: at least `minHostileAuthors` distinct hostile authors.
 *
 * A pile-on opens when all three hold: evidence ≥ `evidenceSurprise`
 * (p ≤ 10⁻³), volume ≥ `volumeSurprise` (p ≤ 10⁻³) and at least four
 * distinct hostile authors. A friendly crowd would have to pass all three by
 * chance on the same window; at 15 s assessments, a target that draws such a
 * crowd all day is assessed ~6,000 times, and its own normal (not the floor)
 * then sets the expected share.
 */
export const PILE_ON_MODEL = {
  /** Stated, not recomputed from each retraining (the test checks it stays ≥ 2× the measured hard-negative rate). */
  noiseFloor: 0.06,
  priorPosts: 50,
  /** Usual replies per minute, at least (one an hour). */
  usualRateFloor: 1 / 60,
  newAccountShare: 0.1,
  minHostileAuthors: 4,
  evidenceSurprise: 3,
  volumeSurprise: 3,
} as const

/** What the pile-on model found (−log10 of p-values). */
export interface PileOnEvidence {
  /** The hostile share noise and the target's normal would explain. */
  expectedShare: number
  /** Hostile posts the target usually gets in a window. */
  usualHostile: number
  share: number
  newAccounts: number
  /** Fisher combination of share and new accounts. */
  evidence: number
  volume: number
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
  /** Accounts younger than this are "new" (days). */
  newAccountDays: 7,
} as const

/** −log10 P(X ≥ k) for X ~ Poisson(λ), computed stably; 0 when k ≤ λ. */
export function poissonSurprise(k: number, lambda: number): number {
  if (k <= lambda) return 0
  // log of the upper tail via log-sum-exp over the first terms from k upward.
  return tailSurprise((i) => -lambda + i * Math.log(lambda) - logFactorial(i), k, k + 199)
}

/**
 * −log10 of Σ exp(logTerm(i)) for i from `from` to `to`, summed by
 * log-sum-exp and stopped once the terms are 40 nats below the largest.
 */
function tailSurprise(logTerm: (i: number) => number, from: number, to: number): number {
  let max = -Infinity
  const terms: number[] = []
  for (let i = from; i <= to; i++) {
    const t = logTerm(i)
    terms.push(t)
    if (t > max) max = t
    if (t < max - 40) break
  }
  const logTail = max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0))
  return Math.max(0, -logTail / Math.LN10)
}

/** −log10 P(X ≥ k) for X ~ Binomial(n, p); 0 when k ≤ n·p. */
export function binomialSurprise(k: number, n: number, p: number): number {
  if (k <= n * p || n <= 0) return 0
  if (p <= 0) return k > 0 ? Infinity : 0
  if (p >= 1) return 0
  const lp = Math.log(p)
  const lq = Math.log1p(-p)
  return tailSurprise((i) => logFactorial(n) - logFactorial(i) - logFactorial(n - i) + i * lp + (n - i) * lq, k, n)
}

/** Fisher's combination of two independent tests given as −log10 p: −log10 of P(χ²₄ ≥ −2 ln(p₁p₂)). */
export function fisherSurprise(a: number, b: number): number {
  const half = (a + b) * Math.LN10 // −ln(p₁p₂) = x/2
  // P(χ²₄ ≥ x) = e^{−x/2} (1 + x/2)
  return Math.max(0, (half - Math.log1p(half)) / Math.LN10)
}

/** The pile-on model on one target's window (see PILE_ON_MODEL). */
export function assessPileOn(s: WindowStats): { harassment: boolean; evidence: PileOnEvidence } {
  const m = PILE_ON_MODEL
  const ownShare = (s.baselineHostile + m.noiseFloor * m.priorPosts) / (s.baselinePosts + m.priorPosts)
  const expectedShare = Math.max(m.noiseFloor, ownShare)
  const usualRate = Math.max(s.baselineMinutes > 0 ? s.baselinePosts / s.baselineMinutes : 0, m.usualRateFloor)
  const usualHostile = usualRate * s.windowMinutes * expectedShare
  const share = binomialSurprise(s.hostile, s.posts, expectedShare)
  const newAccounts = binomialSurprise(s.newHostileAuthors, s.hostileAuthors, m.newAccountShare)
  const evidence = fisherSurprise(share, newAccounts)
  const volume = poissonSurprise(s.hostile, usualHostile)
  const harassment = s.hostileAuthors >= m.minHostileAuthors && evidence >= m.evidenceSurprise && volume >= m.volumeSurprise
  return { harassment, evidence: { expectedShare, usualHostile, share, newAccounts, evidence, volume } }
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
  let pileOn: PileOnEvidence | undefined
  if (s.kind === 'target') {
    const a = assessPileOn(s)
    harassment = a.harassment
    pileOn = a.evidence
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

  // A pile-on's share is diluted by defenders: its weight is the share or the model's evidence, whichever is stronger.
  const shareTerm = pileOn ? Math.max(hostileShare, Math.min(1, pileOn.evidence / 10)) : hostileShare
  const score = clamp01(
    0.4 * shareTerm +
      0.25 * Math.min(1, Math.log10(1 + s.hostileAuthors) / 2) +
      0.15 * Math.min(1, surprise / 10) +
      0.1 * newShare +
      0.1 * (s.groupTargeting || s.kind === 'target' ? 1 : 0),
  )
  const reasons = waveReasons({ ...s, growth, windowPosts: s.posts, pileOn })
  return { harassment, score, hostileShare, growth, surprise, pileOn, reasons }
}

/**
 * The figures the reasons of a wave describe: the wave's own totals (the
 * same ones its header shows: posts, hostile posts, authors), and the
 * window's growth and pile-on evidence, said as window figures.
 */
export interface WaveFigures {
  kind: 'hashtag' | 'target'
  posts: number
  hostile: number
  authors: number
  hostileAuthors: number
  newAccountAuthors: number
  groupTargeting: boolean
  /** Window rate against the baseline rate (Infinity with no baseline), posts in the window, its length. */
  growth: number
  windowPosts: number
  windowMinutes: number
  pileOn?: PileOnEvidence | undefined
}

/** Share as the header shows it: hostile / posts, rounded to the percent. */
const shareOf = (part: number, whole: number): number => (whole > 0 ? part / whole : 0)

/** The reasons of a wave, in French, from its own figures. */
export function waveReasons(f: WaveFigures): string[] {
  const reasons: string[] = []
  if (Number.isFinite(f.growth)) {
    if (f.growth >= 1.5) reasons.push(`+${Math.round((f.growth - 1) * 100)} % en ${f.windowMinutes} min`)
  } else if (f.windowPosts > 0) {
    reasons.push(`nouveau : ${f.windowPosts} posts en ${f.windowMinutes} min`)
  }
  reasons.push(`${pct(shareOf(f.hostile, f.posts))} hostiles`)
  reasons.push(`${f.authors} auteurs${f.kind === 'target' ? `, dont ${f.hostileAuthors} hostiles` : ''}`)
  // Repeated attackers: hostile posts beyond one per hostile author.
  const repeated = f.hostile - f.hostileAuthors
  if (f.kind === 'target' && f.hostileAuthors > 0 && repeated > 0) reasons.push(`${repeated} messages hostiles de plus des mêmes comptes`)
  if (f.newAccountAuthors > 0) reasons.push(`${pct(shareOf(f.newAccountAuthors, f.authors))} de comptes de moins de ${WAVE_RULES.newAccountDays} jours`)
  if (f.groupTargeting) reasons.push('hashtag qui cible un groupe de jeunes')
  if (f.pileOn && f.pileOn.evidence >= PILE_ON_MODEL.evidenceSurprise) {
    reasons.push(`hostilité bien au-delà du bruit du classifieur et de l'habitude du compte (${pct(f.pileOn.expectedShare)} attendus)`)
  }
  return reasons
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x))
}

/** Lifecycle of an open wave. */
export type WavePhase = 'emerging' | 'active' | 'declining' | 'closed'

/** Minutes without a post on the signal after which a wave closes. */
export const CLOSE_AFTER_QUIET_MINUTES = 30

/**
 * The phase of an open wave, from its own curve in scenario time: posts in
 * the last `PHASE` full minutes (`recentPosts`) against the `PHASE` minutes
 * before (`previousPosts`), and its busiest minute. A wave whose recent
 * minutes carry at least as many posts as the ones before is growing or
 * steady, never declining — whatever the replay speed, since only post
 * times count. Declining: recent posts clearly below the previous ones
 * (under three quarters) and a recent rate under half the peak minute.
 */
export function wavePhase(p: {
  hostileTotal: number
  recentPosts: number
  previousPosts: number
  peakPerMinute: number
  quietMinutes: number
  /** Minutes in each half (default 5). */
  halfMinutes?: number
}): WavePhase {
  const half = p.halfMinutes ?? 5
  if (p.quietMinutes >= CLOSE_AFTER_QUIET_MINUTES) return 'closed'
  const falling = p.previousPosts >= half && p.recentPosts < 0.75 * p.previousPosts
  if (p.hostileTotal >= 10 && falling && p.recentPosts / half < 0.5 * p.peakPerMinute) return 'declining'
  if (p.hostileTotal >= 10) return 'active'
  return 'emerging'
}
