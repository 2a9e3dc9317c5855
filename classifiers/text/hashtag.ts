/**
 * Splits glued hashtags into words ("#suicidetoi" → suicide + toi,
 * "#GrosseVache" → grosse + vache, "#anti2010" → anti + 2010) with a word list.
 */
import type { Token } from './token.js'
import { factsOf } from './word-facts.js'

const MAX_WORD = 16

/** Best split of `body` into known words (fewest pieces), or null when none covers it all. */
export function segmentWord(body: string, vocab: ReadonlySet<string>): string[] | null {
  const n = body.length
  if (n > 60) return null
  const best: (number | undefined)[] = new Array<number | undefined>(n + 1)
  const back: number[] = new Array<number>(n + 1).fill(-1)
  best[0] = 0
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const prev = best[start]
      if (prev === undefined) continue
      const piece = body.slice(start, end)
      const known = vocab.has(piece) || /^\d+$/.test(piece)
      if (!known) continue
      const cost = prev + 1
      const cur = best[end]
      if (cur === undefined || cost < cur) {
        best[end] = cost
        back[end] = start
      }
    }
  }
  if (best[n] === undefined) return null
  const pieces: string[] = []
  let end = n
  while (end > 0) {
    const start = back[end] ?? 0
    pieces.unshift(body.slice(start, end))
    end = start
  }
  return pieces
}

/** Pieces of a camelCase hashtag ("SuicideToi" → ["suicide", "toi"]), or null. */
function camelPieces(original: string): string[] | null {
  const parts = original.match(/[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]+|\d+/g)
  if (parts === null || parts.length < 2) return null
  return parts.map((p) => p.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
}

/** Adds the words of each segmentable hashtag right after the hashtag token (the same array when there is no hashtag to split); `tokens` are `text`'s. */
export function expandHashtags(text: string, tokens: Token[], vocab: ReadonlySet<string>): Token[] {
  // No « # », no hashtag token: one native scan of the text instead of a walk over the tokens.
  if (!text.includes('#')) return tokens
  let tags = false
  for (const tok of tokens) if (tok.kind === 'hashtag' && tok.text.length >= 4) tags = true
  if (!tags) return tokens
  const out: Token[] = []
  for (const tok of tokens) {
    out.push(tok)
    if (tok.kind !== 'hashtag' || tok.text.length < 4) continue
    const body = text.slice(tok.start + 1, tok.end)
    const pieces = segmentWord(tok.plain, vocab) ?? segmentWord(tok.text, vocab) ?? camelPieces(body)
    if (pieces === null || pieces.length < 2) continue
    // Hashtag bodies fold letter for letter, so piece offsets map back one to one.
    const sameLength = body.length === tok.plain.length
    let offset = tok.start + 1
    for (const piece of pieces) {
      const start = sameLength ? offset : tok.start
      const end = sameLength ? offset + piece.length : tok.end
      const facts = factsOf(piece)
      out.push({
        text: piece, plain: piece, dedup: facts.dedup, kind: /^\d+$/.test(piece) ? 'number' : 'word',
        start, end, breakBefore: false, quoted: tok.quoted, fromHashtag: true, capital: false, facts,
      })
      offset += piece.length
    }
  }
  return out
}
