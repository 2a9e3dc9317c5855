/**
 * Emoji aimed at someone (🔪, 🤮, 🐷, 💀 … with a mention). Language-independent.
 */
import type { Category } from './verdict.js'

/** One aimed-emoji signal with its span in the original text. */
export interface EmojiHit {
  category: Category
  weight: number
  match: string
  start: number
  end: number
}

const AIMED: readonly (readonly [string, Category, number])[] = [
  ['🔪', 'threat', 1.8], ['🔫', 'threat', 1.8], ['🗡', 'threat', 1.6], ['⚰', 'threat', 1.4], ['🪦', 'threat', 1.4],
  ['💀', 'threat', 0.7], ['☠', 'threat', 0.9], ['🪓', 'threat', 1.6], ['🩸', 'threat', 0.8],
  ['🤮', 'insult', 1.3], ['🖕', 'insult', 1.7], ['🤡', 'insult', 1.1], ['💩', 'insult', 1.2], ['🤢', 'insult', 1.0],
  ['🐷', 'body_shaming', 1.5], ['🐖', 'body_shaming', 1.5], ['🐽', 'body_shaming', 1.5], ['🐄', 'body_shaming', 1.5],
  ['🐮', 'body_shaming', 1.3], ['🐳', 'body_shaming', 1.4], ['🐋', 'body_shaming', 1.4], ['🦛', 'body_shaming', 1.5],
  ['🐒', 'identity_hate', 1.6], ['🦍', 'identity_hate', 1.6], ['🐵', 'identity_hate', 1.4], ['🍌', 'identity_hate', 0.6],
  ['🐀', 'insult', 1.5], ['🐁', 'insult', 1.0], ['🪳', 'insult', 1.5], ['🐍', 'insult', 1.2], ['🦨', 'insult', 1.3],
  ['🐗', 'body_shaming', 1.3], ['🦧', 'identity_hate', 1.6], ['💣', 'threat', 1.1], ['🧨', 'threat', 0.9],
  ['🍆', 'sexual', 0.8], ['💦', 'sexual', 0.6], ['🍑', 'sexual', 0.5],
]
const AFFECTION = ['❤', '🥰', '😘', '💕', '😍', '🫶', '💖', '💗', '💞', '🤗', '😂', '🤣', '😆', '💓']

/** True when the text has a character from the symbol or emoji ranges (U+2600 and up, surrogates). */
export function hasSymbols(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2600) return true
  return false
}

/** Aimed-emoji candidates found in `text` (at most 3 per emoji kind). */
export function findEmoji(text: string): EmojiHit[] {
  const hits: EmojiHit[] = []
  if (!hasSymbols(text)) return hits
  for (const [emoji, category, weight] of AIMED) {
    let from = 0
    let count = 0
    while (count < 3) {
      const at = text.indexOf(emoji, from)
      if (at < 0) break
      hits.push({ category, weight: count === 0 ? weight : weight * 0.3, match: emoji, start: at, end: at + emoji.length })
      from = at + emoji.length
      count++
    }
  }
  return hits
}

/** Number of affection / laughter emoji (friendly banter cue). */
export function countAffection(text: string): number {
  let n = 0
  if (!hasSymbols(text)) return n
  for (const e of AFFECTION) if (text.includes(e)) n++
  return n
}
