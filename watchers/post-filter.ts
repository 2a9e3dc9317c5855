/**
 * Which streamed posts Vigie keeps: French (declared by the platform or
 * detected by franc), or matching a watched term, hashtag, handle or DID.
 * Terms are matched as plain substrings (no regex built from input).
 */
import { franc } from 'franc'
import type { Post } from '../contract/post.js'

/** What the analysts watch, whatever the language. */
export interface WatchTerms {
  /** Words or phrases, matched case- and accent-insensitively in the text. */
  terms?: string[]
  /** Hashtags, with or without '#'. */
  hashtags?: string[]
  /** Handles, with or without '@' (matched on author, mentions and text). */
  handles?: string[]
  /** DIDs (matched on author, mentions and reply target). */
  dids?: string[]
}

/** Language settings of the filter. */
export interface LanguageOptions {
  /** ISO 639-1 codes kept (default ['fr']). */
  keep?: string[]
  /**
   * When to ask franc: 'all' posts not declared as a kept language,
   * 'undeclared' only posts without `langs`, or 'never' (default 'all').
   */
  detect?: 'all' | 'undeclared' | 'never'
  /** ISO 639-3 candidates given to franc's `only` (must include the kept ones). */
  candidates?: string[]
  /** Shortest text given to franc (default 20 characters). */
  minLength?: number
  /**
   * Ask franc only about texts with at least two French function words or
   * slang tokens (default true). franc costs ~150 µs a text here; this cheap
   * gate keeps the stream above 20,000 events/s.
   */
  prefilter?: boolean
}

/** franc candidates: the languages most seen on Bluesky besides French. */
export const DEFAULT_FRANC_CANDIDATES = ['fra', 'eng', 'spa', 'por', 'deu', 'ita', 'nld', 'cat', 'pol', 'tur', 'jpn']

const ISO3_TO_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', por: 'pt', deu: 'de', ita: 'it', nld: 'nl', cat: 'ca', pol: 'pl', tur: 'tr', jpn: 'ja',
  ron: 'ro', ind: 'id', kor: 'ko', cmn: 'zh', rus: 'ru', ukr: 'uk', ara: 'ar', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
}

/** Text prefix given to franc: enough to decide, bounded cost. */
const DETECT_PREFIX = 400

/** French function words and teen slang; none is a common English word. */
const FRENCH_HINTS = new Set([
  'je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'les', 'des', 'est', 'pas', 'une', 'que', 'qui',
  'mais', 'avec', 'pour', 'dans', 'sur', 'suis', 'sont', 'très', 'trop', 'ça', 'toi', 'moi', 'ton', 'ta', 'tes',
  'mon', 'mes', 'sa', 'ses', 'le', 'la', 'du', 'au', 'aux', 'et', 'ou', 'où', 'ne', 'cette', 'ce', 'leur',
  'quoi', 'comme', 'tout', 'tous', 'rien', 'jamais', 'aussi', 'fait', 'vraiment', 'personne', 'demain',
  "c'est", "j'ai", "t'es", "t'as", "qu'il", "qu'elle", "n'est", "j'suis", 'mdr', 'ptdr', 'jsp', 'wsh', 'tkt',
  'frr', 'bcp', 'stp', 'svp', 'oklm', 'genre', 'ouais', 'nan', 'mec', 'meuf', 'grave', 'cours', 'prof', 'collège', 'lycée',
])

/** True when the text has at least two distinct French hint tokens. */
export function looksFrench(text: string): boolean {
  const words = text.slice(0, DETECT_PREFIX).toLowerCase().replaceAll('’', "'").split(/[^\p{L}']+/u)
  let first: string | undefined
  for (const w of words) {
    if (!FRENCH_HINTS.has(w)) continue
    if (first === undefined) first = w
    else if (w !== first) return true
  }
  return false
}

const ASCII = /^[\x00-\x7f]*$/

/** Lower-case, accents removed: "Élève" → "eleve". */
export function foldText(s: string): string {
  const lower = s.toLowerCase()
  // Most posts are plain ASCII: NFD would change nothing, and it is the costly step.
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '')
}

function clean(list: readonly string[] | undefined, prefix: string, fold: boolean): string[] {
  const out = new Set<string>()
  for (const raw of list ?? []) {
    let v = raw.trim()
    if (v.startsWith(prefix)) v = v.slice(prefix.length)
    v = fold ? foldText(v) : v.toLowerCase()
    if (v.length > 0) out.add(v)
  }
  return [...out]
}

/** Decides, post by post, what a streaming consumer keeps. */
export class PostFilter {
  private readonly keep: Set<string>
  private readonly keep3: Set<string>
  private readonly detect: 'all' | 'undeclared' | 'never'
  private readonly candidates: string[]
  private readonly minLength: number
  private readonly prefilter: boolean
  private terms: string[] = []
  private hashtags = new Set<string>()
  private handles: string[] = []
  private handleSet = new Set<string>()
  private dids = new Set<string>()

  constructor(opts: LanguageOptions = {}) {
    this.keep = new Set((opts.keep ?? ['fr']).map((l) => l.toLowerCase()))
    this.candidates = opts.candidates ?? DEFAULT_FRANC_CANDIDATES
    this.keep3 = new Set(this.candidates.filter((c) => this.keep.has(ISO3_TO_1[c] ?? c)))
    this.detect = opts.detect ?? 'all'
    this.minLength = opts.minLength ?? 20
    this.prefilter = opts.prefilter ?? true
  }

  /** Replaces the watched terms. */
  setWatchTerms(watch: WatchTerms): void {
    this.terms = clean(watch.terms, '', true)
    this.hashtags = new Set(clean(watch.hashtags, '#', false))
    this.handles = clean(watch.handles, '@', false)
    this.handleSet = new Set(this.handles)
    this.dids = new Set(clean(watch.dids, '', false))
  }

  /** Adds DIDs (e.g. watched handles once resolved). */
  addWatchedDids(dids: Iterable<string>): void {
    for (const d of dids) this.dids.add(d.toLowerCase())
  }

  /** True when nothing is watched. */
  get watchesNothing(): boolean {
    return this.terms.length === 0 && this.hashtags.size === 0 && this.handles.length === 0 && this.dids.size === 0
  }

  /** Why a post is kept: 'lang', 'detected', 'watch', or null to drop it. */
  classify(post: Post): 'lang' | 'detected' | 'watch' | null {
    for (const l of post.langs) if (this.keep.has(l)) return 'lang'
    if (this.matchesWatch(post)) return 'watch'
    if (this.detect === 'never' || (this.detect === 'undeclared' && post.langs.length > 0)) return null
    if (post.text.length < this.minLength) return null
    if (this.prefilter && !looksFrench(post.text)) return null
    const lang = franc(post.text.slice(0, DETECT_PREFIX), { only: this.candidates, minLength: this.minLength })
    return this.keep3.has(lang) ? 'detected' : null
  }

  /** True when the post matches a watched term, hashtag, handle or DID. */
  matchesWatch(post: Post): boolean {
    if (this.watchesNothing) return false
    if (this.dids.size > 0) {
      if (post.authorId && this.dids.has(post.authorId)) return true
      for (const m of post.mentions) if (this.dids.has(m)) return true
      if (post.replyTo?.startsWith('at://')) {
        const end = post.replyTo.indexOf('/', 5)
        if (this.dids.has(post.replyTo.slice(5, end === -1 ? undefined : end))) return true
      }
    }
    if (this.hashtags.size > 0) for (const h of post.hashtags) if (this.hashtags.has(h)) return true
    if (this.handles.length > 0) {
      if (this.handleSet.has(post.author)) return true
      for (const m of post.mentions) if (this.handleSet.has(m)) return true
    }
    if (this.terms.length > 0 || this.handles.length > 0) {
      const text = foldText(post.text)
      for (const t of this.terms) if (text.includes(t)) return true
      for (const h of this.handles) if (text.includes(`@${h}`)) return true
    }
    return false
  }
}
