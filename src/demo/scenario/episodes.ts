/**
 * Episodes embedded in a scenario (harassment waves, pile-ons, counter-campaigns,
 * news coverage, benign bursts): their specs, rate curves, tag variants and
 * default placements in a day.
 */
import { hashtagKey } from '../../../classifiers/waves/hashtag-key.js'

/** What kind of episode. */
export type WaveKind = 'hashtag' | 'pile-on' | 'counter' | 'news' | 'benign' | 'viral' | 'debate' | 'campaign'

/** One episode to embed. */
export interface WaveSpec {
  kind: WaveKind
  /** Minutes after the scenario start when the episode begins. */
  atMinute: number
  durationMinutes: number
  /** The episode's hashtag without '#' ("anti2010", "bienvenueaux2010", "antigaspi"); for news, the covered tag. */
  tag: string
  /** The targeted group as texts name it ("2010", "roux"); default from the tag's digits, else "2010". */
  group?: string
  /** pile-on: the target's handle and the ways posts name her. */
  target?: string
  names?: string[]
  /** benign: which bank of texts. */
  theme?: 'antigaspi' | 'sport' | 'music'
  /** Posts per minute at onset and at the peak. */
  startPerMinute?: number
  peakPerMinute?: number
  /** Minutes of exponential growth from start to peak (default: half the duration). */
  growthMinutes?: number
  /** Share of distinct authors whose account is under 7 days old. */
  newAccountShare?: number
  label?: string
  /** hashtag: what the tag aims at, for the texts (a class « 3eme B », a school « Victor Hugo »); `group` names it. */
  style?: 'class' | 'school'
  /** pile-on: share of the posts written by defenders (replies that stand up for the target). */
  defenderShare?: number
  /** pile-on: one attacking account posts under this many handles (same DID). */
  aliases?: number
  /** Texts of the realistic day (texts-realistic.ts), made messy: typos, SMS spellings, slang. */
  messy?: boolean
  /** debate: share of posts with real hostility (towards politicians). */
  hostileShare?: number
  /** viral: replies per minute the popular account gets all day (`target`), before and after its viral thread. */
  usualPerMinute?: number
}

/** Ground truth for one episode. */
export interface TruthEvent {
  /** 'hashtag' and 'target' are what detection keys on; 'benign' is news coverage spread over tags. */
  kind: 'hashtag' | 'target' | 'benign'
  /** hashtagKey of the tag, or the target handle. */
  key: string
  /** ISO time of the episode's first post. */
  onset: string
  harassment: boolean
  label: string
}

/** Posts per minute `minute` minutes into an episode: exponential growth, plateau, then decline. */
export function episodeRate(spec: WaveSpec, minute: number): number {
  const start = spec.startPerMinute ?? defaultStart(spec.kind)
  const peak = spec.peakPerMinute ?? defaultPeak(spec.kind)
  const growth = Math.max(1, spec.growthMinutes ?? spec.durationMinutes / 2)
  if (minute < growth) return start * (peak / start) ** (minute / growth)
  const declineFrom = Math.max(growth, spec.durationMinutes * 0.8)
  if (minute < declineFrom) return peak
  const left = (spec.durationMinutes - minute) / Math.max(1, spec.durationMinutes - declineFrom)
  return peak * (0.3 + 0.7 * Math.max(0, left))
}

function defaultStart(kind: WaveKind): number {
  return { hashtag: 1.5, 'pile-on': 1.5, counter: 2, news: 0.5, benign: 2, viral: 15, debate: 5, campaign: 2 }[kind]
}

function defaultPeak(kind: WaveKind): number {
  return { hashtag: 40, 'pile-on': 25, counter: 30, news: 6, benign: 80, viral: 30, debate: 50, campaign: 25 }[kind]
}

/** Expected number of posts of an episode (sum of its rate curve). */
export function expectedPosts(spec: WaveSpec): number {
  let n = 0
  for (let m = 0; m < spec.durationMinutes; m++) n += episodeRate(spec, m)
  return n
}

/** The truth record of an episode (onset filled by the generator). */
export function truthOf(spec: WaveSpec): Omit<TruthEvent, 'onset'> {
  switch (spec.kind) {
    case 'hashtag':
      return { kind: 'hashtag', key: hashtagKey(spec.tag), harassment: true, label: spec.label ?? `#${spec.tag} harassment wave` }
    case 'pile-on':
      return { kind: 'target', key: spec.target ?? 'lea.martin.bsky.social', harassment: true, label: spec.label ?? `pile-on on @${spec.target ?? 'lea.martin.bsky.social'}` }
    case 'counter':
      return { kind: 'hashtag', key: hashtagKey(spec.tag), harassment: false, label: spec.label ?? `#${spec.tag} counter-campaign` }
    case 'news':
      return { kind: 'benign', key: hashtagKey('cyberharcelement'), harassment: false, label: spec.label ?? `news coverage of #${spec.tag}` }
    case 'benign':
      return { kind: 'hashtag', key: hashtagKey(spec.tag), harassment: false, label: spec.label ?? `#${spec.tag} viral burst` }
    case 'viral':
      return { kind: 'target', key: spec.target ?? spec.tag, harassment: false, label: spec.label ?? `friendly viral thread on @${spec.target ?? spec.tag}` }
    case 'debate':
      return { kind: 'hashtag', key: hashtagKey(spec.tag), harassment: false, label: spec.label ?? `#${spec.tag} televised debate` }
    case 'campaign':
      return { kind: 'hashtag', key: hashtagKey(spec.tag), harassment: false, label: spec.label ?? `#${spec.tag} anti-harassment campaign` }
  }
}

/** Ban-evading spellings of a tag, in the order they appear as a wave goes on. */
export function tagVariants(tag: string): string[] {
  const body = tag.startsWith('anti') ? tag.slice(4) : tag
  const cap = body.length > 0 ? body[0]!.toUpperCase() + body.slice(1) : body
  const leet = /\d/.test(body) ? body.replace(/0/g, 'O').replace(/1/g, 'l') : body.replace(/o/g, '0')
  return [`Anti${body}`, `anti_${body}`, `${tag}bis`, `anti${leet}`, `${tag}pourdevrai`, `ANTI${body.toUpperCase()}`, `Anti_${cap}`, `${tag}v2`]
}

/** The tag a wave post uses at `progress` (0..1) through the wave: the plain tag first, then more variants. */
export function tagAt(tag: string, progress: number, random: () => number): string {
  if (progress < 0.12 || random() < 0.4) return tag
  const variants = tagVariants(tag)
  const unlocked = Math.max(1, Math.min(variants.length, Math.ceil(progress * variants.length * 1.4)))
  return variants[Math.floor(random() * unlocked)]!
}

/** The default episodes of a scenario of `minutes`, placed at the same fractions of any length. */
export function defaultWaves(minutes: number): WaveSpec[] {
  const at = (f: number): number => Math.floor(minutes * f)
  const dur = (f: number, min: number): number => Math.max(min, Math.floor(minutes * f))
  return [
    { kind: 'hashtag', tag: 'anti2010', group: '2010', atMinute: at(0.33), durationMinutes: dur(0.125, 40) },
    { kind: 'counter', tag: 'bienvenueaux2010', group: '2010', atMinute: at(0.4), durationMinutes: dur(0.1, 30), newAccountShare: 0.05 },
    { kind: 'news', tag: 'anti2010', group: '2010', atMinute: at(0.42), durationMinutes: dur(0.17, 40) },
    { kind: 'benign', tag: 'antigaspi', theme: 'antigaspi', atMinute: at(0.46), durationMinutes: dur(0.08, 30), newAccountShare: 0.05 },
    {
      kind: 'pile-on', tag: 'lea', target: 'lea.martin.bsky.social', names: ['Léa Martin', 'lea m', 'L3a', 'Léa', 'LÉA MARTIN', 'la Martin', 'lea martin'],
      atMinute: at(0.53), durationMinutes: dur(0.06, 30), newAccountShare: 0.35,
    },
    { kind: 'hashtag', tag: 'antiroux', group: 'roux', atMinute: at(0.68), durationMinutes: dur(0.08, 40), peakPerMinute: 30 },
    { kind: 'benign', tag: 'finaleLDC', theme: 'sport', atMinute: at(0.86), durationMinutes: dur(0.1, 30), peakPerMinute: 120, newAccountShare: 0.03 },
  ]
}

/**
 * A realistic day (bench/waves.ts): the default episodes plus a pile-on on a
 * 13-year-old with defenders replying and one attacker under three handles,
 * friendly viral threads on two popular accounts that get replies all day, a
 * televised debate with some real hostility, an anti-harassment campaign
 * that quotes the insults it fights, and waves aimed at a class and at a
 * school named after a person — the new episodes in messy text.
 */
export function realisticDay(minutes: number): WaveSpec[] {
  const at = (f: number): number => Math.floor(minutes * f)
  return [
    ...defaultWaves(minutes),
    { kind: 'campaign', tag: 'NonAuHarcelement', atMinute: at(0.38), durationMinutes: 90, messy: true, newAccountShare: 0.03 },
    {
      kind: 'hashtag', tag: 'anti3emeB', style: 'class', group: '3eme B', atMinute: at(0.56), durationMinutes: 25, startPerMinute: 1, peakPerMinute: 8,
      messy: true, newAccountShare: 0.2, label: '#anti3emeB, aimed at a class',
    },
    // As reported on real traffic: ~40 attacks from ~32 accounts in 15 minutes while ~15 others defend her.
    {
      kind: 'pile-on', tag: 'zoe', target: 'zoe.lpt.bsky.social', names: ['Zoé', 'zoe', 'Zoé L', 'la Zoé', 'zozo'], atMinute: at(0.61), durationMinutes: 15,
      startPerMinute: 4, peakPerMinute: 5, defenderShare: 0.3, aliases: 3, messy: true, newAccountShare: 0.3, label: 'pile-on on a 13-year-old, with defenders',
    },
    {
      kind: 'hashtag', tag: 'antiVictorHugo', style: 'school', group: 'Victor Hugo', atMinute: at(0.72), durationMinutes: 30, startPerMinute: 1, peakPerMinute: 10,
      messy: true, newAccountShare: 0.2, label: '#antiVictorHugo, aimed at a school',
    },
    { kind: 'viral', tag: 'streameuse', target: 'lina.streams.bsky.social', atMinute: at(0.83), durationMinutes: 10, usualPerMinute: 2, messy: true, newAccountShare: 0.03 },
    { kind: 'debate', tag: 'LeGrandDebat', atMinute: at(0.875), durationMinutes: 120, hostileShare: 0.12, messy: true, newAccountShare: 0.03 },
    {
      kind: 'viral', tag: 'club', target: 'fcnantes.bsky.social', atMinute: at(0.92), durationMinutes: 10, startPerMinute: 20, peakPerMinute: 40, usualPerMinute: 3,
      messy: true, newAccountShare: 0.03,
    },
  ]
}
