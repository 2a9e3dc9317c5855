/**
 * Deterministic scenario generator: background French teen traffic plus
 * embedded episodes (harassment waves, pile-ons, counter-campaigns, news,
 * benign bursts), as JSONL post lines sorted by createdAt, with ground truth.
 * Pure (no I/O): `vigie start --demo` replays it, bench/scenario/generate.ts
 * writes it to a file.
 */
import { extractHashtags, extractMentions } from '../../posts/extract.js'
import { seededRandom as rng } from '../../util/seeded-random.js'
import { backgroundAccounts, EpisodePool, MEDIA } from './authors.js'
import type { Account } from './authors.js'
import { episodeRate, expectedPosts, tagAt, truthOf } from './episodes.js'
import type { TruthEvent, WaveSpec } from './episodes.js'
import { backgroundText } from './texts-background.js'
import { attackText, campaignText, debateText, defenderText, fanText, groupPlaceText, messy } from './texts-realistic.js'
import { benignText, counterSpeechText, hostileGroupText, newsText, pileOnText, supportText } from './texts-waves.js'

export type { TruthEvent, WaveKind, WaveSpec } from './episodes.js'
export { defaultWaves, realisticDay } from './episodes.js'

/** What a generated post is, for measuring classifiers and detectors against it. */
export type PostRole =
  | 'background' | 'hostile' | 'counter-speech' | 'support' | 'news' | 'benign' | 'victim'
  | 'defender' | 'fan' | 'debate' | 'campaign'

/** Options of a scenario. */
export interface ScenarioOptions {
  seed: number
  start: Date
  durationMinutes: number
  /** Mean background posts per minute (over a day when `dailyRhythm`). */
  backgroundPerMinute: number
  waves: WaveSpec[]
  /** Background volume follows a French teen day (quiet at night, peaks after school); default true. */
  dailyRhythm?: boolean
}

/** A generated scenario. */
export interface Scenario {
  lines: string[]
  truth: TruthEvent[]
  /** Role of each line, same order. */
  roles: PostRole[]
  /** Index in `waves` of the episode each line belongs to, -1 for background and target posts. */
  episodes: number[]
}

// Relative activity per local (Paris, UTC+1) hour, 0h..23h; normalised to mean 1 below.
const HOURLY = [0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.3, 0.8, 0.7, 0.5, 0.5, 0.6, 1.2, 1.0, 0.6, 0.7, 1.2, 1.6, 1.8, 1.7, 1.9, 2.0, 1.5, 0.8]
const FR: readonly string[] = ['fr']
const HOURLY_MEAN = HOURLY.reduce((a, b) => a + b, 0) / HOURLY.length

interface Item {
  id: string
  t: number
  role: PostRole
  /** Index of the episode the post belongs to, if any. */
  episode?: number
  author: Account
  text: string
  langs: readonly string[]
  replyTo?: string
}

// Characters JSON must escape (generated texts hold no lone surrogates); other texts are written as they are,
// since JSON.stringify is slow on non-ASCII.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/

const LANGS_JSON = new Map<readonly string[], string>()

/** JSON of a (shared, constant) langs array, cached per array. */
function langsJson(langs: readonly string[]): string {
  let json = LANGS_JSON.get(langs)
  if (json === undefined) {
    json = JSON.stringify(langs)
    if (LANGS_JSON.size < 64) LANGS_JSON.set(langs, json)
  }
  return json
}

function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`
}

/** Some SMS spellings, applied to a share of hostile posts. */
function smsify(text: string, random: () => number): string {
  if (random() < 0.6) return text
  const out = text.replace(/c'est/g, 'c').replace(/t'es/g, 't').replace(/qu'/g, 'k').replace(/quoi/g, 'koi').replace(/je suis/g, 'jsuis').replace(/pourquoi/g, 'pk')
  return random() < 0.15 ? out.toUpperCase() : out
}

/** Emits a scenario line by line, in createdAt order; returns the truth (episodes that start after the end are left out). */
export function streamScenario(opts: ScenarioOptions, emit: (line: string, role: PostRole, episode: number) => void): TruthEvent[] {
  const startMs = opts.start.getTime()
  const bgRandom = rng(opts.seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(bgRandom() * xs.length)]!
  const bgSize = Math.max(500, Math.min(40_000, Math.round(opts.backgroundPerMinute * 30)))
  const accounts = backgroundAccounts(bgSize, startMs, opts.seed, rng(opts.seed ^ 0x5eed))
  const media = MEDIA.map((handle, i) => ({ handle, did: `did:plc:media${i}`, createdAt: new Date(startMs - (900 + i * 40) * 86_400_000).toISOString(), json: undefined }))
  const episodes = opts.waves.map((spec, i) => ({
    spec,
    random: rng(opts.seed * 31 + i + 1),
    pool: new EpisodePool(`x${i}`, opts.seed, spec.newAccountShare ?? (spec.kind === 'hashtag' || spec.kind === 'pile-on' ? 0.4 : 0.08)),
    onset: null as number | null,
    victimPost: null as string | null,
    defenders: new EpisodePool(`d${i}`, opts.seed, 0.02, 0.4),
    aliases: aliasAccounts(spec, i, opts.seed, startMs),
    popular: spec.kind === 'viral' ? popularAccount(spec, startMs) : null,
    popularPost: null as string | null,
  }))
  const recent: string[] = []
  let counter = 0
  const id = (): string => `sc${opts.seed}-${(counter++).toString(36)}`

  // Lines are assembled from cached JSON fragments: JSON.stringify of whole objects is the hot spot at 10⁶ posts.
  const fragment = (a: Account): string =>
    (a.json ??= `"author":${JSON.stringify(a.handle)},"authorId":${JSON.stringify(a.did)},"authorCreatedAt":"${a.createdAt}"`)
  let minutePrefix = ''
  let prefixMinute = -1
  const write = (item: Item): void => {
    const within = item.t % 60_000
    if (item.t - within !== prefixMinute) {
      prefixMinute = item.t - within
      minutePrefix = new Date(prefixMinute).toISOString().slice(0, 17)
    }
    const createdAt = `${minutePrefix}${String(Math.floor(within / 1000)).padStart(2, '0')}.${String(within % 1000).padStart(3, '0')}Z`
    const tags = item.text.includes('#') ? JSON.stringify(extractHashtags(item.text)) : '[]'
    const mentions = item.text.includes('@') ? JSON.stringify(extractMentions(item.text)) : '[]'
    const reply = item.replyTo === undefined ? '' : `,"replyTo":"${item.replyTo}"`
    emit(
      `{"platform":"bluesky","id":"${item.id}",${fragment(item.author)},"text":${jsonString(item.text)},"createdAt":"${createdAt}",` +
        `"hashtags":${tags},"mentions":${mentions}${reply},"langs":${langsJson(item.langs)}}`,
      item.role,
      item.episode ?? -1,
    )
  }

  for (let minute = 0; minute < opts.durationMinutes; minute++) {
    const minuteMs = startMs + minute * 60_000
    const items: Item[] = []
    const bgRate = opts.backgroundPerMinute * (opts.dailyRhythm === false ? 1 : rhythm(minuteMs))
    const bgCount = Math.floor(bgRate * (0.85 + 0.3 * bgRandom()) + bgRandom())
    for (let k = 0; k < bgCount; k++) {
      const friend = pick(accounts).handle
      const { text, langs } = backgroundText(pick, bgRandom, friend)
      const reply = recent.length > 0 && bgRandom() < 0.12 ? recent[Math.floor(bgRandom() * recent.length)] : undefined
      items.push({ id: id(), t: minuteMs + Math.floor(bgRandom() * 60_000), role: 'background', author: pick(accounts), text, langs, replyTo: reply })
    }
    episodes.forEach((ep, index) => {
      const { spec, random } = ep
      const x = minute - spec.atMinute
      if (spec.kind === 'pile-on' && minute === Math.max(0, spec.atMinute - 2)) {
        // The target's own post, two minutes before the pile-on (not part of the episode).
        const victim: Account = { handle: spec.target ?? 'lea.martin.bsky.social', did: 'did:plc:target', createdAt: new Date(startMs - 400 * 86_400_000).toISOString(), json: undefined }
        ep.victimPost = id()
        items.push({ id: ep.victimPost, t: minuteMs, role: 'victim', author: victim, text: 'ma nouvelle coupe de cheveux, vous en pensez quoi ? 💇‍♀️', langs: ['fr'] })
      }
      if (ep.popular !== null) {
        // A popular account: a post every 30 minutes (and one just before its viral thread), replies all day.
        if (minute % 30 === 0 || minute === spec.atMinute - 1) {
          ep.popularPost = id()
          const text = minute === spec.atMinute - 1 ? 'MERCI pour les 100k 😭😭 vous êtes les meilleurs' : 'live ce soir 21h, on fait quoi ?'
          items.push({ id: ep.popularPost, t: minuteMs, role: 'victim', author: ep.popular, text, langs: FR })
        }
        const usual = (spec.usualPerMinute ?? 0) * rhythm(minuteMs)
        const n = Math.floor(usual * (0.7 + 0.6 * random()) + random())
        for (let k = 0; k < n && ep.popularPost !== null && (x < 0 || x >= spec.durationMinutes); k++) {
          const t = minuteMs + 1 + Math.floor(random() * 59_999)
          items.push({ id: id(), t, role: 'fan', author: ep.pool.next(t, random), text: messy(fanText(<T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!), random), langs: FR, replyTo: ep.popularPost })
        }
      }
      if (x < 0 || x >= spec.durationMinutes) return
      const epPick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
      const rate = episodeRate(spec, x)
      const count = Math.max(x === 0 ? 1 : 0, Math.floor(rate * (0.8 + 0.4 * random()) + random()))
      const progress = x / spec.durationMinutes
      for (let k = 0; k < count; k++) {
        // The first post of an episode opens its first minute (1 ms in, after a same-minute target post).
        const t = minuteMs + (x === 0 && k === 0 ? 1 : 1 + Math.floor(random() * 59_999))
        const item = episodeItem(ep, t, progress, random, epPick, media, pick(accounts), id())
        item.episode = index
        items.push(item)
      }
    })
    items.sort((a, b) => a.t - b.t)
    for (const item of items) {
      write(item)
      if (item.role === 'background' && bgRandom() < 0.2) {
        if (recent.length >= 200) recent[Math.floor(bgRandom() * recent.length)] = item.id
        else recent.push(item.id)
      }
      const ep = item.episode === undefined ? undefined : episodes[item.episode]
      if (ep !== undefined && ep.onset === null) ep.onset = item.t
    }
  }
  return episodes
    .filter((e) => e.onset !== null)
    .map((e) => {
      const base = truthOf(e.spec)
      return { kind: base.kind, key: base.key, onset: new Date(e.onset!).toISOString(), harassment: base.harassment, label: base.label }
    })
}

interface EpisodeState {
  spec: WaveSpec
  pool: EpisodePool
  victimPost: string | null
  defenders: EpisodePool
  aliases: Account[]
  popularPost: string | null
}

/** One attacking account under `spec.aliases` handles (same DID): the account a detector must count once. */
function aliasAccounts(spec: WaveSpec, index: number, seed: number, startMs: number): Account[] {
  const did = `did:plc:alias${seed}x${index}`
  const createdAt = new Date(startMs - 3 * 86_400_000).toISOString()
  return Array.from({ length: spec.aliases ?? 0 }, (_, k) => ({ handle: ['nuit.noire', 'nuitnoire2', 'n0ir.total'][k % 3]! + `${index}.bsky.social`, did, createdAt, json: undefined }))
}

/** The popular account of a viral thread (old, well known). */
function popularAccount(spec: WaveSpec, startMs: number): Account {
  return { handle: spec.target ?? `${spec.tag}.bsky.social`, did: `did:plc:popular${spec.tag}`, createdAt: new Date(startMs - 1500 * 86_400_000).toISOString(), json: undefined }
}

/** One post of an episode at time `t`. */
function episodeItem(
  ep: EpisodeState, t: number, progress: number, random: () => number, pick: <T>(xs: readonly T[]) => T, media: readonly Account[], bystander: Account, id: string,
): Item {
  const { spec, pool } = ep
  const group = spec.group ?? /\d{4}/.exec(spec.tag)?.[0] ?? '2010'
  const base = { id, t, langs: FR }
  switch (spec.kind) {
    case 'hashtag': {
      const tag = `#${tagAt(spec.tag, progress, random)}`
      // After the first minutes, ~8 % of posts quoting the tag are counter-speech from ordinary accounts.
      if (progress > 0.05 && random() < 0.08) return { ...base, role: 'counter-speech', author: bystander, text: counterSpeechText(pick, tag) }
      if (spec.style !== undefined) {
        return { ...base, role: 'hostile', author: pool.next(t, random), text: messy(groupPlaceText(pick, tag, spec.style, spec.group ?? spec.tag), random) }
      }
      return { ...base, role: 'hostile', author: pool.next(t, random), text: smsify(hostileGroupText(pick, tag, group), random) }
    }
    case 'pile-on': {
      const handle = spec.target ?? 'lea.martin.bsky.social'
      const name = pick(spec.names ?? ['Léa Martin', 'lea m', 'L3a'])
      if (spec.defenderShare !== undefined && random() < spec.defenderShare) {
        const reply = ep.victimPost ?? undefined
        return { ...base, role: 'defender', author: ep.defenders.next(t, random), text: messy(defenderText(pick, handle, name), random), replyTo: reply }
      }
      const reply = ep.victimPost !== null && random() < 0.6 ? ep.victimPost : undefined
      if (spec.messy === true) {
        const author = ep.aliases.length > 0 && random() < 0.12 ? ep.aliases[Math.floor(random() * ep.aliases.length)]! : pool.next(t, random)
        return { ...base, role: 'hostile', author, text: messy(attackText(pick, handle, name), random), replyTo: reply }
      }
      return { ...base, role: 'hostile', author: pool.next(t, random), text: smsify(pileOnText(pick, handle, name), random), replyTo: reply }
    }
    case 'viral':
      return { ...base, role: 'fan', author: pool.next(t, random), text: messy(fanText(pick), random), replyTo: ep.popularPost ?? undefined }
    case 'debate': {
      const hostile = random() < (spec.hostileShare ?? 0)
      return { ...base, role: 'debate', author: random() < 0.7 ? bystander : pool.next(t, random), text: messy(debateText(pick, `#${spec.tag}`, hostile), random) }
    }
    case 'campaign':
      return { ...base, role: 'campaign', author: random() < 0.5 ? bystander : pool.next(t, random), text: messy(campaignText(pick, `#${spec.tag}`), random) }
    case 'counter':
      return { ...base, role: 'support', author: pool.next(t, random), text: supportText(pick, `#${spec.tag}`, group) }
    case 'news': {
      const fromMedia = random() < 0.5
      const extra = random() < 0.6 ? ' #cyberharcèlement' : ''
      return { ...base, role: 'news', author: fromMedia ? pick(media) : bystander, text: `${newsText(pick, `#${spec.tag}`, group, fromMedia)}${extra}` }
    }
    case 'benign':
      return { ...base, role: 'benign', author: pool.next(t, random), text: benignText(pick, spec.theme ?? 'music', `#${spec.tag}`) }
  }
}

/** Generates a whole scenario in memory. */
export function generateScenario(opts: ScenarioOptions): Scenario {
  const lines: string[] = []
  const roles: PostRole[] = []
  const episodes: number[] = []
  const truth = streamScenario(opts, (line, role, episode) => {
    lines.push(line)
    roles.push(role)
    episodes.push(episode)
  })
  return { lines, truth, roles, episodes }
}

/** Daily-rhythm factor of the minute starting at `ms` (mean 1 over a day). */
function rhythm(ms: number): number {
  return HOURLY[(new Date(ms).getUTCHours() + 1) % 24]! / HOURLY_MEAN
}

/** Background posts per minute so that a scenario from `start` totals about `posts` posts. */
export function backgroundRateFor(posts: number, minutes: number, waves: readonly WaveSpec[], start?: Date, dailyRhythm = true): number {
  const episodes = waves.reduce((n, w) => n + expectedPosts(w), 0)
  let weight = minutes
  if (start !== undefined && dailyRhythm) {
    weight = 0
    for (let m = 0; m < minutes; m++) weight += rhythm(start.getTime() + m * 60_000)
  }
  return Math.max(0, (posts - episodes) / weight)
}
