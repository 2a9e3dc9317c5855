/**
 * Glued words: a token written without its spaces ("grossepute", "fdpdemerde",
 * "vatefairefoutre") split back into known words, fewest pieces first, by walking
 * a letter trie of the lexicon's words (no string is cut until a split is found).
 */

/** Shortest token worth splitting. */
export const GLUE_MIN_TOKEN = 7
const MAX_PIECES = 4
const MIN_PIECE = 2
const MAX_PIECE = 16
const UNREACHED = 127

/** Short words that glue insults together, besides the lexicon's own words. */
export const GLUE_WORDS: readonly string[] = [
  'te', 'ta', 'tes', 'ton', 'toi', 'tu', 'moi', 'ma', 'mon', 'mes', 'sa', 'son', 'ses', 'de', 'du', 'des', 'la', 'le', 'les',
  'un', 'une', 'et', 'va', 'vas', 'sale', 'gros', 'grosse', 'espece', 'fils', 'fille', 'pauvre', 'petit', 'petite', 'es', 'est',
  'qu', 'que', 'ce', 'cette', 'cte', 'vous', 'nous', 'vos', 'votre', 'ferme', 'faire', 'mere', 'race', 'gueule', 'merde',
]

/** A letter trie (a–z) of the words a glued token may be made of. */
export interface GlueIndex {
  /** child node of (node, letter) at node·26 + letter; 0 when none (the root is never a child). */
  next: Int32Array
  /** 1 when a word ends at the node. */
  ends: Uint8Array
}

/** Builds the trie over the given words (those not made of a–z only, or shorter than a piece, are skipped). */
export function buildGlueIndex(words: Iterable<string>): GlueIndex {
  const next: number[] = new Array<number>(26).fill(0)
  const ends: number[] = [0]
  for (const word of words) {
    if (word.length < MIN_PIECE || word.length > MAX_PIECE || !/^[a-z]+$/.test(word)) continue
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const at = node * 26 + word.charCodeAt(i) - 97
      let child = next[at] ?? 0
      if (child === 0) {
        child = ends.length
        ends.push(0)
        for (let k = 0; k < 26; k++) next.push(0)
        next[at] = child
      }
      node = child
    }
    ends[node] = 1
  }
  return { next: Int32Array.from(next), ends: Uint8Array.from(ends) }
}

/**
 * The split of a glued token (a–z only) into 2 to 4 known words of 2+ letters, fewest pieces
 * first (on a tie, the longest last piece), or null. Whether the pieces say anything harmful,
 * and whether the token is a real word, is the caller's business.
 */
export function gluedPieces(word: string, index: GlueIndex): string[] | null {
  const n = word.length
  if (n < GLUE_MIN_TOKEN || n > MAX_PIECES * MAX_PIECE) return null
  const best = new Uint8Array(n + 1).fill(UNREACHED)
  const back = new Uint8Array(n + 1)
  best[0] = 0
  for (let s = 0; s < n; s++) {
    const pieces = best[s] ?? UNREACHED
    if (pieces >= MAX_PIECES) continue
    let node = 0
    for (let e = s; e < n && e < s + MAX_PIECE; e++) {
      node = index.next[node * 26 + word.charCodeAt(e) - 97] ?? 0
      if (node === 0) break
      if (index.ends[node] === 1 && e + 1 - s >= MIN_PIECE && pieces + 1 < (best[e + 1] ?? UNREACHED)) {
        best[e + 1] = pieces + 1
        back[e + 1] = s
      }
    }
  }
  const count = best[n] ?? UNREACHED
  if (count < 2 || count > MAX_PIECES) return null
  const out: string[] = []
  for (let end = n; end > 0; end = back[end] ?? 0) out.unshift(word.slice(back[end] ?? 0, end))
  return out
}
