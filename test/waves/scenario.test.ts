/**
 * The scenario generator: deterministic per seed, valid post lines in time
 * order, truth onsets on the first post of each episode, waves that grow,
 * many distinct authors with a share of brand-new accounts.
 */
import { describe, expect, it } from 'vitest'
import { backgroundRateFor, defaultWaves, generateScenario, realisticDay, streamScenario } from '../../bench/scenario/generate.js'
import type { Scenario, ScenarioOptions } from '../../bench/scenario/generate.js'
import { tagVariants } from '../../bench/scenario/episodes.js'
import { hashtagKey } from '../../classifiers/waves/hashtag-key.js'
import { compileWatch, matchWatches } from '../../classifiers/waves/name-match.js'
import { parsePostLine } from '../../src/posts/post-input.js'
import type { Post } from '../../contract/post.js'

const MINUTES = 240
const OPTS: ScenarioOptions = { seed: 42, start: new Date('2026-03-02T06:00:00Z'), durationMinutes: MINUTES, backgroundPerMinute: 40, waves: defaultWaves(MINUTES) }
const DAY = 86_400_000

function parseAll(s: Scenario): Post[] {
  return s.lines.map((line) => {
    const r = parsePostLine(line)
    if (!r.ok) throw new Error(`${r.reason}: ${line}`)
    return r.post
  })
}

const scenario = generateScenario(OPTS)
const posts = parseAll(scenario)
const ofEpisode = (i: number): Post[] => posts.filter((_, k) => scenario.episodes[k] === i)
const perMinute = (ps: readonly Post[], from: number, minutes: number): number => {
  const t0 = ps[0]!.createdAt.getTime() + from * 60_000
  return ps.filter((p) => p.createdAt.getTime() >= t0 && p.createdAt.getTime() < t0 + minutes * 60_000).length / minutes
}
function authorStats(ps: readonly Post[]): { distinct: number; newShare: number } {
  const firstSeen = new Map<string, Post>()
  for (const p of ps) if (!firstSeen.has(p.author)) firstSeen.set(p.author, p)
  const fresh = [...firstSeen.values()].filter((p) => p.createdAt.getTime() - p.authorCreatedAt!.getTime() < 7 * DAY).length
  return { distinct: firstSeen.size, newShare: fresh / firstSeen.size }
}

describe('generateScenario: format and order', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const again = generateScenario(OPTS)
    expect(again.lines).toEqual(scenario.lines)
    expect(again.truth).toEqual(scenario.truth)
    const other = generateScenario({ ...OPTS, seed: 43 })
    expect(other.lines.slice(0, 50)).not.toEqual(scenario.lines.slice(0, 50))
  })

  it('writes only valid post lines, with unique ids', () => {
    expect(posts.length).toBe(scenario.lines.length)
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length)
    expect(scenario.roles.length).toBe(posts.length)
    expect(scenario.episodes.length).toBe(posts.length)
  })

  it('sorts posts by createdAt within the scenario window', () => {
    for (let i = 1; i < posts.length; i++) expect(posts[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(posts[i - 1]!.createdAt.getTime())
    expect(posts[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(OPTS.start.getTime())
    expect(posts.at(-1)!.createdAt.getTime()).toBeLessThan(OPTS.start.getTime() + MINUTES * 60_000)
  })

  it('streams the same lines it returns', () => {
    const streamed: string[] = []
    streamScenario(OPTS, (line) => streamed.push(line))
    expect(streamed).toEqual(scenario.lines)
  })

  it('backgroundRateFor hits a requested total, night hours included', () => {
    const start = new Date('2026-03-02T00:00:00Z')
    const waves = defaultWaves(240)
    const s = generateScenario({ ...OPTS, start, waves, backgroundPerMinute: backgroundRateFor(20_000, 240, waves, start) })
    expect(s.lines.length).toBeGreaterThan(18_000)
    expect(s.lines.length).toBeLessThan(22_000)
  })

  it('scales with backgroundPerMinute', () => {
    const small = generateScenario({ ...OPTS, backgroundPerMinute: 10, waves: [] })
    const big = generateScenario({ ...OPTS, backgroundPerMinute: 80, waves: [] })
    expect(big.lines.length / small.lines.length).toBeGreaterThan(6)
    expect(big.lines.length / small.lines.length).toBeLessThan(10)
  })
})

describe('generateScenario: truth', () => {
  it('has one event per episode, with the expected kinds and keys', () => {
    expect(scenario.truth.map((t) => [t.kind, t.key, t.harassment])).toEqual([
      ['hashtag', 'anti2010', true], ['hashtag', 'bienvenueaux2010', false], ['benign', 'cyberharcelement', false], ['hashtag', 'antigaspi', false],
      ['target', 'lea.martin.bsky.social', true], ['hashtag', 'antiroux', true], ['hashtag', 'finaleldc', false],
    ])
  })

  it('puts each onset on the first post of its episode', () => {
    scenario.truth.forEach((t, i) => {
      const first = ofEpisode(i)[0]!
      expect(first.createdAt.toISOString()).toBe(t.onset)
      expect(new Date(t.onset).getTime() - OPTS.start.getTime()).toBeGreaterThanOrEqual(OPTS.waves[i]!.atMinute * 60_000)
    })
  })

  it('hashtag episodes carry their key; no background post uses a wave key', () => {
    scenario.truth.forEach((t, i) => {
      if (t.kind !== 'hashtag') return
      const ps = ofEpisode(i).filter((p) => p.hashtags.some((h) => hashtagKey(h) === t.key))
      expect(ps.length / ofEpisode(i).length).toBeGreaterThan(0.95)
    })
    const waveKeys = new Set(scenario.truth.map((t) => t.key))
    const stray = posts.filter((p, k) => scenario.roles[k] === 'background' && p.hashtags.some((h) => waveKeys.has(hashtagKey(h))))
    expect(stray).toEqual([])
  })
})

describe('generateScenario: harassment waves', () => {
  const wave = ofEpisode(0)
  const hostile = wave.filter((_, k) => scenario.roles[posts.indexOf(wave[k]!)] === 'hostile')

  it('starts small and grows', () => {
    const early = perMinute(wave, 0, 5)
    const later = perMinute(wave, 15, 10)
    expect(early).toBeLessThan(4)
    expect(later).toBeGreaterThan(5 * early)
    expect(later).toBeGreaterThan(15)
  })

  it('has many distinct authors, 30–50 % of them accounts under 7 days old', () => {
    const { distinct, newShare } = authorStats(hostile)
    expect(distinct).toBeGreaterThan(0.5 * hostile.length)
    expect(distinct).toBeGreaterThan(300)
    expect(newShare).toBeGreaterThan(0.3)
    expect(newShare).toBeLessThan(0.5)
  })

  it('moves to ban-evading variants over time', () => {
    const firstTags = new Set(wave.slice(0, 5).flatMap((p) => p.hashtags))
    expect([...firstTags]).toEqual(['anti2010'])
    const spellings = new Set(wave.flatMap((p) => p.text.match(/#\w+/g) ?? []))
    for (const v of tagVariants('anti2010').slice(0, 5)) expect(spellings.has(`#${v}`)).toBe(true)
    for (const s of spellings) expect(hashtagKey(s)).toBe('anti2010')
  })

  it('mixes in some counter-speech quoting the tag', () => {
    const counter = wave.filter((p) => scenario.roles[posts.indexOf(p)] === 'counter-speech').length
    expect(counter / wave.length).toBeGreaterThan(0.03)
    expect(counter / wave.length).toBeLessThan(0.15)
  })

  it('piles on one student: many accounts mention her, reply to her or name her', () => {
    const pile = ofEpisode(4)
    const target = 'lea.martin.bsky.social'
    const victimPost = posts.find((p) => p.author === target)!
    expect(victimPost.createdAt.getTime()).toBeLessThan(pile[0]!.createdAt.getTime())
    // Every post mentions her, answers her post or names her (the watch matcher finds the name).
    const watch = [compileWatch({ id: 'lea', names: ['Léa Martin'], handles: [target] })]
    const named = pile.filter((p) => matchWatches(watch, p).length > 0)
    const aimed = pile.filter((p) => p.replyTo === victimPost.id || named.includes(p))
    expect(aimed.length / pile.length).toBeGreaterThan(0.97)
    expect(named.length / pile.length).toBeGreaterThan(0.6)
    expect(authorStats(pile).distinct).toBeGreaterThan(0.5 * pile.length)
    expect(perMinute(pile, 15, 10)).toBeGreaterThan(4 * perMinute(pile, 0, 5))
  })
})

describe('generateScenario: benign traffic', () => {
  const bg = posts.filter((_, k) => scenario.roles[k] === 'background')

  it('has varied background: English, mentions, replies, hashtags, old accounts', () => {
    expect(new Set(bg.map((p) => p.text)).size).toBeGreaterThan(0.5 * bg.length)
    expect(bg.filter((p) => p.langs.includes('en')).length / bg.length).toBeGreaterThan(0.02)
    expect(bg.filter((p) => p.mentions.length > 0).length / bg.length).toBeGreaterThan(0.05)
    expect(bg.filter((p) => p.replyTo !== undefined).length / bg.length).toBeGreaterThan(0.05)
    expect(bg.filter((p) => p.hashtags.length > 0).length / bg.length).toBeGreaterThan(0.05)
    expect(authorStats(bg).newShare).toBeLessThan(0.05)
  })

  it('benign bursts and the counter-campaign grow too, from mostly old accounts', () => {
    for (const i of [1, 3, 6]) {
      const ep = ofEpisode(i)
      expect(perMinute(ep, 12, 10)).toBeGreaterThan(3 * perMinute(ep, 0, 5))
      expect(authorStats(ep).newShare).toBeLessThan(0.15)
    }
  })

  it('news comes partly from media accounts and quotes the wave tag', () => {
    const news = ofEpisode(2)
    expect(news.some((p) => p.author === 'franceinfo.bsky.social' || p.author.endsWith('.fr'))).toBe(true)
    expect(news.filter((p) => p.hashtags.includes('anti2010')).length).toBeGreaterThan(news.length / 3)
  })
})

describe('realisticDay: the episodes real traffic showed', () => {
  const DAY_MINUTES = 1440
  const waves = realisticDay(DAY_MINUTES)
  const day = generateScenario({ seed: 3, start: new Date('2026-11-03T00:00:00Z'), durationMinutes: DAY_MINUTES, backgroundPerMinute: 2, waves })
  const dayPosts = parseAll(day)
  const episode = (tag: string): Post[] => dayPosts.filter((_, k) => day.episodes[k] === waves.findIndex((w) => w.tag === tag))
  const roleOf = (p: Post): string => day.roles[dayPosts.indexOf(p)]!

  it('adds to the default day a class tag, a school tag, a pile-on with defenders, viral threads, a debate and a campaign', () => {
    expect(day.truth.filter((t) => t.harassment).map((t) => t.key)).toEqual(
      expect.arrayContaining(['anti3emeb', 'antivictorhugo', 'zoe.lpt.bsky.social', 'anti2010', 'antiroux', 'lea.martin.bsky.social']),
    )
    expect(day.truth.filter((t) => !t.harassment).map((t) => t.key)).toEqual(
      expect.arrayContaining(['lina.streams.bsky.social', 'fcnantes.bsky.social', 'legrandebat', 'nonauharcelement']),
    )
  })

  it('has defenders replying in the pile-on, and one attacker under three handles with one DID', () => {
    const pile = episode('zoe')
    const defenders = pile.filter((p) => roleOf(p) === 'defender')
    expect(defenders.length / pile.length).toBeGreaterThan(0.15)
    expect(defenders.length / pile.length).toBeLessThan(0.45)
    const attacks = pile.filter((p) => roleOf(p) === 'hostile')
    expect(attacks.length).toBeGreaterThan(30)
    const alias = attacks.filter((p) => p.authorId?.startsWith('did:plc:alias'))
    expect(new Set(alias.map((p) => p.authorId)).size).toBe(1)
    expect(new Set(alias.map((p) => p.author)).size).toBeGreaterThan(1)
  })

  it('gives a popular account replies all day, and a viral thread of 100+ authors in 10 minutes', () => {
    const handle = 'lina.streams.bsky.social'
    const own = new Set(dayPosts.filter((p) => p.author === handle).map((p) => p.id))
    const usual = dayPosts.filter((p, k) => day.episodes[k] === -1 && p.replyTo !== undefined && own.has(p.replyTo))
    expect(usual.length).toBeGreaterThan(1000)
    const viral = episode('streameuse')
    expect(new Set(viral.map((p) => p.author)).size).toBeGreaterThan(100)
    expect(viral.every((p) => p.replyTo !== undefined && own.has(p.replyTo))).toBe(true)
  })

  it('writes messy text: SMS spellings and typos', () => {
    const texts = [...episode('zoe'), ...episode('streameuse'), ...episode('LeGrandDebat')].map((p) => p.text)
    expect(texts.some((t) => /\b(?:jsuis|tkt|jsp|bcp|pk|koi|stp)\b/.test(t) || /\bc \b/.test(t))).toBe(true)
    expect(new Set(texts).size).toBeGreaterThan(0.3 * texts.length)
  })
})
