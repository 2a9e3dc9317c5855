/**
 * The exact phrase matcher: finds lexicon phrases in a token list, each token
 * looked up by its normalised form, its un-leeted form and its letter-deduplicated form.
 */
import { dedupLetters } from '../text/token.js'
import { isFirstName } from '../text/names.js'
import type { Token } from '../text/token.js'
import { isRegistered } from './compile.js'
import type { Bucket, CompiledLexicon, Form, Phrase, Slot } from './compile.js'

/** How a token was repaired: read as a near lexicon word, or split into glued words. */
export type RepairKind = 'fuzzy' | 'glued'

/** One phrase found in the text: tokens [first, last] inclusive. */
export interface Hit {
  phrase: Phrase
  first: number
  last: number
  /**
   * Set when the hit needed a repaired token: a near miss ("salpoe") or glued words ("grossepute").
   * Its phrase is then a lighter copy of the lexicon entry (see REPAIRED_WEIGHT in match.ts).
   */
  approx?: RepairKind
}

const MAX_GAP = 2

function tokenIs(tok: Token, word: string): boolean {
  return tok.text === word || tok.plain === word || (tok.dedup === dedupLetters(word) && (word.length > 2 || tok.dedup !== tok.text))
}

/** `@` in a slot stands for a mention; `@name` for a mention or a first name (« virez Emma du groupe »). */
function slotWordMatch(tok: Token, slot: Slot): boolean {
  if (tok.kind === 'mention') return slot.names || slot.words.has('@')
  if (slot.names && isFirstName(tok)) return true
  // Each distinct form is looked up once (most tokens have one: text, plain and letter-cut alike).
  if (slot.words.has(tok.text)) return true
  if (tok.plain !== tok.text && slot.words.has(tok.plain)) return true
  return tok.dedup !== tok.text && tok.dedup !== tok.plain && slot.words.has(tok.dedup)
}

function seqMatches(tokens: readonly Token[], pos: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[pos + k]
    const w = seq[k]
    if (t === undefined || w === undefined || !tokenIs(t, w)) return false
  }
  return true
}

/** The longest of `best` and the matches of slots[s..] from `pos` that start with one of `seqs`. */
function longestSeq(tokens: readonly Token[], slots: readonly Slot[], s: number, pos: number, seqs: readonly (readonly string[])[] | undefined, best: number): number {
  if (seqs === undefined) return best
  for (const seq of seqs) {
    if (!seqMatches(tokens, pos, seq)) continue
    const end = matchFrom(tokens, slots, s + 1, pos + seq.length)
    if (end > best) best = end
  }
  return best
}

/** Index just past the longest match of slots[s..] from `pos`, or -1. */
function matchFrom(tokens: readonly Token[], slots: readonly Slot[], s: number, pos: number): number {
  if (s === slots.length) return pos
  const slot = slots[s]
  if (slot === undefined) return pos
  let best = -1
  if (slot.gap) {
    for (let skip = 0; skip <= MAX_GAP && pos + skip <= tokens.length; skip++) {
      if (skip > 1 && tokens[pos + skip - 1]?.breakBefore === true) break
      best = matchFrom(tokens, slots, s + 1, pos + skip)
      if (best >= 0) break
    }
    return best
  }
  const tok = tokens[pos]
  if (tok !== undefined && slotWordMatch(tok, slot)) best = matchFrom(tokens, slots, s + 1, pos + 1)
  if (tok !== undefined && slot.seqs.length > 0) {
    // Only the sequences whose first word the token can be (tokenIs: its text, plain or letter-cut form).
    best = longestSeq(tokens, slots, s, pos, slot.seqsByFirst.get(tok.text), best)
    if (tok.plain !== tok.text) best = longestSeq(tokens, slots, s, pos, slot.seqsByFirst.get(tok.plain), best)
    if (tok.dedup !== tok.text && tok.dedup !== tok.plain) best = longestSeq(tokens, slots, s, pos, slot.seqsByFirst.get(tok.dedup), best)
  }
  if (slot.optional) {
    const end = matchFrom(tokens, slots, s + 1, pos)
    if (end > best) best = end
  }
  return best
}

function maskedCandidates(tok: Token, lexicon: CompiledLexicon): Phrase[] {
  if (!tok.facts.masked) return []
  const words = lexicon.wordsByLength.get(tok.text.length) ?? []
  const re = new RegExp(`^${tok.text.replace(/\*/g, '[a-z]')}$`)
  const out: Phrase[] = []
  for (const w of words) if (re.test(w)) for (const p of lexicon.byFirst.get(w) ?? []) if (p.slots.length === 1) out.push(p)
  return out
}

/**
 * The phrases tried at one token (the first `candidateCount`) and the longest hit per kind there (the
 * first `bestCount`), reused: matching is synchronous. Counts rather than emptying the arrays: setting
 * an array's length is a call into the runtime (0.8 % of classify() in a profile of the mix).
 */
const candidates: Phrase[] = []
let candidateCount = 0
const best: Hit[] = []

/** Each token's forms (text, plain, letter-cut), looked up once per post (matching is synchronous). */
const textForms: (Form | undefined)[] = []
const plainForms: (Form | undefined)[] = []
const dedupForms: (Form | undefined)[] = []

/** Hits of the tokens as written (no repair), longest per (start, kind); tokens are never consumed so kinds may overlap. */
export function exactHits(tokens: readonly Token[], lexicon: CompiledLexicon): Hit[] {
  const hits: Hit[] = []
  const scratch = lexicon.scratch
  if (scratch.stamp >= 0x7fffffff) { scratch.seen.fill(0); scratch.stamp = 0 }
  const stamp = ++scratch.stamp
  const forms = lexicon.forms
  const carried = isRegistered(lexicon)
  const marks = scratch.seen
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    const ft = carried ? tok.facts.form : forms.get(tok.text)
    const fp = tok.plain === tok.text ? ft : forms.get(tok.plain)
    let fd = ft
    if (tok.dedup !== tok.text) {
      // A token's letter-cut form is its text's (or empty, for a real word): remembered in the word's facts.
      if (carried && tok.dedup.length > 0) {
        const known = tok.facts.dedupForm
        fd = known === null ? (tok.facts.dedupForm = forms.get(tok.dedup)) : known
      } else fd = forms.get(tok.dedup)
    }
    textForms[i] = ft
    plainForms[i] = fp
    dedupForms[i] = fd
    if (ft?.anchors !== undefined) for (const id of ft.anchors) marks[id] = stamp
    if (fp !== ft && fp?.anchors !== undefined) for (const id of fp.anchors) marks[id] = stamp
    if (fd !== ft && fd?.anchors !== undefined) for (const id of fd.anchors) marks[id] = stamp
  }
  seen = marks
  current = stamp
  taken = scratch.taken
  round = scratch.round
  let names: Bucket | undefined | null = null
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok === undefined || tok.kind === 'mention') continue
    const name = isFirstName(tok)
    // A token with no form, no first name and no mask starts no phrase.
    if (textForms[i] === undefined && plainForms[i] === undefined && dedupForms[i] === undefined && !name && !tok.facts.masked) continue
    newRound()
    const next = i + 1 < tokens.length ? i + 1 : -1
    addBucket(textForms[i]?.bucket, tokens, next)
    if (tok.plain !== tok.text) addBucket(plainForms[i]?.bucket, tokens, next)
    if (tok.dedup.length > 2 || tok.dedup !== tok.text) {
      // A letter-cut form equal to the text would meet its bucket's phrases again: only the others.
      const fd = dedupForms[i]
      addBucket(tok.dedup === tok.text ? fd?.dedupExtra : fd?.dedupBucket, tokens, next)
    }
    if (name) {
      names ??= lexicon.buckets.get('@name')
      addBucket(names, tokens, next)
    }
    if (candidateCount === 0 && tok.facts.masked) addCandidates(maskedCandidates(tok, lexicon))
    if (candidateCount === 0) continue
    let bestCount = 0
    for (let c = 0; c < candidateCount; c++) {
      const phrase = candidates[c] as Phrase
      const first = phrase.slots[0]
      if (first === undefined) continue
      let end = phrase.slots.length === 1 && first.seqs.length === 0 ? i + 1 : matchFrom(tokens, phrase.slots, 0, i)
      if (end < 0 && maskedOk(tok, first)) end = matchFrom(tokens, phrase.slots, 1, i + 1)
      if (end < 0) continue
      const last = end - 1
      let at = 0
      while (at < bestCount && best[at]?.phrase.kind !== phrase.kind) at++
      const prev = at < bestCount ? best[at] : undefined
      if (prev === undefined) best[bestCount++] = { phrase, first: i, last }
      else if (last > prev.last || (last === prev.last && phrase.weight > prev.phrase.weight)) best[at] = { phrase, first: i, last }
    }
    for (let b = 0; b < bestCount; b++) hits.push(best[b] as Hit)
  }
  scratch.round = round
  return hits
}

/** The anchor marks of the post being matched (set by exactHits; matching is synchronous). */
let seen: Int32Array = new Int32Array(0)
let current = 0

/** The lexicon's marks of the phrases taken, by id, and the current round (AnchorScratch; set by exactHits). */
let taken: Int32Array = new Int32Array(0)
let round = 0

/** Starts a token's candidate list: emptied, and no phrase counts as taken. */
function newRound(): void {
  candidateCount = 0
  if (round >= 0x7fffffff) { taken.fill(0); round = 0 }
  round++
}

/** Adds the phrases of `list` whose anchor word is in the post, once each. */
function addCandidates(list: readonly Phrase[] | undefined): void {
  if (list === undefined) return
  for (const p of list) {
    if (p.anchor >= 0 && seen[p.anchor] !== current) continue
    if (taken[p.id] === round) continue
    taken[p.id] = round
    candidates[candidateCount++] = p
  }
}

function maskedOk(tok: Token, slot: Slot): boolean {
  if (!tok.facts.masked) return false
  const re = new RegExp(`^${tok.text.replace(/\*/g, '[a-z]')}$`)
  for (const w of slot.words) if (re.test(w)) return true
  return false
}

/**
 * Adds a bucket's open phrases and those filed under the form of token `next` (-1: none), read
 * from the forms exactHits found for it: a word with no form follows no phrase's first word.
 */
function addBucket(bucket: Bucket | undefined, tokens: readonly Token[], next: number): void {
  if (bucket === undefined) return
  addCandidates(bucket.open)
  if (next < 0) return
  const tok = tokens[next] as Token
  if (tok.kind === 'mention') {
    addCandidates(bucket.mention)
    return
  }
  if (bucket.bySecond.size === 0) return
  const ft = textForms[next]
  if (ft !== undefined) addCandidates(bucket.bySecond.get(ft))
  const fp = plainForms[next]
  if (tok.plain !== tok.text && fp !== undefined) addCandidates(bucket.bySecond.get(fp))
  const fd = dedupForms[next]
  if (tok.dedup !== tok.text && fd !== undefined) addCandidates(bucket.bySecond.get(fd))
}
