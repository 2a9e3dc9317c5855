/**
 * The lookup side of victim-name watches: every term of every watch indexed by
 * its first token (and, for typo-tolerant terms, by that token's one-letter
 * deletions), so a post costs a few map lookups per word, whatever the number
 * of watches. Pure; the index of a watch list is memoised per list instance.
 */
import type { CompiledWatch, MatchablePost, WatchMatch, WatchTerm } from './name-match.js'
import { deletions, nameTokens, withinOneEdit, wordKey } from './name-tokens.js'
import type { NameToken } from './name-tokens.js'

interface Ref {
  watch: number
  term: WatchTerm
}

/** Watches indexed for matching. */
export interface WatchIndex {
  watches: readonly CompiledWatch[]
  /** First token key → terms. */
  first: ReadonlyMap<string, readonly Ref[]>
  /** Typo-tolerant first tokens and their one-letter deletions → those first tokens. */
  fuzzyHeads: ReadonlyMap<string, readonly string[]>
  /** Typo-tolerant first token → its terms. */
  fuzzyRefs: ReadonlyMap<string, readonly Ref[]>
  /** Normalised handle → watch indexes. */
  handles: ReadonlyMap<string, readonly number[]>
}

// Fuzzy lookups only for words that can be one edit from a ≥ 5-letter word.
const FUZZY_MIN = 4
// Frequent words (keys: folded, repeats collapsed) never read as a typo of a name: saves most
// fuzzy lookups and avoids hits like "marie" ← "marre". They still match names exactly.
const NOT_TYPOS = new Set(
  ('trop pour dans avec cete cet elle elles nous vous ils sont etait fait faire quoi mais plus moins tout tous toute toutes ' +
    'demain hier soir matin jour jours aujourd hui encore toujours jamais vraiment grave serieux franchement bien ' +
    'merci salut bonjour coucou mdr mdrr ptdr match cours prof classe colege lyce ecole devoirs controle maths histoire ' +
    'anglais francais sport foot film serie episode saison musique son album concert game games jeux jouer regarde regardez ' +
    'comme comment pourquoi parce quand aussi alors apres avant depuis pendant cete ceux celle celui leur leurs notre votre ' +
    'mere pere frere soeur pote potes amis amie copain copine bsky social https www personne monde gens truc chose vais vas ' +
    'veux veut peux peut dois doit suis sommes etes avoir etre avait sera seront juste moche grosse gros sale pute cone merde ' +
    'putain bouffon bolos creve tete nule nul bete idiot honte casse toi moi lui eux elle sais savoir dire dit ' +
    'petit petite grand grande vieux nouveau nouvelle dernier premiere premier bonne beau belle cool super genre wesh frerot').split(' '),
)
const MENTION = /@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/uy

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** Builds the index of a list of compiled watches. */
export function buildWatchIndex(watches: readonly CompiledWatch[]): WatchIndex {
  const first = new Map<string, Ref[]>()
  const fuzzyHeads = new Map<string, string[]>()
  const fuzzyRefs = new Map<string, Ref[]>()
  const handles = new Map<string, number[]>()
  watches.forEach((w, watch) => {
    for (const term of w.terms) {
      const head = term.tokens[0]
      if (head === undefined) continue
      push(first, head, { watch, term })
      if (term.budget === 0 || head.length < 5) continue
      if (!fuzzyRefs.has(head)) for (const d of [head, ...deletions(head)]) push(fuzzyHeads, d, head)
      push(fuzzyRefs, head, { watch, term })
    }
    for (const h of w.handles) push(handles, h, watch)
  })
  return { watches, first, fuzzyHeads, fuzzyRefs, handles }
}

const cache = new WeakMap<readonly CompiledWatch[], WatchIndex>()

/** Candidate terms whose first token is `key` or one edit from it, with the edits spent. */
function candidates(index: WatchIndex, key: string, out: Array<{ ref: Ref; cost: 0 | 1 }>): void {
  out.length = 0
  for (const ref of index.first.get(key) ?? []) out.push({ ref, cost: 0 })
  if (key.length < FUZZY_MIN || index.fuzzyRefs.size === 0 || NOT_TYPOS.has(key)) return
  // Typo-tolerant heads one edit away: key = head minus a letter, head = key minus a letter, or both minus one.
  const heads: string[] = []
  const add = (list: readonly string[] | undefined): void => {
    if (list !== undefined) for (const h of list) if (h !== key && !heads.includes(h)) heads.push(h)
  }
  add(index.fuzzyHeads.get(key))
  for (const d of deletions(key)) add(index.fuzzyHeads.get(d))
  for (const head of heads) {
    if (!withinOneEdit(head, key)) continue
    for (const ref of index.fuzzyRefs.get(head) ?? []) out.push({ ref, cost: 1 })
  }
}

/** Tries `term` at token `i`; returns the index of its last token, or -1. */
function verify(tokens: readonly NameToken[], i: number, term: WatchTerm, spent: number): number {
  let budget = term.budget - spent
  const n = term.tokens.length
  if (i + n > tokens.length) return -1
  for (let k = 1; k < n; k++) {
    const tok = tokens[i + k]!
    const want = term.tokens[k]!
    if (term.initial && k === n - 1) {
      if (tok.key !== want || tok.elided) return -1
      continue
    }
    if (tok.key === want) continue
    if (budget > 0 && want.length >= 5 && withinOneEdit(tok.key, want)) { budget--; continue }
    return -1
  }
  return i + n - 1
}

/** Matches one post against an index. */
export function matchIndexed(index: WatchIndex, post: MatchablePost): WatchMatch[] {
  const found: Array<WatchMatch & { watch: number }> = []
  const tokens = nameTokens(post.text)
  const cands: Array<{ ref: Ref; cost: 0 | 1 }> = []
  for (let i = 0; i < tokens.length; i++) {
    candidates(index, tokens[i]!.key, cands)
    for (const { ref, cost } of cands) {
      const last = verify(tokens, i, ref.term, cost)
      if (last < 0) continue
      found.push({ watch: ref.watch, watchId: index.watches[ref.watch]!.id, term: ref.term.term, kind: ref.term.kind, start: tokens[i]!.start, end: tokens[last]!.end })
    }
  }
  if (index.handles.size > 0) {
    for (let at = post.text.indexOf('@'); at >= 0; at = post.text.indexOf('@', at + 1)) {
      MENTION.lastIndex = at
      const m = MENTION.exec(post.text)
      if (m === null) continue
      const handle = m[1]!.replace(/[.-]+$/, '').toLowerCase()
      for (const watch of index.handles.get(handle) ?? []) {
        found.push({ watch, watchId: index.watches[watch]!.id, term: handle, kind: 'handle', start: at, end: at + 1 + handle.length })
      }
    }
    for (const mention of post.mentions) {
      for (const watch of index.handles.get(mention.toLowerCase()) ?? []) {
        found.push({ watch, watchId: index.watches[watch]!.id, term: mention.toLowerCase(), kind: 'handle', start: -1, end: -1 })
      }
    }
  }
  for (const tag of post.hashtags) {
    candidates(index, wordKey(tag.replace(/^#/, '').toLowerCase()), cands)
    for (const { ref } of cands) {
      if (ref.term.tokens.length !== 1) continue
      found.push({ watch: ref.watch, watchId: index.watches[ref.watch]!.id, term: ref.term.term, kind: ref.term.kind, start: -1, end: -1 })
    }
  }
  return tidy(found, index, post.author.toLowerCase())
}

/** Drops self-authored hits, hits inside a longer hit of the same watch, and repeats. */
function tidy(found: Array<WatchMatch & { watch: number }>, index: WatchIndex, author: string): WatchMatch[] {
  const out: WatchMatch[] = []
  const seen = new Set<string>()
  const inText = new Set<string>()
  for (const m of found) if (m.start >= 0) inText.add(`${m.watch}|${m.kind}|${m.term}`)
  for (const m of found) {
    if (index.watches[m.watch]!.handles.includes(author)) continue
    if (m.start < 0 && inText.has(`${m.watch}|${m.kind}|${m.term}`)) continue
    const inside = m.start >= 0 && found.some((o) => o !== m && o.watch === m.watch && o.start >= 0 && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
    if (inside) continue
    // One hit per watch and span (a name and a handle's local part can cover the same words).
    const id = m.start >= 0 ? `${m.watch}|${m.start}|${m.end}` : `${m.watch}|${m.kind}|${m.term}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push({ watchId: m.watchId, term: m.term, kind: m.kind, start: m.start, end: m.end })
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Matches one post against compiled watches; pass the same array instance each time to reuse its index. */
export function matchWatches(compiled: readonly CompiledWatch[], post: MatchablePost): WatchMatch[] {
  let index = cache.get(compiled)
  if (index === undefined) {
    index = buildWatchIndex(compiled)
    cache.set(compiled, index)
  }
  return matchIndexed(index, post)
}
