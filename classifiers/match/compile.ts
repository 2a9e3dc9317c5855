/**
 * Compiles lexicon groups into an index keyed by the first word of each phrase.
 */
import { foldText } from '../text/fold.js'
import { dedupLetters } from '../text/token.js'
import type { Aim, LexiconGroup, SignalKind } from '../lexicon/types.js'
import { buildFuzzyIndex, FUZZY_MIN_TOKEN } from './fuzzy.js'
import type { FuzzyIndex } from './fuzzy.js'
import { buildGlueIndex, GLUE_WORDS } from './glue.js'
import type { GlueIndex } from './glue.js'
import { registerWord } from '../text/word-facts.js'

/** One slot of a compiled phrase. */
export interface Slot {
  /** One-word alternatives. */
  words: ReadonlySet<string>
  /** Several-word alternatives ("c est"). */
  seqs: readonly (readonly string[])[]
  /**
   * The same, keyed by their first word and by its letter-cut form: a token can only start the
   * sequences filed under its text, its plain form or its letter-cut form (see seqsStartingAt).
   */
  seqsByFirst: ReadonlyMap<string, readonly (readonly string[])[]>
  optional: boolean
  /** A gap slot skips 0..2 tokens. */
  gap: boolean
  /** The slot accepts a first name or a mention (`@name`). */
  names: boolean
}

/** A compiled phrase: the unit the matcher walks. */
export interface Phrase {
  kind: SignalKind
  weight: number
  aim: Aim
  /** The entry's tag (Entry), or null. */
  tag: string | null
  slots: readonly Slot[]
  /** Every word the phrase spells out (a negator written in the phrase is not a negation of it). */
  vocab: ReadonlySet<string>
  /** Words the second token must be (when the second slot is one plain required word slot): a fast filter. */
  second: ReadonlySet<string> | null
  /**
   * Index of the phrase's anchor (see CompiledLexicon.anchors), or -1: one of the words its last
   * required slot after the first accepts must be in the post for the phrase to match anywhere
   * (phrases whose anchor slots accept the same words share one index).
   */
  anchor: number
  /** A number unique among every compiled phrase (the matcher marks the candidates it has taken by it). */
  id: number
}

/** Per-post marks of the anchors present, reused from post to post (scoring is synchronous). */
export interface AnchorScratch {
  stamp: number
  seen: Int32Array
  /**
   * Per phrase id, the candidate round (one per token) that took the phrase, so a token tries each
   * phrase once; sized at compile time to hold every id of the lexicon's phrases.
   */
  taken: Int32Array
  /** The current candidate round. */
  round: number
}

/** Phrases that start with one word: those open after it, and those keyed by the word that must follow. */
export interface Bucket {
  open: readonly Phrase[]
  /**
   * Keyed by the Form of the word that must follow (every such word has one in CompiledLexicon.forms):
   * the matcher already holds the next token's forms, so a next word without a form costs no lookup,
   * and a lookup hashes an object instead of a string.
   */
  bySecond: ReadonlyMap<Form, readonly Phrase[]>
  /** Those whose second word is a mention (`@`). */
  mention: readonly Phrase[] | undefined
}

/** Everything the matcher looks up by one token form, found with one map lookup. */
export interface Form {
  /** Phrases whose first slot accepts the form (byFirst's bucket). */
  bucket: Bucket | undefined
  /** Phrases whose first slot accepts a word with this letter-cut form (bucketsDedup's bucket). */
  dedupBucket: Bucket | undefined
  /**
   * dedupBucket without the phrases of bucket, or undefined when that leaves none: what a token
   * whose letter-cut form is its own text ("pas", "vous") adds by its letter-cut lookup (walking
   * the whole dedupBucket would only meet its bucket's phrases again).
   */
  dedupExtra: Bucket | undefined
  /** Anchors the form may meet (see anchors). */
  anchors: readonly number[] | undefined
}

/** Phrases indexed by every word their first slot accepts (exact and dedup forms). */
export interface CompiledLexicon {
  byFirst: ReadonlyMap<string, readonly Phrase[]>
  /** byFirst and its dedup twin, split by second word: what the matcher walks. */
  buckets: ReadonlyMap<string, Bucket>
  bucketsDedup: ReadonlyMap<string, Bucket>
  /** Single-word entries by length, for masked words ("p*te"). */
  wordsByLength: ReadonlyMap<number, readonly string[]>
  /** Every word the lexicon knows (hashtag segmentation vocabulary). */
  vocabulary: ReadonlySet<string>
  /** Deletion index over the one-word harmful entries of 5+ letters: near misses ("salpoe") find them. */
  fuzzy: FuzzyIndex
  /** Trie of the words a glued token may be split into: the vocabulary plus short linking words. */
  glue: GlueIndex
  /** Anchor indices by word (every form, exact and letter-cut, a post must hold for the anchor slot to match: neededForms). */
  anchors: ReadonlyMap<string, readonly number[]>
  /** The matcher's scratch marks, one per anchor. */
  scratch: AnchorScratch
  /**
   * buckets, bucketsDedup and anchors by form, in one map (what the matcher reads); every word a
   * phrase's second slot filters on (Phrase.second) has a form too, if only an empty one.
   */
  forms: ReadonlyMap<string, Form>
}

/** The lexicon whose forms the tokens carry (registerForms), or null. */
let registered: CompiledLexicon | null = null

/**
 * Makes each token carry its form in `lexicon` (WordFacts.form), so the matcher reads it instead of
 * looking the word up; one lexicon at a time (the one classify() uses). Call before any post is read.
 */
export function registerForms(lexicon: CompiledLexicon): void {
  if (registered !== null) throw new Error('registerForms: a lexicon is already registered')
  for (const [word, form] of lexicon.forms) registerWord(word).form = form
  registered = lexicon
}

/** True when tokens carry their forms in `lexicon` (blank facts then mean no form in it). */
export function isRegistered(lexicon: CompiledLexicon): boolean {
  return registered === lexicon
}

/** Kinds whose words are never near-miss or glued-word targets: they steer context, never harm by themselves. */
const NOT_HARMFUL: ReadonlySet<SignalKind> = new Set<SignalKind>(['group', 'pos_pred', 'report', 'counter', 'news', 'banter', 'stereotype', 'trait'])

/** True for the kinds that near misses and glued words may be read as (hits of other kinds are not kept). */
export function isHarmfulKind(kind: SignalKind): boolean {
  return !NOT_HARMFUL.has(kind)
}

/** A pattern's phrases: split on the `|` outside `[…]` slots, trimmed, empty ones dropped. */
export function splitTop(pattern: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of pattern) {
    if (ch === '[') depth++
    else if (ch === ']') depth--
    if (ch === '|' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out.map((s) => s.trim()).filter((s) => s.length > 0)
}

function parsePhrase(phrase: string): Slot[] {
  const slots: Slot[] = []
  const re = /\[([^\]]*)\](\?)?|(~)|([^\s[\]~]+)/g
  for (const m of phrase.matchAll(re)) {
    if (m[3] !== undefined) {
      slots.push({ words: new Set(), seqs: [], seqsByFirst: new Map(), optional: true, gap: true, names: false })
      continue
    }
    const optional = m[2] === '?' || (m[4]?.endsWith('?') ?? false)
    const body = m[1] ?? (m[4] ?? '').replace(/\?$/, '')
    const alts = body.split('|').map((w) => foldText(w).replace(/[-']/g, ' ').trim().split(/\s+/)).filter((a) => a[0] !== '')
    const words = new Set(alts.filter((a) => a.length === 1).map((a) => a[0] ?? ''))
    const seqs = alts.filter((a) => a.length > 1)
    slots.push({ words, seqs, seqsByFirst: indexSeqs(seqs), optional, gap: false, names: words.has('@name') })
  }
  return slots
}

/** A slot's sequences filed under their first word and its letter-cut form (one list per key, each sequence once). */
function indexSeqs(seqs: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>()
  for (const seq of seqs) {
    const first = seq[0] ?? ''
    for (const key of new Set([first, dedupLetters(first)])) {
      const list = index.get(key)
      if (list === undefined) index.set(key, [seq])
      else list.push(seq)
    }
  }
  return index
}

/** Words in most posts: a slot that accepts one of them filters little as an anchor. */
const COMMON = new Set([
  'a', 'au', 'c', 'ce', 'd', 'de', 'des', 'du', 'elle', 'en', 'es', 'est', 'et', 'il', 'j', 'je', 'l', 'la', 'le', 'les', 'ma', 'me', 'mes', 'mon',
  'ne', 'on', 'pas', 'qu', 'que', 'sa', 'se', 'ses', 'son', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'va', 'vas', 'vous',
])

/**
 * Forms one of which a post must hold for the slot to match in it: its words, and of each sequence
 * one word, the first that is not common (« tu rigoles »: « rigoles »; every word of a sequence must
 * be there), else its first, each exact and letter-cut.
 */
function neededForms(slot: Slot): Set<string> {
  const words = new Set<string>()
  for (const w of slot.words) { words.add(w); words.add(dedupLetters(w)) }
  for (const seq of slot.seqs) {
    const w = seq.find((x) => !COMMON.has(x)) ?? seq[0] ?? ''
    words.add(w)
    words.add(dedupLetters(w))
  }
  return words
}

/**
 * The words that can meet the phrase's anchor slot (neededForms), or null: of the required slots after
 * the first (no gap, no name, no mention) that need no common word, the one that needs the fewest
 * words (the last of them on a tie), else the last required slot.
 */
function anchorWords(slots: readonly Slot[]): Set<string> | null {
  let best: Set<string> | null = null
  let fallback: Set<string> | null = null
  for (let k = slots.length - 1; k >= 1; k--) {
    const slot = slots[k]
    if (slot === undefined || slot.optional || slot.gap || slot.names || slot.words.has('@')) continue
    const words = neededForms(slot)
    let common = false
    for (const w of words) if (COMMON.has(w)) common = true
    if (!common && (best === null || words.size < best.size)) best = words
    fallback ??= words
  }
  return best ?? fallback
}

/** A bucket before its second words are turned into forms (see withForms). */
interface Draft {
  open: Phrase[]
  bySecond: Map<string, Phrase[]>
}

function toDrafts(index: ReadonlyMap<string, readonly Phrase[]>): Map<string, Draft> {
  const out = new Map<string, Draft>()
  for (const [key, phrases] of index) {
    const open: Phrase[] = []
    const bySecond = new Map<string, Phrase[]>()
    for (const p of phrases) {
      if (p.second === null) open.push(p)
      else for (const w of p.second) push(bySecond, w, p)
    }
    out.set(key, { open, bySecond })
  }
  return out
}

/**
 * One map over the keys of both bucket indexes, the anchors and every second word; the buckets'
 * second words are then keyed by their forms.
 */
function withForms(drafts: ReadonlyMap<string, Draft>, dedupDrafts: ReadonlyMap<string, Draft>, anchors: ReadonlyMap<string, readonly number[]>):
  { forms: Map<string, Form>; buckets: Map<string, Bucket>; bucketsDedup: Map<string, Bucket> } {
  const keys = new Set([...drafts.keys(), ...dedupDrafts.keys(), ...anchors.keys()])
  for (const d of [...drafts.values(), ...dedupDrafts.values()]) for (const w of d.bySecond.keys()) if (w !== '@') keys.add(w)
  const forms = new Map<string, Form>()
  for (const key of keys) forms.set(key, { bucket: undefined, dedupBucket: undefined, dedupExtra: undefined, anchors: anchors.get(key) })
  const toBuckets = (from: ReadonlyMap<string, Draft>): Map<string, Bucket> => {
    const out = new Map<string, Bucket>()
    for (const [key, d] of from) {
      const bySecond = new Map<Form, readonly Phrase[]>()
      for (const [w, list] of d.bySecond) {
        const form = forms.get(w)
        if (form !== undefined) bySecond.set(form, list)
      }
      out.set(key, { open: d.open, bySecond, mention: d.bySecond.get('@') })
    }
    return out
  }
  const buckets = toBuckets(drafts)
  const bucketsDedup = toBuckets(dedupDrafts)
  for (const [key, form] of forms) {
    form.bucket = buckets.get(key)
    form.dedupBucket = bucketsDedup.get(key)
    form.dedupExtra = form.dedupBucket === undefined ? undefined : without(form.dedupBucket, form.bucket)
  }
  return { forms, buckets, bucketsDedup }
}

/** `bucket` without the phrases of `other` (kept in order), or undefined when none is left. */
function without(bucket: Bucket, other: Bucket | undefined): Bucket | undefined {
  if (other === undefined) return bucket
  const taken = new Set<Phrase>(other.open)
  for (const list of other.bySecond.values()) for (const p of list) taken.add(p)
  if (other.mention !== undefined) for (const p of other.mention) taken.add(p)
  const keep = (list: readonly Phrase[] | undefined): Phrase[] | undefined => {
    const kept = list?.filter((p) => !taken.has(p))
    return kept === undefined || kept.length === 0 ? undefined : kept
  }
  const bySecond = new Map<Form, readonly Phrase[]>()
  for (const [form, list] of bucket.bySecond) {
    const kept = keep(list)
    if (kept !== undefined) bySecond.set(form, kept)
  }
  const open = keep(bucket.open) ?? []
  const mention = keep(bucket.mention)
  return open.length === 0 && bySecond.size === 0 && mention === undefined ? undefined : { open, bySecond, mention }
}

function push(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [phrase])
  else if (!list.includes(phrase)) list.push(phrase)
}

/** The next phrase's id, shared by every lexicon compiled in the process. */
let nextPhraseId = 0

/** Compiles the given groups (later groups add to, never replace, earlier ones). */
export function compileLexicon(groups: readonly LexiconGroup[]): CompiledLexicon {
  const byFirst = new Map<string, Phrase[]>()
  const byFirstDedup = new Map<string, Phrase[]>()
  const lengths = new Map<number, string[]>()
  const vocabulary = new Set<string>()
  const singles = new Set<string>()
  const anchors = new Map<string, number[]>()
  /** Anchor ids by their words (sorted, joined by `|`). */
  const anchorIds = new Map<string, number>()
  let anchorCount = 0
  for (const group of groups) {
    for (const [pattern, weight, aim, tag] of group.entries) {
      for (const text of splitTop(pattern)) {
        const slots = parsePhrase(text.replace(/[-'’]/g, ' '))
        const first = slots[0]
        if (first === undefined || first.gap || first.optional) {
          throw new Error(`lexicon: the first slot may not be optional in "${text}"`)
        }
        const vocab = new Set<string>()
        for (const slot of slots) {
          for (const w of slot.words) vocab.add(w)
          for (const seq of slot.seqs) for (const w of seq) vocab.add(w)
        }
        const s1 = slots[1]
        const second = s1 !== undefined && !s1.gap && !s1.optional && s1.seqs.length === 0 && first.seqs.length === 0 && !s1.words.has('@name')
          ? new Set([...s1.words, ...[...s1.words].map(dedupLetters)])
          : null
        const need = anchorWords(slots)
        let anchor = -1
        if (need !== null) {
          // Phrases whose anchor slots accept the same words share one anchor: fewer marks per post.
          const key = [...need].sort().join('|')
          const known = anchorIds.get(key)
          if (known !== undefined) anchor = known
          else {
            anchor = anchorCount++
            anchorIds.set(key, anchor)
            for (const w of need) (anchors.get(w) ?? anchors.set(w, []).get(w) ?? []).push(anchor)
          }
        }
        const phrase: Phrase = { kind: group.kind, weight, aim: aim ?? 'inherent', tag: tag ?? null, slots, vocab, second, anchor, id: nextPhraseId++ }
        for (const w of vocab) vocabulary.add(w)
        for (const seq of first.seqs) {
          const w = seq[0] ?? ''
          push(byFirst, w, phrase)
          push(byFirstDedup, dedupLetters(w), phrase)
        }
        for (const w of first.words) {
          push(byFirst, w, phrase)
          push(byFirstDedup, dedupLetters(w), phrase)
          if (slots.length === 1) {
            if (isHarmfulKind(group.kind) && w.length >= FUZZY_MIN_TOKEN && /^[a-z]+$/.test(w)) singles.add(w)
            const list = lengths.get(w.length) ?? []
            if (!list.includes(w)) list.push(w)
            lengths.set(w.length, list)
          }
        }
      }
    }
  }
  const { forms, buckets, bucketsDedup } = withForms(toDrafts(byFirst), toDrafts(byFirstDedup), anchors)
  return {
    byFirst, buckets, bucketsDedup, wordsByLength: lengths, vocabulary,
    fuzzy: buildFuzzyIndex(singles), glue: buildGlueIndex([...vocabulary, ...GLUE_WORDS]),
    anchors, scratch: { stamp: 0, seen: new Int32Array(anchorCount), taken: new Int32Array(nextPhraseId), round: 0 }, forms,
  }
}
